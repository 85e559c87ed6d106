import Fluent
import TandemCore
import Vapor

/// Training programmes: the list, setting one up, and its page (trainers, curriculum, statements,
/// completion rule, cohorts compared).
enum ProgrammeController {
    static func list(req: Request) async throws -> Response {
        let viewer = try req.requireUser().viewer
        let programmes = try await TrainingRegistry.programmes(for: viewer, on: req.db)
        let organisations = try await names(of: Set(programmes.map(\.$organisation.id)), on: req.db)
        let cohorts =
            programmes.isEmpty
            ? [] : try await TrainingCohort.query(on: req.db).filter(\.$programme.$id ~~ programmes.map(\.savedID)).all()
        let model = ProgrammeListPage.Model(
            rows: programmes.map { programme in
                .init(
                    id: programme.savedID, name: programme.name, organisation: organisations[programme.$organisation.id] ?? "",
                    cohorts: cohorts.filter { $0.$programme.id == programme.savedID }.count)
            },
            mayAdd: viewer.can(.manageProgrammes))
        return ProgrammeListPage.render(model, context: try await PageContext.make(req, section: .training)).response()
    }

    static func new(req: Request) async throws -> Response {
        try req.authorize(.manageProgrammes)
        return try await renderForm(req, form: ProgrammeForm(), errors: FormErrors())
    }

    static func create(req: Request) async throws -> Response {
        try req.authorize(.manageProgrammes)
        let form = try req.content.decode(ProgrammeForm.self)
        let organisations = try await Organisation.query(on: req.db).all()
        switch form.validate(organisations: Set(organisations.map(\.savedID))) {
        case .failure(let errors):
            return try await renderForm(req, form: form, errors: errors, status: .badRequest)
        case .success(let valid):
            let programme = TrainingProgramme(
                organisationID: valid.organisationID, name: valid.name, aims: valid.aims, createdByID: req.auditActor.personID)
            try await programme.create(on: req.db)
            try await req.flash("Programme set up. Add its trainers, then its sessions.")
            return req.seeOther(SiteURL.programme(.value(programme.savedID)))
        }
    }

    static func show(req: Request) async throws -> Response {
        let (programme, ref) = try await req.programme(Permission.viewProgramme)
        return try await render(req, programme, ref: ref)
    }

    static func addTrainer(req: Request) async throws -> Response {
        let (programme, ref) = try await req.programme { _ in .manageProgrammes }
        let form = try req.content.decode(TrainerForm.self)
        var errors = FormErrors()
        switch form.validate() {
        case .failure(let problems): errors = problems
        case .success(let valid):
            let (people, _) = try await PeopleByEmail.find([valid.email], on: req.db)
            if let personID = people.first {
                if ref.trainers.contains(personID) {
                    errors.add("email", "\(valid.email) is already a trainer on this programme")
                } else if valid.kind == .patient, !(try await hasRole(personID, .patientTrainer, on: req.db)) {
                    errors.add(
                        "email",
                        "\(valid.email) is not a patient trainer yet. Give them the patient trainer role on their profile first.")
                } else {
                    try await ProgrammeTrainer(programmeID: programme.savedID, personID: personID, kind: valid.kind)
                        .create(on: req.db)
                    try await req.flash("Trainer added")
                    return req.seeOther(SiteURL.programme(.value(programme.savedID)))
                }
            } else {
                errors.add("email", "Nobody in Tandem has the address \(valid.email). Add them as a person first.")
            }
        }
        return try await render(req, programme, ref: ref, forms: .init(trainer: form), errors: errors, status: .badRequest)
    }

    static func addSession(req: Request) async throws -> Response {
        let (programme, ref) = try await req.programme { _ in .manageProgrammes }
        let form = try req.content.decode(CurriculumSessionForm.self)
        let resources = try await materialChoices(on: req.db)
        switch form.validate(trainers: ref.trainers, resources: Set(resources.map(\.savedID))) {
        case .failure(let errors):
            return try await render(req, programme, ref: ref, forms: .init(session: form), errors: errors, status: .badRequest)
        case .success(let valid):
            let count = try await CurriculumSession.query(on: req.db).filter(\.$programme.$id == programme.savedID).count()
            let session = CurriculumSession(
                programmeID: programme.savedID, position: count, title: valid.title, outcomes: valid.outcomes,
                minutes: valid.minutes)
            session.trainers = valid.trainers
            session.materials = valid.material.map { [$0] } ?? []
            try await session.create(on: req.db)
            try await req.flash("Session added to the curriculum")
            return req.seeOther(SiteURL.programme(.value(programme.savedID)))
        }
    }

