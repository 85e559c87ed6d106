import Foundation
import TandemCore
import Vapor

/// A PPG's details: adding one for a practice, or changing them.
struct PPGForm: Content, Sendable {
    /// Only while adding: the practice it belongs to.
    var practice: String?
    var name: String?
    var format: String?
    var frequency: String?
    var lead: String?
    var howToJoin: String?
    var startedDay: String?, startedMonth: String?, startedYear: String?

    enum CodingKeys: String, CodingKey {
        case practice, name, format, frequency, lead
        case howToJoin = "how-to-join"
        case startedDay = "started-day", startedMonth = "started-month", startedYear = "started-year"
    }

    init() {
        format = PPGMeetingFormat.inPerson.rawValue
    }

    init(_ ppg: PPG, leadEmail: String?) {
        name = ppg.name
        format = ppg.meetingFormat.rawValue
        frequency = ppg.meetingFrequency
        lead = leadEmail
        howToJoin = ppg.howToJoin
        (startedDay, startedMonth, startedYear) = (
            DateParts(ppg.startedOn).day, DateParts(ppg.startedOn).month, DateParts(ppg.startedOn).year
        )
    }

    struct Valid: Sendable {
        let practiceID: UUID?
        let name: String
        let format: PPGMeetingFormat
        let frequency: String
        let leadEmail: String?
        let howToJoin: String
        let startedOn: Date?

        func apply(to ppg: PPG, leadID: UUID?) {
            ppg.name = name
            ppg.meetingFormat = format
            ppg.meetingFrequency = frequency
            ppg.howToJoin = howToJoin
            ppg.startedOn = startedOn
            ppg.$lead.id = leadID
        }
    }

    func validate(adding: Bool) -> Result<Valid, FormErrors> {
        var errors = FormErrors()
        let practiceID = practice.flatMap { UUID(uuidString: $0) }
        if adding && practiceID == nil { errors.add("practice", "Choose the practice the PPG belongs to") }
        let name = errors.check(
            FieldRules.requiredText(name, maximum: TextLimit.title, missing: "Enter the PPG's name", name: "The name"), "name")
        let format = errors.check(
            FieldRules.choice(format, as: PPGMeetingFormat.self, missing: "Choose how the PPG meets"), "format")
        let frequency = errors.check(
            FieldRules.requiredText(
                frequency, maximum: 200, missing: "Say how often it meets, for example: every two months",
                name: "How often it meets"),
            "frequency")
        let lead = errors.check(FieldRules.optional(lead, EmailAddress.self), "lead")
        let howToJoin = errors.check(
            FieldRules.requiredText(
                howToJoin, maximum: TextLimit.short, missing: "Say how a patient can join; the public directory shows it",
                name: "How to join"), "how-to-join")
        let started = errors.check(
            FieldRules.optionalDate(
                DateParts(day: startedDay ?? "", month: startedMonth ?? "", year: startedYear ?? ""), name: "The date it started",
                latest: Date()), "started")
        return errors.result {
            guard let name, let format, let frequency, let lead, let howToJoin, let started else { return nil }
            return Valid(
                practiceID: practiceID, name: name, format: format, frequency: frequency, leadEmail: lead?.lowercased(),
                howToJoin: howToJoin, startedOn: started)
        }
    }
}

/// A new status for a PPG, with why.
struct PPGStatusForm: Content, Sendable {
    var status: String?
    var reason: String?

    func validate() -> Result<(PPGStatus, String), FormErrors> {
        var errors = FormErrors()
        let status = errors.check(FieldRules.choice(status, as: PPGStatus.self, missing: "Choose the PPG's status"), "status")
        let reason = errors.check(
            FieldRules.requiredText(reason, maximum: 600, missing: "Say why the status changes", name: "The reason"), "reason")
        return errors.result { status.flatMap { status in reason.map { (status, $0) } } }
    }
}

/// Adding a member by their email address.
struct PPGMemberForm: Content, Sendable {
    var email: String?
    var kind: String?
    var office: String?
    var joinedDay: String?, joinedMonth: String?, joinedYear: String?

    enum CodingKeys: String, CodingKey {
        case email, kind, office
        case joinedDay = "joined-day", joinedMonth = "joined-month", joinedYear = "joined-year"
    }

    init() {
        kind = PPGMembershipKind.core.rawValue
    }

    struct Valid: Sendable {
        let email: String
        let kind: PPGMembershipKind
        let office: PPGOffice?
        let joinedOn: Date
    }

    func validate(today: Date = Date()) -> Result<Valid, FormErrors> {
        var errors = FormErrors()
        let email = errors.check(
            FieldRules.required(email, EmailAddress.self, missing: "Enter the member's email address"), "email")
        let kind = errors.check(
            FieldRules.choice(kind, as: PPGMembershipKind.self, missing: "Choose core or wider group"), "kind")
        var office: PPGOffice?? = .some(nil)
        if let raw = self.office, !raw.isEmpty {
            office = errors.check(FieldRules.choice(raw, as: PPGOffice.self, missing: "Choose an office, or none"), "office")
        }
        let parts = DateParts(day: joinedDay ?? "", month: joinedMonth ?? "", year: joinedYear ?? "")
        let joined = errors.check(FieldRules.optionalDate(parts, name: "The date they joined", latest: today), "joined")
        return errors.result {
            guard let email, let kind, let office, let joined else { return nil }
            return Valid(
                email: email.lowercased(), kind: kind, office: office, joinedOn: joined ?? CalendarDate.startOfDay(today))
        }
    }
}

/// A change at the practice that the PPG records ("You said, we did").
struct PPGImprovementForm: Content, Sendable {
    var youSaid: String?
    var weDid: String?
    var madeDay: String?, madeMonth: String?, madeYear: String?

    enum CodingKeys: String, CodingKey {
        case youSaid = "you-said", weDid = "we-did"
        case madeDay = "made-day", madeMonth = "made-month", madeYear = "made-year"
    }

    func validate(today: Date = Date()) -> Result<(String, String, Date), FormErrors> {
        var errors = FormErrors()
        let said = errors.check(
            FieldRules.requiredText(
                youSaid, maximum: TextLimit.short, missing: "Say what patients or the PPG said", name: "You said"),
            "you-said")
        let did = errors.check(
            FieldRules.requiredText(weDid, maximum: TextLimit.short, missing: "Say what the practice changed", name: "We did"),
            "we-did")
        let made = errors.check(
            FieldRules.date(
                DateParts(day: madeDay ?? "", month: madeMonth ?? "", year: madeYear ?? ""), name: "The date it was made",
                latest: today), "made")
        return errors.result {
            guard let said, let did, let made else { return nil }
            return (said, did, made)
        }
    }
}
