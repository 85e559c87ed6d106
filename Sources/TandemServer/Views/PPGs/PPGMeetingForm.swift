import Foundation
import TandemCore
import Vapor

/// A meeting on the PPG's record: when, who came, the notes.
struct PPGMeetingForm: Content, Sendable {
    var kind: String?
    var heldDay: String?, heldMonth: String?, heldYear: String?
    var present: [String]?
    var staff: String?
    /// A checkbox: arrives as `pcn[]`.
    var pcn: [String]?
    var notes: String?

    enum CodingKeys: String, CodingKey {
        case kind, present, staff, pcn, notes
        case heldDay = "held-day", heldMonth = "held-month", heldYear = "held-year"
    }

    init() {
        kind = PPGMeetingKind.ppgMeeting.rawValue
        staff = "1"
    }

    struct Valid: Sendable {
        let kind: PPGMeetingKind
        let heldOn: Date
        let present: [UUID]
        let staff: Int
        let pcnRepresentative: Bool
        let notes: String
    }

    /// `members`: the current members' ids, the only ones that may be marked present.
    func validate(members: Set<UUID>, today: Date = Date()) -> Result<Valid, FormErrors> {
        var errors = FormErrors()
        let kind = errors.check(
            FieldRules.choice(kind, as: PPGMeetingKind.self, missing: "Choose what kind of meeting it was"), "kind")
        let held = errors.check(
            FieldRules.date(
                DateParts(day: heldDay ?? "", month: heldMonth ?? "", year: heldYear ?? ""), name: "The date of the meeting",
                latest: today), "held")
        let present = (self.present ?? []).compactMap { UUID(uuidString: $0) }.filter(members.contains)
        let staff = errors.check(
            FieldRules.optionalWholeNumber(
                staff, in: 0...50, problem: "Enter how many practice staff came, as a number from 0 to 50"),
            "staff")
        let notes = errors.check(FieldRules.optionalText(notes, maximum: TextLimit.long, name: "The notes"), "notes")
        return errors.result {
            guard let kind, let held, let staff, let notes else { return nil }
            return Valid(
                kind: kind, heldOn: held, present: present, staff: staff ?? 0, pcnRepresentative: (pcn ?? []).contains("yes"),
                notes: notes ?? ""
            )
        }
    }
}

/// Where an action stands, and the practice's answer.
struct PPGActionUpdateForm: Content, Sendable {
    var status: String?
    var response: String?

    func validate() -> Result<(PPGActionStatus, String?), FormErrors> {
        var errors = FormErrors()
        let status = errors.check(
            FieldRules.choice(status, as: PPGActionStatus.self, missing: "Choose where the action stands"), "status")
        let response = errors.check(FieldRules.optionalText(response, maximum: TextLimit.short, name: "The response"), "response")
        return errors.result { status.flatMap { status in response.map { (status, $0) } } }
    }
}

/// A dated judgement of one health-check criterion.
struct PPGJudgementForm: Content, Sendable {
    var criterion: String?
    var outcome: String?
    var reason: String?

    func validate() -> Result<(HealthCriterion, CriterionOutcome, String), FormErrors> {
        var errors = FormErrors()
        let criterion = errors.check(
            FieldRules.choice(criterion, as: HealthCriterion.self, missing: "Choose the criterion you are judging"), "criterion")
        let outcome = errors.check(
            FieldRules.choice(outcome, as: CriterionOutcome.self, missing: "Choose met, partly met or not met"), "outcome")
        let reason = errors.check(
            FieldRules.requiredText(reason, maximum: 1_000, missing: "Give the reason for your judgement", name: "The reason"),
            "reason")
        return errors.result {
            guard let criterion, let outcome, let reason else { return nil }
            return (criterion, outcome, reason)
        }
    }
}
