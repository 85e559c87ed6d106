import Fluent
import Foundation
import TandemCore

/// Reminders of work falling due: a recommendation's owner and a project's manager hear,
/// in their inbox and by email, when something is due within a week and when it is
/// overdue, once for each due date. Run with the other background work (`SessionSweeper`).
enum Reminders {
    /// Sends every reminder due today and not yet sent; returns how many went.
    @discardableResult
    static func sendDue(today: Date, on db: any Database) async throws -> Int {
        var sent = 0
        let open = RecommendationStatus.allCases.filter(\.isOpen)
        let horizon = today.addingTimeInterval(Double(ReminderKind.dueSoonDays + 1) * 86_400)
        let recommendations = try await Recommendation.query(on: db).filter(\.$status ~~ open)
            .filter(\.$owner.$id != nil).filter(\.$dueOn != nil).filter(\.$dueOn < horizon).with(\.$project).all()
        for recommendation in recommendations {
            guard let due = recommendation.dueOn, let owner = recommendation.$owner.id else { continue }
            let link = SiteURL.recommendation(.value(try recommendation.requireID())).path
            if try await remind(
                owner, about: .recommendation, recordID: try recommendation.requireID(), due: due, today: today,
                subject: "\(recommendation.text) (\(recommendation.project.title))", what: "The recommendation",
                link: link, on: db)
            {
                sent += 1
            }
        }
        let milestones = try await ProjectMilestone.query(on: db).filter(\.$completedOn == nil).filter(\.$dueOn < horizon)
            .with(\.$project).all()
        for milestone in milestones {
            guard let manager = milestone.project.$projectManager.id, milestone.project.stage != .closed else { continue }
            let link = SiteURL.project(.value(milestone.$project.id), .proposal).path + "#milestones"
            if try await remind(
                manager, about: .milestone, recordID: try milestone.requireID(), due: milestone.dueOn, today: today,
                subject: "\(milestone.title) (\(milestone.project.title))", what: "The milestone", link: link, on: db)
            {
                sent += 1
            }
        }
        return sent
    }

    /// Sends one reminder unless it has gone already; the record of it and the message are written together.
    private static func remind(
        _ personID: UUID, about subject: ReminderSent.Subject, recordID: UUID, due: Date, today: Date, subject title: String,
        what: String, link: String, on db: any Database
    ) async throws -> Bool {
        let deadline = Deadline.of(due: due, today: today)
        guard let kind = ReminderKind.forDeadline(deadline) else { return false }
        let already = try await ReminderSent.query(on: db).filter(\.$subject == subject).filter(\.$recordID == recordID)
            .filter(\.$kind == kind).filter(\.$dueOn == due).count()
        guard already == 0, let person = try await Person.find(personID, on: db) else { return false }
        try await db.transaction { db in
            try await ReminderSent(personID: personID, subject: subject, recordID: recordID, kind: kind, dueOn: due).create(
                on: db)
            let when = kind == .overdue ? "was due on" : "is due on"
            let body = """
                Dear \(person.displayName),

                \(what) \u{201C}\(title)\u{201D} \(when) \(CalendarDate.long(due)) (\(deadline.label?.lowercased() ?? "due")).

                You can update it here: \(link)

                This is the only reminder Tandem sends about it for this date.
                """
            try await PersonMessage.send(
                to: person, subject: "\(kind.subjectPrefix): \(title)", body: body, link: link, on: db)
        }
        return true
    }
}
