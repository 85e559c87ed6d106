import Fluent
import Foundation
import TandemCore

/// The demo community of patient partners: 200 partners (200 × scale² with `--scale`, so 20,000 at
/// scale 10, the size the benchmark measures) with varied lived experience, most with equality
/// answers and many consenting to their use for reaching groups; 30 opportunities (20 × scale² above
/// scale 1) with interests and placements; payment choices; and claims at every status.
struct DemoCommunity {
    let scale: Int
    let partner: UUID
    let coordinator: UUID
    let organisations: [UUID]
    /// Where the receipts for the demo's parking expenses are written.
    let receiptsDirectory: String
    let today: Date

    private static let day: Double = 86_400

    var partnerCount: Int { 200 * scale * scale }
    var opportunityCount: Int { max(30, 20 * scale * scale) }

    static let experience = [
        "Young carer", "Carer for a parent", "Carer for a partner", "Type 1 diabetes", "Type 2 diabetes", "Stroke", "COPD",
        "Dementia (caring)", "Maternity services", "Mental health services", "Cancer treatment", "Learning disability",
        "Sickle cell disease", "Long COVID", "Hearing loss", "Sight loss", "Autism", "Chronic pain", "Kidney dialysis",
        "Heart failure", "Homelessness", "Refugee and asylum", "Hospital discharge", "Children's services (parent)",
        "Wheelchair user", "Eating disorders", "Substance use", "Epilepsy", "Arthritis", "Menopause",
    ]
    static let skills = [
        "Facilitation", "Interviewing", "Chairing meetings", "Reading data", "Report writing", "Training", "Social media",
        "Film making", "Peer support", "British Sign Language", "Urdu", "Polish", "Bengali", "Somali", "Easy read writing",
    ]
    static let titles: [(String, OpportunityKind, InvolvementCategory, LadderRung, [String], [ReachGroup])] = [
        (
            "Redesign the hospital discharge leaflet", .focusGroup, .invitedOneOff, .coDesign, ["Hospital discharge", "Carer"],
            [.youngCarers, .carers]
        ),
        (
            "Join the maternity voices partnership", .governanceGroup, .regularGroup, .coProduction, ["Maternity services"],
            [.blackAfricanCaribbean, .youngPeople]
        ),
        ("Help design the diabetes survey", .surveyDesign, .invitedOneOff, .coDesign, ["Diabetes"], [.asianCommunities]),
        ("Co-deliver co-production training", .trainer, .regularGroup, .coProduction, ["Training"], []),
        (
            "Community reporter: stories of long COVID", .communityReporting, .openEngagement, .engagement, ["Long COVID"],
            [.disabledPeople]
        ),
        ("Patient partner on the stroke project team", .projectTeam, .regularGroup, .coProduction, ["Stroke"], [.olderPeople]),
        ("Review panel member", .panel, .regularGroup, .coDesign, [], [.youngPeople, .blackAfricanCaribbean]),
        (
            "Mental health services listening event", .oneOffEvent, .openEngagement, .consultation,
            ["Mental health services"], [.youngPeople, .transPeople]
        ),
        ("Check and Challenge group member", .governanceGroup, .strategic, .coProduction, [], [.disabledPeople, .youngCarers]),
        ("Kidney dialysis transport focus group", .focusGroup, .invitedOneOff, .engagement, ["Kidney dialysis"], [.olderPeople]),
    ]

    func create(random: inout SeededGenerator, on db: any Database) async throws {
        let people = try await createPartners(random: &random, on: db)
        let opportunities = try await createOpportunities(random: &random, on: db)
        try await createInterests(people: people, opportunities: opportunities, random: &random, on: db)
        try await createClaims(people: Array(people.prefix(24)), random: &random, on: db)
    }

