import Fluent
import TandemCore
import Vapor

/// A PPG's meetings: recording one with who came, its page, its actions and their answers.
enum PPGMeetingController {
    static func new(req: Request) async throws -> Response {
        let (ppg, _) = try await req.ppg(Permission.runPPG)
        return try await renderForm(req, ppg, form: PPGMeetingForm(), errors: FormErrors())
    }

    static func create(req: Request) async throws -> Response {
        let (ppg, _) = try await req.ppg(Permission.runPPG)
        let form = try req.content.decode(PPGMeetingForm.self)
        let members = try await PPGRegistry.currentMembers(try ppg.requireID(), on: req.db)
        switch form.validate(members: Set(members.map(\.savedID))) {
        case .failure(let errors):
            return try await renderForm(req, ppg, form: form, errors: errors, status: .badRequest)
        case .success(let valid):
            let meeting = PPGMeeting(
                ppgID: try ppg.requireID(), kind: valid.kind, heldOn: valid.heldOn, staffPresent: valid.staff,
                pcnRepresentative: valid.pcnRepresentative, notes: valid.notes)
            try await req.db.transaction { db in
                try await meeting.create(on: db)
                for memberID in valid.present {
                    try await PPGAttendance(meetingID: meeting.savedID, memberID: memberID).create(on: db)
                }
            }
            try await PPGHealthChecks.refresh(ppg, on: req.db)
            try await req.flash("Meeting recorded. Add its actions below.")
            return req.seeOther(SiteURL.ppg(.value(try ppg.requireID()), .meeting(.value(meeting.savedID))))
        }
    }

    static func show(req: Request) async throws -> Response {
        let (ppg, ref) = try await req.ppg(Permission.viewPPG)
        return try await render(req, ppg, ref: ref, meeting: try await find(req, ppg))
    }

    static func addAction(req: Request) async throws -> Response {
        let (ppg, ref) = try await req.ppg(Permission.runPPG)
        let meeting = try await find(req, ppg)
        let form = try req.content.decode(OwnedActionForm.self)
        switch form.validate() {
        case .failure(let errors):
            return try await render(req, ppg, ref: ref, meeting: meeting, actionForm: form, errors: errors, status: .badRequest)
        case .success(let (text, owner, due)):
            try await PPGAction(
                ppgID: try ppg.requireID(), meetingID: meeting.savedID, text: text, owner: owner, dueOn: due,
                raisedOn: meeting.heldOn
            )
            .create(on: req.db)
            try await PPGHealthChecks.refresh(ppg, on: req.db)
            try await req.flash("Action added")
            return req.seeOther(SiteURL.ppg(.value(try ppg.requireID()), .meeting(.value(meeting.savedID))))
        }
    }

    /// Where an action stands and the practice's answer to it.
    static func updateAction(req: Request) async throws -> Response {
        let (ppg, ref) = try await req.ppg(Permission.runPPG)
        guard
            let action = try await PPGAction.query(on: req.db).filter(\.$id == (try req.id(.ppgAction)))
                .filter(\.$ppg.$id == ppg.requireID()).first(),
            let meeting = try await PPGMeeting.find(action.$meeting.id, on: req.db)
        else { throw AppError.notFound }
        let form = try req.content.decode(PPGActionUpdateForm.self)
        switch form.validate() {
        case .failure(let errors):
            return try await render(req, ppg, ref: ref, meeting: meeting, errors: errors, status: .badRequest)
        case .success(let (status, response)):
            action.status = status
            action.response = response
            try await action.save(on: req.db)
            try await PPGHealthChecks.refresh(ppg, on: req.db)
            try await req.flash("Action updated")
            return req.seeOther(SiteURL.ppg(.value(try ppg.requireID()), .meeting(.value(meeting.savedID))))
        }
    }

    private static func find(_ req: Request, _ ppg: PPG) async throws -> PPGMeeting {
        guard
            let meeting = try await PPGMeeting.query(on: req.db).filter(\.$id == (try req.id(.ppgMeeting)))
                .filter(\.$ppg.$id == ppg.requireID()).first()
        else { throw AppError.notFound }
        return meeting
    }

    private static func renderForm(
        _ req: Request, _ ppg: PPG, form: PPGMeetingForm, errors: FormErrors, status: HTTPResponseStatus = .ok
    )
        async throws -> Response
    {
        let members = try await PPGRegistry.currentMembers(try ppg.requireID(), on: req.db)
        let model = PPGMeetingFormPage.Model(
            ppgID: try ppg.requireID(), ppgName: ppg.name,
            members: members.map { (id: $0.savedID, name: $0.person.name, kind: $0.kind) }, form: form, errors: errors)
        return PPGMeetingFormPage.render(model, context: try await PageContext.withForm(req, section: .ppgs)).response(status)
    }

    private static func render(
        _ req: Request, _ ppg: PPG, ref: PPGRef, meeting: PPGMeeting, actionForm: OwnedActionForm = OwnedActionForm(),
        errors: FormErrors = FormErrors(), status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let attendance = try await PPGAttendance.query(on: req.db).filter(\.$meeting.$id == meeting.savedID).with(\.$member) {
            $0.with(\.$person)
        }.all()
        let actions = try await PPGAction.query(on: req.db).filter(\.$meeting.$id == meeting.savedID).sort(\.$text).all()
        let model = PPGMeetingPage.Model(
            ppgID: try ppg.requireID(), ppgName: ppg.name, id: meeting.savedID, kind: meeting.kind, heldOn: meeting.heldOn,
            present: attendance.map { ($0.member.person.name, $0.member.kind) }.sorted { $0.0 < $1.0 },
            staff: meeting.staffPresent,
            pcn: meeting.pcnRepresentative, notes: meeting.notes,
            actions: actions.map {
                .init(id: $0.savedID, text: $0.text, owner: $0.owner, dueOn: $0.dueOn, status: $0.status, response: $0.response)
            },
            mayRun: AccessPolicy.allows(try req.requireUser().viewer, .runPPG(ref)), actionForm: actionForm, errors: errors)
        return PPGMeetingPage.render(model, context: try await PageContext.withForm(req, section: .ppgs)).response(status)
    }
}
