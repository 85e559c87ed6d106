import Fluent
import Foundation
import TandemCore

/// Demo PPGs: ten of the twelve practices have one (active, needing support, dormant and
/// closed among them), each with members who gave their equality answers, a year of meetings
/// with attendance and actions, the practice's registered population and some ethnic groups,
/// and health checks for the last four quarters. The demo partner chairs the first practice's
/// PPG. At a larger scale the ICB grows to about 50 practices per step, 500 at `--scale 10`.
struct DemoPPGs {
    let scale: Int
    let icb: UUID
    let pcns: [UUID]
    let practices: [UUID]
    let partner: UUID
    let coordinator: UUID
    let today: Date

    private static let day: Double = 86_400
    static let statuses: [PPGStatus?] = [
        .active, .active, .needsSupport, .active, .dormant, .active, nil, .needsSupport, .active, .closed, nil, .active,
    ]
    static let ageBands = ["25_34", "35_44", "45_54", "55_64", "65_74", "65_74", "75_84", "55_64"]
    static let ethnicGroups = [
        "white_british", "white_british", "white_british", "asian_pakistani", "black_african", "white_other",
    ]

    func create(random: inout SeededGenerator, on db: any Database) async throws {
        var practiceIDs = practices
        if scale > 1 { practiceIDs += try await morePractices(count: 50 * scale - practices.count, on: db) }
        let questionnaire = try await PPGAssessments.current(on: db)
        var made: [PPG] = []
        for (index, practiceID) in practiceIDs.enumerated() {
            try await population(practiceID, random: &random, on: db)
            let status = index < Self.statuses.count ? Self.statuses[index] : (index % 7 == 0 ? .needsSupport : .active)
            guard let status else { continue }
            let ppg = try await ppg(practiceID, status: status, index: index, random: &random, on: db)
            try await assessments(ppg, status: status, questionnaire: questionnaire, random: &random, on: db)
            try await healthChecks(ppg, on: db)
            made.append(ppg)
        }
        try await buddyPairs(made, on: db)
    }

    /// Two self-assessments half a year apart, the later a little further on; stronger groups answer higher.
    private func assessments(
        _ ppg: PPG, status: PPGStatus, questionnaire: PPGQuestionnaire, random: inout SeededGenerator, on db: any Database
    ) async throws {
        guard status != .closed else { return }
        let base = status == .active ? 2 : 1
        for (age, lift) in [(200.0, 0), (30.0, 1)] {
            var answers: [String: AssessmentLevel] = [:]
            for statement in questionnaire.statements {
                var level =
                    base + Int.random(in: -1...1, using: &random)
                    + (lift == 1 && Int.random(in: 0..<3, using: &random) == 0 ? 1 : 0)
                if statement.key == "younger-members" { level = min(level, 1) }
                answers[statement.key] = AssessmentLevel(rawValue: min(3, max(0, level)))
            }
            try await PPGAssessment(
                ppgID: ppg.savedID, questionnaire: questionnaire, answers: answers,
                comments: ["younger-members": "Most of us are retired; we meet at 2pm on weekdays."],
                help: "Ideas and a little money to reach younger patients and carers.", completedByID: nil,
                on: today.addingTimeInterval(-age * Self.day)
            ).create(on: db)
        }
    }

    /// Two pairings: one under way with its goals, a contact and a 3-month review; one proposed,
    /// with the first practice's PPG (chaired by the demo partner) as the buddy.
    private func buddyPairs(_ ppgs: [PPG], on db: any Database) async throws {
        let active = ppgs.filter { $0.status == .active }, needing = ppgs.filter { $0.status == .needsSupport }
        guard active.count >= 2, needing.count >= 2 else { return }
        let under = PPGBuddyPair(
            buddyID: active[1].savedID, supportedID: needing[0].savedID, score: 78,
            reasons: [
                "Strong where the other needs help: membership and diversity and running the group",
                "In the same Primary Care Network",
            ],
            proposedByID: coordinator)
        (under.status, under.buddyAnswer, under.supportedAnswer) = (.active, .accepted, .accepted)
        under.startedOn = CalendarDate.startOfDay(today.addingTimeInterval(-100 * Self.day))
        under.goals = "Recruit five new members, including two under 40, and agree terms of reference."
        under.reviewOn = PPGBuddies.reviewDate(under, months: 6)
        try await under.create(on: db)
        try await PPGBuddyContact(
            pairID: under.savedID, happenedOn: today.addingTimeInterval(-60 * Self.day),
            note: "The two chairs met for coffee and shared their recruitment leaflets.", loggedByID: coordinator
        ).create(on: db)
        try await PPGBuddyReview(
            pairID: under.savedID, ppgID: needing[0].savedID, months: 3,
            howItIsGoing: "Helpful: we have three new members and a draft terms of reference.", writtenByID: nil
        ).create(on: db)
        try await PPGBuddyPair(
            buddyID: active[0].savedID, supportedID: needing[1].savedID, score: 64,
            reasons: ["Strong where the other needs help: working with the practice"], proposedByID: coordinator
        ).create(on: db)
    }

