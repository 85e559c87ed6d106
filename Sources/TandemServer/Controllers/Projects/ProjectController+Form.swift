import Fluent
import TandemCore
import Vapor

/// Starting a project and changing its proposal.
extension ProjectController {
    struct FormInput: Content {
        var title: String?
        var organisation: String?
        var manager: String?
        var problem: String?
        var aims: String?
        var outcomes: String?
        var startsDay: String?, startsMonth: String?, startsYear: String?
        var endsDay: String?, endsMonth: String?, endsYear: String?

        enum CodingKeys: String, CodingKey {
            case title, organisation, manager, problem, aims, outcomes
            case startsDay = "starts-day", startsMonth = "starts-month", startsYear = "starts-year"
            case endsDay = "ends-day", endsMonth = "ends-month", endsYear = "ends-year"
        }

        var starts: DateParts { DateParts(day: startsDay ?? "", month: startsMonth ?? "", year: startsYear ?? "") }
        var ends: DateParts { DateParts(day: endsDay ?? "", month: endsMonth ?? "", year: endsYear ?? "") }

        init() {}

        init(_ project: Project) {
            title = project.title
            organisation = project.$organisation.id.lowercasedString
            manager = project.$projectManager.id?.lowercasedString
            problem = project.problem
            aims = project.aims
            if let date = project.startsOn { (startsDay, startsMonth, startsYear) = Self.parts(date) }
            if let date = project.endsOn { (endsDay, endsMonth, endsYear) = Self.parts(date) }
        }

        private static func parts(_ date: Date) -> (String?, String?, String?) {
            let p = CalendarDate.parts(of: date)
            return (p.day, p.month, p.year)
        }
    }

    struct ValidInput {
        let title: String
        let organisationID: UUID
        let managerID: UUID?
        let problem: String
        let aims: String
        let outcomes: [String]
        let startsOn: Date?
        let endsOn: Date?
    }

    static func new(req: Request) async throws -> Response {
        try req.authorize(.createProject)
        var input = FormInput()
        input.manager = req.currentUser?.personID.lowercasedString
        return try await renderForm(req, input: input, errors: FormErrors(), editing: nil)
    }

    static func create(req: Request) async throws -> Response {
        try req.authorize(.createProject)
        let input = try req.content.decode(FormInput.self)
        switch try await validate(input, on: req.db) {
        case .failure(let errors):
            return try await renderForm(req, input: input, errors: errors, editing: nil, status: .badRequest)
        case .success(let valid):
            let project = Project(title: valid.title, organisationID: valid.organisationID, projectManagerID: valid.managerID,
                                  problem: valid.problem, aims: valid.aims, startsOn: valid.startsOn, endsOn: valid.endsOn)
            try await req.db.transaction { db in
                try await project.create(on: db)
                let id = try project.requireID()
                for (position, text) in valid.outcomes.enumerated() {
                    try await ProjectOutcome(projectID: id, position: position, text: text).create(on: db)
                }
                if let manager = valid.managerID {
                    try await TeamMembership.join(manager, as: .projectManager, project: project, by: req.auditActor, on: db)
                }
            }
            try await req.flash("Project started. Next, agree the outcomes and milestones with \(try await organisationName(valid.organisationID, req)).")
            return req.seeOther(SiteURL.project(.value(try project.requireID())))
        }
    }

    static func edit(req: Request) async throws -> Response {
        let (project, _) = try await req.project(Permission.manageProject)
        return try await renderForm(req, input: FormInput(project), errors: FormErrors(), editing: project)
    }

    static func update(req: Request) async throws -> Response {
        let (project, _) = try await req.project(Permission.manageProject)
        var input = try req.content.decode(FormInput.self)
        input.outcomes = nil  // outcomes are changed on the proposal page, where their history is kept
        switch try await validate(input, on: req.db) {
        case .failure(let errors):
            return try await renderForm(req, input: input, errors: errors, editing: project, status: .badRequest)
        case .success(let valid):
            let movedFrom = project.$organisation.id
            project.title = valid.title
            project.$organisation.id = valid.organisationID
            project.$projectManager.id = valid.managerID
            project.problem = valid.problem
            project.aims = valid.aims
            project.startsOn = valid.startsOn
            project.endsOn = valid.endsOn
            project.searchText = valid.title.lowercased()
            try await req.db.transaction { db in
                try await project.save(on: db)
                // Its evidence moves with it, in the same transaction.
                try await EvidenceStore.moveProject(try project.requireID(), from: movedFrom, to: valid.organisationID, on: db)
            }
            try await req.flash("Proposal saved")
            return req.seeOther(SiteURL.project(.value(try project.requireID()), .proposal))
        }
    }

    static func validate(_ input: FormInput, on db: any Database) async throws -> Result<ValidInput, FormErrors> {
        var errors = FormErrors()
        let title = input.title.nonBlank
        if title == nil { errors.add("title", "Enter a title for the project") }
        else if title!.count > 200 { errors.add("title", "Title must be 200 characters or fewer") }
        var organisationID: UUID?
        if let raw = input.organisation.nonBlank, let id = UUID(uuidString: raw),
           let organisation = try await Organisation.find(id, on: db), !organisation.isArchived {
            organisationID = id
        } else { errors.add("organisation", "Select the partner organisation") }
        var managerID: UUID?
        if let raw = input.manager.nonBlank {
            if let id = UUID(uuidString: raw), try await Person.find(id, on: db) != nil { managerID = id }
            else { errors.add("manager", "Select a project manager from the list") }
        }
        let problem = input.problem.nonBlank
        if problem == nil { errors.add("problem", "Describe the problem the project will work on") }
        let aims = input.aims.nonBlank
        if aims == nil { errors.add("aims", "Say what the project aims to do") }
        let outcomes = FieldRules.lines(input.outcomes)
        if outcomes.contains(where: { $0.count > 500 }) { errors.add("outcomes", "Each outcome must be 500 characters or fewer") }
        let starts = errors.check(FieldRules.optionalDate(input.starts, name: "Start date"), "starts") ?? nil
        let ends = errors.check(FieldRules.optionalDate(input.ends, name: "End date"), "ends") ?? nil
        if let starts, let ends, ends < starts { errors.add("ends", "End date must be after the start date") }
        guard errors.isEmpty, let title, let organisationID, let problem, let aims else { return .failure(errors) }
        return .success(ValidInput(title: title, organisationID: organisationID, managerID: managerID, problem: problem,
                                   aims: aims, outcomes: outcomes, startsOn: starts, endsOn: ends))
    }

    private static func organisationName(_ id: UUID, _ req: Request) async throws -> String {
        try await Organisation.find(id, on: req.db)?.name ?? "the partner"
    }

    private static func renderForm(_ req: Request, input: FormInput, errors: FormErrors, editing: Project?,
                                   status: HTTPResponseStatus = .ok) async throws -> Response {
        let model = try await formModel(input: input, errors: errors, editing: editing, on: req.db)
        return ProjectFormPage.render(model, context: try await PageContext.withForm(req, section: .projects)).response(status)
    }

    static func formModel(input: FormInput, errors: FormErrors, editing: Project?, on db: any Database) async throws -> ProjectFormPage.Model {
        let organisations = try await Organisation.query(on: db).filter(\.$archivedAt == nil).sort(\.$name).all()
        return ProjectFormPage.Model(
            input: input, errors: errors, editing: try await editing.asyncMap { try await header($0, on: db) },
            organisationOptions: organisations.map { .init(value: $0.id!.lowercasedString, label: $0.name) },
            managerOptions: try await projectManagers(on: db))
    }
}
