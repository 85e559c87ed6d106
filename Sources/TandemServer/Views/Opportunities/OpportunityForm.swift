import Foundation
import TandemCore
import Vapor

/// An involvement opportunity as a coordinator posts it.
struct OpportunityForm: Content, Sendable {
    var title: String?
    var summary: String?
    var category: String?
    var rung: String?
    var kind: String?
    var organisation: String?
    var commitment: String?
    var hours: String?
    var regular: [String]?
    var startDay: String?, startMonth: String?, startYear: String?
    var endDay: String?, endMonth: String?, endYear: String?
    var setting: String?
    var accessInformation: String?
    var accessOffered: [String]?
    var paid: String?
    var level: String?
    var experience: String?
    var skills: String?
    var reach: [String]?
    var places: String?
    var closeDay: String?, closeMonth: String?, closeYear: String?
    var contactName: String?
    var contactEmail: String?
    var publish: String?

    enum CodingKeys: String, CodingKey {
        case title, summary, category, rung, kind, organisation, commitment, hours, regular, setting, paid, level
        case experience, skills, reach, places, publish
        case startDay = "starts-day", startMonth = "starts-month", startYear = "starts-year"
        case endDay = "ends-day", endMonth = "ends-month", endYear = "ends-year"
        case accessInformation = "access-information"
        case accessOffered = "access-offered"
        case closeDay = "closes-day", closeMonth = "closes-month", closeYear = "closes-year"
        case contactName = "contact-name"
        case contactEmail = "contact-email"
    }

    init() {
        category = InvolvementCategory.invitedOneOff.rawValue
        rung = LadderRung.coDesign.rawValue
        setting = OpportunitySetting.inPerson.rawValue
        paid = "yes"
        level = ActivityLevel.standard.rawValue
        places = "1"
        publish = OpportunityStatus.open.rawValue
    }

    struct Valid: Sendable {
        let title: String
        let summary: String
        let category: InvolvementCategory
        let rung: LadderRung
        let kind: OpportunityKind
        let organisationID: UUID?
        let commitment: String
        let hours: Double
        let regular: Bool
        let starts: Date?
        let ends: Date?
        let setting: OpportunitySetting
        let accessInformation: String?
        let accessOffered: [String]
        let paid: Bool
        let level: ActivityLevel
        let experience: [String]
        let skills: [String]
        let reach: [String]
        let places: Int
        let closes: Date
        let contactName: String
        let contactEmail: String
        let status: OpportunityStatus
    }