    private func morePractices(count: Int, on db: any Database) async throws -> [UUID] {
        var made: [UUID] = []
        var pcn: UUID = pcns[0]
        for index in 0..<max(0, count) {
            if index % 12 == 0 {
                let organisation = Organisation(
                    name: "Northvale Locality \(index / 12 + 1) Primary Care Network", kind: .pcn,
                    odsCode: String(format: "ZZV%03d", index / 12 + 1), parentID: icb, isDemo: true)
                try await organisation.save(.demoData, on: db)
                pcn = organisation.savedID
            }
            let practice = Organisation(
                name: "Northvale Practice \(index + 13)", kind: .gpPractice, odsCode: String(format: "ZY%04d", index + 13),
                parentID: pcn,
                isDemo: true)
            practice.postcode = "NV\(index % 9 + 1) \(index % 9 + 1)AA"
            try await practice.save(.demoData, on: db)
            made.append(practice.savedID)
        }
        return made
    }

    /// A single-year population of a few thousand patients, skewed a little by the practice's index.
    private func population(_ practiceID: UUID, random: inout SeededGenerator, on db: any Database) async throws {
        var female: [Int: Int] = [:], male: [Int: Int] = [:]
        for age in 0...95 {
            let base = age < 20 ? 45 : age < 40 ? 60 : age < 65 ? 50 : age < 85 ? 30 : 8
            female[age] = base + Int.random(in: 0...10, using: &random)
            male[age] = base + Int.random(in: 0...10, using: &random) - (age > 80 ? 3 : 0)
        }
        let extract = CalendarDate.startOfDay(today.addingTimeInterval(-40 * Self.day))
        let row = RegisteredPopulation(practiceID: practiceID, extractDate: extract, detail: .singleYear)
        row.merge(.init(practiceCode: "", extractDate: extract, detail: .singleYear, counts: [.female: female, .male: male]))
        try await row.create(on: db)
        if let practice = try await Organisation.find(practiceID, on: db), practice.postcode == nil {
            practice.postcode = "NV\(Int.random(in: 1...9, using: &random)) \(Int.random(in: 1...9, using: &random))RT"
            try await practice.save(.demoData, on: db)
        }
        if Int.random(in: 0..<3, using: &random) > 0 {
            try await PracticeEthnicity(
                practiceID: practiceID,
                percentages: [
                    "white_british": 71, "white_other": 6, "asian_pakistani": 9, "asian_indian": 4, "black_african": 5,
                    "black_caribbean": 2, "mixed_other": 2, "other_any": 1,
                ],
                source: "2021 Census estimates for the practice's area (Office for National Statistics)",
                asOf: CalendarDate.date(year: 2021, month: 3, day: 21) ?? today, enteredByID: coordinator
            ).create(on: db)
        }
    }

