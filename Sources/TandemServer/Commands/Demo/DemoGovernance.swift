import Fluent
import Foundation
import TandemCore

/// The demo Check and Challenge group, chaired by the demo partner: a year of meetings (one of them
/// short of quorum), numbered decisions, actions carried and closed, minutes approved at the next
/// meeting (the last shared for comment), a challenge register at every outcome and the year's plan.
struct DemoGovernance {
    let partner: UUID
    let coordinator: UUID
    let members: [UUID]
    let today: Date

    private static let day: Double = 86_400

    func create(on db: any Database) async throws {
        let group = GovernanceGroup(
            name: "Patient Partners Check and Challenge Group", kind: .checkAndChallenge,
            purpose:
                "Patient partners who oversee the Patient Partners Programme: they check what it does and challenge it to reach everyone.",
            quorum: 4, meetingSchedule: "Every other month, on a Tuesday evening, online or at the charity's office")
        group.isDemo = true
        try await group.create(on: db)
        let groupID = group.savedID
        try await GroupTermsVersion(
            groupID: groupID, version: 1,
            text:
                "The group is made up of patient partners, at least half from communities the programme under-serves. It meets six times a year; four members are a quorum. Members declare interests at each meeting. Members are paid for their time at the enhanced rate for chairing and the standard rate otherwise.",
            changeNote: "First version"
        ).create(on: db)
        let start = today.addingTimeInterval(-380 * Self.day)
        try await GroupMember(groupID: groupID, personID: partner, role: .chair, termStarts: start, termEnds: nil)
            .save(.demoData, on: db)
        for (index, member) in members.prefix(6).enumerated() {
            try await GroupMember(
                groupID: groupID, personID: member, role: index == 0 ? .viceChair : .member, termStarts: start,
                termEnds: start.addingTimeInterval(730 * Self.day)
            ).save(.demoData, on: db)
        }
        try await GroupMember(groupID: groupID, personID: coordinator, role: .adviser, termStarts: start, termEnds: nil)
            .save(.demoData, on: db)
        let everyone = [partner] + Array(members.prefix(6))
        var names: [UUID: (name: String, email: String)] = [:]
        for person in try await Person.query(on: db).filter(\.$id ~~ everyone).all() {
            names[person.savedID] = (person.name, person.email ?? "")
        }

        var meetings: [GroupMeeting] = []
        var decisionNumber = 0
        var openActions: [GroupAction] = []
        for (index, offset) in [-330.0, -270, -210, -150, -90, -30, 30].enumerated() {
            let dayParts = CalendarDate.parts(of: today.addingTimeInterval(offset * Self.day))
            let starts = try UKTime.instant(
                year: Int(dayParts.year)!, month: Int(dayParts.month)!, day: Int(dayParts.day)!, hour: 18, minute: 0
            ).get()
            let event = Event(
                title: "\(group.name) meeting", summary: group.purpose, kind: .meeting, startsAt: starts,
                endsAt: starts.addingTimeInterval(2 * 3_600), capacity: nil, audience: .namedGroup, createdByID: coordinator,
                isDemo: true)
            event.venue = "Online"
            event.status = .published
            try await event.create(on: db)
            let meeting = GroupMeeting(groupID: groupID, eventID: event.savedID)
            let held = offset < 0
            try await meeting.create(on: db)
            for (position, title) in ["Welcome and declarations", "Programme report", "Challenge register", "Any other business"]
                .enumerated()
            {
                try await AgendaItem(meetingID: meeting.savedID, position: position + 1, title: title, presenter: nil)
                    .create(on: db)
            }
            // Everyone is on the register; one meeting falls short of quorum.
            let short = index == 2
            for (position, personID) in everyone.enumerated() {
                let registration = EventRegistration(
                    eventID: event.savedID, personID: personID, name: names[personID]?.name ?? "Member",
                    email: names[personID]?.email ?? "", status: .confirmed, position: position + 1,
                    cancelTokenHash: SessionToken.hash(SessionToken.generate()), checkInCode: Registrations.checkInCode())
                if held { registration.attendance = short && position > 2 ? .apologies : (position == 5 ? .apologies : .present) }
                try await registration.save(.demoData, on: db)
            }
            guard held else {
                meetings.append(meeting)
                continue
            }
            let present = short ? 3 : 6
            for text in short
                ? ["To ask the programme to report reach by ethnic group at every meeting"]
                : ["To accept the programme report", "To recommend paying travel costs in advance for people on low incomes"]
            {
                decisionNumber += 1
                try await GroupDecision(
                    groupID: groupID, meetingID: meeting.savedID, number: decisionNumber, text: text, present: present,
                    quorum: group.quorum
                ).create(on: db)
            }
            for action in openActions {
                action.status = .done
                action.$closedAt.id = meeting.savedID
                action.updateNote = "Done and reported to the group"
                try await action.save(on: db)
            }
            let action = GroupAction(
                groupID: groupID, meetingID: meeting.savedID,
                text: [
                    "Ask the trust for its interpreter figures", "Invite the young carers' project to speak",
                    "Draft a plain-English summary of the payment policy", "Check the venue's hearing loop",
                    "Write to the ICB about transport costs", "Share the reach figures with members",
                ][index],
                owner: index % 2 == 0 ? "Chair" : "Programme lead", dueOn: event.startsAt.addingTimeInterval(45 * Self.day))
            try await action.create(on: db)
            openActions = [action]
            meeting.minutes =
                "Present: \(present) members and the programme's adviser. The group received the programme report and discussed who the programme is not yet reaching."
            meeting.minutesStatus = index == 5 ? .shared : .approved
            // The older approved minutes are published beyond the members.
            meeting.published = index < 4
            try await meeting.save(on: db)
            if let previous = meetings.last, previous.minutesStatus == .approved, previous.$approvedAt.id == nil {
                previous.$approvedAt.id = meeting.savedID
                try await previous.save(on: db)
            }
            meetings.append(meeting)
        }
        let challenges: [(String, String, ChallengeOutcome)] = [
            ("The recruitment plan for the stroke project", "Only two of ten partners recruited are under 50", .accepted),
            ("The payment policy", "People on benefits were not told about limits before agreeing", .closed),
            ("The annual report", "It counts meetings, not what changed", .escalated),
            ("The maternity voices plan", "No Black or Asian women on the steering group", .awaitingResponse),
            ("Interpreter provision at events", "Two events had no interpreter booked", .awaitingResponse),
        ]
        for (index, item) in challenges.enumerated() {
            let challenge = Challenge(
                groupID: groupID, item: item.0, broughtBy: index % 2 == 0 ? "Programme lead" : "Northvale Hospitals",
                challenge: item.1, responseAsked: "A written response with what will change",
                responseDue: today.addingTimeInterval(Double(20 * index - 40) * Self.day))
            challenge.outcome = item.2
            if item.2 != .awaitingResponse { challenge.response = "The programme agreed and changed its plan." }
            challenge.raisedOn = today.addingTimeInterval(Double(-300 + 60 * index) * Self.day)
            try await challenge.create(on: db)
        }
        let year = Int(CalendarDate.parts(of: today).year)!
        for (index, phase) in GovernanceRules.defaultPhases.enumerated() {
            let starts = Calendar.utc.date(from: DateComponents(year: year, month: phase.months.lowerBound, day: 1))!
            let ends = Calendar.utc.date(
                from: DateComponents(year: year, month: phase.months.upperBound + 1, day: 1))!.addingTimeInterval(-Self.day)
            let row = PlanPhase(
                groupID: groupID, name: phase.name, startsOn: starts, endsOn: ends, aims: phase.aims,
                checkpoints: ["Report to the group", "Members' review of reach"])
            row.status = index == 2 ? .onTrack : .done
            row.report = index == 2 ? nil : "Done: reported to the group, with the reach figures."
            try await row.create(on: db)
        }
        // The chair's certificate of contribution for her first year.
        let certificate = ContributionCertificate(
            personID: partner, number: ContributionCertificateRules.number(year: year, sequence: 1),
            title: "Chair of the \(group.name)",
            citation:
                "Chaired the group's first year of meetings, led its challenges on who the programme reaches, and made sure partners on benefits were told about payment limits before they agreed.",
            fromDay: start, toDay: today.addingTimeInterval(-7 * Self.day), hours: 46.5, issuedByID: coordinator,
            signedBy: "Samira Patel, programme coordinator")
        certificate.auditNote = .demoData
        try await certificate.save(on: db)
    }
}
