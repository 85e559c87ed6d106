import Foundation
import TandemCore
import Vapor

/// The proposal page's three forms: its outcomes, a new milestone, and the agreement.

/// The outcomes the project aims for, one on each line.
struct OutcomesForm: Content, Sendable {
    var outcomes: String?

    func validate() -> Result<[String], FormErrors> {
        var errors = FormErrors()
        let wanted = FieldRules.lines(outcomes)
        if wanted.contains(where: { $0.count > 500 }) || wanted.count > 50 {
            errors.add("outcomes", "Give up to 50 outcomes, each 500 characters or fewer")
        }
        return errors.result { wanted }
    }
}

/// A milestone: what it is and when it is due.
struct MilestoneForm: Content, Sendable {
    var title: String?
    var dueDay: String?, dueMonth: String?, dueYear: String?

    enum CodingKeys: String, CodingKey {
        case title = "milestone-title"
        case dueDay = "due-day", dueMonth = "due-month", dueYear = "due-year"
    }

    var due: DateParts { DateParts(day: dueDay ?? "", month: dueMonth ?? "", year: dueYear ?? "") }

    struct Valid: Sendable {
        let title: String
        let dueOn: Date
    }

    func validate() -> Result<Valid, FormErrors> {
        var errors = FormErrors()
        let title = errors.check(
            FieldRules.requiredText(
                title, maximum: TextLimit.title, missing: "Enter what the milestone is", name: "The milestone"),
            "milestone-title")
        let due = errors.check(FieldRules.date(due, name: "Due date"), "due")
        return errors.result {
            guard let title, let due else { return nil }
            return Valid(title: title, dueOn: due)
        }
    }
}

/// The partner organisation's agreement to the proposal, with who agreed.
struct AgreementForm: Content, Sendable {
    var signatory: String?

    /// An agreement needs the proposal not agreed yet, with at least one outcome and one milestone.
    func validate(isAgreed: Bool, hasOutcomes: Bool, hasMilestones: Bool) -> Result<String, FormErrors> {
        var errors = FormErrors()
        if isAgreed { errors.add("signatory", "This proposal has already been agreed") }
        let signatory = errors.check(
            FieldRules.requiredText(
                signatory, maximum: TextLimit.title,
                missing: "Enter the name and role of the person who agreed for the partner organisation", name: "Name and role"),
            "signatory")
        if !hasOutcomes { errors.add("outcomes", "Add at least one outcome before the proposal is agreed") }
        if !hasMilestones { errors.add("milestone-title", "Add at least one milestone before the proposal is agreed") }
        return errors.result { signatory }
    }
}
