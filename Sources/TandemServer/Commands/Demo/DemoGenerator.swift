import Fluent
import Foundation
import TandemCore

/// Builds the demo world: an ICB with three PCNs and twelve GP practices, an
/// acute trust, a community trust and a patient charity, about 60 people with
/// mixed roles, and one account per role. A fixed seed makes it the same every
/// time. Every record is marked `is_demo`.
struct DemoGenerator {
    let scale: Int
    /// Where the demo library's files are written (the data folder's `resources`).
    var resourceFiles = NSTemporaryDirectory() + "tandem-demo-resources"
    /// Where the demo claims' receipts are kept (the receipts folder of the data folder when run by `tandem demo`).
    var receiptFiles = NSTemporaryDirectory() + "tandem-demo-receipts"
    let passwordHash: String

    static let accountEmails = [
        "admin@demo.example.org", "coordinator@demo.example.org", "staff@demo.example.org",
        "staff2@demo.example.org", "partner@demo.example.org",
    ]

    struct Summary: CustomStringConvertible {
        var organisations = 0
        var people = 0
        var accounts = 0
        var projects = 0
        var feedbackItems = 0
        var description: String {
            "\(organisations) organisations, \(people) people, \(accounts) accounts, \(projects) projects, \(feedbackItems) pieces of evidence"
        }
    }

    /// The organisations people attach to, by what they are.
    struct World {
        var icb: UUID
        var pcns: [UUID] = []
        var practices: [UUID] = []
        var acuteTrust: UUID
        var communityTrust: UUID
        var charity: UUID
    }

    func load(on db: any Database) async throws -> Summary {
        try await db.transaction { db in
            var summary = Summary()
            var random = SeededGenerator(seed: 20_261_121)
            let world = try await createOrganisations(on: db, summary: &summary)
            let accounts = try await createAccounts(world: world, on: db, summary: &summary)
            let people = try await createPeople(world: world, random: &random, on: db, summary: &summary)
            try await DemoProjects(scale: scale, world: world, accounts: accounts, people: people)
                .create(random: &random, on: db, summary: &summary)
            try await DemoEvents(
                coordinator: accounts["coordinator@demo.example.org"]!, partner: accounts["partner@demo.example.org"]!,
                organisation: world.charity, today: CalendarDate.startOfDay(Date())
            ).create(on: db)
            try await DemoResources(
                scale: scale, coordinator: accounts["coordinator@demo.example.org"]!, filesDirectory: resourceFiles,
                today: CalendarDate.startOfDay(Date())
            ).create(on: db)
            try await DemoPPGs(
                scale: scale, icb: world.icb, pcns: world.pcns, practices: world.practices,
                partner: accounts["partner@demo.example.org"]!, coordinator: accounts["coordinator@demo.example.org"]!,
                today: CalendarDate.startOfDay(Date())
            ).create(random: &random, on: db)
            try await DemoTraining(
                organisation: world.acuteTrust, partner: accounts["partner@demo.example.org"]!,
                staff: accounts["staff@demo.example.org"]!, coordinator: accounts["coordinator@demo.example.org"]!,
                today: CalendarDate.startOfDay(Date())
            ).create(random: &random, on: db)
            try await DemoPanels(
                organisation: world.acuteTrust, partner: accounts["partner@demo.example.org"]!,
                staff: accounts["staff@demo.example.org"]!, coordinator: accounts["coordinator@demo.example.org"]!,
                today: CalendarDate.startOfDay(Date())
            ).create(on: db)
            try await DemoCommunity(
                scale: scale, partner: accounts["partner@demo.example.org"]!,
                coordinator: accounts["coordinator@demo.example.org"]!,
                organisations: [world.acuteTrust, world.communityTrust, world.charity, world.icb],
                receiptsDirectory: receiptFiles, today: CalendarDate.startOfDay(Date())
            ).create(random: &random, on: db)
            try await DemoGovernance(
                partner: accounts["partner@demo.example.org"]!, coordinator: accounts["coordinator@demo.example.org"]!,
                members: people.filter { !$0.roles.contains(.staff) }.map(\.id), today: CalendarDate.startOfDay(Date())
            ).create(on: db)
            try await FeedbackSearch.tidy(on: db)
            return summary
        }
    }

