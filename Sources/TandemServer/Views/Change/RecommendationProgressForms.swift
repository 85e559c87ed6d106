import Foundation
import TandemCore
import Vapor

/// The recommendation page's forms that move it on: a change of status, and the review of whether a change has held.

/// A change of status, with the reason (needed to decline) and a note (needed on "implemented").
struct StatusChangeForm: Content, Sendable {
    var status: String?
    var reason: String?
    var note: String?

    struct Valid: Sendable {
        let status: RecommendationStatus
        let reason: String?
        let note: String?
    }

    /// Checks the move from `current` against `RecommendationRules`.
    func validate(from current: RecommendationStatus) -> Result<Valid, FormErrors> {
        var errors = FormErrors()
        guard let target = status.flatMap(RecommendationStatus.init(rawValue:)) else {
            errors.add("status", "Choose what has happened to the recommendation")
            return .failure(errors)
        }
        do {
            try RecommendationRules.check(from: current, to: target, reason: reason)
        } catch {
            errors.add(error == .reasonNeeded ? "reason" : "status", error.message)
            return .failure(errors)
        }
        let reason = errors.check(FieldRules.optionalText(reason, maximum: TextLimit.short, name: "The reason"), "reason")
        let note = errors.check(FieldRules.optionalText(note, maximum: TextLimit.short, name: "The note"), "note")
        if errors.isEmpty, target == .implemented, note == .some(nil) {
            errors.add("note", "Say what has been done: it is what people whose feedback led to it are told")
        }
        return errors.result {
            guard let reason, let note else { return nil }
            return Valid(status: target, reason: reason, note: note)
        }
    }
}

/// Whether an implemented change has held, and how the team knows.
struct ReviewForm: Content, Sendable {
    var held: String?
    var note: String?

    struct Valid: Sendable {
        let held: Bool
        let note: String
    }

    func validate() -> Result<Valid, FormErrors> {
        var errors = FormErrors()
        if held != "yes" && held != "no" { errors.add("held", "Say whether the change has held") }
        let note = errors.check(
            FieldRules.requiredText(
                note, maximum: TextLimit.short, missing: "Say how you know, for example what the measure shows",
                name: "How you know"),
            "note")
        return errors.result { note.map { Valid(held: held == "yes", note: $0) } }
    }
}
