import Foundation
import TandemCore
import Vapor

/// A new governance group.
struct GroupForm: Content, Sendable {
    var name: String?
    var kind: String?
    var purpose: String?
    var terms: String?
    var quorum: String?
    var schedule: String?

    init() {
        kind = GroupKind.checkAndChallenge.rawValue
        quorum = "4"
    }

    struct Valid: Sendable {
        let name: String
        let kind: GroupKind
        let purpose: String
        let terms: String
        let quorum: Int
        let schedule: String
    }

    func validate() -> Result<Valid, FormErrors> {
        var errors = FormErrors()
        let name = errors.check(
            FieldRules.requiredText(name, maximum: TextLimit.title, missing: "Enter the group's name", name: "The name"), "name")
        let kind = errors.check(FieldRules.choice(kind, as: GroupKind.self, missing: "Choose the kind of group"), "kind")
        let purpose = errors.check(
            FieldRules.requiredText(purpose, maximum: TextLimit.short, missing: "Say what the group is for", name: "The purpose"),
            "purpose")
        let terms = errors.check(
            FieldRules.requiredText(
                terms, maximum: TextLimit.long, missing: "Enter the terms of reference", name: "The terms of reference"), "terms")
        let quorum = NumberField.wholeNumber(quorum?.trimmed ?? "", in: 1...50)
        if quorum == nil { errors.add("quorum", "Enter how many members must be present for decisions, from 1 to 50") }
        let schedule = errors.check(
            FieldRules.requiredText(
                schedule, maximum: TextLimit.title, missing: "Say how often it meets, such as \u{201C}Every other month\u{201D}",
                name: "The meeting schedule"), "schedule")
        return errors.result {
            guard let name, let kind, let purpose, let terms, let quorum, let schedule else { return nil }
            return Valid(name: name, kind: kind, purpose: purpose, terms: terms, quorum: quorum, schedule: schedule)
        }
    }
}

/// An item brought to the group for the challenge register.
struct ChallengeForm: Content, Sendable {
    var item: String?
    var broughtBy: String?
    var challenge: String?
    var asked: String?
    var dueDay: String?, dueMonth: String?, dueYear: String?

    enum CodingKeys: String, CodingKey {
        case item, challenge, asked
        case broughtBy = "brought-by"
        case dueDay = "due-day", dueMonth = "due-month", dueYear = "due-year"
    }

    init() {}

    func validate() -> Result<(item: String, by: String, challenge: String, asked: String, due: Date?), FormErrors> {
        var errors = FormErrors()
        let item = errors.check(
            FieldRules.requiredText(
                item, maximum: TextLimit.title, missing: "Say what was brought to the group", name: "The item"),
            "item")
        let by = errors.check(
            FieldRules.requiredText(broughtBy, maximum: TextLimit.title, missing: "Say who brought it", name: "Who brought it"),
            "brought-by")
        let challenge = errors.check(
            FieldRules.requiredText(
                challenge, maximum: TextLimit.short, missing: "Write the challenge the group raised", name: "The challenge"),
            "challenge")
        let asked = errors.check(
            FieldRules.requiredText(
                asked, maximum: TextLimit.short, missing: "Say what response the group asks for", name: "The response asked"),
            "asked")
        let due = errors.check(
            FieldRules.optionalDate(DateParts(day: dueDay ?? "", month: dueMonth ?? "", year: dueYear ?? ""), name: "The date"),
            "due")
        return errors.result {
            guard let item, let by, let challenge, let asked, let due else { return nil }
            return (item, by, challenge, asked, due)
        }
    }
}

/// A decision, an action or a declaration at a meeting: one text, and for an action its owner and date.
struct MeetingEntryForm: Content, Sendable {
    var text: String?
    var owner: String?
    var dueDay: String?, dueMonth: String?, dueYear: String?

    enum CodingKeys: String, CodingKey {
        case text, owner
        case dueDay = "due-day", dueMonth = "due-month", dueYear = "due-year"
    }

    init() {}

    func validateText(missing: String) -> Result<String, FormErrors> {
        var errors = FormErrors()
        let text = errors.check(FieldRules.requiredText(text, maximum: TextLimit.short, missing: missing, name: "It"), "text")
        return errors.result { text }
    }

    func validateAction() -> Result<(text: String, owner: String, due: Date?), FormErrors> {
        var errors = FormErrors()
        let text = errors.check(
            FieldRules.requiredText(text, maximum: TextLimit.short, missing: "Say what is to be done", name: "The action"),
            "text")
        let owner = errors.check(
            FieldRules.requiredText(owner, maximum: TextLimit.title, missing: "Say who will do it", name: "The owner"), "owner")
        let due = errors.check(
            FieldRules.optionalDate(DateParts(day: dueDay ?? "", month: dueMonth ?? "", year: dueYear ?? ""), name: "The date"),
            "due")
        return errors.result {
            guard let text, let owner, let due else { return nil }
            return (text, owner, due)
        }
    }
}

/// A phase of the programme plan.
struct PhaseForm: Content, Sendable {
    var name: String?
    var aims: String?
    var checkpoints: String?
    var startDay: String?, startMonth: String?, startYear: String?
    var endDay: String?, endMonth: String?, endYear: String?

    enum CodingKeys: String, CodingKey {
        case name, aims, checkpoints
        case startDay = "starts-day", startMonth = "starts-month", startYear = "starts-year"
        case endDay = "ends-day", endMonth = "ends-month", endYear = "ends-year"
    }

    init() {}

    func validate() -> Result<(name: String, aims: String, checkpoints: [String], starts: Date, ends: Date), FormErrors> {
        var errors = FormErrors()
        let name = errors.check(
            FieldRules.requiredText(name, maximum: TextLimit.title, missing: "Name the phase", name: "The name"), "name")
        let aims = errors.check(
            FieldRules.requiredText(aims, maximum: TextLimit.short, missing: "Say what the phase aims to do", name: "The aims"),
            "aims")
        let starts = errors.check(
            FieldRules.date(DateParts(day: startDay ?? "", month: startMonth ?? "", year: startYear ?? ""), name: "The start"),
            "starts")
        let ends = errors.check(
            FieldRules.date(DateParts(day: endDay ?? "", month: endMonth ?? "", year: endYear ?? ""), name: "The end"), "ends")
        if let starts, let ends, ends < starts { errors.add("ends", "The phase must end after it starts") }
        return errors.result {
            guard let name, let aims, let starts, let ends else { return nil }
            return (name, aims, FieldRules.lines(checkpoints), starts, ends)
        }
    }
}

/// Publishing a meeting's approved minutes (with the chair's check), or withdrawing them.
struct PublicationForm: Content, Sendable {
    var publish: String?
    /// A checkbox: arrives as `checked[]`.
    var checked: [String]?

    var publishing: Bool { publish != "no" }
    var hasChecked: Bool { (checked ?? []).contains("yes") }
}
