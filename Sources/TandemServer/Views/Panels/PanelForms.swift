import Foundation
import TandemCore
import Vapor

/// A panel: its name, the organisation it serves, terms of reference and meeting size.
struct PanelForm: Content, Sendable {
    var name: String?
    var organisation: String?
    var terms: String?
    var projects: String?
    /// A checkbox: arrives as `public[]`.
    var open: [String]?

    enum CodingKeys: String, CodingKey {
        case name, organisation, terms, projects
        case open = "public"
    }

    init() { projects = "3" }

    struct Valid: Sendable {
        let name: String
        let organisationID: UUID
        let terms: String
        let projects: Int
        let publicSubmissions: Bool
    }

    func validate(organisations: Set<UUID>) -> Result<Valid, FormErrors> {
        var errors = FormErrors()
        let name = errors.check(
            FieldRules.requiredText(name, maximum: TextLimit.title, missing: "Enter the panel's name", name: "The name"), "name")
        let organisationID = organisation.flatMap(UUID.init(uuidString:)).flatMap { organisations.contains($0) ? $0 : nil }
        if organisationID == nil { errors.add("organisation", "Choose the organisation the panel serves") }
        let terms = errors.check(
            FieldRules.requiredText(
                terms, maximum: TextLimit.long, missing: "Enter the panel's terms of reference", name: "The terms of reference"),
            "terms")
        let projects = NumberField.wholeNumber(projects?.trimmed ?? "", in: 1...10)
        if projects == nil { errors.add("projects", "Enter how many projects a meeting takes, from 1 to 10") }
        return errors.result {
            guard let name, let organisationID, let terms, let projects else { return nil }
            return Valid(
                name: name, organisationID: organisationID, terms: terms, projects: projects,
                publicSubmissions: (open ?? []).contains("yes"))
        }
    }
}

/// A member added by email with their role and term: to a panel (`PanelMemberForm`) or a
/// governance group (`GroupMemberForm`).
struct MemberTermForm<Role: RawRepresentable & Sendable>: Content, Sendable where Role.RawValue == String {
    var email: String?
    var role: String?
    var startDay: String?, startMonth: String?, startYear: String?
    var endDay: String?, endMonth: String?, endYear: String?

    enum CodingKeys: String, CodingKey {
        case email, role
        case startDay = "start-day", startMonth = "start-month", startYear = "start-year"
        case endDay = "end-day", endMonth = "end-month", endYear = "end-year"
    }

    init(role: Role) { self.role = role.rawValue }

    func validate(missingRole: String) -> Result<(email: String, role: Role, starts: Date, ends: Date?), FormErrors> {
        var errors = FormErrors()
        let email = errors.check(
            FieldRules.required(email, EmailAddress.self, missing: "Enter the member's email address"), "email")
        let role = errors.check(FieldRules.choice(role, as: Role.self, missing: missingRole), "role")
        let starts = errors.check(
            FieldRules.date(
                DateParts(day: startDay ?? "", month: startMonth ?? "", year: startYear ?? ""), name: "The start of the term"),
            "start")
        let ends = errors.check(
            FieldRules.optionalDate(
                DateParts(day: endDay ?? "", month: endMonth ?? "", year: endYear ?? ""), name: "The end of the term"), "end")
        if let starts, let ends = ends ?? nil, ends < starts { errors.add("end", "The term must end after it starts") }
        return errors.result {
            guard let email, let role, let starts, let ends else { return nil }
            return (email, role, starts, ends)
        }
    }
}

typealias PanelMemberForm = MemberTermForm<PanelRole>
typealias GroupMemberForm = MemberTermForm<GroupRole>

/// A panel meeting: the day and UK clock times, held at a place or online.
struct PanelMeetingForm: Content, Sendable {
    var day: String?, month: String?, year: String?
    var starts: String?
    var ends: String?
    var venue: String?

    enum CodingKeys: String, CodingKey {
        case starts, ends, venue
        case day = "on-day", month = "on-month", year = "on-year"
    }

    func validate(today: Date) -> Result<(start: Date, end: Date, venue: String), FormErrors> {
        var errors = FormErrors()
        let day = errors.check(
            FieldRules.date(
                DateParts(day: day ?? "", month: month ?? "", year: year ?? ""), name: "The date",
                earliest: CalendarDate.startOfDay(today)), "on")
        let (start, end) = day.map { errors.checkTimes(on: $0, starts: starts, ends: ends) } ?? (nil, nil)
        let venue = errors.check(
            FieldRules.requiredText(
                venue, maximum: TextLimit.title, missing: "Say where it is held, or \"Online\"", name: "Where"),
            "venue")
        return errors.result {
            guard let start, let end, let venue else { return nil }
            return (start, end, venue)
        }
    }
}

