import Fluent
import Foundation
import TandemCore

/// The demo "Co-Production for Improvement" programme, run by the acute trust: two patient
/// trainers (the demo partner one of them) and two staff trainers pairing on six sessions, and
/// three cohorts of 22 teams in all: one finished in the spring (3 and 6 months on), one just
/// finished, one to come. The questionnaires show a real rise on three statements and none on
/// two; sessions have their surveys, attendance, certificates and the trainers' time.
struct DemoTraining {
    let organisation: UUID
    let partner: UUID
    let staff: UUID
    let coordinator: UUID
    let today: Date

    private static let day: Double = 86_400
    static let sessions = [
        ("Why co-produce?", "Explain what co-production is and why it leads to better services"),
        ("The ladder of involvement", "Place a project's involvement on the ladder and plan the next rung"),
        ("Reaching people who are seldom heard", "Plan how to reach groups the service does not usually hear from"),
        ("Sharing power in meetings", "Run a meeting where patient partners decide as equals"),
        ("Plain language and feeding back", "Write for the public and tell people what their voice changed"),
        ("Measuring what changed", "Use SPC charts and stories to show what changed"),
    ]
    static let statements = [
        "I know how to involve patients as equal partners",
        "I can plan involvement at each step of a project",
        "I know how to reach people who are seldom heard",
        "My organisation supports co-production",
        "I have enough time for involvement",
    ]
    static let reflections = [
        "I will involve patients as equal partners from the start of our next project",
        "Use plain English and ask a patient partner to read our letters first",
        "Reach out to community groups and go to them rather than asking them to come to us",
        "I feel more confident using the ladder to plan involvement",
        "We need time and budget to pay patient partners for their time",
        "Share decisions with the patient partners on our team",
    ]

    func create(random: inout SeededGenerator, on db: any Database) async throws {
        let programme = TrainingProgramme(
            organisationID: organisation, name: "Co-Production for Improvement",
            aims:
                "Teams learn to plan and run improvement work with patients, carers and communities as equal partners, from choosing the problem to measuring what changed.",
            createdByID: coordinator, isDemo: true)
        programme.sessionsRequired = 5
        try await programme.create(on: db)
        let programmeID = try programme.requireID()
        try await PersonRoleAssignment(personID: partner, role: .patientTrainer).create(on: db)
        let joy = try await person(
            "Joy Adeyemi", email: "joy.adeyemi@demo.example.org", roles: [.patientTrainer, .patientPartner], on: db)
        let ruth = try await person("Ruth Carver", email: "ruth.carver@demo.example.org", roles: [.staff], on: db)
        let trainers: [(UUID, TrainerKind)] = [(partner, .patient), (joy, .patient), (staff, .staff), (ruth, .staff)]
        for (personID, kind) in trainers {
            try await ProgrammeTrainer(programmeID: programmeID, personID: personID, kind: kind).create(on: db)
        }
        let materials = try await Resource.query(on: db).filter(\.$status == .published).sort(\.$title).limit(6).all()
        var curriculum: [CurriculumSession] = []
        for (index, (title, outcomes)) in Self.sessions.enumerated() {
            let session = CurriculumSession(
                programmeID: programmeID, position: index, title: title, outcomes: outcomes, minutes: 150)
            // A patient trainer and a staff trainer on every session, leading in turn.
            let patient = index % 2 == 0 ? partner : joy, staffTrainer = index % 3 == 0 ? staff : ruth
            session.trainers = index % 2 == 0 ? [patient, staffTrainer] : [staffTrainer, patient]
            if index < materials.count { session.materials = [try materials[index].requireID()] }
            try await session.create(on: db)
            curriculum.append(session)
        }
        var statements: [ProgrammeStatement] = []
        for (index, text) in Self.statements.enumerated() {
            let statement = ProgrammeStatement(programmeID: programmeID, position: index, text: text)
            try await statement.create(on: db)
            statements.append(statement)
        }
        let cohorts: [(String, Double, Int)] = [("Spring 2026", -260, 8), ("Autumn 2026", -80, 8), ("Spring 2027", 60, 6)]
        var teamNumber = 0
        for (name, startOffset, teams) in cohorts {
            let first = today.addingTimeInterval(startOffset * Self.day)
            let last = first.addingTimeInterval(70 * Self.day)
            let cohort = TrainingCohort(
                programmeID: programmeID, name: name, firstDay: first, lastDay: last,
                venue: "Education Centre, Northvale General Hospital (step-free, hearing loop)", teamPlaces: 10, isDemo: true)
            try await cohort.create(on: db)
            var learners: [UUID] = []
            for _ in 0..<teams {
                learners += try await team(teamNumber, cohort: cohort, random: &random, on: db)
                teamNumber += 1
            }
            var events: [UUID] = []
            for (index, session) in curriculum.enumerated() {
                events.append(
                    try await schedule(
                        session, number: index, cohort: cohort, programme: programme, learners: learners, random: &random,
                        on: db))
            }
            guard first < today else { continue }
            try await answers(cohort, statements: statements, learners: learners, finished: last < today, random: &random, on: db)
            try await certificates(cohort, events: events, learners: learners, on: db)
        }
    }