    func validate(organisations: Set<UUID>, today: Date) -> Result<Valid, FormErrors> {
        var errors = FormErrors()
        let title = errors.check(
            FieldRules.requiredText(title, maximum: TextLimit.title, missing: "Enter a title", name: "The title"), "title")
        let summary = errors.check(
            FieldRules.requiredText(
                summary, maximum: TextLimit.short, missing: "Say what the opportunity involves", name: "What it involves"),
            "summary")
        let category = errors.check(
            FieldRules.choice(category, as: InvolvementCategory.self, missing: "Choose the kind of role"), "category")
        let rung = errors.check(
            FieldRules.choice(rung, as: LadderRung.self, missing: "Choose where it sits on the ladder of co-production"), "rung")
        let kind = errors.check(
            FieldRules.choice(kind, as: OpportunityKind.self, missing: "Choose what kind of involvement"), "kind")
        var organisationID: UUID?
        if let raw = organisation?.trimmed, !raw.isEmpty {
            organisationID = UUID(uuidString: raw).flatMap { organisations.contains($0) ? $0 : nil }
            if organisationID == nil { errors.add("organisation", "Choose an organisation from the list") }
        }
        let commitment = errors.check(
            FieldRules.requiredText(
                commitment, maximum: TextLimit.title,
                missing: "Say how much time it takes, such as \u{201C}2 hours a month\u{201D}",
                name: "The time it takes"), "commitment")
        let hours = errors.check(TimeRecordRules.hours(hours ?? "", name: "Hours each time", required: true), "hours")
        let starts = errors.check(
            FieldRules.optionalDate(
                DateParts(day: startDay ?? "", month: startMonth ?? "", year: startYear ?? ""), name: "The first date"), "starts")
        let ends = errors.check(
            FieldRules.optionalDate(
                DateParts(day: endDay ?? "", month: endMonth ?? "", year: endYear ?? ""), name: "The last date"), "ends")
        if let starts = starts ?? nil, let ends = ends ?? nil, ends < starts {
            errors.add("ends", "The last date must be on or after the first")
        }
        let setting = errors.check(
            FieldRules.choice(setting, as: OpportunitySetting.self, missing: "Choose in person, online or either"), "setting")
        let accessInformation = errors.check(
            FieldRules.optionalText(accessInformation, maximum: TextLimit.short, name: "Access information"),
            "access-information")
        if setting != nil, setting != .online, (accessInformation ?? nil) == nil {
            errors.add("access-information", "Say how people get there and what access there is: step-free, parking, toilets")
        }
        let offered = (accessOffered ?? []).filter { AccessNeed(rawValue: $0) != nil }
        let paid = paid == "yes" ? true : paid == "no" ? false : nil
        if paid == nil { errors.add("paid", "Say whether the opportunity is paid") }
        let level = errors.check(
            FieldRules.choice(level, as: ActivityLevel.self, missing: "Choose the rate it is paid at"), "level")
        let reach = (self.reach ?? []).filter { ReachGroup(rawValue: $0) != nil }
        let places = NumberField.wholeNumber(places?.trimmed ?? "", in: 1...500)
        if places == nil { errors.add("places", "Enter how many people it needs, from 1 to 500") }
        let closes = errors.check(
            FieldRules.date(
                DateParts(day: closeDay ?? "", month: closeMonth ?? "", year: closeYear ?? ""), name: "The closing date",
                earliest: Calendar.utc.startOfDay(for: today)), "closes")
        let contactName = errors.check(
            FieldRules.requiredText(contactName, maximum: TextLimit.title, missing: "Enter who to contact", name: "The contact"),
            "contact-name")
        let contactEmail = errors.check(
            FieldRules.required(contactEmail, EmailAddress.self, missing: "Enter the contact's email address"), "contact-email")
        let status = publish == OpportunityStatus.draft.rawValue ? OpportunityStatus.draft : .open
        return errors.result {
            guard let title, let summary, let category, let rung, let kind, let commitment, let hours, let starts, let ends,
                let setting, let accessInformation, let paid, let level, let places, let closes, let contactName,
                let contactEmail
            else { return nil }
            return Valid(
                title: title, summary: summary, category: category, rung: rung, kind: kind, organisationID: organisationID,
                commitment: commitment, hours: hours, regular: (regular ?? []).contains("yes"), starts: starts, ends: ends,
                setting: setting, accessInformation: accessInformation, accessOffered: offered, paid: paid, level: level,
                experience: (experience ?? "").commaSeparatedList, skills: (skills ?? "").commaSeparatedList, reach: reach,
                places: places, closes: closes, contactName: contactName, contactEmail: contactEmail, status: status)
        }
    }
}

/// Interest in an opportunity: a short note and how free the person is.
struct InterestForm: Content, Sendable {
    var note: String?
    var availability: String?
    /// On the public page only.
    var name: String?
    var email: String?
    var consent: [String]?

    init() {}

    func validate(
        isPublic: Bool
    ) -> Result<(note: String, availability: OpportunityRanking.Availability, name: String?, email: String?), FormErrors> {
        var errors = FormErrors()
        let note = errors.check(
            FieldRules.requiredText(
                note, maximum: TextLimit.short, missing: "Tell the coordinator a little about why you are interested",
                name: "Your note"), "note")
        let availability = errors.check(
            FieldRules.choice(
                availability, as: OpportunityRanking.Availability.self, missing: "Say whether you are free on the dates"),
            "availability")
        var name: String?? = .some(nil), email: String? = nil
        if isPublic {
            name = errors.check(
                FieldRules.requiredText(self.name, maximum: TextLimit.title, missing: "Enter your name", name: "Your name"),
                "name"
            ).map { Optional($0) }
            email = errors.check(FieldRules.required(self.email, EmailAddress.self, missing: "Enter your email address"), "email")
            if !(consent ?? []).contains("yes") {
                errors.add("consent", "Tick the box to agree that we keep your details and contact you about this opportunity")
            }
        }
        return errors.result {
            guard let note, let availability, let name else { return nil }
            if isPublic && email == nil { return nil }
            return (note, availability, name, email)
        }
    }
}

/// The people a coordinator selects, as ticked boxes (`selected[]`, each an interest's id).
struct SelectionForm: Content, Sendable {
    var selected: [String]?

    var interestIDs: Set<UUID> { Set((selected ?? []).compactMap(UUID.init(uuidString:))) }
}
