import Fluent
import TandemCore
import Vapor

/// A cohort: setting one up, its page (sessions, teams, attendance, completion), scheduling its
/// sessions as events, enrolling teams and their members, and recording attendance on the registers.
enum CohortController {
    static func new(req: Request) async throws -> Response {
        let (programme, _) = try await req.programme { _ in .manageProgrammes }
        return try await renderForm(req, programme, form: CohortForm(), errors: FormErrors())
    }

    static func create(req: Request) async throws -> Response {
        let (programme, _) = try await req.programme { _ in .manageProgrammes }
        let form = try req.content.decode(CohortForm.self)
        switch form.validate() {
        case .failure(let errors):
            return try await renderForm(req, programme, form: form, errors: errors, status: .badRequest)
        case .success(let valid):
            let cohort = TrainingCohort(
                programmeID: programme.savedID, name: valid.name, firstDay: valid.first, lastDay: valid.last, venue: valid.venue,
                teamPlaces: valid.teams)
            try await cohort.create(on: req.db)
            try await req.flash("Cohort set up. Schedule its sessions and enrol its teams.")
            return req.seeOther(SiteURL.cohort(.value(cohort.savedID)))
        }
    }

    static func show(req: Request) async throws -> Response {
        let (cohort, programme, ref) = try await req.cohort(Permission.viewCohort)
        return try await render(req, cohort, programme, ref: ref)
    }

    static func schedule(req: Request) async throws -> Response {
        let (cohort, programme, ref) = try await req.cohort(Permission.runCohort)
        let form = try req.content.decode(ScheduleSessionForm.self)
        let curriculum = try await CurriculumSession.query(on: req.db).filter(\.$programme.$id == programme.savedID).all()
        let scheduled = Set(
            try await CohortSession.query(on: req.db).filter(\.$cohort.$id == cohort.savedID).all().map(\.$curriculumSession.id))
        let unscheduled = curriculum.filter { !scheduled.contains($0.savedID) }
        switch form.validate(unscheduled: Set(unscheduled.map(\.savedID)), first: cohort.firstDay, last: cohort.lastDay) {
        case .failure(let errors):
            return try await render(
                req, cohort, programme, ref: ref, forms: Forms(schedule: form), errors: errors, status: .badRequest)
        case .success(let valid):
            let session = unscheduled.first { $0.savedID == valid.sessionID }!
            _ = try await TrainingSchedule.schedule(
                session, cohort: cohort, programme: programme, start: valid.start, end: valid.end,
                venue: valid.joiningLink == nil ? cohort.venue : nil, joiningLink: valid.joiningLink, by: req.auditActor,
                locks: req.application.services.eventLocks, on: req.db)
            try await req.flash("\(session.title) scheduled for \(UKTime.span(from: valid.start, to: valid.end))")
            return req.seeOther(SiteURL.cohort(.value(cohort.savedID)))
        }
    }

    static func addTeam(req: Request) async throws -> Response {
        let (cohort, programme, ref) = try await req.cohort(Permission.runCohort)
        let form = try req.content.decode(TeamForm.self)
        let organisations = try await Organisation.query(on: req.db).all()
        // Only the chosen project is looked up, with the organisation it belongs to.
        let chosen =
            try await form.project.flatMap(UUID.init(uuidString:)).asyncMap { try await Project.find($0, on: req.db) } ?? nil
        var outcome = form.validate(
            organisations: Set(organisations.map(\.savedID)),
            projects: chosen.map { [$0.savedID: $0.$organisation.id] } ?? [:])
        if case .success = outcome, let places = cohort.teamPlaces,
            try await TrainingTeam.query(on: req.db).filter(\.$cohort.$id == cohort.savedID).count() >= places
        {
            outcome = .failure(.one("name", "The cohort takes \(places) teams and has them all"))
        }
        switch outcome {
        case .failure(let errors):
            return try await render(
                req, cohort, programme, ref: ref, forms: Forms(team: form), errors: errors, status: .badRequest)
        case .success(let valid):
            let actor = req.auditActor
            try await req.db.transaction { db in
                var projectID = valid.projectID
                if let title = valid.newProjectTitle {
                    let project = Project(
                        title: title, organisationID: valid.organisationID, projectManagerID: nil,
                        problem: "The improvement \(valid.name) works on during \(programme.name) (\(cohort.name)).", aims: "")
                    try await project.create(on: db)
                    try await AuditTrail.project(.created, project, fields: ["title", "organisation"], by: actor, on: db)
                    projectID = project.savedID
                }
                try await TrainingTeam(
                    cohortID: cohort.savedID, organisationID: valid.organisationID, projectID: projectID, name: valid.name
                ).create(on: db)
                if let projectID { try await InvolvementLevels.recordCurrent(projectID, on: db) }
            }
            try await req.flash(
                "\(valid.name) enrolled. Add its members, with at least one patient, service user or community member.")
            return req.seeOther(SiteURL.cohort(.value(cohort.savedID)))
        }
    }