    /// Adds a material from the library to a curriculum session.
    static func addMaterial(req: Request) async throws -> Response {
        let (programme, _) = try await req.programme { _ in .manageProgrammes }
        guard
            let session = try await CurriculumSession.query(on: req.db).filter(\.$id == (try req.id(.curriculumSession)))
                .filter(\.$programme.$id == programme.savedID).first()
        else { throw AppError.notFound }
        let chosen = try req.content.decode(CurriculumSessionForm.self).material.flatMap(UUID.init(uuidString:))
        guard let chosen, try await materialChoices(on: req.db).contains(where: { $0.savedID == chosen }) else {
            throw AppError.badRequest("Choose a resource from the library")
        }
        if !session.materials.contains(chosen) {
            session.materials.append(chosen)
            try await session.save(on: req.db)
        }
        try await req.flash("Material added to \(session.title)")
        return req.seeOther(SiteURL.programme(.value(programme.savedID)))
    }

    static func addStatement(req: Request) async throws -> Response {
        let (programme, ref) = try await req.programme { _ in .manageProgrammes }
        let form = try req.content.decode(StatementForm.self)
        switch form.validate() {
        case .failure(let errors):
            return try await render(req, programme, ref: ref, forms: .init(statement: form), errors: errors, status: .badRequest)
        case .success(let text):
            if try await hasAnswers(programme, on: req.db) {
                return try await render(
                    req, programme, ref: ref, forms: .init(statement: form),
                    errors: .one(
                        "text", "People have already answered this programme's questionnaires, so its statements stay as they are"
                    ),
                    status: .badRequest)
            }
            let count = try await ProgrammeStatement.query(on: req.db).filter(\.$programme.$id == programme.savedID).count()
            try await ProgrammeStatement(programmeID: programme.savedID, position: count, text: text).create(on: req.db)
            try await req.flash("Statement added")
            return req.seeOther(SiteURL.programme(.value(programme.savedID)))
        }
    }

    static func setCompletion(req: Request) async throws -> Response {
        let (programme, ref) = try await req.programme { _ in .manageProgrammes }
        let form = try req.content.decode(CompletionForm.self)
        let sessions = try await CurriculumSession.query(on: req.db).filter(\.$programme.$id == programme.savedID).count()
        switch form.validate(sessions: sessions) {
        case .failure(let errors):
            return try await render(req, programme, ref: ref, forms: .init(completion: form), errors: errors, status: .badRequest)
        case .success(let rule):
            programme.sessionsRequired = rule.sessionsRequired
            try await programme.save(on: req.db)
            try await req.flash("Completing the programme now means attending \(rule.description(of: sessions))")
            return req.seeOther(SiteURL.programme(.value(programme.savedID)))
        }
    }

    // MARK: - Page models

    struct Forms {
        var trainer = TrainerForm()
        var session = CurriculumSessionForm()
        var statement = StatementForm()
        var completion = CompletionForm()
    }

    static func render(
        _ req: Request, _ programme: TrainingProgramme, ref: ProgrammeRef, forms: Forms = Forms(),
        errors: FormErrors = FormErrors(), status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let model = try await pageModel(
            programme, ref: ref, forms: forms, errors: errors, viewer: try req.requireUser().viewer, on: req.db)
        return ProgrammePage.render(model, context: try await PageContext.withForm(req, section: .training)).response(status)
    }

