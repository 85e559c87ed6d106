import Fluent
import Foundation
import TandemCore
@testable import TandemServer
import Testing
import VaporTesting

@Suite("The audit log beyond personal data")
struct AuditTrailTests {
    func entries(_ type: AuditRecordType, on db: any Database) async throws -> [AuditEntry] {
        try await AuditEntry.query(on: db).filter(\.$recordType == type.rawValue).sort(\.$at).all()
    }

    @Test func signInsProjectsStatusChangesAndPublishingAreLogged() async throws {
        try await withTandem { app in
            let trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let (browser, user) = try await Fixtures.signedIn(.coordinator, app: app)
            let stranger = TestBrowser(app)
            _ = try await stranger.signIn(user.email, password: "not the password")
            let signIns = try await entries(.signIn, on: app.db)
            #expect(signIns.map(\.action) == [AuditAction.signedIn.rawValue, AuditAction.signInFailed.rawValue])
            #expect(signIns[1].recordLabel == "Refused for \(user.email)" && signIns[1].$actor.id == nil)
            #expect(!signIns.contains { $0.recordLabel.contains("not the password") })

            // A project made, its proposal changed (the changed fields named), its stage moved.
            try await browser.post(
                SiteURL.projects.path,
                [
                    ("title", "Getting medicines home faster"), ("organisation", trust.id!.uuidString),
                    ("problem", "People wait hours for medicines"), ("aims", "Shorter waits"),
                    ("outcomes", "Waits under 2 hours"),
                ])
            let project = try #require(try await Project.query(on: app.db).first())
            try await browser.post(
                SiteURL.project(.value(project.id!), .edit).path,
                [
                    ("title", "Getting medicines home faster"), ("organisation", trust.id!.uuidString),
                    ("problem", "People wait hours for their medicines"), ("aims", "Shorter waits"),
                ])
            let projectEntries = try await entries(.project, on: app.db)
            #expect(projectEntries.map(\.action) == [AuditAction.created.rawValue, AuditAction.updated.rawValue])
            #expect(projectEntries[1].fields == ["problem"] && projectEntries[1].$actor.id == user.$person.id)

            // A recommendation's status and its publishing.
            let recommendation = Recommendation(
                projectID: project.id!, organisationID: trust.id!, ownerID: nil, text: "Text people", priority: .high,
                dueOn: nil)
            try await recommendation.create(on: app.db)
            let path = SiteURL.recommendation(.value(recommendation.id!))
            _ = try await browser.get(path.path)
            let moved = try await browser.post(
                SiteURL.recommendation(.value(recommendation.id!), .status).path, [("status", "agreed")])
            #expect(moved.status == .seeOther)
            try await browser.post(SiteURL.recommendation(.value(recommendation.id!), .publish).path, [("publish", "yes")])
            let changes = try await entries(.recommendation, on: app.db)
            #expect(changes.map(\.action) == [AuditAction.statusChanged.rawValue, AuditAction.published.rawValue])
            #expect(changes[0].recordLabel == "Text people: Proposed to Agreed")

            // The log can be filtered to each kind.
            let (admin, _) = try await Fixtures.signedIn(.admin, app: app)
            let log = try await admin.get(SiteURL.auditLog.path(query: [("type", "recommendation")])).body.string
            #expect(log.contains("Text people: Proposed to Agreed") && log.contains("Published"))
        }
    }
}
