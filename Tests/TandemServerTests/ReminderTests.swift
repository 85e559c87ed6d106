import Fluent
import Foundation
import TandemCore
@testable import TandemServer
import Testing
import VaporTesting

@Suite("Reminders of work falling due")
struct ReminderTests {
    static let day: Double = 86_400

    @Test func ownersAndManagersAreRemindedOnceForEachDueDate() async throws {
        try await withTandem { app in
            let trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let owner = try await Fixtures.person("Dan Okafor", email: "dan@example.org", on: app.db)
            let manager = try await Fixtures.person("Sam Patel", email: "sam@example.org", on: app.db)
            let project = try await Fixtures.project("Faster discharge", organisation: trust, on: app.db)
            project.$projectManager.id = manager.id
            try await project.save(on: app.db)
            let today = Date()
            let overdue = Recommendation(
                projectID: project.id!, organisationID: trust.id!, ownerID: owner.id, text: "Text people", priority: .high,
                dueOn: today.addingTimeInterval(-3 * Self.day))
            overdue.status = .agreed
            try await overdue.create(on: app.db)
            let later = Recommendation(
                projectID: project.id!, organisationID: trust.id!, ownerID: owner.id, text: "Later work", priority: .low,
                dueOn: today.addingTimeInterval(40 * Self.day))
            try await later.create(on: app.db)
            let soon = ProjectMilestone(
                projectID: project.id!, title: "Survey closes", dueOn: today.addingTimeInterval(5 * Self.day))
            try await soon.create(on: app.db)

            #expect(try await Reminders.sendDue(today: today, on: app.db) == 2)
            let danInbox = try await InboxMessage.query(on: app.db).filter(\.$person.$id == owner.id!).all()
            #expect(danInbox.map(\.subject) == ["Overdue: Text people (Faster discharge)"])
            #expect(danInbox[0].body.contains("overdue by 3 days"))
            let samInbox = try await InboxMessage.query(on: app.db).filter(\.$person.$id == manager.id!).all()
            #expect(samInbox.map(\.subject) == ["Due soon: Survey closes (Faster discharge)"])
            #expect(try await OutboxEmail.query(on: app.db).filter(\.$toAddress == "dan@example.org").count() == 1)

            // Not every day: the next run sends nothing new.
            #expect(try await Reminders.sendDue(today: today.addingTimeInterval(Self.day), on: app.db) == 0)
            // When the milestone becomes overdue, that is its one other reminder.
            #expect(try await Reminders.sendDue(today: today.addingTimeInterval(6 * Self.day), on: app.db) == 1)
            // A new due date may be reminded again; work that is done is not.
            overdue.dueOn = today.addingTimeInterval(2 * Self.day)
            try await overdue.save(on: app.db)
            soon.completedOn = today
            try await soon.save(on: app.db)
            #expect(try await Reminders.sendDue(today: today.addingTimeInterval(Self.day), on: app.db) == 1)
        }
    }
}
