import Foundation
import TandemCore
import Vapor

/// An event as its organiser types it: the day in the NHS.UK date boxes and the start
/// and end as UK clock times.
struct EventForm: Content, Sendable {
    var title: String?
    var summary: String?
    var details: String?
    var kind: String?
    var audience: String?
    var day: String?, month: String?, year: String?
    var starts: String?
    var ends: String?
    var venue: String?
    var stepFree: [String]?
    var hearingLoop: [String]?
    var parking: String?
    var joiningLink: String?
    var capacity: String?
    var reminderDays: String?
    var topics: String?
    var project: String?
    var organisation: String?
    /// The email addresses of the people who run it, one a line, the lead first.
    var runBy: String?

    enum CodingKeys: String, CodingKey {
        case title, summary, details, kind, audience, starts, ends, venue, parking, capacity, topics, project, organisation
        case runBy = "run-by"
        case day = "on-day", month = "on-month", year = "on-year"
        case stepFree = "step-free", hearingLoop = "hearing-loop", joiningLink = "joining-link"
        case reminderDays = "reminder-days"
    }

    init() { reminderDays = String(EventRules.defaultReminderDays) }

    /// The form filled in from an event, for changing it.
    init(_ event: Event) {
        title = event.title
        summary = event.summary
        details = event.details
        kind = event.kind.rawValue
        audience = event.audience.rawValue
        let start = UKTime.parts(of: event.startsAt)
        (day, month, year) = (String(start.day), String(start.month), String(start.year))
        starts = UKTime.clock(event.startsAt)
        ends = UKTime.clock(event.endsAt)
        venue = event.venue
        stepFree = event.stepFree ? ["yes"] : []
        hearingLoop = event.hearingLoop ? ["yes"] : []
        parking = event.parking
        joiningLink = event.joiningLink
        capacity = event.capacity.map(String.init)
        reminderDays = event.reminderDays.map(String.init)
        topics = TopicTags.text(event.topics)
        project = event.$project.id?.uuidString
        organisation = event.$organisation.id?.uuidString
    }

    var date: DateParts { DateParts(day: day ?? "", month: month ?? "", year: year ?? "") }

    struct Valid: Sendable {
        let title: String
        let summary: String
        let details: String
        let kind: EventKind
        let audience: EventAudience
        let startsAt: Date
        let endsAt: Date
        let venue: String?
        let stepFree: Bool
        let hearingLoop: Bool
        let parking: String?
        let joiningLink: String?
        let capacity: Int?
        let reminderDays: Int?
        let topics: [String]
        let projectID: UUID?
        let organisationID: UUID?
        /// Email addresses of the people who run it, the lead first (found in Tandem by the controller).
        let runBy: [String]

        func apply(to event: Event) {
            event.$project.id = projectID
            event.$organisation.id = organisationID
            event.title = title
            event.summary = summary
            event.details = details
            event.kind = kind
            event.audience = audience
            event.startsAt = startsAt
            event.endsAt = endsAt
            event.venue = venue
            event.stepFree = stepFree
            event.hearingLoop = hearingLoop
            event.parking = parking
            event.joiningLink = joiningLink
            event.capacity = capacity
            event.reminderDays = reminderDays
            event.topics = topics
        }
    }

    func validate(today: Date) -> Result<Valid, FormErrors> {
        var errors = FormErrors()
        let title = errors.check(
            FieldRules.requiredText(title, maximum: TextLimit.title, missing: "Enter the event's title", name: "The title"),
            "title")
        let summary = errors.check(
            FieldRules.requiredText(
                summary, maximum: 500, missing: "Say in a sentence what the event is for", name: "The summary"), "summary")
        let details = errors.check(FieldRules.optionalText(details, maximum: TextLimit.long, name: "The description"), "details")
        let kind = errors.check(FieldRules.choice(kind, as: EventKind.self, missing: "Choose what kind of event it is"), "kind")
        let audience = errors.check(
            FieldRules.choice(audience, as: EventAudience.self, missing: "Choose who the event is for"), "audience")
        let day = errors.check(FieldRules.date(date, name: "The date", earliest: CalendarDate.startOfDay(today)), "on")
        let (startsAt, endsAt) = day.map { errors.checkTimes(on: $0, starts: starts, ends: ends) } ?? (nil, nil)
        let venue = errors.check(FieldRules.optionalText(venue, maximum: TextLimit.title, name: "The venue"), "venue")
        let link = errors.check(
            FieldRules.optionalText(joiningLink, maximum: TextLimit.title, name: "The joining link"), "joining-link")
        if venue == .some(nil), link == .some(nil) {
            errors.add("venue", "Enter where it is held, or a joining link for an online event")
        }
        let parking = errors.check(FieldRules.optionalText(parking, maximum: TextLimit.title, name: "Parking"), "parking")
        let capacity = errors.check(
            FieldRules.optionalWholeNumber(
                capacity, in: 1...100_000, problem: "Enter the number of places as a whole number, or leave it empty for no limit"
            ),
            "capacity")
        let reminder = errors.check(
            FieldRules.optionalWholeNumber(
                reminderDays, in: 0...60,
                problem: "Enter how many days before to send the reminder, from 0 to 60, or leave it empty for none"),
            "reminder-days")
        let topics = errors.check(TopicTags.parse(topics), "topics")
        var runBy: [String] = []
        for line in FieldRules.lines(self.runBy) {
            switch EmailAddress.check(line) {
            case .success(let email): if !runBy.contains(email) { runBy.append(email) }
            case .failure: errors.add("run-by", "\u{201C}\(line)\u{201D} is not an email address. Put one address on each line.")
            }
        }
        return errors.result {
            guard let title, let summary, let details, let kind, let audience, let startsAt, let endsAt, let venue, let link,
                let parking, let capacity, let reminder, let topics
            else { return nil }
            return Valid(
                title: title, summary: summary, details: details ?? "", kind: kind, audience: audience, startsAt: startsAt,
                endsAt: endsAt, venue: venue, stepFree: (stepFree ?? []).contains("yes"),
                hearingLoop: (hearingLoop ?? []).contains("yes"), parking: parking, joiningLink: link, capacity: capacity,
                reminderDays: reminder, topics: topics, projectID: project.flatMap(UUID.init(uuidString:)),
                organisationID: organisation.flatMap(UUID.init(uuidString:)), runBy: runBy)
        }
    }
}
