import Fluent
import TandemCore
import Vapor

/// Focus groups, interviews, observations, mystery shopper visits, workshops and
/// ambassador conversations: what happened, who ran them, checklist scores, and
/// the quotes and notes kept as evidence.
enum ActivityController {
    static func list(req: Request) async throws -> Response {
        let (project, ref) = try await req.project(Permission.viewProject)
        return try await renderList(req, project: project, ref: ref, input: ActivityForm(), errors: FormErrors())
    }

    static func create(req: Request) async throws -> Response {
        let (project, ref) = try await req.project(Permission.contributeEvidence)
        let projectID = try project.requireID()
        let form = try req.content.decode(ActivityForm.self)
        let checklists = Set(try await Checklist.query(on: req.db).filter(\.$project.$id == projectID).all(\.$id))
        let valid: ActivityForm.Valid
        switch form.validate(checklists: checklists, team: ref.team) {
        case .failure(let errors):
            return try await renderList(req, project: project, ref: ref, input: form, errors: errors, status: .badRequest)
        case .success(let value): valid = value
        }
        let activity = Activity(
            projectID: projectID, kind: valid.kind, title: valid.title, heldOn: valid.heldOn, place: valid.place,
            participants: valid.participants, notes: valid.notes, checklistID: valid.checklistID)
        try await req.db.transaction { db in
            try await activity.create(on: db)
            for person in valid.facilitatorIDs {
                try await ActivityFacilitator(activityID: activity.requireID(), personID: person).create(on: db)
            }
        }
        try await req.flash("Activity added")
        return req.seeOther(SiteURL.activity(.value(try activity.requireID())))
    }

    static func show(req: Request) async throws -> Response {
        let (activity, project, ref) = try await req.owned(Activity.self, Permission.viewProject)
        return try await renderActivity(
            req, activity: activity, project: project, ref: ref, evidenceInput: ActivityEvidenceForm(), errors: FormErrors())
    }

    static func saveScores(req: Request) async throws -> Response {
        let (activity, _, _) = try await req.owned(Activity.self, Permission.contributeEvidence)
        let activityID = try activity.requireID()
        guard let checklistID = activity.$checklist.id else { throw AppError.badRequest("This activity has no checklist") }
        let items = try await ChecklistItem.query(on: req.db).filter(\.$checklist.$id == checklistID).all()
        let submitted = try req.content.decode([String: String].self)
        try await req.db.transaction { db in
            try await ChecklistScoreRecord.query(on: db).filter(\.$activity.$id == activityID).delete()
            for item in items {
                let key = item.id!.lowercasedString
                guard let score = submitted["score-\(key)"].nonBlank.flatMap(ChecklistScore.init(rawValue:)) else { continue }
                try await ChecklistScoreRecord(
                    activityID: activityID, itemID: item.requireID(), score: score,
                    comment: submitted["comment-\(key)"].nonBlank ?? ""
                ).create(on: db)
            }
        }
        try await req.flash("Checklist scores saved")
        return req.seeOther(SiteURL.activity(.value(activityID)))
    }

    static func addEvidence(req: Request) async throws -> Response {
        let (activity, project, ref) = try await req.owned(Activity.self, Permission.contributeEvidence)
        let form = try req.content.decode(ActivityEvidenceForm.self)
        let valid: ActivityEvidenceForm.Valid
        switch form.validate() {
        case .failure(let errors):
            return try await renderActivity(
                req, activity: activity, project: project, ref: ref, evidenceInput: form, errors: errors, status: .badRequest)
        case .success(let value): valid = value
        }
        let (text, scope) = (valid.text, valid.scope)
        _ = try await req.db.transaction { db in
            try await EvidenceStore.add(
                [
                    .init(
                        method: activity.kind, sourceKind: "activity", sourceID: activity.requireID(), text: text,
                        consentScope: scope, occurredOn: activity.heldOn)
                ],
                to: project, addedBy: req.currentUser?.personID, on: db)
        }
        try await req.flash("Saved as evidence")
        return req.seeOther(SiteURL.activity(.value(try activity.requireID())))
    }