    /// Partners in batches: people, their role, contact consent, and for most equality answers.
    private func createPartners(random: inout SeededGenerator, on db: any Database) async throws -> [UUID] {
        var ids: [UUID] = []
        let first = DemoGenerator.firstNames, last = DemoGenerator.lastNames
        for batchStart in stride(from: 0, to: partnerCount, by: 250) {
            var people: [Person] = [], roles: [PersonRoleAssignment] = [], consents: [ConsentRecord] = []
            var answers: [EqualityAnswers] = []
            for index in batchStart..<min(partnerCount, batchStart + 250) {
                let name = "\(first[index % first.count]) \(last[(index / first.count + index) % last.count])"
                let person = Person(
                    name: name, email: "partner.\(index + 1)@community.example.org", isDemo: true)
                person.id = UUID()
                person.postcodeDistrict = "NV\(index % 9 + 1)"
                var experience = [Self.experience.randomElement(using: &random)!]
                if Int.random(in: 0..<3, using: &random) == 0 {
                    experience.append(Self.experience.randomElement(using: &random)!)
                }
                person.livedExperience = Array(Set(experience)).sorted()
                person.skills = [Self.skills.randomElement(using: &random)!]
                if index % 6 == 0 { person.accessNeeds = [AccessNeed.allCases.randomElement(using: &random)!.rawValue] }
                person.refreshSearchText()
                person.auditNote = .demoData
                people.append(person)
                let id = person.id!
                ids.append(id)
                roles.append(PersonRoleAssignment(personID: id, role: .patientPartner))
                let given = today.addingTimeInterval(-Double(20 + index % 500) * Self.day)
                var purposes: [ConsentPurpose] = [.contact]
                if index % 10 < 7 { purposes.append(.equalityMonitoring) }
                if index % 10 < 4 { purposes.append(.equalityForReach) }
                for purpose in purposes {
                    let consent = ConsentRecord(
                        personID: id, purpose: purpose, howGiven: "Online", givenAt: given, recordedByID: id)
                    consent.auditNote = .demoData
                    consents.append(consent)
                }
                if index % 10 < 7 {
                    let answer = EqualityAnswers(personID: id)
                    answer.ageBand = ["16_24", "25_34", "35_44", "45_54", "55_64", "65_74", "75_84"].randomElement(using: &random)
                    answer.sex = ["female", "male"].randomElement(using: &random)
                    answer.genderIdentity = index % 40 == 0 ? "no" : "yes"
                    answer.ethnicGroup =
                        index % 5 == 0
                        ? [
                            "black_african", "black_caribbean", "asian_pakistani", "asian_indian", "asian_bangladeshi",
                            "mixed_other",
                        ]
                        .randomElement(using: &random) : "white_british"
                    answer.disability = ["no", "no", "yes_a_little", "yes_a_lot"].randomElement(using: &random)
                    answer.carer = index % 4 == 0 ? "yes_20_to_49" : "no"
                    answer.auditNote = .demoData
                    answers.append(answer)
                }
            }
            try await people.create(on: db)
            try await roles.create(on: db)
            try await consents.create(on: db)
            if !answers.isEmpty { try await answers.create(on: db) }
        }
        return ids
    }

    private func createOpportunities(random: inout SeededGenerator, on db: any Database) async throws -> [Opportunity] {
        var all: [Opportunity] = []
        for index in 0..<opportunityCount {
            let template = Self.titles[index % Self.titles.count]
            let round = index / Self.titles.count
            let closed = index % 10 == 7
            let opportunity = Opportunity(
                title: round == 0 ? template.0 : "\(template.0) (\(round + 1))",
                summary: "Work alongside staff and other partners: \(template.0.lowercased()). Travel and care costs are paid.",
                kind: template.1, commitment: template.2 == .regularGroup ? "2 hours a month for a year" : "One session",
                hours: template.2 == .strategic ? 3 : 2, places: 1 + index % 4,
                closesOn: today.addingTimeInterval((closed ? -10 : index == 0 ? 6 : Double(7 + index % 40)) * Self.day),
                contactName: "Samira Patel", contactEmail: "coordinator@demo.example.org")
            opportunity.id = UUID()
            opportunity.category = template.2
            opportunity.rung = template.3
            opportunity.experience = template.4
            opportunity.wantsToReach = template.5.map(\.rawValue)
            opportunity.skills = index % 3 == 0 ? [Self.skills.randomElement(using: &random)!] : []
            opportunity.setting = [.online, .inPerson, .either][index % 3]
            if opportunity.setting != .online {
                opportunity.accessInformation = "Step-free entrance, accessible toilet, hearing loop; free parking on site."
                opportunity.accessOffered = [AccessNeed.stepFreeAccess.rawValue, AccessNeed.hearingLoop.rawValue]
            }
            opportunity.regular = template.2 == .regularGroup
            opportunity.paid = index % 5 != 4
            opportunity.level = template.2 == .strategic || template.1 == .trainer ? .enhanced : .standard
            opportunity.$organisation.id = organisations.isEmpty ? nil : organisations[index % organisations.count]
            opportunity.status = closed ? .closed : index == opportunityCount - 1 ? .draft : .open
            opportunity.$createdBy.id = coordinator
            opportunity.isDemo = true
            opportunity.createdAt = today.addingTimeInterval(-Double(30 + index % 60) * Self.day)
            all.append(opportunity)
        }
        for batch in stride(from: 0, to: all.count, by: 200) {
            try await Array(all[batch..<min(all.count, batch + 200)]).create(on: db)
        }
        return all
    }