/// A project brought to the panel: what it is, where it is, up to three questions, who is involved.
struct SubmissionForm: Content, Sendable {
    var project: String?
    var title: String?
    var summary: String?
    var stage: String?
    var question1: String?, question2: String?, question3: String?
    var involved: String?
    var dates: String?
    /// The public form only: who to reply to.
    var contactName: String?
    var contactEmail: String?

    enum CodingKeys: String, CodingKey {
        case project, title, summary, stage, involved, dates
        case question1 = "question-1", question2 = "question-2", question3 = "question-3"
        case contactName = "contact-name", contactEmail = "contact-email"
    }

    struct Valid: Sendable {
        let projectID: UUID?
        let title: String
        let summary: String
        let stage: ProjectReviewStage
        let questions: [String]
        let involved: String
        let dates: String
        let contact: (name: String, email: String)?
    }

    /// `projects`: the Tandem projects the lead may bring, by id, with their titles.
    func validate(projects: [UUID: String], needsContact: Bool) -> Result<Valid, FormErrors> {
        var errors = FormErrors()
        let projectID = project.flatMap(UUID.init(uuidString:)).flatMap { projects[$0] == nil ? nil : $0 }
        if let raw = project, !raw.isEmpty, projectID == nil { errors.add("project", "Choose one of your projects") }
        let typedTitle = errors.check(FieldRules.optionalText(title, maximum: TextLimit.title, name: "The title"), "title")
        let title = projectID.flatMap { projects[$0] } ?? (typedTitle ?? nil)
        if title == nil && errors["title"] == nil { errors.add("title", "Choose your project, or give it a title") }
        let summary = errors.check(
            FieldRules.requiredText(
                summary, maximum: TextLimit.short, missing: "Describe the project in a few sentences", name: "The description"),
            "summary")
        let stage = errors.check(
            FieldRules.choice(stage, as: ProjectReviewStage.self, missing: "Choose the stage the project is at"), "stage")
        var questions: [String]?
        switch ReviewRules.questions([question1 ?? "", question2 ?? "", question3 ?? ""]) {
        case .success(let value): questions = value
        case .failure(let problem): errors.add("question-1", problem.message)
        }
        if let questions, questions.contains(where: { $0.count > 1_000 }) {
            errors.add("question-1", "Keep each question under 1,000 characters")
        }
        let involved = errors.check(
            FieldRules.requiredText(
                involved, maximum: TextLimit.short,
                missing: "Say who is already involved, for example: two patient partners on the project team",
                name: "Who is involved"), "involved")
        let dates = errors.check(FieldRules.optionalText(dates, maximum: 500, name: "Preferred dates"), "dates")
        var contact: (String, String)? = nil
        if needsContact {
            let name = errors.check(
                FieldRules.requiredText(contactName, maximum: TextLimit.title, missing: "Enter your name", name: "Your name"),
                "contact-name")
            let email = errors.check(
                FieldRules.required(contactEmail, EmailAddress.self, missing: "Enter your email address"), "contact-email")
            if let name, let email { contact = (name, email) }
        }
        return errors.result {
            guard let title, let summary, let stage, let questions, let involved, let dates else { return nil }
            return Valid(
                projectID: projectID, title: title, summary: summary, stage: stage, questions: questions, involved: involved,
                dates: dates ?? "", contact: contact)
        }
    }
}

/// The chair's triage.
struct TriageForm: Content, Sendable {
    var decision: String?
    var meeting: String?
    var reason: String?
}

/// A member's notes: first thoughts (one box) or structured feedback (a box per framework heading).
struct ReviewNotesForm: Content, Sendable {
    var thoughts: String?
    var mattersToPatients: String?
    var whoIsMissing: String?
    var involvementAndPower: String?
    var communication: String?
    var risks: String?
    var nextSteps: String?

    enum CodingKeys: String, CodingKey {
        case thoughts, communication, risks
        case mattersToPatients = "matters_to_patients", whoIsMissing = "who_is_missing"
        case involvementAndPower = "involvement_and_power", nextSteps = "next_steps"
    }

    init() {}

    func text(_ area: FeedbackArea) -> String? {
        switch area {
        case .mattersToPatients: mattersToPatients
        case .whoIsMissing: whoIsMissing
        case .involvementAndPower: involvementAndPower
        case .communication: communication
        case .risks: risks
        case .nextSteps: nextSteps
        }
    }

