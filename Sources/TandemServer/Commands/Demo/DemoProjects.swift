import Fluent
import Foundation
import TandemCore

/// The demo's improvement projects: one in fieldwork with every kind of
/// evidence (and, at larger scales, a hundred thousand imported comments),
/// one still a proposal, one making sense of what it heard, and one started
/// from the first as a template.
struct DemoProjects {
    let scale: Int
    let world: DemoGenerator.World
    let accounts: [String: UUID]
    let people: [(id: UUID, roles: [InvolvementRole])]

    private static let day: Double = 86_400

    /// Imported comments: 2,000 at scale 1, then 10,000 for each step of scale (100,000 at scale 10).
    var importedComments: Int { scale == 1 ? 2_000 : 10_000 * scale }

    func create(random: inout SeededGenerator, on db: any Database, summary: inout DemoGenerator.Summary) async throws {
        let coordinator = accounts["coordinator@demo.example.org"]!
        let partner = accounts["partner@demo.example.org"]!
        let staff = accounts["staff@demo.example.org"]!
        let staff2 = accounts["staff2@demo.example.org"]!
        let partners = people.filter { $0.roles.contains(.patientPartner) }.map(\.id)
        let carers = people.filter { $0.roles.contains(.carer) }.map(\.id)
        let reporters = people.filter { $0.roles.contains(.communityReporter) }.map(\.id)
        let today = CalendarDate.startOfDay(Date())

        // 1. Fieldwork, with every method.
        let discharge = try await project(
            "Getting medicines to take home faster", organisation: world.acuteTrust, manager: coordinator,
            problem:
                "People who are ready to leave hospital wait hours for their medicines, often without being told why. Some give up and go home without them.",
            aims:
                "Find out what patients and carers go through on the day they leave, and agree changes with the pharmacy and ward teams.",
            outcomes: [
                "Fewer people wait more than two hours for medicines to take home",
                "Patients are told what is happening while they wait",
                "A discharge checklist written with patients",
            ],
            milestones: [
                ("Survey open on the wards", -40, true), ("Mystery shopper visits done", -5, false),
                ("Findings shared with the trust", 30, false),
            ],
            stage: .fieldwork, agreedDaysAgo: 60, signatory: "Dr Helen Shaw, Chief Pharmacist", on: db)
        try await team(
            discharge,
            [
                (coordinator, .projectManager), (partner, .patientPartner), (staff, .staffLead),
                (partners[0], .patientPartner), (carers.first ?? partners[1], .carerPartner),
                (reporters.first ?? partners[2], .communityReporter),
            ], on: db)
        try await plan(
            discharge,
            [
                .identifyingTheProblem: (.coProduce, "Patients Together members who had waited"),
                .designing: (.coProduce, "Maggie and Sam with the pharmacy team"),
                .gatheringEvidence: (.involve, "Patient partners as mystery shoppers"),
                .makingSense: (.coProduce, "The whole team at two workshops"),
                .decidingRecommendations: (.involve, "Team and ward managers"),
                .carryingOut: (.consult, "Trust pharmacy team"), .reviewing: (.inform, ""),
            ], on: db)
        try await dischargeSurvey(discharge, today: today, random: &random, on: db)
        try await visits(discharge, facilitators: [partner, partners[0]], today: today, on: db)
        try await focusGroup(discharge, facilitators: [partner, coordinator], today: today, on: db)
        try await story(discharge, storyteller: nil, on: db)
        try await importedFeedback(discharge, count: importedComments, random: &random, on: db)
        try await DemoMeasures.create(for: discharge, today: today, random: &random, on: db)
        try await DemoChange(
            project: discharge, partner: partner, staff: staff, coordinator: coordinator, scale: scale, today: today
        )
        .create(on: db)
        summary.projects += 1

        // 2. A proposal still being shaped with a primary care network.
        let booking = try await project(
            "Booking a GP appointment", organisation: world.pcns[1], manager: coordinator,
            problem: "People in Riverside say they cannot get through on the phone at 8am and give up.",
            aims: "Understand how people try to book, and what would make it fair for those who cannot use apps.",
            outcomes: ["A booking guide written with patients"], milestones: [("Proposal agreed with the PCN", 14, false)],
            stage: .proposal, agreedDaysAgo: nil, signatory: nil, on: db)
        try await team(booking, [(coordinator, .projectManager), (partners[3], .patientPartner)], on: db)
        summary.projects += 1

        // 3. Community nursing, making sense of what was heard.
        let nursing = try await project(
            "Community nursing visits", organisation: world.communityTrust, manager: coordinator,
            problem: "People cared for at home do not know when the nurse will arrive, so they and their carers wait in all day.",
            aims: "Agree with the community nursing team how visit times are shared with patients and carers.",
            outcomes: ["Patients know a two-hour visit window the day before"],
            milestones: [("Interviews done", -30, true), ("Analysis workshop", -3, false)],
            stage: .analysis, agreedDaysAgo: 120, signatory: "Amira Hassan, Head of Community Nursing", on: db)
        try await team(
            nursing,
            [
                (coordinator, .projectManager), (staff2, .staffLead), (partners[4], .patientPartner),
                (carers.dropFirst().first ?? partners[5], .carerPartner),
            ], on: db)
        try await plan(
            nursing,
            [
                .identifyingTheProblem: (.involve, "Carers' group"), .gatheringEvidence: (.coProduce, "Carer partners"),
                .makingSense: (.involve, "Whole team"),
            ], on: db)
        try await importedFeedback(nursing, count: 500 * scale, random: &random, on: db)
        summary.projects += 1

        // 4. The first project, used as a template for another trust's wards.
        _ = try await ReplicationController.copyProject(
            discharge, title: "Getting medicines to take home faster (community hospitals)",
            organisationID: world.communityTrust, managerID: coordinator, isDemo: true, by: .commandLine, on: db)
        summary.projects += 1
        summary.feedbackItems = try await FeedbackItem.query(on: db).count()
    }

