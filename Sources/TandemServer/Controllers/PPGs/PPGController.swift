import Fluent
import TandemCore
import Vapor

/// One PPG: its page, its details and status, its members and the changes it records.
enum PPGController {
    static func show(req: Request) async throws -> Response {
        let (ppg, ref) = try await req.ppg(Permission.viewPPG)
        return try await render(req, ppg, ref: ref)
    }

    static func edit(req: Request) async throws -> Response {
        let (ppg, _) = try await req.ppg(Permission.runPPG)
        let lead = try await ppg.$lead.get(on: req.db)
        return try await renderForm(req, ppg, form: PPGForm(ppg, leadEmail: lead?.email), errors: FormErrors())
    }

    static func update(req: Request) async throws -> Response {
        let (ppg, _) = try await req.ppg(Permission.runPPG)
        let form = try req.content.decode(PPGForm.self)
        switch form.validate(adding: false) {
        case .failure(let errors):
            return try await renderForm(req, ppg, form: form, errors: errors, status: .badRequest)
        case .success(let valid):
            var errors = FormErrors()
            let lead = try await PPGListController.leadID(valid.leadEmail, errors: &errors, on: req.db)
            guard errors.isEmpty else { return try await renderForm(req, ppg, form: form, errors: errors, status: .badRequest) }
            valid.apply(to: ppg, leadID: lead)
            try await ppg.save(on: req.db)
            try await req.flash("Details saved")
            return req.seeOther(SiteURL.ppg(.value(try ppg.requireID())))
        }
    }

    static func changeStatus(req: Request) async throws -> Response {
        let (ppg, ref) = try await req.ppg(Permission.runPPG)
        let form = try req.content.decode(PPGStatusForm.self)
        switch form.validate() {
        case .failure(let errors):
            return try await render(req, ppg, ref: ref, statusForm: form, errors: errors, status: .badRequest)
        case .success(let (status, reason)):
            try await PPGRegistry.changeStatus(ppg, to: status, reason: reason, by: req.currentUser?.personID, on: req.db)
            try await req.flash("Status changed to \(status.label.lowercased())")
            return req.seeOther(SiteURL.ppg(.value(try ppg.requireID())))
        }
    }

    static func addMember(req: Request) async throws -> Response {
        let (ppg, ref) = try await req.ppg(Permission.runPPG)
        let form = try req.content.decode(PPGMemberForm.self)
        switch form.validate() {
        case .failure(let errors):
            return try await render(req, ppg, ref: ref, memberForm: form, errors: errors, status: .badRequest)
        case .success(let valid):
            let found = try await PeopleByEmail.find([valid.email], on: req.db)
            var errors = FormErrors()
            guard let personID = found.people.first, let person = try await Person.find(personID, on: req.db) else {
                errors.add("email", PeopleByEmail.problem(found.unknown))
                return try await render(req, ppg, ref: ref, memberForm: form, errors: errors, status: .badRequest)
            }
            if ref.members.contains(personID) {
                errors.add("email", "\(person.name) is already a member")
                return try await render(req, ppg, ref: ref, memberForm: form, errors: errors, status: .badRequest)
            }
            let member = PPGMember(
                ppgID: try ppg.requireID(), personID: personID, kind: valid.kind, office: valid.office, joinedOn: valid.joinedOn)
            try await req.db.transaction { db in
                try await member.save(.by(req.auditActor, label: "\(person.name) in \(ppg.name)"), on: db)
                let roles = try await PersonRoleAssignment.query(on: db).filter(\.$person.$id == personID).all().map(\.role)
                if !roles.contains(.ppgMember) {
                    try await PersonRoleAssignment(personID: personID, role: .ppgMember).create(on: db)
                    try await person.save(.by(req.auditActor, label: person.name, fields: ["roles"]), on: db)
                }
            }
            try await PPGHealthChecks.refresh(ppg, on: req.db)
            try await req.flash("\(person.name) added to the \(valid.kind.label.lowercased())")
            return req.seeOther(SiteURL.ppg(.value(try ppg.requireID())))
        }
    }

    /// A member leaves: kept with the date they left, so past meetings still show them.
    static func leave(req: Request) async throws -> Response {
        let (ppg, _) = try await req.ppg(Permission.runPPG)
        guard
            let member = try await PPGMember.query(on: req.db).filter(\.$id == (try req.id(.ppgMember)))
                .filter(\.$ppg.$id == ppg.requireID()).with(\.$person).first(), member.isCurrent
        else { throw AppError.notFound }
        member.leftOn = CalendarDate.startOfDay(Date())
        member.office = nil
        try await member.save(.by(req.auditActor, label: "\(member.person.name) in \(ppg.name)", fields: ["left_on"]), on: req.db)
        try await PPGHealthChecks.refresh(ppg, on: req.db)
        try await req.flash("\(member.person.name) has left the PPG")
        return req.seeOther(SiteURL.ppg(.value(try ppg.requireID())))
    }

    static func addImprovement(req: Request) async throws -> Response {
        let (ppg, ref) = try await req.ppg(Permission.runPPG)
        let form = try req.content.decode(PPGImprovementForm.self)
        switch form.validate() {
        case .failure(let errors):
            return try await render(req, ppg, ref: ref, improvementForm: form, errors: errors, status: .badRequest)
        case .success(let (said, did, made)):
            try await PPGImprovement(
                ppgID: try ppg.requireID(), youSaid: said, weDid: did, madeOn: made, recordedByID: req.currentUser?.personID
            )
            .create(on: req.db)
            try await PPGHealthChecks.refresh(ppg, on: req.db)
            try await req.flash("Change recorded")
            return req.seeOther(SiteURL.ppg(.value(try ppg.requireID())))
        }
    }

