import Foundation
import TandemCore
import Vapor

/// An organisation's membership, as an admin types it: tier, start and renewal dates, notes.
struct MembershipForm: Content, Sendable {
    var tier: String?
    var startsDay: String?
    var startsMonth: String?
    var startsYear: String?
    var renewsDay: String?
    var renewsMonth: String?
    var renewsYear: String?
    var notes: String?

    enum CodingKeys: String, CodingKey {
        case tier, notes
        case startsDay = "starts-day", startsMonth = "starts-month", startsYear = "starts-year"
        case renewsDay = "renews-day", renewsMonth = "renews-month", renewsYear = "renews-year"
    }

    var starts: DateParts { DateParts(day: startsDay ?? "", month: startsMonth ?? "", year: startsYear ?? "") }
    var renews: DateParts { DateParts(day: renewsDay ?? "", month: renewsMonth ?? "", year: renewsYear ?? "") }

    struct Valid: Sendable {
        let tier: MembershipTier
        let startsOn: Date
        let renewsOn: Date
        let notes: String?
    }

    init() {}

    init(_ membership: Membership) {
        tier = membership.tier.rawValue
        (startsDay, startsMonth, startsYear) = CalendarDate.parts(of: membership.startsOn)
        (renewsDay, renewsMonth, renewsYear) = CalendarDate.parts(of: membership.renewsOn)
        notes = membership.notes
    }

    func validate() -> Result<Valid, FormErrors> {
        var errors = FormErrors()
        let tier = errors.check(FieldRules.choice(tier, as: MembershipTier.self, missing: "Select a membership tier"), "tier")
        let starts = errors.check(FieldRules.date(starts, name: "Start date"), "starts")
        let renews = errors.check(FieldRules.date(renews, name: "Renewal date"), "renews")
        if let starts, let renews, renews <= starts { errors.add("renews", "Renewal date must be after the start date") }
        let notes = errors.check(FieldRules.optionalText(notes, maximum: TextLimit.short, name: "Notes"), "notes")
        return errors.result {
            guard let tier, let starts, let renews, let notes else { return nil }
            return Valid(tier: tier, startsOn: starts, renewsOn: renews, notes: notes)
        }
    }
}
