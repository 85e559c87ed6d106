import Fluent
import SQLKit
import Foundation
import TandemCore
@testable import TandemServer
import Vapor

extension AuditNote {
    /// A test's own records, made directly: not a change anyone made to a person.
    static let fixture = notAudited(because: "a test's own records")
}

/// Records for tests, made directly in the database.
enum Fixtures {
    static let password = "correct horse battery"

    @discardableResult
    static func organisation(
        _ name: String, kind: OrganisationKind = .nhsTrust, ods: String? = nil, parent: UUID? = nil,
        on db: any Database
    ) async throws -> Organisation {
        let organisation = Organisation(name: name, kind: kind, odsCode: ods, parentID: parent)
        try await organisation.save(.fixture, on: db)
        return organisation
    }

    @discardableResult
    static func person(
        _ name: String, email: String? = nil, organisations: [Organisation] = [], roles: [InvolvementRole] = [],
        on db: any Database
    ) async throws -> Person {
        let person = Person(name: name, email: email)
        try await person.save(.fixture, on: db)
        for organisation in organisations {
            try await PersonOrganisation(personID: person.requireID(), organisationID: organisation.requireID()).create(on: db)
        }
        for role in roles { try await PersonRoleAssignment(personID: person.requireID(), role: role).create(on: db) }
        return person
    }

    /// A person with an account, linked to the organisation when one is given.
    @discardableResult
    static func user(
        _ email: String, role: AccountRole, organisation: Organisation? = nil, on db: any Database
    ) async throws -> User {
        let person = try await self.person(
            email.components(separatedBy: "@")[0].capitalized, email: email,
            organisations: organisation.map { [$0] } ?? [], on: db)
        let user = User(
            personID: try person.requireID(), email: email, passwordHash: try Bcrypt.hash(password, cost: 4),
            role: role, organisationID: role == .staff ? try organisation?.requireID() : nil)
        try await user.save(.fixture, on: db)
        return user
    }

    /// A browser signed in with a new account of the given role.
    static func signedIn(
        _ role: AccountRole, organisation: Organisation? = nil, app: Application
    ) async throws -> (TestBrowser, User) {
        let email = "\(role.rawValue)-\(UUID().uuidString.prefix(8).lowercased())@example.org"
        let user = try await self.user(email, role: role, organisation: organisation, on: app.db)
        let browser = TestBrowser(app)
        try await browser.signIn(email)
        return (browser, user)
    }

    /// A project with a team, made directly (the forms are tested on their own).
    @discardableResult
    static func project(
        _ title: String = "Getting medicines home faster", organisation: Organisation,
        team: [(Person, ProjectRole)] = [], stage: ProjectStage = .proposal, on db: any Database
    ) async throws -> Project {
        let project = Project(
            title: title, organisationID: try organisation.requireID(), projectManagerID: nil,
            problem: "People wait hours for medicines.", aims: "Shorter waits.")
        project.stage = stage
        try await project.create(on: db)
        for (person, role) in team {
            try await ProjectMember(projectID: project.requireID(), personID: person.requireID(), role: role).save(
                .fixture, on: db)
        }
        return project
    }

    /// A piece of evidence, made directly (with its redacted text worked out as the server does).
    @discardableResult
    static func feedback(
        _ text: String, project: Project, scope: ConsentScope = .public, contributor: Person? = nil,
        service: String? = nil, on db: any Database
    ) async throws -> FeedbackItem {
        let item = FeedbackItem(
            projectID: try project.requireID(), organisationID: project.$organisation.id, method: .patientSurvey,
            sourceKind: "manual", sourceID: nil, text: text, redactedText: Redactor().redact(text).redacted,
            consentScope: scope, service: service, contributorID: contributor?.id)
        try await item.create(on: db)
        try await FeedbackSearch.index(for: db).add(
            [
                .init(
                    id: try item.requireID(), text: text, redactedText: item.redactedText,
                    projectID: try project.requireID(), organisationID: project.$organisation.id,
                    method: .patientSurvey, sourceKind: "manual", consentScope: scope)
            ],
            on: db as! any SQLDatabase)
        return item
    }

    /// The person behind an account.
    static func person(of user: User, on db: any Database) async throws -> Person {
        try await Person.find(user.$person.id, on: db)!
    }
}