    static func pageModel(
        _ programme: TrainingProgramme, ref: ProgrammeRef, forms: Forms, errors: FormErrors, viewer: Viewer,
        on db: any Database
    ) async throws -> ProgrammePage.Model {
        let trainers = try await ProgrammeTrainer.query(on: db).filter(\.$programme.$id == programme.savedID).with(\.$person)
            .all().sorted { ($0.kind.rawValue, $0.person.name) < ($1.kind.rawValue, $1.person.name) }
        let names = Dictionary(uniqueKeysWithValues: trainers.map { ($0.$person.id, ($0.person.displayName, $0.kind)) })
        let sessions = try await CurriculumSession.query(on: db).filter(\.$programme.$id == programme.savedID)
            .sort(\.$position).all()
        let mayManage = viewer.can(.manageProgrammes)
        // The sessions' own materials for everyone; the library's list to choose from only for those who add.
        let used = Set(sessions.flatMap(\.materials))
        let materials = used.isEmpty ? [] : try await Resource.query(on: db).filter(\.$id ~~ used).all()
        let titles = Dictionary(uniqueKeysWithValues: materials.map { ($0.savedID, ($0.title, $0.slug)) })
        let choices = mayManage ? try await materialChoices(on: db) : []
        let statements = try await ProgrammeStatement.query(on: db).filter(\.$programme.$id == programme.savedID)
            .sort(\.$position).all()
        let cohorts = try await TrainingCohort.query(on: db).filter(\.$programme.$id == programme.savedID)
            .sort(\.$firstDay).all()
        let comparison = try await TrainingReports.compare(cohorts, programme: programme, on: db)
        return ProgrammePage.Model(
            id: programme.savedID, name: programme.name, aims: programme.aims,
            organisation: try await Organisation.find(programme.$organisation.id, on: db)?.name ?? "",
            completion: programme.sessionsRequired.map { CompletionRule(sessionsRequired: $0).description(of: sessions.count) },
            trainers: trainers.map { .init(personID: $0.$person.id, name: $0.person.displayName, kind: $0.kind) },
            sessions: sessions.map { session in
                .init(
                    id: session.savedID, number: session.position + 1, title: session.title, outcomes: session.outcomes,
                    minutes: session.minutes,
                    trainers: session.trainers.compactMap { id in names[id].map { (name: $0.0, kind: $0.1) } },
                    materials: session.materials.compactMap { titles[$0] }.map { (title: $0.0, slug: $0.1) })
            },
            statements: statements.map(\.text), cohorts: comparison, mayManage: mayManage,
            materialChoices: choices.map { .init(value: $0.savedID.lowercasedString, label: $0.title) },
            forms: forms, errors: errors)
    }

    // MARK: - Helpers

    static func names(of organisations: Set<UUID>, on db: any Database) async throws -> [UUID: String] {
        guard !organisations.isEmpty else { return [:] }
        return Dictionary(
            uniqueKeysWithValues: try await Organisation.query(on: db).filter(\.$id ~~ organisations).all().map {
                ($0.savedID, $0.name)
            })
    }

    /// Published resources that can be a session's materials, by title.
    static func materialChoices(on db: any Database) async throws -> [Resource] {
        try await Resource.query(on: db).filter(\.$status == .published).sort(\.$title).limit(300).all()
    }

    static func hasRole(_ personID: UUID, _ role: InvolvementRole, on db: any Database) async throws -> Bool {
        try await PersonRoleAssignment.query(on: db).filter(\.$person.$id == personID).filter(\.$role == role).count() > 0
    }

    private static func hasAnswers(_ programme: TrainingProgramme, on db: any Database) async throws -> Bool {
        let cohorts = try await TrainingCohort.query(on: db).filter(\.$programme.$id == programme.savedID).all().map(\.savedID)
        guard !cohorts.isEmpty else { return false }
        return try await QuestionnaireResponse.query(on: db).filter(\.$cohort.$id ~~ cohorts).count() > 0
    }

    private static func renderForm(
        _ req: Request, form: ProgrammeForm, errors: FormErrors, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let organisations = try await Organisation.query(on: req.db).sort(\.$name).all()
        let model = ProgrammeFormPage.Model(
            organisations: organisations.map { .init(value: $0.savedID.lowercasedString, label: $0.name) }, form: form,
            errors: errors)
        return ProgrammeFormPage.render(model, context: try await PageContext.withForm(req, section: .training))
            .response(status)
    }
}