    // MARK: organisations

    private func organisation(
        _ name: String, _ kind: OrganisationKind, ods: String?, parent: UUID?, about: String? = nil,
        on db: any Database, summary: inout Summary
    ) async throws -> UUID {
        let organisation = Organisation(name: name, kind: kind, odsCode: ods, parentID: parent, summary: about, isDemo: true)
        try await organisation.save(.demoData, on: db)
        summary.organisations += 1
        return try organisation.requireID()
    }

    private func createOrganisations(on db: any Database, summary: inout Summary) async throws -> World {
        let icb = try await organisation(
            "Northvale Integrated Care Board", .icb, ods: "ZZQ", parent: nil,
            about: "Plans and buys health services for the 900,000 people of Northvale.", on: db, summary: &summary)
        let acute = try await organisation(
            "Northvale Hospitals NHS Foundation Trust", .nhsTrust, ods: "ZZA", parent: icb,
            about: "Two acute hospitals: emergency care, surgery, maternity and outpatients.", on: db, summary: &summary)
        let community = try await organisation(
            "Northvale Community Health NHS Trust", .nhsTrust, ods: "ZZC", parent: icb,
            about: "Community nursing, therapies, mental health and patient transport.", on: db, summary: &summary)
        let charity = try await organisation(
            "Patients Together", .charity, ods: nil, parent: nil,
            about: "A patient charity that runs co-produced improvement projects with NHS partners.", on: db, summary: &summary)
        var world = World(icb: icb, acuteTrust: acute, communityTrust: community, charity: charity)

        let pcnNames = ["Northvale Central", "Riverside", "Hillcrest"]
        let practiceNames = [
            ["Market Street Surgery", "Oak Tree Medical Centre", "The Old Mill Practice", "Station Road Health Centre"],
            ["Riverside Surgery", "Willow Bank Practice", "Quayside Medical Centre", "Bridge House Surgery"],
            ["Hillcrest Health Centre", "Beacon Hill Surgery", "Meadowview Practice", "Church Lane Medical Practice"],
        ]
        for (index, pcnName) in pcnNames.enumerated() {
            let pcn = try await organisation(
                "\(pcnName) Primary Care Network", .pcn, ods: "ZZU0\(index + 1)", parent: icb,
                on: db, summary: &summary)
            world.pcns.append(pcn)
            for (offset, practiceName) in practiceNames[index].enumerated() {
                let number = index * 4 + offset + 1
                world.practices.append(
                    try await organisation(
                        practiceName, .gpPractice, ods: String(format: "ZZ%04d", number), parent: pcn, on: db, summary: &summary))
            }
        }

        // Memberships that show each status: active, due for renewal, lapsed.
        let today = CalendarDate.startOfDay(Date())
        let day: Double = 86_400
        try await Membership(
            organisationID: acute, tier: .enhanced, startsOn: today.addingTimeInterval(-200 * day),
            renewsOn: today.addingTimeInterval(165 * day)
        ).save(.demoData, on: db)
        try await Membership(
            organisationID: community, tier: .standard, startsOn: today.addingTimeInterval(-330 * day),
            renewsOn: today.addingTimeInterval(35 * day)
        ).save(.demoData, on: db)
        try await Membership(
            organisationID: icb, tier: .associate, startsOn: today.addingTimeInterval(-400 * day),
            renewsOn: today.addingTimeInterval(-35 * day)
        ).save(.demoData, on: db)
        return world
    }

    // MARK: accounts

