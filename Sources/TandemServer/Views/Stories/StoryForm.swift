import Foundation
import TandemCore
import Vapor

/// A new story, as typed on the stories page: told in the storyteller's own words.
struct StoryForm: Content, Sendable {
    var title: String?
    var storyteller: String?
    var scope: String?
    var link: String?
    var transcript: String?

    struct Valid: Sendable {
        let title: String
        let storytellerID: UUID?
        let scope: ConsentScope
        let link: String?
        let transcript: String
    }

    static let transcriptMaximum = 200_000

    /// - Parameter storytellers: the ids (lowercased) of the people who may be named as its storyteller.
    func validate(storytellers: [String]) -> Result<Valid, FormErrors> {
        var errors = FormErrors()
        let title = errors.check(
            FieldRules.requiredText(
                title, maximum: TextLimit.title, missing: "Enter a title for the story",
                name: "The title"), "title")
        let scope = errors.check(
            FieldRules.choice(
                scope, as: ConsentScope.self,
                missing: "Select who the storyteller agreed may see and hear their story"), "scope")
        var storytellerID: UUID?
        if let raw = storyteller.nonBlank {
            if storytellers.contains(raw.lowercased()), let id = UUID(uuidString: raw) {
                storytellerID = id
            } else {
                errors.add("storyteller", "Select the storyteller from the list, or leave them anonymous")
            }
        }
        let link = errors.check(FieldRules.optional(link, WebAddress.self), "link")
        let transcript = errors.check(
            FieldRules.optionalText(transcript, maximum: Self.transcriptMaximum, name: "The transcript"), "transcript")
        return errors.result {
            guard let title, let scope, let link, let transcript else { return nil }
            return Valid(title: title, storytellerID: storytellerID, scope: scope, link: link, transcript: transcript ?? "")
        }
    }
}
