import Fluent
import Foundation
import TandemCore
import Vapor

/// A sign-in account, as an admin types it: made for a person, or changed. There is no
/// password here: the person chooses their own from the invitation (`AccountLinks`).
struct AccountForm: Content, Sendable {
    var person: String?
    var email: String?
    var role: String?
    var organisation: String?
    var active: String?

    struct Valid: Sendable {
        /// The person a new account is for; nil when changing one.
        let personID: UUID?
        let email: String
        let role: AccountRole
        let organisationID: UUID?
        let isActive: Bool
    }

    init(person: String? = nil, email: String? = nil, role: String? = nil, organisation: String? = nil, active: String? = nil) {
        (self.person, self.email, self.role, self.organisation, self.active) = (person, email, role, organisation, active)
    }

    init(_ user: User) {
        self.init(
            person: user.$person.id.lowercasedString, email: user.email, role: user.role.rawValue,
            organisation: user.$organisation.id?.lowercasedString, active: user.isActive ? "yes" : "no")
    }

    /// - Parameters:
    ///   - editing: the account being changed, or nil for a new one.
    ///   - signedIn: the admin's own account, who may not remove their own admin access or suspend themselves.
    func validate(editing: User?, signedIn: UUID?, on db: any Database) async throws -> Result<Valid, FormErrors> {
        var errors = FormErrors()
        var personID: UUID?
        if editing == nil {
            if let raw = person.nonBlank, let id = UUID(uuidString: raw), try await Person.find(id, on: db) != nil {
                if try await User.query(on: db).filter(\.$person.$id == id).count() > 0 {
                    errors.add("person", "This person already has an account")
                } else {
                    personID = id
                }
            } else {
                errors.add("person", "Select the person the account is for")
            }
        }
        var email = errors.check(
            FieldRules.required(
                email, EmailAddress.self, missing: "Enter an email address in the correct format, like name@example.org"), "email"
        )
        if let value = email {
            let clash = User.query(on: db).filter(\.$email == value)
            if let id = editing?.id { clash.filter(\.$id != id) }
            if try await clash.count() > 0 {
                errors.add("email", "Another account already signs in with this email address")
                email = nil
            }
        }
        let role = errors.check(FieldRules.choice(role, as: AccountRole.self, missing: "Select what the account can do"), "role")
        var organisationID: UUID?
        if let raw = organisation.nonBlank {
            if let id = UUID(uuidString: raw), try await Organisation.find(id, on: db) != nil {
                organisationID = id
            } else {
                errors.add("organisation", "Select an organisation from the list")
            }
        }
        if role == .staff && organisationID == nil && organisation.nonBlank == nil {
            errors.add("organisation", "Select the organisation this member of staff works for")
        }
        let isActive = editing == nil || active == "yes"
        if editing != nil {
            if active != "yes" && active != "no" { errors.add("active", "Select whether the account can sign in") }
            if editing?.id == signedIn && (!isActive || role != .admin) {
                errors.add("role", "You cannot remove your own admin access or suspend your own account")
            }
        }
        return errors.result {
            guard let email, let role, editing != nil || personID != nil else { return nil }
            return Valid(personID: personID, email: email, role: role, organisationID: organisationID, isActive: isActive)
        }
    }
}