    private func person(
        _ name: String, email: String? = nil, roles: [InvolvementRole], on db: any Database
    ) async throws -> UUID {
        let person = Person(name: name, email: email, isDemo: true)
        try await person.save(.demoData, on: db)
        for role in roles { try await PersonRoleAssignment(personID: person.requireID(), role: role).create(on: db) }
        return try person.requireID()
    }

    /// A team of three or four with its own project: staff and at least one patient partner (the
    /// last team of the cohort to come has none yet, so its page says so).
    private func team(
        _ number: Int, cohort: TrainingCohort, random: inout SeededGenerator, on db: any Database
    ) async throws -> [UUID] {
        let services = [
            "Discharge lounge", "Outpatient letters", "Maternity triage", "Stroke rehabilitation", "Diabetes clinic",
            "Emergency department waits", "Children's ward", "Memory clinic", "Renal unit", "Fracture clinic", "Eye clinic",
        ]
        let service = services[number % services.count]
        let project = Project(
            title: "\(service): \(number < services.count ? "involving patients" : "second round")", organisationID: organisation,
            projectManagerID: nil, problem: "Patients told us \(service.lowercased()) could be better.",
            aims: "Improve \(service.lowercased()) with the people who use it.", isDemo: true)
        try await project.create(on: db)
        let projectID = try project.requireID()
        let started = cohort.firstDay.addingTimeInterval(-20 * Self.day)
        // Started before its cohort, so it lists after the demo's own projects, newest first.
        project.createdAt = min(started, today.addingTimeInterval(-Self.day))
        try await project.save(on: db)
        let startLevel: InvolvementLevel = number % 3 == 0 ? .inform : .consult
        try await plan(projectID, level: startLevel, on: db)
        try await InvolvementLevelRecord(projectID: projectID, level: startLevel, recordedAt: started).create(on: db)
        // Most teams of the finished cohorts moved up the ladder a rung or two after the course.
        if cohort.lastDay < today, number % 4 != 3 {
            let later: InvolvementLevel = number % 2 == 0 ? .coProduce : .involve
            let when = min(today.addingTimeInterval(-Self.day), cohort.lastDay.addingTimeInterval(50 * Self.day))
            try await plan(projectID, level: later, on: db)
            try await InvolvementLevelRecord(projectID: projectID, level: later, recordedAt: when).create(on: db)
        }
        let team = TrainingTeam(
            cohortID: try cohort.requireID(), organisationID: organisation, projectID: projectID, name: "\(service) team")
        try await team.create(on: db)
        let size = 3 + number % 2
        let withoutPartner = cohort.firstDay > today && number % 6 == 5
        var members: [UUID] = []
        for index in 0..<size {
            let name =
                "\(DemoGenerator.firstNames[(number * 7 + index * 3) % DemoGenerator.firstNames.count]) \(DemoGenerator.lastNames[(number * 5 + index) % DemoGenerator.lastNames.count])"
            let kind: TeamMemberKind =
                index == 0 && !withoutPartner ? (number % 5 == 0 ? .communityMember : .patientPartner) : .staff
            let personID = try await person(name, roles: kind == .staff ? [.staff] : [.patientPartner], on: db)
            try await TrainingTeamMember(teamID: try team.requireID(), personID: personID, kind: kind).save(.demoData, on: db)
            if kind != .staff {
                try await ProjectMember(projectID: projectID, personID: personID, role: .patientPartner).save(.demoData, on: db)
            }
            members.append(personID)
        }
        return members
    }

    private func plan(_ projectID: UUID, level: InvolvementLevel, on db: any Database) async throws {
        try await InvolvementPlanEntry.query(on: db).filter(\.$project.$id == projectID).delete()
        for step in InvolvementStep.allCases.prefix(5) {
            try await InvolvementPlanEntry(projectID: projectID, step: step, level: level, who: "Patient partners on the team")
                .create(on: db)
        }
    }