    // MARK: building blocks

    private func project(
        _ title: String, organisation: UUID, manager: UUID, problem: String, aims: String, outcomes: [String],
        milestones: [(String, Double, Bool)], stage: ProjectStage, agreedDaysAgo: Double?, signatory: String?,
        on db: any Database
    ) async throws -> Project {
        let today = CalendarDate.startOfDay(Date())
        let project = Project(
            title: title, organisationID: organisation, projectManagerID: manager, problem: problem, aims: aims,
            startsOn: today.addingTimeInterval(-(agreedDaysAgo ?? 0) * Self.day),
            endsOn: today.addingTimeInterval(180 * Self.day), isDemo: true)
        project.stage = stage
        if let agreedDaysAgo, let signatory {
            project.agreedAt = today.addingTimeInterval(-agreedDaysAgo * Self.day)
            project.$agreedBy.id = manager
            project.partnerSignatory = signatory
        }
        try await project.create(on: db)
        let id = try project.requireID()
        for (position, text) in outcomes.enumerated() {
            try await ProjectOutcome(projectID: id, position: position, text: text).create(on: db)
        }
        for (title, dueIn, done) in milestones {
            let milestone = ProjectMilestone(projectID: id, title: title, dueOn: today.addingTimeInterval(dueIn * Self.day))
            if done { milestone.completedOn = milestone.dueOn }
            try await milestone.create(on: db)
        }
        if let agreed = project.agreedAt, let signatory {
            try await ProjectChange(
                projectID: id, kind: "agreement", summary: "Proposal agreed by Sam and \(signatory)", by: manager, at: agreed
            ).create(on: db)
        }
        return project
    }

    private func team(_ project: Project, _ members: [(UUID, ProjectRole)], on db: any Database) async throws {
        var added: Set<UUID> = []
        for (person, role) in members where added.insert(person).inserted {
            try await ProjectMember(projectID: project.requireID(), personID: person, role: role).save(.demoData, on: db)
        }
    }

    private func plan(
        _ project: Project, _ entries: [InvolvementStep: (InvolvementLevel, String)], on db: any Database
    ) async throws {
        for step in InvolvementStep.allCases {
            guard let (level, who) = entries[step] else { continue }
            try await InvolvementPlanEntry(projectID: project.requireID(), step: step, level: level, who: who).create(on: db)
        }
    }

