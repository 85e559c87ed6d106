import Fluent
import TandemCore
import Vapor

/// Governance groups: the list, setting one up, its page (terms of reference with versions, members,
/// meetings, the action and decision logs, the challenge register and the programme plan), and the
/// forms that add to them.
enum GroupController {
    static func list(req: Request) async throws -> Response {
        let viewer = try req.requireUser().viewer
        let groups = try await GroupRegistry.groups(for: viewer, on: req.db)
        let model = GroupListPage.Model(
            rows: groups.map { (id: $0.savedID, name: $0.name, kind: $0.kind.label) }, mayAdd: viewer.can(.manageGroups))
        return GroupListPage.render(model, context: try await PageContext.make(req, section: .groups)).response()
    }

    static func new(req: Request) async throws -> Response {
        try req.authorize(.manageGroups)
        return try await renderForm(req, form: GroupForm(), errors: FormErrors())
    }

    static func create(req: Request) async throws -> Response {
        try req.authorize(.manageGroups)
        let form = try req.content.decode(GroupForm.self)
        switch form.validate() {
        case .failure(let errors):
            return try await renderForm(req, form: form, errors: errors, status: .badRequest)
        case .success(let valid):
            let group = GovernanceGroup(
                name: valid.name, kind: valid.kind, purpose: valid.purpose, quorum: valid.quorum, meetingSchedule: valid.schedule)
            try await req.db.transaction { db in
                try await group.create(on: db)
                try await GroupTermsVersion(groupID: group.savedID, version: 1, text: valid.terms, changeNote: "First version")
                    .create(on: db)
            }
            try await req.flash("Group set up. Add its members, then its meetings.")
            return req.seeOther(SiteURL.group(.value(group.savedID)))
        }
    }

    static func show(req: Request) async throws -> Response {
        let (group, ref) = try await req.group(Permission.viewGroup)
        return try await render(req, group, ref: ref)
    }

    static func addMember(req: Request) async throws -> Response {
        let (group, ref) = try await req.group { _ in .manageGroups }
        let form = try req.content.decode(GroupMemberForm.self)
        var errors: FormErrors
        switch form.validate(missingRole: "Choose the member's role") {
        case .failure(let problems): errors = problems
        case .success(let valid):
            let (people, _) = try await PeopleByEmail.find([valid.email], on: req.db)
            if let personID = people.first, let person = try await Person.find(personID, on: req.db) {
                if ref.members.contains(personID) {
                    errors = .one("email", "\(person.name) is already a member")
                } else {
                    try await GroupMember(
                        groupID: group.savedID, personID: personID, role: valid.role, termStarts: valid.starts,
                        termEnds: valid.ends
                    ).save(.by(req.auditActor, label: "\(person.name) on \(group.name)", fields: ["role", "term"]), on: req.db)
                    try await req.flash("\(person.name) added as \(valid.role.label.lowercased())")
                    return req.seeOther(SiteURL.group(.value(group.savedID)))
                }
            } else {
                errors = .one("email", "Nobody in Tandem has the address \(valid.email). Add them as a person first.")
            }
        }
        return try await render(req, group, ref: ref, forms: .init(member: form), errors: errors, status: .badRequest)
    }

    /// A new version of the terms of reference; earlier versions stay readable.
    static func addTerms(req: Request) async throws -> Response {
        let (group, ref) = try await req.group(Permission.runGroup)
        let text = (try req.content.get(String?.self, at: "terms") ?? "").trimmed
        let note = (try req.content.get(String?.self, at: "change") ?? "").trimmed
        guard !text.isEmpty, text.count <= TextLimit.long, !note.isEmpty, note.count <= TextLimit.title else {
            var errors = FormErrors()
            if text.isEmpty { errors.add("terms", "Enter the new terms of reference") }
            if note.isEmpty { errors.add("change", "Say what changed in this version") }
            return try await render(req, group, ref: ref, errors: errors, status: .badRequest)
        }
        let latest =
            try await GroupTermsVersion.query(on: req.db).filter(\.$group.$id == group.savedID)
            .sort(\.$version, .descending).first()?.version ?? 0
        try await GroupTermsVersion(groupID: group.savedID, version: latest + 1, text: text, changeNote: note).create(on: req.db)
        try await req.flash("Version \(latest + 1) of the terms of reference saved")
        return req.seeOther(SiteURL.group(.value(group.savedID)))
    }