    /// A session as an event a fortnight apart, every learner registered; sessions held have
    /// attendance (most came), the survey after it, and the trainers' time.
    private func schedule(
        _ session: CurriculumSession, number: Int, cohort: TrainingCohort, programme: TrainingProgramme, learners: [UUID],
        random: inout SeededGenerator, on db: any Database
    ) async throws -> UUID {
        let day = cohort.firstDay.addingTimeInterval(Double(number * 14) * Self.day)
        let parts = CalendarDate.parts(of: day)
        let start = try UKTime.instant(
            year: Int(parts.year)!, month: Int(parts.month)!, day: Int(parts.day)!, hour: 10, minute: 0
        ).get()
        let event = Event(
            title: "\(programme.name): \(session.title)", summary: session.outcomes, kind: .trainingSession, startsAt: start,
            endsAt: start.addingTimeInterval(150 * 60), capacity: nil, audience: .namedGroup, createdByID: coordinator,
            isDemo: true)
        event.$organisation.id = organisation
        event.venue = cohort.venue
        let held = event.endsAt < today
        event.status = held ? .held : .published
        event.placesTaken = learners.count
        event.lastPosition = learners.count
        try await event.create(on: db)
        let eventID = try event.requireID()
        try await EventFacilitators.replace(eventID, with: session.trainers, on: db)
        let scheduled = CohortSession(
            cohortID: try cohort.requireID(), curriculumSessionID: try session.requireID(), eventID: eventID)
        try await scheduled.create(on: db)
        let people = try await Person.query(on: db).filter(\.$id ~~ learners).all()
        for (position, person) in people.enumerated() {
            let registration = EventRegistration(
                eventID: eventID, personID: try person.requireID(), name: person.name, email: person.email ?? "",
                status: .confirmed, position: position + 1, cancelTokenHash: SessionToken.hash(SessionToken.generate()),
                checkInCode: Registrations.checkInCode())
            if held {
                let roll = Int.random(in: 0..<10, using: &random)
                registration.attendance = roll < 8 ? .present : roll == 8 ? .apologies : .didNotAttend
            }
            try await registration.save(.demoData, on: db)
            if held, registration.attendance == .present, Int.random(in: 0..<3, using: &random) > 0 {
                try await ReactionReceipt(sessionID: try scheduled.requireID(), personID: try person.requireID()).create(on: db)
                try await SessionReaction(
                    sessionID: try scheduled.requireID(), usefulness: Int.random(in: 3...5, using: &random),
                    trainers: Int.random(in: 4...5, using: &random), comment: ""
                )
                .create(on: db)
            }
        }
        if held {
            for trainer in session.trainers {
                try await TimeRecord(
                    personID: trainer, eventID: eventID, kind: .trainingDelivered, activity: session.title,
                    day: UKTime.calendarDay(of: start), hours: 2.5, preparationHours: 1.5
                ).create(on: db)
            }
        }
        return eventID
    }

    /// The questionnaires: the first three statements rise by 1 or 2 for most people after the
    /// course; the last two move about at random, with no real change.
    private func answers(
        _ cohort: TrainingCohort, statements: [ProgrammeStatement], learners: [UUID], finished: Bool,
        random: inout SeededGenerator, on db: any Database
    ) async throws {
        for (index, personID) in learners.enumerated() {
            var before: [Int] = []
            for stage in finished ? [QuestionnaireStage.before, .after] : [.before] {
                if stage == .after && index % 6 == 5 { continue }  // not everyone answers afterwards
                let response = QuestionnaireResponse(
                    cohortID: try cohort.requireID(), personID: personID, stage: stage,
                    reflection: stage == .after ? Self.reflections[index % Self.reflections.count] : "")
                response.submittedAt = stage == .before ? cohort.firstDay : cohort.lastDay
                try await response.create(on: db)
                for (position, statement) in statements.enumerated() {
                    let value: Int
                    if stage == .before {
                        value = Int.random(in: 2...3, using: &random)
                        before.append(value)
                    } else if position < 3 {
                        value = min(5, before[position] + Int.random(in: 0...2, using: &random) + (index % 4 == 0 ? 0 : 1))
                    } else {
                        value = max(1, min(5, before[position] + Int.random(in: -1...1, using: &random)))
                    }
                    try await QuestionnaireAnswer(
                        responseID: try response.requireID(), statementID: try statement.requireID(), value: value
                    )
                    .create(on: db)
                }
            }
        }
    }

    /// Certificates for everyone who attended 5 of the 6 sessions of a finished cohort.
    private func certificates(_ cohort: TrainingCohort, events: [UUID], learners: [UUID], on db: any Database) async throws {
        guard cohort.lastDay < today else { return }
        let present = try await EventRegistration.query(on: db).filter(\.$event.$id ~~ events).filter(\.$attendance == .present)
            .all()
        let attended = Dictionary(grouping: present.compactMap { $0.$person.id }, by: { $0 }).mapValues(\.count)
        var sequence = try await TrainingCertificate.query(on: db).count() + 1
        for personID in learners where CompletionRule(sessionsRequired: 5).isCompleted(attended: attended[personID] ?? 0) {
            let certificate = TrainingCertificate(
                cohortID: try cohort.requireID(), personID: personID, issuedByID: coordinator,
                number: CertificateController.number(year: CalendarDate.parts(of: cohort.lastDay).year, sequence: sequence))
            certificate.issuedAt = cohort.lastDay.addingTimeInterval(7 * Self.day)
            try await certificate.create(on: db)
            sequence += 1
        }
    }
}