    private func dischargeSurvey(_ project: Project, today: Date, random: inout SeededGenerator, on db: any Database) async throws
    {
        let survey = Survey(
            projectID: try project.requireID(), title: "Leaving hospital with your medicines",
            introduction:
                "Tell us about the day you left hospital. It takes about three minutes. Your answers help patients and staff change how it works.",
            audience: .patients, asksDemographics: true, publicToken: SurveyController.newToken())
        survey.status = .open
        survey.closesOn = today.addingTimeInterval(45 * Self.day)
        survey.invited = 400 * scale
        try await survey.create(on: db)
        let surveyID = try survey.requireID()
        let questions = [
            SurveyQuestion(
                surveyID: surveyID, position: 0, kind: .friendsAndFamily, text: FriendsAndFamilyTest.question, helpText: "",
                required: true, options: []),
            SurveyQuestion(
                surveyID: surveyID, position: 1, kind: .singleChoice, text: "How long did you wait for your medicines?",
                helpText: "From being told you could go home.", required: true,
                options: ["Less than an hour", "1 to 2 hours", "2 to 4 hours", "More than 4 hours", "I left without them"]),
            SurveyQuestion(
                surveyID: surveyID, position: 2, kind: .yesNo, text: "Did someone explain what your medicines were for?",
                helpText: "",
                required: false, options: []),
            SurveyQuestion(
                surveyID: surveyID, position: 3, kind: .freeText, text: "What would have made leaving hospital better?",
                helpText: "Please do not include names.", required: false, options: []),
        ]
        for question in questions { try await question.create(on: db) }
        for index in 0..<(40 * scale) {
            let comment = DemoComments.make(&random)
            let waits = questions[1].options
            let answers: [(question: SurveyQuestion, values: [String])] = [
                (questions[0], [FriendsAndFamilyTest.answers[min(comment.rating, 5) - 1]]),
                (
                    questions[1],
                    [waits[min(waits.count - 1, max(0, comment.rating - 1 + Int.random(in: -1...1, using: &random)))]]
                ),
                (questions[2], [index % 3 == 0 ? "No" : "Yes"]),
                (questions[3], index % 4 == 3 ? [] : [comment.text]),
            ]
            let checked = SurveyAnswering.Checked(
                answers: answers, consentScope: index % 5 == 0 ? .team : .organisation, demographics: [:])
            try await SurveyAnswering.store(
                checked, survey: survey, source: index % 6 == 0 ? "paper" : "online", enteredBy: nil,
                submittedAt: today.addingTimeInterval(-Double(index % 40) * Self.day), isDemo: true, on: db)
        }
    }

    private func visits(_ project: Project, facilitators: [UUID], today: Date, on db: any Database) async throws {
        let projectID = try project.requireID()
        let checklist = Checklist(projectID: projectID, name: "Pharmacy and discharge lounge")
        try await checklist.create(on: db)
        let items = [
            "Staff said their name", "The wait time was shown or explained", "There was somewhere comfortable to sit",
            "Medicines were explained before leaving", "Information was offered in other formats",
        ]
        var itemIDs: [UUID] = []
        for (position, text) in items.enumerated() {
            let item = ChecklistItem(checklistID: try checklist.requireID(), position: position, text: text)
            try await item.create(on: db)
            itemIDs.append(try item.requireID())
        }
        let patterns: [[ChecklistScore]] = [
            [.met, .notMet, .partlyMet, .met, .notSeen], [.met, .notMet, .met, .partlyMet, .notMet],
            [.partlyMet, .partlyMet, .met, .met, .notSeen],
        ]
        for (number, pattern) in patterns.enumerated() {
            let visit = Activity(
                projectID: projectID, kind: .mysteryShopper, title: "Mystery shopper visit \(number + 1)",
                heldOn: today.addingTimeInterval(-Double(20 - number * 6) * Self.day),
                place: "Discharge lounge, Northvale General",
                participants: 2, notes: "Two patient partners waited with a prescription, as patients do.",
                checklistID: try checklist.requireID(), isDemo: true)
            try await visit.create(on: db)
            let visitID = try visit.requireID()
            for person in facilitators { try await ActivityFacilitator(activityID: visitID, personID: person).create(on: db) }
            for (itemID, score) in zip(itemIDs, pattern) {
                try await ChecklistScoreRecord(
                    activityID: visitID, itemID: itemID, score: score,
                    comment: score == .notMet ? "Nobody told us how long it would be." : ""
                ).create(on: db)
            }
            try await EvidenceStore.add(
                [
                    .init(
                        method: .mysteryShopper, sourceKind: "activity", sourceID: visitID,
                        text: "We sat for \(2 + number) hours with no update. A porter said the pharmacy was 'always like this'.",
                        consentScope: .organisation, occurredOn: visit.heldOn)
                ],
                to: project, addedBy: facilitators.first, isDemo: true, on: db)
        }
    }