    static func scheduleMeeting(req: Request) async throws -> Response {
        let (group, ref) = try await req.group(Permission.runGroup)
        let form = try req.content.decode(PanelMeetingForm.self)
        switch form.validate(today: Date()) {
        case .failure(let errors):
            return try await render(req, group, ref: ref, forms: .init(meeting: form), errors: errors, status: .badRequest)
        case .success(let valid):
            let meeting = try await GroupRegistry.schedule(
                group, start: valid.start, end: valid.end, venue: valid.venue, by: req.auditActor,
                locks: req.application.services.eventLocks, on: req.db)
            try await req.flash(
                "Meeting on \(UKTime.span(from: valid.start, to: valid.end)) added, with every member on its register")
            return req.seeOther(SiteURL.groupMeeting(.value(meeting.savedID)))
        }
    }

    static func addChallenge(req: Request) async throws -> Response {
        let (group, ref) = try await req.group(Permission.runGroup)
        let form = try req.content.decode(ChallengeForm.self)
        switch form.validate() {
        case .failure(let errors):
            return try await render(req, group, ref: ref, forms: .init(challenge: form), errors: errors, status: .badRequest)
        case .success(let valid):
            try await Challenge(
                groupID: group.savedID, item: valid.item, broughtBy: valid.by, challenge: valid.challenge,
                responseAsked: valid.asked, responseDue: valid.due
            ).create(on: req.db)
            try await req.flash("Added to the challenge register")
            return req.seeOther(SiteURL.group(.value(group.savedID)).path + "#challenges")
        }
    }

    /// The response given and what the group decided about it.
    static func updateChallenge(req: Request) async throws -> Response {
        let (group, ref) = try await req.group(Permission.runGroup)
        guard
            let challenge = try await Challenge.query(on: req.db).filter(\.$id == (try req.id(.challenge)))
                .filter(\.$group.$id == group.savedID).first()
        else { throw AppError.notFound }
        let response = (try req.content.get(String?.self, at: "response") ?? "").trimmed
        guard let outcome = (try req.content.get(String?.self, at: "outcome")).flatMap(ChallengeOutcome.init(rawValue:)) else {
            return try await render(
                req, group, ref: ref, errors: .one("outcome", "Choose what the group decided"), status: .badRequest)
        }
        if outcome != .awaitingResponse && response.isEmpty && (challenge.response ?? "").isEmpty {
            return try await render(
                req, group, ref: ref, errors: .one("response", "Record the response the group was given first"),
                status: .badRequest)
        }
        if !response.isEmpty { challenge.response = String(response.prefix(TextLimit.short)) }
        challenge.outcome = outcome
        try await challenge.save(on: req.db)
        try await req.flash("Challenge register updated: \(outcome.label.lowercased())")
        return req.seeOther(SiteURL.group(.value(group.savedID)).path + "#challenges")
    }

    static func addPhase(req: Request) async throws -> Response {
        let (group, ref) = try await req.group(Permission.runGroup)
        let form = try req.content.decode(PhaseForm.self)
        switch form.validate() {
        case .failure(let errors):
            return try await render(req, group, ref: ref, forms: .init(phase: form), errors: errors, status: .badRequest)
        case .success(let valid):
            try await PlanPhase(
                groupID: group.savedID, name: valid.name, startsOn: valid.starts, endsOn: valid.ends, aims: valid.aims,
                checkpoints: valid.checkpoints
            ).create(on: req.db)
            try await req.flash("Phase added to the programme plan")
            return req.seeOther(SiteURL.group(.value(group.savedID)).path + "#plan")
        }
    }

    /// A phase's status and its report to the group.
    static func updatePhase(req: Request) async throws -> Response {
        let (group, _) = try await req.group(Permission.runGroup)
        guard
            let phase = try await PlanPhase.query(on: req.db).filter(\.$id == (try req.id(.planPhase)))
                .filter(\.$group.$id == group.savedID).first(),
            let status = (try req.content.get(String?.self, at: "status")).flatMap(PhaseStatus.init(rawValue:))
        else { throw AppError.notFound }
        let report = (try req.content.get(String?.self, at: "report") ?? "").trimmed
        phase.status = status
        if !report.isEmpty { phase.report = String(report.prefix(TextLimit.short)) }
        try await phase.save(on: req.db)
        try await req.flash("\(phase.name): \(status.label.lowercased())")
        return req.seeOther(SiteURL.group(.value(group.savedID)).path + "#plan")
    }

    // MARK: - Page models

