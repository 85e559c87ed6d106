import Fluent
import Foundation
import TandemCore
import Vapor

/// A project used as a template, as typed on its replicate page: the new project's title and organisation.
struct ReplicateForm: Content, Sendable {
    var title: String?
    var organisation: String?

    struct Valid: Sendable {
        let title: String
        let organisationID: UUID
    }

    func validate(on db: any Database) async throws -> Result<Valid, FormErrors> {
        var errors = FormErrors()
        let title = errors.check(
            FieldRules.requiredText(title, maximum: TextLimit.title, missing: "Enter a title for the new project", name: "Title"),
            "title")
        var organisationID: UUID?
        if let raw = organisation.nonBlank, let id = UUID(uuidString: raw), try await Organisation.find(id, on: db) != nil {
            organisationID = id
        } else {
            errors.add("organisation", "Select the organisation the new project is with")
        }
        return errors.result {
            guard let title, let organisationID else { return nil }
            return Valid(title: title, organisationID: organisationID)
        }
    }
}
