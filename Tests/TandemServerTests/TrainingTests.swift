import Fluent
import Foundation
import TandemCore
@testable import TandemServer
import Testing
import VaporTesting

@Suite("Co-production training: programmes, cohorts, attendance, questionnaires, certificates")
struct TrainingTests {
    struct World {
        let trust: Organisation
        let coordinator: TestBrowser
        let programme: TrainingProgramme
        let patientTrainer: User
        let staffTrainer: User
    }

    /// A programme with a patient trainer, a staff trainer, two sessions (each led by one, co-delivered
    /// by the other), two statements and a rule of 2 of 2 sessions, set up through its pages.
    static func world(_ app: Application) async throws -> World {
        let trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
        let (coordinator, _) = try await Fixtures.signedIn(.coordinator, app: app)
        let patientTrainer = try await Fixtures.user("pat@example.org", role: .partner, on: app.db)
        let staffTrainer = try await Fixtures.user("sam@example.org", role: .staff, organisation: trust, on: app.db)
        #expect(
            try await coordinator.post(
                SiteURL.programmes.path,
                [
                    ("name", "Co-Production for Improvement"), ("aims", "Teams involve patients as equals."),
                    ("organisation", trust.id!.lowercasedString),
                ]
            ).status == .seeOther)
        let programme = try #require(try await TrainingProgramme.query(on: app.db).first())
        let page = SiteURL.programme(.value(programme.id!))
        // A patient trainer must have that role first.
        let refused = try await coordinator.post(
            page.pathAppending(programme: .trainers), [("email", "pat@example.org"), ("kind", "patient")])
        #expect(refused.status == .badRequest && refused.body.string.contains("is not a patient trainer yet"))
        try await PersonRoleAssignment(personID: patientTrainer.$person.id, role: .patientTrainer).create(on: app.db)
        for (email, kind) in [("pat@example.org", "patient"), ("sam@example.org", "staff")] {
            #expect(
                try await coordinator.post(page.pathAppending(programme: .trainers), [("email", email), ("kind", kind)]).status
                    == .seeOther)
        }
        let pat = patientTrainer.$person.id.lowercasedString, sam = staffTrainer.$person.id.lowercasedString
        for (title, lead, co) in [("Why involve patients", pat, sam), ("Planning involvement", sam, pat)] {
            #expect(
                try await coordinator.post(
                    page.pathAppending(programme: .sessions),
                    [("title", title), ("outcomes", "Explain it"), ("minutes", "150"), ("lead", lead), ("co-trainers[]", co)]
                ).status == .seeOther)
        }
        for text in ["I know how to involve patients as equal partners", "I can plan involvement"] {
            #expect(try await coordinator.post(page.pathAppending(programme: .statements), [("text", text)]).status == .seeOther)
        }
        let tooMany = try await coordinator.post(page.pathAppending(programme: .completion), [("required", "3")])
        #expect(tooMany.status == .badRequest && tooMany.body.string.contains("from 1 to 2"))
        #expect(try await coordinator.post(page.pathAppending(programme: .completion), [("required", "2")]).status == .seeOther)
        try await programme.$organisation.load(on: app.db)
        let saved = try #require(try await TrainingProgramme.find(programme.id, on: app.db))
        #expect(saved.sessionsRequired == 2)
        return World(
            trust: trust, coordinator: coordinator, programme: saved, patientTrainer: patientTrainer, staffTrainer: staffTrainer)
    }

    static func cohort(
        _ name: String, world: World, app: Application
    ) async throws -> TrainingCohort {
        let fields = [
            ("name", name), ("venue", "Trust HQ, Room 2 (step-free)"), ("first-day", "1"), ("first-month", "2"),
            ("first-year", "2026"), ("last-day", "31"), ("last-month", "3"), ("last-year", "2026"),
        ]
        let backwards = try await world.coordinator.post(
            SiteURL.programme(.value(world.programme.id!), .cohorts).path,
            fields.map { $0.0 == "last-month" ? ("last-month", "1") : $0 })
        #expect(backwards.status == .badRequest && backwards.body.string.contains("must be on or after its first day"))
        #expect(
            try await world.coordinator.post(SiteURL.programme(.value(world.programme.id!), .cohorts).path, fields).status
                == .seeOther)
        return try #require(try await TrainingCohort.query(on: app.db).filter(\.$name == name).first())
    }

    @Test func aCoordinatorRunsACohortFromSchedulingToCertificates() async throws {
        try await withTandem { app in
            let world = try await Self.world(app)
            let cohort = try await Self.cohort("Spring 2026", world: world, app: app)
            let page = SiteURL.cohort(.value(cohort.id!))
            let curriculum = try await CurriculumSession.query(on: app.db).sort(\.$position).all()

            // A session outside the cohort's days is refused, and nothing is saved.
            let outside = try await world.coordinator.post(
                page.pathAppending(cohort: .sessions),
                [
                    ("session", curriculum[0].id!.lowercasedString), ("on-day", "1"), ("on-month", "4"), ("on-year", "2026"),
                    ("starts", "10:00"), ("ends", "12:30"),
                ])
            #expect(outside.status == .badRequest && outside.body.string.contains("must be within the cohort's dates"))
            #expect(try await Event.query(on: app.db).count() == 0)
            for (index, day) in ["10", "24"].enumerated() {
                #expect(
                    try await world.coordinator.post(
                        page.pathAppending(cohort: .sessions),
                        [
                            ("session", curriculum[index].id!.lowercasedString), ("on-day", day), ("on-month", "2"),
                            ("on-year", "2026"), ("starts", "10:00"), ("ends", "12:30"),
                        ]
                    ).status == .seeOther)
            }
            let events = try await Event.query(on: app.db).all()
            #expect(events.count == 2 && events.allSatisfy { $0.kind == .trainingSession && $0.audience == .namedGroup })
            // The session's trainers run its event: the lead first.
            let first = try #require(events.first { $0.title.hasSuffix("Why involve patients") })
            let facilitators = try await EventFacilitator.query(on: app.db).filter(\.$event.$id == first.id!).sort(\.$position)
                .all()
            #expect(facilitators.map(\.$person.id) == [world.patientTrainer.$person.id, world.staffTrainer.$person.id])

            // Two teams, one on a new project; a team with staff only is flagged.
            #expect(
                try await world.coordinator.post(
                    page.pathAppending(cohort: .teams),
                    [("name", "Ward 4"), ("organisation", world.trust.id!.lowercasedString), ("new-project", "Discharge lounge")]
                ).status == .seeOther)
            #expect(
                try await world.coordinator.post(
                    page.pathAppending(cohort: .teams),
                    [("name", "Outpatients"), ("organisation", world.trust.id!.lowercasedString)]
                ).status == .seeOther)
            let teams = try await TrainingTeam.query(on: app.db).sort(\.$name).all()
            #expect(try await Project.query(on: app.db).filter(\.$title == "Discharge lounge").count() == 1)
            let nurse = try await Fixtures.user("nurse@example.org", role: .staff, organisation: world.trust, on: app.db)
            let partner = try await Fixtures.user("partner@example.org", role: .partner, on: app.db)
            _ = nurse
            for (team, email, kind) in [
                (teams[1], "nurse@example.org", "staff"), (teams[1], "partner@example.org", "patient_partner"),
            ] {
                #expect(
                    try await world.coordinator.post(
                        page.pathAppending(cohort: .teamMembers(.value(team.id!))), [("email", email), ("kind", kind)]
                    ).status == .seeOther)
            }
            let cohortPage = try await world.coordinator.get(page.path).body.string
            #expect(cohortPage.contains("This team has no patient, service user or community member yet"))
            // Each member is on each session's register.
            #expect(try await EventRegistration.query(on: app.db).count() == 4)
            #expect(
                try await AuditEntry.query(on: app.db).filter(\.$recordType == AuditRecordType.trainingTeamMember.rawValue)
                    .count() == 2)

            // Attendance from the grid: the partner came to both, the nurse to one.
            let nursePerson = nurse.$person.id, partnerPerson = partner.$person.id
            let marks = [
                (partnerPerson, events[0].id!, "present"), (partnerPerson, events[1].id!, "present"),
                (nursePerson, events[0].id!, "present"), (nursePerson, events[1].id!, "apologies"),
            ]
            #expect(
                try await world.coordinator.post(
                    page.pathAppending(cohort: .attendance),
                    marks.map { (CohortPage.attendanceField(person: $0.0, event: $0.1), $0.2) }
                ).status == .seeOther)
            #expect(
                try await EventRegistration.query(on: app.db).filter(\.$attendance == .present).count() == 3)

            // A certificate for someone who did not complete is refused, and nothing is saved.
            let notCompleted = try await world.coordinator.post(
                page.pathAppending(cohort: .certificates), [("person", nursePerson.lowercasedString)])
            #expect(notCompleted.status == .badRequest && notCompleted.body.string.contains("has not completed"))
            #expect(try await TrainingCertificate.query(on: app.db).count() == 0)
            #expect(
                try await world.coordinator.post(page.pathAppending(cohort: .certificates), [("person", "everyone")]).status
                    == .seeOther)
            #expect(try await TrainingCertificate.query(on: app.db).count() == 1)

            // The partner answers both questionnaires and a session's survey, and sees their certificate.
            let learner = TestBrowser(app)
            try await learner.signIn("partner@example.org")
            let statements = try await ProgrammeStatement.query(on: app.db).sort(\.$position).all()
            let missing = try await learner.post(
                page.pathAppending(cohort: .questionnaire(.value("before"))),
                [(QuestionnaireForm.field(statements[0].id!), "2")])
            #expect(missing.status == .badRequest && missing.body.string.contains("statement 2"))
            for (stage, values) in [("before", ["2", "3"]), ("after", ["4", "4"])] {
                #expect(
                    try await learner.post(
                        page.pathAppending(cohort: .questionnaire(.value(stage))),
                        [
                            (QuestionnaireForm.field(statements[0].id!), values[0]),
                            (QuestionnaireForm.field(statements[1].id!), values[1]),
                            ("reflection", "I will involve patients as equal partners from the start"),
                        ]
                    ).status == .seeOther)
            }
            #expect(try await QuestionnaireResponse.query(on: app.db).count() == 2)
            let session = try #require(try await CohortSession.query(on: app.db).first())
            #expect(
                try await learner.post(
                    page.pathAppending(cohort: .feedback(.value(session.id!))), [("usefulness", "5"), ("trainers", "4")]
                ).status == .seeOther)
            #expect(try await SessionReaction.query(on: app.db).count() == 1)
            let certificate = try await learner.get(page.pathAppending(cohort: .certificate(.value(partnerPerson))))
            #expect(certificate.status == .ok)
            #expect(certificate.body.string.contains("Delivered by patient trainer ") && certificate.body.string.contains("Pat"))
            // Another learner's certificate is not theirs to see.
            #expect(try await learner.get(page.pathAppending(cohort: .certificate(.value(nursePerson)))).status == .notFound)
            // The report shows one pair: too few to show a change.
            let report = try await learner.get(page.pathAppending(cohort: .report)).body.string
            #expect(report.contains("Fewer than 5 pairs") && !report.contains("+2"))

            // The patient trainer records the time they gave at the first session.
            let trainer = TestBrowser(app)
            try await trainer.signIn("pat@example.org")
            #expect(try await trainer.get(SiteURL.myTraining.path).body.string.contains("Why involve patients"))
            let badTime = try await trainer.post(
                SiteURL.myTrainingTime.path, [("event", first.id!.lowercasedString), ("hours", "2.6"), ("preparation", "1")])
            #expect(badTime.status == .badRequest && badTime.body.string.contains("quarter hours"))
            #expect(
                try await trainer.post(
                    SiteURL.myTrainingTime.path, [("event", first.id!.lowercasedString), ("hours", "2.5"), ("preparation", "1")]
                ).status == .seeOther)
            // The organisation's co-production profile gathers its teams' training and projects.
            let profile = try await world.coordinator.get(SiteURL.organisation(.value(world.trust.id!), .coProduction).path)
                .body.string
            #expect(profile.contains("2 teams enrolled; 1 person completed") && profile.contains("Discharge lounge"))
            let time = try #require(try await TimeRecord.query(on: app.db).first())
            #expect(time.hours == 2.5 && time.kind == .trainingDelivered && time.$person.id == world.patientTrainer.$person.id)
        }
    }

    @Test func theReportPairsAnswersByPersonAndShowsTheChangeFromFivePeople() async throws {
        try await withTandem { app in
            let world = try await Self.world(app)
            let cohort = try await Self.cohort("Autumn 2026", world: world, app: app)
            let statements = try await ProgrammeStatement.query(on: app.db).sort(\.$position).all()
            // Eight people: the first statement rises by 1 or 2 for everyone; the second does not move.
            for index in 0..<8 {
                let person = try await Fixtures.person("Learner \(index)", on: app.db)
                for (stage, first) in [(QuestionnaireStage.before, 2), (.after, 3 + index % 2)] {
                    let response = QuestionnaireResponse(cohortID: cohort.id!, personID: person.id!, stage: stage, reflection: "")
                    try await response.create(on: app.db)
                    try await QuestionnaireAnswer(responseID: response.id!, statementID: statements[0].id!, value: first)
                        .create(on: app.db)
                    try await QuestionnaireAnswer(responseID: response.id!, statementID: statements[1].id!, value: 3)
                        .create(on: app.db)
                }
            }
            let report = try await world.coordinator.get(SiteURL.cohort(.value(cohort.id!), .report).path).body.string
            // Median of four +1 and four +2 is +1.5; all 8 improved; exact p = 2/256 = 0.0078.
            #expect(report.contains("+1.5") && report.contains("8 of 8 (100%)") && report.contains("0.008"))
            #expect(report.contains("No one changed"))
            let programmePage = try await world.coordinator.get(SiteURL.programme(.value(world.programme.id!)).path).body.string
            #expect(programmePage.contains("1 of 2"))
        }
    }

    @Test func aTeamMemberSeesTheirOwnCohortAndNotAnothers() async throws {
        try await withTandem { app in
            let world = try await Self.world(app)
            let spring = try await Self.cohort("Spring 2026", world: world, app: app)
            let autumn = try await Self.cohort("Autumn 2026", world: world, app: app)
            let member = try await Fixtures.user("member@example.org", role: .partner, on: app.db)
            let team = TrainingTeam(cohortID: spring.id!, organisationID: world.trust.id!, projectID: nil, name: "Ward 4")
            try await team.create(on: app.db)
            try await TrainingTeamMember(teamID: team.id!, personID: member.$person.id, kind: .patientPartner).save(
                .fixture, on: app.db)
            let browser = TestBrowser(app)
            try await browser.signIn("member@example.org")
            #expect(try await browser.get(SiteURL.cohort(.value(spring.id!)).path).status == .ok)
            #expect(try await browser.get(SiteURL.cohort(.value(spring.id!), .report).path).status == .ok)
            for path in [
                SiteURL.cohort(.value(autumn.id!)).path, SiteURL.cohort(.value(autumn.id!), .report).path,
                SiteURL.cohort(.value(autumn.id!), .questionnaire(.value("before"))).path,
                SiteURL.programme(.value(world.programme.id!)).path,
            ] {
                #expect(try await browser.get(path).status == .notFound, "\(path)")
            }
            #expect(
                try await browser.post(SiteURL.cohort(.value(autumn.id!), .questionnaire(.value("before"))).path, [])
                    .status == .notFound)
            // The questionnaire after the last session opens on the cohort's last day.
            let later = TrainingCohort(
                programmeID: world.programme.id!, name: "Next year", firstDay: Date().addingTimeInterval(30 * 86_400),
                lastDay: Date().addingTimeInterval(90 * 86_400), venue: "Online", teamPlaces: nil)
            try await later.create(on: app.db)
            let laterTeam = TrainingTeam(cohortID: later.id!, organisationID: world.trust.id!, projectID: nil, name: "Ward 5")
            try await laterTeam.create(on: app.db)
            try await TrainingTeamMember(teamID: laterTeam.id!, personID: member.$person.id, kind: .patientPartner)
                .save(.fixture, on: app.db)
            let early = try await browser.post(SiteURL.cohort(.value(later.id!), .questionnaire(.value("after"))).path, [])
            #expect(early.status == .badRequest && early.body.string.contains("This questionnaire opens on"))
            #expect(try await QuestionnaireResponse.query(on: app.db).count() == 0)
            // Running the cohort is for its trainers and coordinators.
            #expect(try await browser.get(SiteURL.cohort(.value(spring.id!), .attendance).path).status == .forbidden)
            // The trainers see their programme's cohorts; staff of another organisation do not.
            let trainer = TestBrowser(app)
            try await trainer.signIn("pat@example.org")
            #expect(try await trainer.get(SiteURL.cohort(.value(autumn.id!), .attendance).path).status == .ok)
            let elsewhere = try await Fixtures.organisation("Elsewhere", on: app.db)
            let (stranger, _) = try await Fixtures.signedIn(.staff, organisation: elsewhere, app: app)
            #expect(try await stranger.get(SiteURL.cohort(.value(spring.id!)).path).status == .notFound)
            #expect(try await stranger.get(SiteURL.programmes.path).body.string.contains("You are not a trainer"))
        }
    }
}

extension SiteURL {
    /// The page of the same record, for tests that post to several of a record's pages.
    fileprivate func pathAppending(programme page: ProgrammePath) -> String {
        guard case .programme(let id, _) = self else { return path }
        return SiteURL.programme(id, page).path
    }

    fileprivate func pathAppending(cohort page: CohortPath) -> String {
        guard case .cohort(let id, _) = self else { return path }
        return SiteURL.cohort(id, page).path
    }
}