    /// Creates one account per role; returns each account's person, by email.
    private func createAccounts(world: World, on db: any Database, summary: inout Summary) async throws -> [String: UUID] {
        var people: [String: UUID] = [:]
        let accounts: [(String, String, AccountRole, [InvolvementRole], UUID, String?)] = [
            ("Alex Morgan", "admin@demo.example.org", .admin, [], world.charity, nil),
            ("Samira Patel", "coordinator@demo.example.org", .coordinator, [.projectManager, .carer], world.charity, "Sam"),
            ("Daniel Okafor", "staff@demo.example.org", .staff, [.staff], world.acuteTrust, "Dan"),
            ("Grace Whitfield", "staff2@demo.example.org", .staff, [.staff], world.communityTrust, nil),
            ("Margaret Ellison", "partner@demo.example.org", .partner, [.patientPartner, .ppgMember], world.charity, "Maggie"),
        ]
        for (name, email, role, roles, organisationID, preferred) in accounts {
            let person = Person(name: name, preferredName: preferred, email: email, isDemo: true)
            if role == .partner {
                person.livedExperience = ["Type 2 diabetes", "Knee replacement", "Carer for her husband"]
                person.accessNeeds = [AccessNeed.largePrint.rawValue, AccessNeed.hearingLoop.rawValue]
                person.postcodeDistrict = "NV3"
            }
            try await person.save(.demoData, on: db)
            let personID = try person.requireID()
            people[email] = personID
            for involvement in roles { try await PersonRoleAssignment(personID: personID, role: involvement).create(on: db) }
            try await PersonOrganisation(personID: personID, organisationID: organisationID).create(on: db)
            if role == .partner {
                // The partner is also a member of their practice's PPG.
                try await PersonOrganisation(personID: personID, organisationID: world.practices[0]).create(on: db)
                for purpose in [ConsentPurpose.contact, .quotesAnonymous, .equalityMonitoring] {
                    try await ConsentRecord(
                        personID: personID, purpose: purpose, howGiven: "Online",
                        givenAt: Date().addingTimeInterval(-90 * 86_400), recordedByID: personID
                    ).save(.demoData, on: db)
                }
            }
            try await User(
                personID: personID, email: email, passwordHash: passwordHash, role: role,
                organisationID: role == .staff ? organisationID : nil
            ).save(.demoData, on: db)
            summary.people += 1
            summary.accounts += 1
        }
        return people
    }

    // MARK: people

    static let firstNames: [String] = [
        "Aisha", "Ben", "Chloe", "Dev", "Eleanor", "Farhan", "Georgia", "Harry", "Imani", "Jack", "Kiran", "Leah",
        "Mohammed", "Nia", "Oliver", "Priya", "Rhys", "Sofia", "Tomasz", "Uma", "Victor", "Wei", "Yasmin", "Zac",
        "Bronwen", "Callum", "Deborah", "Emeka", "Fatima", "Gareth",
    ]
    static let lastNames = [
        "Ahmed", "Brown", "Campbell", "Davies", "Evans", "Fernandes", "Green", "Hughes", "Iqbal", "Jones", "Kowalski",
        "Lewis", "Mensah", "Nowak", "O'Brien", "Price", "Quinn", "Roberts", "Singh", "Taylor", "Usman", "Walker",
        "Yilmaz", "Zhang",
    ]
    private static let livedExperience = [
        "Stroke", "COPD", "Type 1 diabetes", "Dementia (caring for a parent)", "Maternity services", "Mental health services",
        "Cancer treatment", "Learning disability", "Sickle cell disease", "Long COVID", "Hearing loss", "Sight loss",
        "Hip replacement", "Chronic pain", "Autism (parent)", "Kidney dialysis",
    ]
    private static let skills = [
        "Facilitation", "Interviewing", "Film making", "Data analysis", "Report writing", "Urdu", "Polish", "Bengali",
        "Welsh", "Training", "Social media", "Chairing meetings", "Peer support", "British Sign Language",
    ]

