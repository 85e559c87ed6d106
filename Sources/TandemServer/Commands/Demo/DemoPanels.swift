import Fluent
import Foundation
import TandemCore

/// The demo Patient Improvement Peer Review Panel, serving the acute trust: chaired by the demo
/// partner with four patient members, six meetings (four held), and ten projects at every stage,
/// from waiting for the chair to closed with follow-ups; the demo staff member leads most of them.
struct DemoPanels {
    let organisation: UUID
    let partner: UUID
    let staff: UUID
    let coordinator: UUID
    let today: Date

    private static let day: Double = 86_400
    static let projects: [(title: String, status: ReviewStatus, months: [Int])] = [
        ("Text reminders for outpatient appointments", .submitted, []),
        ("Discharge letters in plain English", .submitted, []),
        ("Quiet hours on the stroke ward", .moreInformation, []),
        ("Car parking for dialysis patients", .declined, []),
        ("Translated leaflets in the maternity unit", .accepted, []),
        ("A carers' passport for the children's ward", .accepted, []),
        ("Fewer cancelled operations", .feedbackAgreed, []),
        ("Memory clinic follow-up calls", .feedbackAgreed, [3]),
        ("Same-day emergency care signposting", .closed, [3, 6]),
        ("Pain relief in the emergency department", .closed, [3]),
    ]

    func create(on db: any Database) async throws {
        let panel = ReviewPanel(
            organisationID: organisation, name: "Patient Improvement Peer Review Panel",
            termsOfReference:
                "The panel is made up of patients and carers who give the patient perspective on the trust's improvement projects. Project leads bring a project at any stage; the panel asks what matters to patients, who is missing, how power is shared, whether the words are clear and what could go wrong, and agrees feedback the lead replies to. Members serve two-year terms and are paid for their time at the trust's involvement rate.",
            projectsPerMeeting: 3, isDemo: true)
        panel.publicSubmissions = true
        try await panel.create(on: db)
        let panelID = try panel.requireID()
        let termStart = today.addingTimeInterval(-400 * Self.day)
        var members = [partner]
        try await PersonRoleAssignment(personID: partner, role: .panelMember).create(on: db)
        try await PanelMember(panelID: panelID, personID: partner, role: .chair, termStarts: termStart, termEnds: nil)
            .save(.demoData, on: db)
        for name in ["Winston Clarke", "Amira Haddad", "Bethan Lloyd", "Graham Pike"] {
            let person = Person(name: name, email: nil, isDemo: true)
            try await person.save(.demoData, on: db)
            let personID = try person.requireID()
            try await PersonRoleAssignment(personID: personID, role: .panelMember).create(on: db)
            try await PanelMember(
                panelID: panelID, personID: personID, role: .member, termStarts: termStart,
                termEnds: termStart.addingTimeInterval(730 * Self.day)
            ).save(.demoData, on: db)
            members.append(personID)
        }
        var meetings: [(PanelMeeting, Date)] = []
        for offset in [-300.0, -200, -120, -40, 20, 80] {
            let day = CalendarDate.parts(of: today.addingTimeInterval(offset * Self.day))
            let start = try UKTime.instant(year: Int(day.year)!, month: Int(day.month)!, day: Int(day.day)!, hour: 14, minute: 0)
                .get()
            let event = Event(
                title: "\(panel.name) meeting", summary: "The panel reviews up to 3 projects.", kind: .meeting, startsAt: start,
                endsAt: start.addingTimeInterval(7_200), capacity: nil, audience: .namedGroup, createdByID: coordinator,
                isDemo: true)
            event.$organisation.id = organisation
            event.venue = "Board room, Northvale General Hospital (step-free, hearing loop)"
            event.status = offset < 0 ? .held : .published
            try await event.create(on: db)
            let meeting = PanelMeeting(panelID: panelID, eventID: try event.requireID())
            try await meeting.create(on: db)
            meetings.append((meeting, start))
        }
        for (index, item) in Self.projects.enumerated() {
            try await review(index, item, panel: panel, members: members, meetings: meetings, on: db)
        }
    }

