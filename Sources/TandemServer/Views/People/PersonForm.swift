import Fluent
import Foundation
import TandemCore
import Vapor

struct PersonForm: Content, Sendable {
    var name: String?
    var preferredName: String?
    var pronouns: String?
    var email: String?
    var phone: String?
    var postcodeDistrict: String?
    var roles: [String]?
    var organisation: String?
    var livedExperience: String?
    var skills: String?
    var accessNeeds: [String]?
    var accessNeedsOther: String?

    enum CodingKeys: String, CodingKey {
        case name, pronouns, email, phone, roles, organisation, skills
        case preferredName = "preferred-name"
        case postcodeDistrict = "postcode-district"
        case livedExperience = "lived-experience"
        case accessNeeds = "access-needs"
        case accessNeedsOther = "access-needs-other"
    }

    init() {}

    init(_ person: Person, roles: [InvolvementRole]) {
        name = person.name
        preferredName = person.preferredName
        pronouns = person.pronouns
        email = person.email
        phone = person.phone
        postcodeDistrict = person.postcodeDistrict
        self.roles = roles.map(\.rawValue)
        livedExperience = person.livedExperience.joined(separator: ", ")
        skills = person.skills.joined(separator: ", ")
        accessNeeds = person.accessNeeds
        accessNeedsOther = person.accessNeedsOther
    }

    struct Valid: Sendable {
        var name: String
        var preferredName: String?
        var pronouns: String?
        var email: String?
        var phone: String?
        var postcodeDistrict: String?
        var roles: [InvolvementRole]
        var organisationID: UUID?
        var livedExperience: [String]
        var skills: [String]
        var accessNeeds: [String]
        var accessNeedsOther: String?
    }

    func validate(
        editing: Person?, checkEmailIsFree: Bool = true,
        on db: any Database
    ) async throws -> Result<Valid, FormErrors> {
        let input = self
        var errors = FormErrors()
        let name = input.name.nonBlank
        if name == nil { errors.add("name", "Enter the person's full name") }
        if let name, name.count > 200 { errors.add("name", "Full name must be 200 characters or fewer") }
        if let preferred = input.preferredName.nonBlank, preferred.count > 100 {
            errors.add("preferred-name", "Preferred name must be 100 characters or fewer")
        }
        if let pronouns = input.pronouns.nonBlank, pronouns.count > 40 {
            errors.add("pronouns", "Pronouns must be 40 characters or fewer")
        }

        var email: String?
        if let raw = input.email.nonBlank {
            switch EmailAddress.check(raw) {
            case .failure(let problem): errors.add("email", problem.message)
            case .success(let value):
                email = value
                let clash = Person.query(on: db).filter(\.$email == value)
                if let id = editing?.id { clash.filter(\.$id != id) }
                if checkEmailIsFree, try await clash.count() > 0 {
                    errors.add("email", "Someone else already has this email address")
                }
            }
        }
        let phone = errors.check(FieldRules.optional(input.phone, UKPhoneNumber.self), "phone") ?? nil
        let district =
            errors.check(FieldRules.optional(input.postcodeDistrict, PostcodeDistrict.self), "postcode-district") ?? nil

        let roles = (input.roles ?? []).compactMap(InvolvementRole.init(rawValue:))
        if roles.count != (input.roles ?? []).count { errors.add("roles", "Select roles from the list") }

        var organisationID: UUID?
        if let raw = input.organisation.nonBlank {
            if let id = UUID(uuidString: raw), try await Organisation.find(id, on: db) != nil {
                organisationID = id
            } else {
                errors.add("organisation", "Select an organisation from the list")
            }
        }

        let lived = (input.livedExperience ?? "").commaSeparatedList
        if lived.contains(where: { $0.count > 80 }) || lived.count > 20 {
            errors.add("lived-experience", "Enter up to 20 short descriptions, separated by commas")
        }
        let skills = (input.skills ?? "").commaSeparatedList
        if skills.contains(where: { $0.count > 80 }) || skills.count > 20 {
            errors.add("skills", "Enter up to 20 short skills, separated by commas")
        }
        let needs = input.accessNeeds ?? []
        if needs.contains(where: { AccessNeed(rawValue: $0) == nil }) { errors.add("access-needs", "Select needs from the list") }
        if let other = input.accessNeedsOther.nonBlank, other.count > 500 {
            errors.add("access-needs-other", "Other needs must be 500 characters or fewer")
        }

        guard errors.isEmpty, let name else { return .failure(errors) }
        return .success(
            Valid(
                name: name, preferredName: input.preferredName.nonBlank, pronouns: input.pronouns.nonBlank, email: email,
                phone: phone, postcodeDistrict: district, roles: roles, organisationID: organisationID,
                livedExperience: lived, skills: skills, accessNeeds: needs, accessNeedsOther: input.accessNeedsOther.nonBlank))
    }
}