    static func addTeamMember(req: Request) async throws -> Response {
        let (cohort, programme, ref) = try await req.cohort(Permission.runCohort)
        guard
            let team = try await TrainingTeam.query(on: req.db).filter(\.$id == (try req.id(.trainingTeam)))
                .filter(\.$cohort.$id == cohort.savedID).first()
        else { throw AppError.notFound }
        let form = try req.content.decode(TrainingTeamMemberForm.self)
        var errors: FormErrors
        switch form.validate() {
        case .failure(let problems): errors = problems
        case .success(let valid):
            let (people, _) = try await PeopleByEmail.find([valid.email], on: req.db)
            if let personID = people.first, let person = try await Person.find(personID, on: req.db) {
                if ref.teamMembers.contains(personID) {
                    errors = .one("email", "\(person.name) is already on a team in this cohort")
                } else {
                    try await TrainingSchedule.enrol(
                        person, kind: valid.kind, team: team, by: req.auditActor,
                        locks: req.application.services.eventLocks, on: req.db)
                    try await req.flash("\(person.name) added to \(team.name)")
                    return req.seeOther(SiteURL.cohort(.value(cohort.savedID)))
                }
            } else {
                errors = .one("email", "Nobody in Tandem has the address \(valid.email). Add them as a person first.")
            }
        }
        return try await render(
            req, cohort, programme, ref: ref, forms: Forms(member: form, memberTeam: team.savedID), errors: errors,
            status: .badRequest)
    }

    /// The attendance grid: one choice per person and session, written to the sessions' registers.
    static func attendance(req: Request) async throws -> Response {
        let (cohort, _, _) = try await req.cohort(Permission.runCohort)
        let attendance = try await TrainingReports.attendance(cohort, on: req.db)
        let fields = try req.content.decode([String: String].self)
        let events = attendance.sessions.map(\.eventID)
        guard !events.isEmpty else { return req.seeOther(SiteURL.cohort(.value(cohort.savedID))) }
        let registrations = try await EventRegistration.query(on: req.db).filter(\.$event.$id ~~ events)
            .filter(\.$status != .cancelled).all()
        let actor = req.auditActor
        let changed = try await req.db.transaction { db in
            var changed = 0
            for registration in registrations {
                guard let personID = registration.$person.id,
                    let raw = fields[CohortPage.attendanceField(person: personID, event: registration.$event.id)]
                else { continue }
                let chosen = Attendance(rawValue: raw)
                guard chosen != registration.attendance else { continue }
                registration.attendance = chosen
                try await registration.save(
                    .by(actor, label: "\(registration.name) at a session", fields: ["attendance"]), on: db)
                changed += 1
            }
            return changed
        }
        try await req.flash(changed == 0 ? "No changes to attendance" : "Attendance saved")
        return req.seeOther(SiteURL.cohort(.value(cohort.savedID), .attendance))
    }

    // MARK: - Page models

    struct Forms {
        var schedule = ScheduleSessionForm()
        var team = TeamForm()
        var member = TrainingTeamMemberForm()
        var memberTeam: UUID? = nil
    }

    static func render(
        _ req: Request, _ cohort: TrainingCohort, _ programme: TrainingProgramme, ref: CohortRef, forms: Forms = Forms(),
        errors: FormErrors = FormErrors(), status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let model = try await pageModel(
            cohort, programme, ref: ref, forms: forms, errors: errors, viewer: try req.requireUser().viewer, on: req.db)
        return CohortPage.render(model, context: try await PageContext.withForm(req, section: .training)).response(status)
    }