    private static func renderForm(
        _ req: Request, _ ppg: PPG, form: PPGForm, errors: FormErrors, status: HTTPResponseStatus = .ok
    )
        async throws -> Response
    {
        let model = PPGFormPage.Model(id: try ppg.requireID(), name: ppg.name, practices: [], form: form, errors: errors)
        return PPGFormPage.render(model, context: try await PageContext.withForm(req, section: .ppgs)).response(status)
    }

    static func render(
        _ req: Request, _ ppg: PPG, ref: PPGRef, statusForm: PPGStatusForm = PPGStatusForm(),
        memberForm: PPGMemberForm = PPGMemberForm(),
        improvementForm: PPGImprovementForm = PPGImprovementForm(), errors: FormErrors = FormErrors(),
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let viewer = try req.requireUser().viewer
        let model = try await pageModel(ppg, ref: ref, viewer: viewer, on: req.db)
        let page = PPGPage.Forms(status: statusForm, member: memberForm, improvement: improvementForm, errors: errors)
        return PPGPage.render(model, forms: page, context: try await PageContext.withForm(req, section: .ppgs)).response(status)
    }

    /// `ref` is the one the loader already read (members and organisations above the practice).
    static func pageModel(_ ppg: PPG, ref: PPGRef, viewer: Viewer, on db: any Database) async throws -> PPGPage.Model {
        let ppgID = try ppg.requireID()
        let practice = try await ppg.$practice.get(on: db)
        let pcn = try await practice.$parent.get(on: db)
        let members = try await PPGRegistry.currentMembers(ppgID, on: db)
        let meetings = try await PPGMeeting.query(on: db).filter(\.$ppg.$id == ppgID).sort(\.$heldOn, .descending).limit(12).all()
        let attendance =
            meetings.isEmpty ? [] : try await PPGAttendance.query(on: db).filter(\.$meeting.$id ~~ meetings.map(\.savedID)).all()
        let present = Dictionary(grouping: attendance, by: \.$meeting.id).mapValues(\.count)
        let actions = try await PPGAction.query(on: db).filter(\.$ppg.$id == ppgID).filter(\.$status == .open).sort(\.$raisedOn)
            .all()
        let own = try await PPGImprovement.query(on: db).filter(\.$ppg.$id == ppgID).sort(\.$madeOn, .descending).all()
        let practiceChanges = try await Recommendation.query(on: db).filter(\.$organisation.$id == practice.savedID)
            .filter(\.$status ~~ [.implemented, .sustained]).filter(\.$isPublished == true).all()
        let history = try await PPGStatusChange.query(on: db).filter(\.$ppg.$id == ppgID).sort(\.$changedAt, .descending)
            .with(\.$changedBy).all()
        let lead = try await ppg.$lead.get(on: db)
        let check = try await PPGHealthCheck.query(on: db).filter(\.$ppg.$id == ppgID)
            .filter(\.$quarter == HealthCheck.quarter(of: Date())).first()
        let pairs = try await PPGBuddyPair.query(on: db).group(.or) {
            $0.filter(\.$buddy.$id == ppgID).filter(\.$supported.$id == ppgID)
        }
        .filter(\.$status != .declined).with(\.$buddy).with(\.$supported).sort(\.$createdAt, .descending).all()
        return PPGPage.Model(
            id: ppgID, name: ppg.name, practice: practice.name, practiceCode: practice.odsCode, pcn: pcn?.name,
            status: ppg.status,
            format: ppg.meetingFormat, frequency: ppg.meetingFrequency, startedOn: ppg.startedOn, lead: lead?.name,
            howToJoin: ppg.howToJoin,
            members: members.map {
                .init(id: $0.savedID, name: $0.person.name, kind: $0.kind, office: $0.office, joinedOn: $0.joinedOn)
            },
            meetings: meetings.map {
                .init(
                    id: $0.savedID, heldOn: $0.heldOn, kind: $0.kind, membersPresent: present[$0.savedID] ?? 0,
                    staff: $0.staffPresent,
                    pcn: $0.pcnRepresentative)
            },
            openActions: actions.map {
                (id: $0.savedID, text: $0.text, owner: $0.owner, dueOn: $0.dueOn, meetingID: $0.$meeting.id)
            },
            improvements: own.map { (youSaid: $0.youSaid, weDid: $0.weDid, madeOn: $0.madeOn) },
            practiceChanges: practiceChanges.map { (text: $0.text, implementedOn: $0.implementedOn) },
            history: history.map { (status: $0.status, reason: $0.reason, at: $0.changedAt, by: $0.changedBy?.name) },
            healthMet: check?.met,
            pairs: pairs.map { pair in
                let words =
                    pair.$buddy.id == ppgID ? "Buddy to \(pair.supported.name)" : "Supported by \(pair.buddy.name)"
                return (id: pair.savedID, words: words, status: pair.status)
            },
            mayRun: AccessPolicy.allows(viewer, .runPPG(ref)))
    }
}