    private static func renderList(
        _ req: Request, project: Project, ref: ProjectRef, input: ActivityForm, errors: FormErrors,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let model = try await listModel(
            project: project, ref: ref, input: input, errors: errors, viewer: try req.requireUser().viewer, on: req.db)
        return ActivityListPage.render(model, context: try await PageContext.withForm(req, section: .projects)).response(status)
    }

    static func listModel(
        project: Project, ref: ProjectRef, input: ActivityForm, errors: FormErrors, viewer: Viewer, on db: any Database
    ) async throws -> ActivityListPage.Model {
        let projectID = try project.requireID()
        let activities = try await Activity.query(on: db).filter(\.$project.$id == projectID).with(\.$checklist).sort(
            \.$createdAt
        ).all()
        let checklists = try await Checklist.query(on: db).filter(\.$project.$id == projectID).sort(\.$name).all()
        let team = try await ProjectMember.query(on: db).filter(\.$project.$id == projectID).with(\.$person).all()
        return ActivityListPage.Model(
            header: try await ProjectController.header(project, on: db),
            activities: activities.map {
                .init(
                    id: $0.id!, title: $0.title, kind: $0.kind, heldOn: $0.heldOn, participants: $0.participants,
                    checklist: $0.checklist?.name)
            },
            checklistOptions: checklists.map { .init(value: $0.id!.lowercasedString, label: $0.name) },
            teamOptions: team.sorted { $0.person.displayName < $1.person.displayName }
                .map {
                    .init(
                        value: $0.$person.id.lowercasedString, label: "\($0.person.displayName) (\($0.role.label.lowercased()))")
                },
            canAdd: viewer.can(.contributeEvidence(ref)), input: input, errors: errors)
    }

    private static func renderActivity(
        _ req: Request, activity: Activity, project: Project, ref: ProjectRef, evidenceInput: ActivityEvidenceForm,
        errors: FormErrors, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let model = try await activityModel(
            activity: activity, project: project, ref: ref, evidenceInput: evidenceInput, errors: errors,
            viewer: try req.requireUser().viewer, on: req.db)
        return ActivityPage.render(model, context: try await PageContext.withForm(req, section: .projects)).response(status)
    }

    static func activityModel(
        activity: Activity, project: Project, ref: ProjectRef, evidenceInput: ActivityEvidenceForm, errors: FormErrors,
        viewer: Viewer,
        on db: any Database
    ) async throws -> ActivityPage.Model {
        let activityID = try activity.requireID()
        try await activity.$facilitators.load(on: db)
        var items: [ChecklistItem] = [], scores: [UUID: ChecklistScoreRecord] = [:], checklistName: String?
        if let checklistID = activity.$checklist.id {
            checklistName = try await Checklist.find(checklistID, on: db)?.name
            items = try await ChecklistItem.query(on: db).filter(\.$checklist.$id == checklistID).sort(\.$position).all()
            for score in try await ChecklistScoreRecord.query(on: db).filter(\.$activity.$id == activityID).all() {
                scores[score.$item.id] = score
            }
        }
        let evidence = try await FeedbackItem.query(on: db).filter(\.$sourceID == activityID).sort(\.$createdAt, .descending)
            .all()
        return ActivityPage.Model(
            header: try await ProjectController.header(project, on: db), id: activityID, title: activity.title,
            kind: activity.kind,
            heldOn: activity.heldOn, place: activity.place, participants: activity.participants, notes: activity.notes,
            facilitators: activity.facilitators.map(\.displayName).sorted(), checklistID: activity.$checklist.id,
            checklistName: checklistName,
            items: items.map { item in
                .init(id: item.id!, text: item.text, score: scores[item.id!]?.score, comment: scores[item.id!]?.comment ?? "")
            },
            evidence: evidence.map { .init(id: $0.id!, text: viewer.reader.text($0, ref), scope: $0.consentScope) },
            canContribute: viewer.can(.contributeEvidence(ref)), evidenceInput: evidenceInput, errors: errors)
    }
}