    private func ppg(
        _ practiceID: UUID, status: PPGStatus, index: Int, random: inout SeededGenerator, on db: any Database
    )
        async throws -> PPG
    {
        guard let practice = try await Organisation.find(practiceID, on: db) else { throw DemoPPGError.practiceMissing }
        let formats = PPGMeetingFormat.allCases
        let ppg = PPG(
            practiceID: practiceID, name: "\(practice.name) Patient Group", meetingFormat: formats[index % formats.count],
            meetingFrequency: index % 2 == 0 ? "Every two months, on a Tuesday evening" : "Monthly, on the first Thursday",
            startedOn: today.addingTimeInterval(-Double(400 + index * 90) * Self.day),
            howToJoin: "Ask at reception, or leave your details below and the chair will get in touch.", status: .active,
            leadID: nil, isDemo: true)
        ppg.outreach =
            "We held a stall at the school gates and the carers' café, and asked the practice to text an invitation to patients aged 18 to 40."
        try await PPGRegistry.create(ppg, by: coordinator, on: db)
        if status != .active {
            try await PPGRegistry.changeStatus(
                ppg, to: status, reason: status == .closed ? "The group agreed to close" : "Fewer people coming to meetings",
                by: coordinator, on: db)
        }
        var members: [PPGMember] = []
        let size = status == .active ? 9 + index % 4 : 4
        for number in 0..<size {
            let personID: UUID
            if index == 0 && number == 0 {
                personID = partner
            } else {
                let person = Person(name: "PPG member \(index + 1)-\(number + 1)", email: nil, isDemo: true)
                try await person.save(.demoData, on: db)
                personID = person.savedID
                try await PersonRoleAssignment(personID: personID, role: .ppgMember).create(on: db)
                if number % 6 != 5 {
                    let answers = EqualityAnswers(personID: personID)
                    answers.ageBand = Self.ageBands[(number + index) % Self.ageBands.count]
                    answers.sex = number % 3 == 0 ? "male" : "female"
                    answers.ethnicGroup = Self.ethnicGroups[(number * 7 + index) % Self.ethnicGroups.count]
                    try await answers.save(.demoData, on: db)
                }
            }
            let member = PPGMember(
                ppgID: ppg.savedID, personID: personID, kind: number < size - 2 ? .core : .wider,
                office: number == 0 ? .chair : number == 1 ? .secretary : nil,
                joinedOn: today.addingTimeInterval(-Double(200 + number * 30) * Self.day))
            try await member.save(.demoData, on: db)
            members.append(member)
        }
        let meetings = status == .active ? 6 : status == .needsSupport ? 3 : 1
        for number in 0..<meetings {
            let meeting = PPGMeeting(
                ppgID: ppg.savedID, kind: .ppgMeeting,
                heldOn: CalendarDate.startOfDay(today.addingTimeInterval(-Double(20 + number * 58) * Self.day)),
                staffPresent: (number + index) % 3 == 0 ? 0 : 1, pcnRepresentative: index % 4 == 0 && number == 1,
                notes: "Talked about getting through on the phone, and the practice's new website.")
            try await meeting.create(on: db)
            for member in members where member.kind == .core && Int.random(in: 0..<5, using: &random) > 0 {
                try await PPGAttendance(meetingID: meeting.savedID, memberID: member.savedID).create(on: db)
            }
            if number < 2 {
                let action = PPGAction(
                    ppgID: ppg.savedID, meetingID: meeting.savedID,
                    text: number == 0
                        ? "Put the phone lines' busiest times on the website" : "Invite the PCN's social prescriber",
                    owner: "Practice manager", dueOn: meeting.heldOn.addingTimeInterval(30 * Self.day), raisedOn: meeting.heldOn)
                if number == 1 {
                    action.status = .done
                    action.response = "Done: the busiest times are on the home page."
                }
                try await action.create(on: db)
            }
        }
        if index % 3 == 1 {
            try await PPGMeeting(
                ppgID: ppg.savedID, kind: .pcnMeeting, heldOn: CalendarDate.startOfDay(today.addingTimeInterval(-70 * Self.day)),
                staffPresent: 0, pcnRepresentative: false, notes: "The chair went to the PCN's patient forum."
            ).create(on: db)
        }
        if status == .active && index % 2 == 0 {
            try await PPGImprovement(
                ppgID: ppg.savedID, youSaid: "It is hard to know when to ring",
                weDid: "The phone lines' busiest times are on the website",
                madeOn: CalendarDate.startOfDay(today.addingTimeInterval(-90 * Self.day)), recordedByID: coordinator
            ).create(on: db)
        }
        return ppg
    }

    /// This quarter as the records stand, and the three before as they stood at each quarter's end.
    private func healthChecks(_ ppg: PPG, on db: any Database) async throws {
        try await PPGHealthChecks.refresh(ppg, today: today, on: db)
        var end = CalendarDate.startOfDay(today)
        for _ in 0..<3 {
            let parts = CalendarDate.civil(end)
            let firstMonth = (parts.month - 1) / 3 * 3 + 1
            end = (CalendarDate.date(year: parts.year, month: firstMonth, day: 1) ?? end).addingTimeInterval(-Self.day)
            let evaluation = try await PPGHealthChecks.evaluate(ppg, today: end, on: db)
            try await PPGHealthChecks.keep(evaluation, ppgID: ppg.savedID, quarter: HealthCheck.quarter(of: end), on: db)
        }
    }
}

enum DemoPPGError: Error {
    case practiceMissing
}