    /// Creates the other people; returns them with their roles.
    private func createPeople(
        world: World, random: inout SeededGenerator, on db: any Database,
        summary: inout Summary
    ) async throws -> [(id: UUID, roles: [InvolvementRole])] {
        var created: [(id: UUID, roles: [InvolvementRole])] = []
        let count = 55 * scale
        var usedNames: Set<String> = []
        for index in 0..<count {
            var name: String
            repeat {
                name = "\(Self.firstNames.randomElement(using: &random)!) \(Self.lastNames.randomElement(using: &random)!)"
            } while usedNames.contains(name) && usedNames.count < Self.firstNames.count * Self.lastNames.count
            usedNames.insert(name)

            // A mix of partners, carers, volunteers, PPG members and staff.
            let kind = index % 11
            var roles: [InvolvementRole]
            var organisations: [UUID]
            switch kind {
            case 0, 1, 2: roles = [.patientPartner]; organisations = [world.charity]
            case 3: roles = [.carer, .patientPartner]; organisations = [world.charity]
            case 4: roles = [.volunteerAmbassador]; organisations = [world.charity]
            case 5: roles = [.communityReporter, .volunteerAmbassador]; organisations = [world.charity]
            case 6, 7: roles = [.ppgMember]; organisations = [world.practices[index % world.practices.count]]
            case 8: roles = [.staff]; organisations = [world.acuteTrust]
            case 9: roles = [.staff]; organisations = [world.communityTrust]
            default: roles = [.staff]; organisations = [world.practices[(index * 7) % world.practices.count]]
            }
            if kind <= 3 && index % 4 == 0 { roles.append(.panelMember) }
            if kind <= 3 && index % 5 == 0 { roles.append(.patientTrainer) }

            let email =
                name.lowercased().replacingOccurrences(of: " ", with: ".").replacingOccurrences(of: "'", with: "")
                + (index < 55 ? "" : ".\(index)") + "@demo.example.org"
            let person = Person(name: name, email: email, isDemo: true)
            person.phone = String(format: "07700 9%05d", index % 100_000)
            person.postcodeDistrict = "NV\(index % 9 + 1)"
            if !roles.contains(.staff) {
                person.livedExperience = [Self.livedExperience.randomElement(using: &random)!]
                if index % 3 == 0 { person.accessNeeds = [AccessNeed.allCases.randomElement(using: &random)!.rawValue] }
            }
            person.skills = [Self.skills.randomElement(using: &random)!]
            person.refreshSearchText()
            try await person.save(.demoData, on: db)
            let personID = try person.requireID()
            for role in roles { try await PersonRoleAssignment(personID: personID, role: role).create(on: db) }
            for organisationID in organisations {
                try await PersonOrganisation(personID: personID, organisationID: organisationID).create(on: db)
            }
            try await addConsentAndEquality(for: personID, index: index, isStaff: roles.contains(.staff), random: &random, on: db)
            summary.people += 1
            created.append((personID, roles))
        }
        return created
    }

    private func addConsentAndEquality(
        for personID: UUID, index: Int, isStaff: Bool, random: inout SeededGenerator,
        on db: any Database
    ) async throws {
        guard !isStaff else { return }
        let given = Date().addingTimeInterval(-Double(30 + index % 300) * 86_400)
        try await ConsentRecord(
            personID: personID, purpose: .contact, howGiven: "On a paper form", givenAt: given,
            recordedByID: nil
        ).save(.demoData, on: db)
        if index % 2 == 0 {
            try await ConsentRecord(
                personID: personID, purpose: .quotesAnonymous, howGiven: "In person", givenAt: given,
                recordedByID: nil
            ).save(.demoData, on: db)
        }
        if index % 7 == 3 {
            // Someone who changed their mind: given, then withdrawn.
            let record = ConsentRecord(
                personID: personID, purpose: .photographsAndFilm, howGiven: "In person", givenAt: given,
                recordedByID: nil)
            record.withdrawnAt = given.addingTimeInterval(20 * 86_400)
            try await record.save(.demoData, on: db)
        }
        guard index % 4 != 1 else { return }
        try await ConsentRecord(
            personID: personID, purpose: .equalityMonitoring, howGiven: "Online", givenAt: given,
            recordedByID: personID
        ).save(.demoData, on: db)
        let answers = EqualityAnswers(personID: personID)
        for question in EqualityMonitoring.questions {
            // Most people answer; some skip a question or prefer not to say.
            guard Int.random(in: 0..<10, using: &random) < 9 else { continue }
            let weighted = question.options.indices.flatMap { index in
                Array(
                    repeating: index,
                    count: question.id == "ethnic_group" && question.options[index].value == "white_british" ? 8 : 1)
            }
            answers[equality: question.id] = question.options[weighted.randomElement(using: &random)!].value
        }
        try await answers.save(.demoData, on: db)
    }
}
