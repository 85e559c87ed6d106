import Foundation
import TandemCore
import Vapor

/// The buddy pairing's forms: the agreement, a contact, a review and the ending.
struct BuddyAgreementForm: Content, Sendable {
    var goals: String?
    var reviewDay: String?, reviewMonth: String?, reviewYear: String?

    enum CodingKeys: String, CodingKey {
        case goals
        case reviewDay = "review-day", reviewMonth = "review-month", reviewYear = "review-year"
    }

    func validate() -> Result<(String, Date), FormErrors> {
        var errors = FormErrors()
        let goals = errors.check(
            FieldRules.requiredText(
                goals, maximum: TextLimit.short, missing: "Say what the pairing aims to do", name: "The goals"), "goals")
        let review = errors.check(
            FieldRules.date(
                DateParts(day: reviewDay ?? "", month: reviewMonth ?? "", year: reviewYear ?? ""), name: "The review date",
                earliest: CalendarDate.startOfDay(Date())), "review")
        return errors.result { goals.flatMap { goals in review.map { (goals, $0) } } }
    }
}

struct BuddyContactForm: Content, Sendable {
    var note: String?
    var onDay: String?, onMonth: String?, onYear: String?

    enum CodingKeys: String, CodingKey {
        case note
        case onDay = "on-day", onMonth = "on-month", onYear = "on-year"
    }

    func validate() -> Result<(Date, String), FormErrors> {
        var errors = FormErrors()
        let on = errors.check(
            FieldRules.date(
                DateParts(day: onDay ?? "", month: onMonth ?? "", year: onYear ?? ""), name: "The date", latest: Date()), "on")
        let note = errors.check(
            FieldRules.requiredText(note, maximum: TextLimit.short, missing: "Say what the contact was about", name: "The note"),
            "note")
        return errors.result { on.flatMap { on in note.map { (on, $0) } } }
    }
}

struct BuddyReviewForm: Content, Sendable {
    var months: String?
    var going: String?

    func validate() -> Result<(Int, String), FormErrors> {
        var errors = FormErrors()
        let months = Int(months ?? "").flatMap { [3, 6].contains($0) ? $0 : nil }
        if months == nil { errors.add("months", "Choose the 3-month or the 6-month review") }
        let going = errors.check(
            FieldRules.requiredText(
                going, maximum: TextLimit.short, missing: "Say how the pairing is going", name: "How it is going"),
            "going")
        return errors.result { months.flatMap { months in going.map { (months, $0) } } }
    }
}

struct BuddyEndForm: Content, Sendable {
    var outcome: String?
    /// A checkbox: arrives as `ended-badly[]`.
    var endedBadly: [String]?

    enum CodingKeys: String, CodingKey {
        case outcome
        case endedBadly = "ended-badly"
    }

    func validate() -> Result<(String, Bool), FormErrors> {
        var errors = FormErrors()
        let outcome = errors.check(
            FieldRules.requiredText(
                outcome, maximum: TextLimit.short, missing: "Say what came of the pairing", name: "The outcome"),
            "outcome")
        return errors.result { outcome.map { ($0, (endedBadly ?? []).contains("yes")) } }
    }
}
