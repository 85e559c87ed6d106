import Fluent
import TandemCore
import Vapor

/// Peer review panels: the list, setting one up, its page (members with terms, meetings as
/// events, reviews by stage) and its yearly report.
enum PanelController {
    static func list(req: Request) async throws -> Response {
        let viewer = try req.requireUser().viewer
        let panels = try await PanelRegistry.panels(for: viewer, on: req.db)
        let organisations = try await ProgrammeController.names(of: Set(panels.map(\.$organisation.id)), on: req.db)
        let model = PanelListPage.Model(
            rows: panels.map { (id: $0.savedID, name: $0.name, organisation: organisations[$0.$organisation.id] ?? "") },
            mayAdd: viewer.can(.managePanels), maySubmit: viewer.role == .staff)
        return PanelListPage.render(model, context: try await PageContext.make(req, section: .panels)).response()
    }

    static func new(req: Request) async throws -> Response {
        try req.authorize(.managePanels)
        return try await renderForm(req, form: PanelForm(), errors: FormErrors())
    }

    static func create(req: Request) async throws -> Response {
        try req.authorize(.managePanels)
        let form = try req.content.decode(PanelForm.self)
        let organisations = try await Organisation.query(on: req.db).all()
        switch form.validate(organisations: Set(organisations.map(\.savedID))) {
        case .failure(let errors):
            return try await renderForm(req, form: form, errors: errors, status: .badRequest)
        case .success(let valid):
            let panel = ReviewPanel(
                organisationID: valid.organisationID, name: valid.name, termsOfReference: valid.terms,
                projectsPerMeeting: valid.projects)
            panel.publicSubmissions = valid.publicSubmissions
            try await panel.create(on: req.db)
            try await req.flash("Panel set up. Add its members, then its meetings.")
            return req.seeOther(SiteURL.panel(.value(panel.savedID)))
        }
    }

    static func show(req: Request) async throws -> Response {
        let (panel, ref) = try await req.panel(Permission.viewPanel)
        return try await render(req, panel, ref: ref)
    }

    static func addMember(req: Request) async throws -> Response {
        let (panel, ref) = try await req.panel { _ in .managePanels }
        let form = try req.content.decode(PanelMemberForm.self)
        var errors: FormErrors
        switch form.validate(missingRole: "Choose chair or member") {
        case .failure(let problems): errors = problems
        case .success(let valid):
            let (people, _) = try await PeopleByEmail.find([valid.email], on: req.db)
            if let personID = people.first, let person = try await Person.find(personID, on: req.db) {
                if ref.members.contains(personID) {
                    errors = .one("email", "\(person.name) is already on the panel")
                } else {
                    let member = PanelMember(
                        panelID: panel.savedID, personID: personID, role: valid.role, termStarts: valid.starts,
                        termEnds: valid.ends)
                    try await req.db.transaction { db in
                        try await member.save(
                            .by(req.auditActor, label: "\(person.name) on \(panel.name)", fields: ["role", "term"]), on: db)
                        if try await !ProgrammeController.hasRole(personID, .panelMember, on: db) {
                            try await PersonRoleAssignment(personID: personID, role: .panelMember).create(on: db)
                        }
                    }
                    try await req.flash("\(person.name) added as \(valid.role.label.lowercased())")
                    return req.seeOther(SiteURL.panel(.value(panel.savedID)))
                }
            } else {
                errors = .one("email", "Nobody in Tandem has the address \(valid.email). Add them as a person first.")
            }
        }
        return try await render(req, panel, ref: ref, forms: .init(member: form), errors: errors, status: .badRequest)
    }