    private func focusGroup(_ project: Project, facilitators: [UUID], today: Date, on db: any Database) async throws {
        let group = Activity(
            projectID: try project.requireID(), kind: .focusGroup, title: "Carers' focus group",
            heldOn: today.addingTimeInterval(-12 * Self.day), place: "Patients Together office", participants: 9,
            notes: "Nine carers of people recently discharged. Tea and travel costs paid.", checklistID: nil, isDemo: true)
        try await group.create(on: db)
        for person in facilitators {
            try await ActivityFacilitator(activityID: group.requireID(), personID: person).create(on: db)
        }
        let quotes = [
            "I took a day off work to collect Dad and we still left at 9pm.",
            "Nobody asked me, his carer, whether I understood the new tablets.",
            "If they texted us when the medicines were ready we could wait at home.",
        ]
        try await EvidenceStore.add(
            quotes.map {
                .init(
                    method: .focusGroup, sourceKind: "activity", sourceID: group.id, text: $0,
                    consentScope: .organisation, occurredOn: group.heldOn)
            },
            to: project, addedBy: facilitators.first, isDemo: true, on: db)
    }

    private func story(_ project: Project, storyteller: UUID?, on db: any Database) async throws {
        let transcript = """
            My husband was told at ten in the morning that he could go home. We were so pleased.
            Then we waited. Nobody came to tell us anything. At four o'clock I asked a nurse and she said the pharmacy was busy.
            We got home after eight. He had missed his evening tablets because they were in the bag we were waiting for.
            What would have helped? Just someone telling us the truth about how long it would be.
            """
        let story = Story(
            projectID: try project.requireID(), title: "The longest day", storytellerID: storyteller, consentScope: .organisation,
            transcript: transcript, recordingLink: nil, isDemo: true)
        try await story.create(on: db)
        try await EvidenceStore.add(
            [
                .init(
                    method: .communityReporting, sourceKind: "story", sourceID: story.id,
                    text: "Just someone telling us the truth about how long it would be.",
                    consentScope: .organisation, occurredOn: story.createdAt)
            ],
            to: project, addedBy: nil, isDemo: true, on: db)
    }

    /// A Friends and Family Test export, as if imported from a file.
    private func importedFeedback(_ project: Project, count: Int, random: inout SeededGenerator, on db: any Database) async throws
    {
        let job = ImportJob(
            projectID: try project.requireID(), createdByID: nil, fileName: "fft-export-\(project.title.prefix(12)).csv",
            storedName: "")
        job.state = ImportJob.Status.done
        job.mapping = ImportController.encode(ImportMapping(text: 3, date: 0, service: 1, rating: 2))
        job.totalRows = count
        job.importedRows = count
        job.finishedAt = Date()
        try await job.create(on: db)
        let today = CalendarDate.startOfDay(Date())
        var made = 0
        while made < count {
            var batch: [EvidenceStore.NewItem] = []
            for _ in 0..<min(1_000, count - made) {
                let comment = DemoComments.make(&random)
                batch.append(
                    .init(
                        method: .importedFeedback, sourceKind: "import", sourceID: job.id, text: comment.text,
                        consentScope: .organisation,
                        occurredOn: today.addingTimeInterval(-Double(Int.random(in: 1...540, using: &random)) * Self.day),
                        service: comment.service, rating: comment.rating, question: "What could we do better?"))
            }
            try await EvidenceStore.add(batch, to: project, addedBy: nil, isDemo: true, on: db)
            made += batch.count
        }
    }
}