    static func pageModel(
        _ cohort: TrainingCohort, _ programme: TrainingProgramme, ref: CohortRef, forms: Forms, errors: FormErrors,
        viewer: Viewer, on db: any Database
    ) async throws -> CohortPage.Model {
        let attendance = try await TrainingReports.attendance(cohort, on: db)
        let trainers = try await ProgrammeTrainer.query(on: db).filter(\.$programme.$id == programme.savedID).with(\.$person)
            .all()
        let trainerNames = Dictionary(uniqueKeysWithValues: trainers.map { ($0.$person.id, ($0.person.displayName, $0.kind)) })
        let curriculum = try await CurriculumSession.query(on: db).filter(\.$programme.$id == programme.savedID)
            .sort(\.$position).all()
        let scheduled = Set(attendance.sessions.map(\.curriculumID))
        let teams = try await TrainingTeam.query(on: db).filter(\.$cohort.$id == cohort.savedID).with(\.$project)
            .with(\.$organisation).sort(\.$name).all()
        let members =
            teams.isEmpty
            ? [] : try await TrainingTeamMember.query(on: db).filter(\.$team.$id ~~ teams.map(\.savedID)).with(\.$person).all()
        let certificates = try await TrainingCertificate.query(on: db).filter(\.$cohort.$id == cohort.savedID).all()
        let issued = Dictionary(uniqueKeysWithValues: certificates.map { ($0.$person.id, $0.number) })
        let mayRun = viewer.can(.runCohort(ref))
        let rule = programme.sessionsRequired.map(CompletionRule.init(sessionsRequired:))
        let sessionsLeft = attendance.curriculumSessions - attendance.sessions.filter(\.held).count
        let isMember = ref.teamMembers.contains(viewer.personID)
        var own: CohortPage.Own? = nil
        if isMember {
            let responses = try await QuestionnaireResponse.query(on: db).filter(\.$cohort.$id == cohort.savedID)
                .filter(\.$person.$id == viewer.personID).all()
            let receipts = Set(
                try await ReactionReceipt.query(on: db).filter(\.$person.$id == viewer.personID).all().map(\.$session.id))
            let marks = attendance.marks[viewer.personID] ?? [:]
            own = .init(
                answered: Set(responses.map(\.stage)),
                sessionsToRate: attendance.sessions.filter { marks[$0.eventID] == .present && !receipts.contains($0.id) }
                    .map { (id: $0.id, title: "\($0.number). \($0.title)") },
                certificate: issued[viewer.personID] != nil)
        }
        let organisations = mayRun ? try await Organisation.query(on: db).sort(\.$name).all() : []
        let orgNames = Dictionary(uniqueKeysWithValues: organisations.map { ($0.savedID, $0.name) })
        let projects = mayRun ? try await Project.query(on: db).sort(\.$title).all() : []
        return CohortPage.Model(
            id: cohort.savedID, name: cohort.name, programmeID: programme.savedID, programmeName: programme.name,
            firstDay: cohort.firstDay, lastDay: cohort.lastDay, venue: cohort.venue, teamPlaces: cohort.teamPlaces,
            completion: rule?.description(of: attendance.curriculumSessions),
            sessions: attendance.sessions.map { session in
                .init(
                    id: session.id, eventID: session.eventID, number: session.number, title: session.title,
                    when: UKTime.span(from: session.startsAt, to: session.endsAt),
                    trainers: session.trainers.compactMap { trainerNames[$0] }.map { (name: $0.0, kind: $0.1) })
            },
            unscheduled: curriculum.filter { !scheduled.contains($0.savedID) }.map {
                .init(value: $0.savedID.lowercasedString, label: "\($0.position + 1). \($0.title)")
            },
            teams: teams.map { team in
                let teamMembers = members.filter { $0.$team.id == team.savedID }.sorted { $0.person.name < $1.person.name }
                return .init(
                    id: team.savedID, name: team.name, organisation: team.organisation.name,
                    project: team.project.map { (id: $0.savedID, title: $0.title) },
                    members: teamMembers.map { (name: $0.person.displayName, kind: $0.kind) },
                    missingLivedExperience: !TeamRules.meetsLivedExperienceRule(teamMembers.map(\.kind)))
            },
            people: attendance.members.map { member in
                let attended = attendance.attended(member.personID)
                return .init(
                    personID: member.personID, name: member.name, team: member.team, kind: member.kind,
                    marks: attendance.sessions.map { attendance.marks[member.personID]?[$0.eventID] },
                    attended: attended,
                    status: rule.map { rule in
                        rule.isCompleted(attended: attended)
                            ? .completed
                            : rule.canStillComplete(attended: attended, sessionsLeft: sessionsLeft) ? .onTrack : .notCompleted
                    },
                    certificate: issued[member.personID])
            },
            mayRun: mayRun, own: own,
            organisations: organisations.map { .init(value: $0.savedID.lowercasedString, label: $0.name) },
            projects: projects.map {
                .init(value: $0.savedID.lowercasedString, label: "\($0.title) (\(orgNames[$0.$organisation.id] ?? ""))")
            },
            forms: forms, errors: errors)
    }

    private static func renderForm(
        _ req: Request, _ programme: TrainingProgramme, form: CohortForm, errors: FormErrors, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let model = CohortFormPage.Model(
            programmeID: programme.savedID, programmeName: programme.name, form: form, errors: errors)
        return CohortFormPage.render(model, context: try await PageContext.withForm(req, section: .training)).response(status)
    }
}