    /// The headings written under (blank ones left out); at least one is needed.
    func validateFeedback(missing: String) -> Result<[(FeedbackArea, String)], FormErrors> {
        var errors = FormErrors()
        var written: [(FeedbackArea, String)] = []
        for area in FeedbackArea.allCases {
            if let text = errors.check(
                FieldRules.optionalText(text(area), maximum: TextLimit.short, name: area.label), area.rawValue)
                ?? nil
            {
                written.append((area, text))
            }
        }
        if errors.isEmpty && written.isEmpty { errors.add(FeedbackArea.mattersToPatients.rawValue, missing) }
        return errors.result { written }
    }

    func validateThoughts() -> Result<String, FormErrors> {
        var errors = FormErrors()
        let text = errors.check(
            FieldRules.requiredText(
                thoughts, maximum: TextLimit.short, missing: "Write your first thoughts", name: "Your thoughts"),
            "thoughts")
        return errors.result { text }
    }
}

/// The project lead's reply to one agreed point.
struct PointReplyForm: Content, Sendable {
    var response: String?
    var reply: String?

    func validate() -> Result<(PointResponse, String), FormErrors> {
        var errors = FormErrors()
        let response = errors.check(
            FieldRules.choice(response, as: PointResponse.self, missing: "Choose whether you will act on this point"),
            "response")
        let reply = errors.check(
            FieldRules.requiredText(
                reply, maximum: TextLimit.short, missing: "Write your reply to the panel", name: "Your reply"),
            "reply")
        return errors.result {
            guard let response, let reply else { return nil }
            return (response, reply)
        }
    }
}

/// A follow-up at 3 or 6 months: what changed, with evidence as links (one a line) or a file, or
/// both. The form is an upload (see `UploadReceiver`), so its fields arrive as the upload's text fields.
struct FollowUpForm: Sendable {
    var months: String?
    var changed: String?
    var evidence: String?

    init(months: String? = nil, changed: String? = nil, evidence: String? = nil) {
        (self.months, self.changed, self.evidence) = (months, changed, evidence)
    }

    init(fields: [String: String]) {
        self.init(months: fields["months"], changed: fields["changed"], evidence: fields["evidence"])
    }

    struct Valid: Sendable {
        let months: Int
        let changed: String
        let links: [String]
        /// The evidence file's extension, when a file was sent.
        let fileExtension: String?
    }

    /// `due`: the follow-ups not yet answered; `fileName` and `hasFile` describe the file sent, if any.
    func validate(due: Set<Int>, fileName: String?, hasFile: Bool) -> Result<Valid, FormErrors> {
        var errors = FormErrors()
        let months = months.flatMap { Int($0) }.flatMap { due.contains($0) ? $0 : nil }
        if months == nil { errors.add("months", "Choose the follow-up you are answering") }
        let changed = errors.check(
            FieldRules.requiredText(
                changed, maximum: TextLimit.long, missing: "Say what changed because of the panel's feedback",
                name: "What changed"), "changed")
        var links: [String] = []
        for line in FieldRules.lines(evidence) {
            switch WebAddress.check(line) {
            case .success(let link): links.append(link)
            case .failure:
                errors.add(
                    "evidence", "\u{201C}\(line)\u{201D} is not a web address. Put one address on each line, starting https://")
            }
        }
        let ext = ((fileName ?? "") as NSString).pathExtension.lowercased()
        if hasFile, let problem = EvidenceFiles.typeProblem(fileName) { errors.add("file", problem) }
        if links.isEmpty && !hasFile && errors["evidence"] == nil {
            errors.add("evidence", "Give evidence: a link to a report, a page or a measure, or a file")
        }
        return errors.result {
            guard let months, let changed else { return nil }
            return Valid(months: months, changed: changed, links: links, fileExtension: hasFile ? ext : nil)
        }
    }
}

/// The project lead's view of the review at the end.
struct CloseReviewForm: Content, Sendable {
    var usefulness: String?
    var changed: String?

    func validate() -> Result<(usefulness: Int, changedPlans: Bool), FormErrors> {
        var errors = FormErrors()
        let usefulness = usefulness.flatMap { Int($0) }.flatMap { (1...5).contains($0) ? $0 : nil }
        if usefulness == nil { errors.add("usefulness", "Choose how useful the review was, from 1 to 5") }
        let changed = changed.flatMap { ["yes": true, "no": false][$0] }
        if changed == nil { errors.add("changed", "Say whether the project changed its plans") }
        return errors.result {
            guard let usefulness, let changed else { return nil }
            return (usefulness, changed)
        }
    }
}