    struct Forms {
        var member = GroupMemberForm(role: .member)
        var meeting = PanelMeetingForm()
        var challenge = ChallengeForm()
        var phase = PhaseForm()
    }

    static func render(
        _ req: Request, _ group: GovernanceGroup, ref: GroupRef, forms: Forms = Forms(), errors: FormErrors = FormErrors(),
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let viewer = try req.requireUser().viewer
        let db = req.db
        let members = try await GroupMember.query(on: db).filter(\.$group.$id == group.savedID).with(\.$person).all()
            .sorted { ($0.role.sortOrder, $0.person.name) < ($1.role.sortOrder, $1.person.name) }
        let terms = try await GroupTermsVersion.query(on: db).filter(\.$group.$id == group.savedID)
            .sort(\.$version, .descending).all()
        let meetings = try await GroupMeeting.query(on: db).filter(\.$group.$id == group.savedID).with(\.$event).all()
            .sorted { $0.event.startsAt > $1.event.startsAt }
        let meetingDays = Dictionary(meetings.map { ($0.savedID, $0.event.startsAt) }, uniquingKeysWith: { a, _ in a })
        let decisions = try await GroupDecision.query(on: db).filter(\.$group.$id == group.savedID)
            .sort(\.$number, .descending).all()
        let actions = try await GroupAction.query(on: db).filter(\.$group.$id == group.savedID).all()
        let challenges = try await Challenge.query(on: db).filter(\.$group.$id == group.savedID)
            .sort(\.$raisedOn, .descending).all()
        let phases = try await PlanPhase.query(on: db).filter(\.$group.$id == group.savedID).sort(\.$startsOn).all()
        let today = Calendar.utc.startOfDay(for: Date())
        let model = GroupPage.Model(
            id: group.savedID, name: group.name, kind: group.kind, purpose: group.purpose, quorum: group.quorum,
            schedule: group.meetingSchedule,
            terms: terms.map { (version: $0.version, text: $0.text, note: $0.changeNote, at: $0.createdAt) },
            members: members.map {
                .init(
                    name: $0.person.displayName, role: $0.role.label, starts: $0.termStarts, ends: $0.termEnds,
                    serving: $0.isServing(on: today))
            },
            meetings: meetings.map {
                .init(
                    id: $0.savedID, when: UKTime.span(from: $0.event.startsAt, to: $0.event.endsAt),
                    venue: $0.event.venue ?? "Online", minutes: $0.minutesStatus)
            },
            decisions: decisions.map {
                .init(
                    number: $0.number, text: $0.text, meeting: meetingDays[$0.$meeting.id].map(CalendarDate.long) ?? "",
                    quorum: GovernanceRules.quorumNote(presentCounting: $0.present, quorum: $0.quorum), quorate: $0.quorate)
            },
            actions: actions.sorted {
                ($0.status.isCarried ? 0 : 1, $0.dueOn ?? .distantFuture) < (
                    $1.status.isCarried ? 0 : 1, $1.dueOn ?? .distantFuture
                )
            }
            .map {
                .init(
                    id: $0.savedID, text: $0.text, owner: $0.owner, due: $0.dueOn, status: $0.status,
                    raised: meetingDays[$0.$raisedAt.id].map(CalendarDate.long) ?? "", note: $0.updateNote)
            },
            challenges: challenges.map {
                .init(
                    id: $0.savedID, item: $0.item, broughtBy: $0.broughtBy, challenge: $0.challenge, asked: $0.responseAsked,
                    due: $0.responseDue, response: $0.response, outcome: $0.outcome)
            },
            phases: phases.map {
                .init(
                    id: $0.savedID, name: $0.name, starts: $0.startsOn, ends: $0.endsOn, aims: $0.aims,
                    checkpoints: $0.checkpoints, status: $0.status, report: $0.report)
            },
            mayManage: viewer.can(.manageGroups), mayRun: viewer.can(.runGroup(ref)), forms: forms, errors: errors)
        return GroupPage.render(model, context: try await PageContext.make(req, section: .groups)).response(status)
    }

    static func renderForm(
        _ req: Request, form: GroupForm, errors: FormErrors, status: HTTPResponseStatus = .ok
    ) async throws
        -> Response
    {
        GroupFormPage.render(.init(form: form, errors: errors), context: try await PageContext.make(req, section: .groups))
            .response(status)
    }
}

extension GroupRole {
    var sortOrder: Int { GroupRole.allCases.firstIndex(of: self) ?? 0 }
}