    private func review(
        _ index: Int, _ item: (title: String, status: ReviewStatus, months: [Int]), panel: ReviewPanel, members: [UUID],
        meetings: [(PanelMeeting, Date)], on db: any Database
    ) async throws {
        let held = meetings.filter { $0.1 < today }, coming = meetings.filter { $0.1 >= today }
        let meeting: (PanelMeeting, Date)? =
            switch item.status {
            case .accepted: coming[index % coming.count]
            case .feedbackAgreed, .closed: held[index % held.count]
            default: nil
            }
        let project = Project(
            title: item.title, organisationID: organisation, projectManagerID: staff,
            problem: "Patients told us: \(item.title.lowercased()) needs to change.", aims: "Make it better with patients.",
            isDemo: true)
        try await project.create(on: db)
        // Started well before it came to the panel, so it lists after the demo's own projects.
        project.createdAt = today.addingTimeInterval(-Double(400 - index * 10) * Self.day)
        try await project.save(on: db)
        let level: InvolvementLevel = index % 3 == 0 ? .inform : .consult
        for step in InvolvementStep.allCases.prefix(4) {
            try await InvolvementPlanEntry(projectID: try project.requireID(), step: step, level: level, who: "Patient partners")
                .create(on: db)
        }
        try await InvolvementLevelRecord(
            projectID: try project.requireID(), level: level,
            recordedAt: today.addingTimeInterval(-Double(330 - index * 20) * Self.day)
        ).create(on: db)
        let review = PanelReview(
            panelID: try panel.requireID(), projectID: try project.requireID(), leadID: staff, title: item.title,
            summary: "We want to change \(item.title.lowercased()) and would like the panel's view before we go further.",
            stage: ProjectReviewStage.allCases[index % 4],
            questions: ["Who are we missing?", "Is what we plan to tell patients clear?"],
            alreadyInvolved: "Two patient partners on the project team", preferredDates: "Any afternoon", isDemo: true)
        review.status = item.status
        review.levelBefore = level
        review.submittedAt = min(meeting?.1 ?? today, today).addingTimeInterval(-Double(20 + index) * Self.day)
        review.$meeting.id = try meeting?.0.requireID()
        if item.status != .submitted { review.triagedAt = review.submittedAt.addingTimeInterval(5 * Self.day) }
        if item.status == .moreInformation {
            review.triageReason = "Which wards would the quiet hours cover, and who has been asked so far?"
        }
        if item.status == .declined {
            review.triageReason = "Car parking charges are set by the trust board; the panel suggests Healthwatch."
        }
        if [.feedbackAgreed, .closed].contains(item.status), let meeting {
            review.agreedAt = meeting.1.addingTimeInterval(Self.day)
        }
        if item.status == .closed {
            review.usefulness = 4 + index % 2
            review.changedPlans = true
        }
        try await review.create(on: db)
        let reviewID = try review.requireID()
        guard meeting != nil else { return }
        for (position, member) in members.prefix(3).enumerated() {
            try await ReviewNote(reviewID: reviewID, personID: member, area: nil, text: "Read the pack: a good start.").create(
                on: db)
            let area = FeedbackArea.allCases[(index + position) % FeedbackArea.allCases.count]
            try await ReviewNote(
                reviewID: reviewID, personID: member, area: area, text: "From my experience: \(area.hint.lowercased())."
            )
            .create(on: db)
        }
        guard let agreed = review.agreedAt else { return }
        let points = [
            (FeedbackArea.whoIsMissing, "Talk to the young carers' group and the Polish community centre."),
            (.communication, "Test the wording with three patients before it goes out."),
            (.nextSteps, "Bring a patient partner onto the project board."),
        ]
        for (position, (area, text)) in points.enumerated() {
            let point = ReviewPoint(reviewID: reviewID, area: area, text: text)
            if item.status == .closed || (item.months.contains(3) && position < 2) {
                point.response = position == 2 && index == 9 ? .notActing : .acted
                point.reply =
                    point.response == .notActing ? "The board is full this year; we will ask again in April." : "Done, thank you."
                point.repliedAt = agreed.addingTimeInterval(14 * Self.day)
            }
            try await point.create(on: db)
        }
        try await ReviewAction(
            reviewID: reviewID, text: "Share the new wording with the panel", owner: "Project lead",
            dueOn: agreed.addingTimeInterval(30 * Self.day)
        )
        .create(on: db)
        for months in item.months {
            let followUp = ReviewFollowUp(
                reviewID: reviewID, months: months,
                whatChanged:
                    "We met the young carers' group and rewrote the letter with them; two of them joined the project team.",
                evidenceLinks: ["https://www.example.org/northvale/\(index)-letter-\(months)m.pdf"],
                levelAfter: months == 3 ? .involve : .coProduce)
            followUp.writtenAt = min(Calendar.utc.date(byAdding: .month, value: months, to: agreed) ?? agreed, today)
            try await followUp.create(on: db)
        }
        for member in members.prefix(3) {
            try await TimeRecord(
                personID: member, eventID: meeting!.0.$event.id, kind: .panelReview, activity: "\(panel.name): \(item.title)",
                day: Calendar.utc.startOfDay(for: meeting!.1), hours: 1, preparationHours: 1
            ).create(on: db)
        }
    }
}