    /// Eight people interested in each open or closed opportunity; the closed ones filled, the others waiting.
    private func createInterests(
        people: [UUID], opportunities: [Opportunity], random: inout SeededGenerator, on db: any Database
    ) async throws {
        let notes = [
            "I have lived with this for years and want to help others.", "I care for my mum and know the system well.",
            "I would like to bring the view of younger people.", "I have time on weekday evenings.",
            "I speak Urdu and can help reach my community.", "I was treated here last year.",
        ]
        var interests: [OpportunityInterest] = []
        for (index, opportunity) in opportunities.enumerated() where opportunity.status != .draft {
            // The first (closing soonest) draws many more people: 28, or 208 at scale 10, as a popular one would.
            let wanted = min(index == 0 ? 8 + 20 * scale : 8, people.count)
            var chosen = Set<UUID>()
            while chosen.count < wanted { chosen.insert(people.randomElement(using: &random)!) }
            if index < 3 { chosen.insert(partner) }
            for (position, personID) in chosen.sorted(by: { $0.uuidString < $1.uuidString }).enumerated() {
                let fromPublicPage = position % 8 == 7
                let interest = OpportunityInterest(
                    opportunityID: opportunity.id!, personID: personID, note: notes.randomElement(using: &random)!,
                    availability: [.free, .free, .partly, .unknown].randomElement(using: &random)!, fromPublicPage: fromPublicPage
                )
                interest.createdAt = opportunity.createdAt.addingTimeInterval(Double(position + 1) * Self.day)
                if opportunity.status == .closed {
                    let selected = personID == partner || position < opportunity.places - 1
                    interest.status = selected ? .selected : .notSelected
                    interest.decidedAt = opportunity.closesOn.addingTimeInterval(2 * Self.day)
                }
                interests.append(interest)
            }
            if interests.count >= 1_000 {
                try await interests.create(on: db)
                interests = []
            }
        }
        if !interests.isEmpty { try await interests.create(on: db) }
    }

    /// Payment choices and claims at every status, for the demo partner and some of the community.
    private func createClaims(people: [UUID], random: inout SeededGenerator, on db: any Database) async throws {
        let card = RateCard.examples
        try FileManager.default.createDirectory(atPath: receiptsDirectory, withIntermediateDirectories: true)
        let statuses: [ClaimStatus] = [.submitted, .submitted, .queried, .approved, .approved, .paid, .paid, .paid]
        for (index, personID) in ([partner] + people).enumerated() {
            let choice: PaymentChoice = index % 9 == 5 ? .volunteer : index % 9 == 7 ? .lowerRate(Pence(800)) : .paid
            let record = PaymentChoiceRecord(personID: personID, choice: choice, publicBodyStaff: index % 11 == 3)
            record.paymentReference = String(format: "PP-%05d", index + 1)
            record.chosenAt = today.addingTimeInterval(-200 * Self.day)
            if index % 6 == 2 {
                // Someone who receives benefits and set their own limit for the year.
                record.limitPence = 15_000
                record.limitFrom = today.addingTimeInterval(-120 * Self.day)
                record.limitTo = today.addingTimeInterval(245 * Self.day)
            }
            try await record.save(.demoData, on: db)
            for number in 0..<3 {
                let status = statuses[(index + number) % statuses.count]
                let day = CalendarDate.startOfDay(today.addingTimeInterval(-Double(5 + number * 20 + index % 15) * Self.day))
                let hours = [1.5, 2, 3, 2.5][(index + number) % 4], preparation = number == 1 ? 0.5 : 0
                let level: ActivityLevel = number == 2 ? .enhanced : .standard
                let claim = Claim(
                    personID: personID, day: day,
                    activity: ["Reading group meeting", "Focus group on discharge", "Chairing the partners' forum"][number],
                    level: level, hours: hours, preparationHours: preparation)
                claim.paymentChoice = choice.kind.rawValue
                claim.timePence =
                    (try? PaymentCalculation.time(
                        hours: hours, preparation: preparation, level: level, on: day, card: card, choice: choice
                    ).get())?.value ?? 0
                let miles = Double(4 + (index * 3 + number) % 20)
                claim.expensesPence =
                    (try? PaymentCalculation.mileage(
                        miles: miles, vehicle: .car, alreadyThisTaxYear: 0, on: day, card: card
                    ).get())?.value ?? 0
                claim.status = status
                claim.declaredOutsideWork = index % 11 == 3
                claim.submittedAt = day.addingTimeInterval(Self.day)
                if status == .queried { claim.queryReason = "Which meeting was this? The date does not match the register." }
                if status == .approved || status == .paid {
                    claim.$decidedBy.id = coordinator
                    claim.decidedAt = day.addingTimeInterval(4 * Self.day)
                }
                if status == .paid { claim.paidAt = day.addingTimeInterval(10 * Self.day) }
                // The focus group's claims also have parking, with its receipt.
                let parking = number == 1 ? Pence(350) : nil
                claim.expensesPence += parking?.value ?? 0
                claim.isDemo = true
                try await claim.create(on: db)
                try await ClaimExpense(
                    claimID: claim.id!, kind: .mileage, vehicle: .car, miles: miles,
                    amount: Pence(claim.expensesPence - (parking?.value ?? 0))
                ).create(on: db)
                if let parking {
                    let expense = ClaimExpense(claimID: claim.id!, kind: .parking, vehicle: nil, miles: nil, amount: parking)
                    expense.receiptFile = "demo-parking-\(index + 1).pdf"
                    expense.receiptName = "parking-receipt.pdf"
                    _ = FileManager.default.createFile(
                        atPath: "\(receiptsDirectory)/\(expense.receiptFile!)",
                        contents: Data("%PDF-1.4\n% Demo car park receipt: £3.50\n".utf8))
                    try await expense.create(on: db)
                }
            }
        }
    }
}