    static func scheduleMeeting(req: Request) async throws -> Response {
        let (panel, ref) = try await req.panel { _ in .managePanels }
        let form = try req.content.decode(PanelMeetingForm.self)
        switch form.validate(today: Date()) {
        case .failure(let errors):
            return try await render(req, panel, ref: ref, forms: .init(meeting: form), errors: errors, status: .badRequest)
        case .success(let valid):
            let event = Event(
                title: "\(panel.name) meeting", summary: "The panel meets to review up to \(panel.projectsPerMeeting) projects.",
                kind: .meeting, startsAt: valid.start, endsAt: valid.end, capacity: nil, audience: .namedGroup,
                createdByID: req.auditActor.personID, isDemo: panel.isDemo)
            event.$organisation.id = panel.$organisation.id
            event.venue = valid.venue
            event.status = .published
            try await req.db.transaction { db in
                try await event.create(on: db)
                try await PanelMeeting(panelID: panel.savedID, eventID: event.savedID).create(on: db)
            }
            try await req.flash("Meeting on \(UKTime.span(from: valid.start, to: valid.end)) added")
            return req.seeOther(SiteURL.panel(.value(panel.savedID)))
        }
    }

    // MARK: - Page models

    struct Forms {
        var member = PanelMemberForm(role: .member)
        var meeting = PanelMeetingForm()
    }

    static func render(
        _ req: Request, _ panel: ReviewPanel, ref: PanelRef, forms: Forms = Forms(), errors: FormErrors = FormErrors(),
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let viewer = try req.requireUser().viewer
        let members = try await PanelMember.query(on: req.db).filter(\.$panel.$id == panel.savedID).with(\.$person).all()
            .sorted { ($0.role == .chair ? 0 : 1, $0.person.name) < ($1.role == .chair ? 0 : 1, $1.person.name) }
        let meetings = try await meetings(panel, on: req.db)
        let mayWork = viewer.can(.workOnPanel(ref))
        var reviews = try await PanelReview.query(on: req.db).filter(\.$panel.$id == panel.savedID)
            .sort(\.$submittedAt, .descending).all()
        if !mayWork { reviews = reviews.filter { $0.$lead.id == viewer.personID } }
        let today = Calendar.utc.startOfDay(for: Date())
        let model = PanelPage.Model(
            id: panel.savedID, name: panel.name,
            organisation: try await Organisation.find(panel.$organisation.id, on: req.db)?.name ?? "",
            terms: panel.termsOfReference, projectsPerMeeting: panel.projectsPerMeeting,
            publicSubmissions: panel.publicSubmissions,
            members: members.map {
                .init(
                    name: $0.person.displayName, role: $0.role, starts: $0.termStarts, ends: $0.termEnds,
                    serving: $0.isServing(on: today))
            },
            meetings: meetings.map {
                (when: UKTime.span(from: $0.event.startsAt, to: $0.event.endsAt), venue: $0.event.venue ?? "Online")
            },
            reviews: reviews.map {
                .init(
                    id: $0.savedID, title: $0.title, status: $0.status, submittedAt: $0.submittedAt,
                    triageDue: $0.status == .submitted ? ReviewRules.triageDue(submitted: $0.submittedAt) : nil)
            },
            mayManage: viewer.can(.managePanels), mayWork: mayWork, maySubmit: viewer.can(.submitToPanel(ref)), forms: forms,
            errors: errors)
        return PanelPage.render(model, context: try await PageContext.withForm(req, section: .panels)).response(status)
    }

    /// A panel's meetings, soonest first, with their events.
    static func meetings(_ panel: ReviewPanel, on db: any Database) async throws -> [PanelMeeting] {
        try await PanelMeeting.query(on: db).filter(\.$panel.$id == panel.requireID()).with(\.$event).all()
            .sorted { $0.event.startsAt < $1.event.startsAt }
    }

    private static func renderForm(
        _ req: Request, form: PanelForm, errors: FormErrors, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let organisations = try await Organisation.query(on: req.db).sort(\.$name).all()
        let model = PanelFormPage.Model(
            organisations: organisations.map { .init(value: $0.savedID.lowercasedString, label: $0.name) }, form: form,
            errors: errors)
        return PanelFormPage.render(model, context: try await PageContext.withForm(req, section: .panels)).response(status)
    }
}
