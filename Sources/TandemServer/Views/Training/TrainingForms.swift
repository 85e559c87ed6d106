import Foundation
import TandemCore
import Vapor

/// A programme's name, aims and the organisation that runs it.
struct ProgrammeForm: Content, Sendable {
    var name: String?
    var aims: String?
    var organisation: String?

    func validate(organisations: Set<UUID>) -> Result<(name: String, aims: String, organisationID: UUID), FormErrors> {
        var errors = FormErrors()
        let name = errors.check(
            FieldRules.requiredText(
                name, maximum: TextLimit.title, missing: "Enter the programme's name", name: "The name"), "name")
        let aims = errors.check(
            FieldRules.requiredText(
                aims, maximum: TextLimit.long, missing: "Say what the programme aims to do", name: "The aims"), "aims")
        let organisationID = organisation.flatMap(UUID.init(uuidString:)).flatMap { organisations.contains($0) ? $0 : nil }
        if organisationID == nil { errors.add("organisation", "Choose the organisation that runs the programme") }
        return errors.result {
            guard let name, let aims, let organisationID else { return nil }
            return (name, aims, organisationID)
        }
    }
}

/// How many of the programme's sessions must be attended to complete it.
struct CompletionForm: Content, Sendable {
    var required: String?

    func validate(sessions: Int) -> Result<CompletionRule, FormErrors> {
        var errors = FormErrors()
        if let number = NumberField.wholeNumber(required?.trimmed ?? "", in: 0...1_000) {
            switch CompletionRule.make(sessionsRequired: number, of: sessions) {
            case .success(let rule): return .success(rule)
            case .failure(let problem): errors.add("required", problem.message)
            }
        } else {
            errors.add("required", "Enter how many sessions must be attended, as a whole number")
        }
        return .failure(errors)
    }
}

/// A trainer added to a programme by their email address.
struct TrainerForm: Content, Sendable {
    var email: String?
    var kind: String?

    func validate() -> Result<(email: String, kind: TrainerKind), FormErrors> {
        var errors = FormErrors()
        let email = errors.check(
            FieldRules.required(email, EmailAddress.self, missing: "Enter the trainer's email address"), "email")
        let kind = errors.check(
            FieldRules.choice(kind, as: TrainerKind.self, missing: "Choose a patient trainer or a staff trainer"), "kind")
        return errors.result {
            guard let email, let kind else { return nil }
            return (email, kind)
        }
    }
}

/// A session of the curriculum, with its lead and co-trainers from the programme's trainers.
struct CurriculumSessionForm: Content, Sendable {
    var title: String?
    var outcomes: String?
    var minutes: String?
    var lead: String?
    var coTrainers: [String]?
    var material: String?

    enum CodingKeys: String, CodingKey {
        case title, outcomes, minutes, lead, material
        case coTrainers = "co-trainers"
    }

    init() { minutes = "150" }

    struct Valid: Sendable {
        let title: String
        let outcomes: String
        let minutes: Int
        let trainers: [UUID]
        let material: UUID?
    }

    /// `trainers`: the programme's trainers, the only people who may deliver a session.
    func validate(trainers: Set<UUID>, resources: Set<UUID>) -> Result<Valid, FormErrors> {
        var errors = FormErrors()
        let title = errors.check(
            FieldRules.requiredText(title, maximum: TextLimit.title, missing: "Enter the session's title", name: "The title"),
            "title")
        let outcomes = errors.check(
            FieldRules.requiredText(
                outcomes, maximum: TextLimit.long, missing: "Say what people will be able to do after the session",
                name: "The learning outcomes"), "outcomes")
        let minutes = NumberField.wholeNumber(minutes?.trimmed ?? "", in: 15...480)
        if minutes == nil { errors.add("minutes", "Enter the session's length in minutes, from 15 to 480") }
        let leadID = lead.flatMap(UUID.init(uuidString:)).flatMap { trainers.contains($0) ? $0 : nil }
        if leadID == nil { errors.add("lead", "Choose who leads the session from the programme's trainers") }
        let co = (coTrainers ?? []).compactMap(UUID.init(uuidString:)).filter { trainers.contains($0) && $0 != leadID }
        let material = self.material.flatMap(UUID.init(uuidString:)).flatMap { resources.contains($0) ? $0 : nil }
        return errors.result {
            guard let title, let outcomes, let minutes, let leadID else { return nil }
            return Valid(title: title, outcomes: outcomes, minutes: minutes, trainers: [leadID] + co, material: material)
        }
    }
}

/// A confidence statement for the questionnaires.
struct StatementForm: Content, Sendable {
    var text: String?

    func validate() -> Result<String, FormErrors> {
        var errors = FormErrors()
        let text = errors.check(
            FieldRules.requiredText(
                text, maximum: 300,
                missing: "Enter the statement, for example: I know how to involve patients as equal partners",
                name: "The statement"), "text")
        return errors.result { text }
    }
}

/// A cohort's name, days, where it meets and how many teams it takes.
struct CohortForm: Content, Sendable {
    var name: String?
    var venue: String?
    var teams: String?
    var firstDay: String?, firstMonth: String?, firstYear: String?
    var lastDay: String?, lastMonth: String?, lastYear: String?

    enum CodingKeys: String, CodingKey {
        case name, venue, teams
        case firstDay = "first-day", firstMonth = "first-month", firstYear = "first-year"
        case lastDay = "last-day", lastMonth = "last-month", lastYear = "last-year"
    }

    struct Valid: Sendable {
        let name: String
        let venue: String
        let teams: Int?
        let first: Date
        let last: Date
    }

    func validate() -> Result<Valid, FormErrors> {
        var errors = FormErrors()
        let name = errors.check(
            FieldRules.requiredText(
                name, maximum: TextLimit.title, missing: "Enter the cohort's name, for example: Spring 2027", name: "The name"),
            "name")
        let venue = errors.check(
            FieldRules.requiredText(
                venue, maximum: TextLimit.title, missing: "Say where the sessions are held, or that they are online",
                name: "Where"), "venue")
        let teams = errors.check(
            FieldRules.optionalWholeNumber(
                teams, in: 1...200, problem: "Enter how many teams it takes as a whole number, or leave it empty for no limit"),
            "teams")
        let first = errors.check(
            FieldRules.date(
                DateParts(day: firstDay ?? "", month: firstMonth ?? "", year: firstYear ?? ""), name: "The first day"), "first")
        let last = errors.check(
            FieldRules.date(DateParts(day: lastDay ?? "", month: lastMonth ?? "", year: lastYear ?? ""), name: "The last day"),
            "last")
        if let first, let last, let problem = CohortRules.check(first: first, last: last) { errors.add("last", problem.message) }
        return errors.result {
            guard let name, let venue, let teams, let first, let last else { return nil }
            return Valid(name: name, venue: venue, teams: teams, first: first, last: last)
        }
    }
}

/// A curriculum session scheduled for a cohort: the day and UK clock times, within the cohort's days.
struct ScheduleSessionForm: Content, Sendable {
    var session: String?
    var day: String?, month: String?, year: String?
    var starts: String?
    var ends: String?
    var joiningLink: String?

    enum CodingKeys: String, CodingKey {
        case session, starts, ends
        case day = "on-day", month = "on-month", year = "on-year"
        case joiningLink = "joining-link"
    }

    struct Valid: Sendable {
        let sessionID: UUID
        let start: Date
        let end: Date
        let joiningLink: String?
    }

    /// `unscheduled`: the curriculum sessions not yet scheduled for the cohort.
    func validate(unscheduled: Set<UUID>, first: Date, last: Date) -> Result<Valid, FormErrors> {
        var errors = FormErrors()
        let sessionID = session.flatMap(UUID.init(uuidString:)).flatMap { unscheduled.contains($0) ? $0 : nil }
        if sessionID == nil { errors.add("session", "Choose the session to schedule") }
        let day = errors.check(
            FieldRules.date(DateParts(day: day ?? "", month: month ?? "", year: year ?? ""), name: "The date"), "on")
        var (start, end): (Date?, Date?) = (nil, nil)
        if let day {
            if let problem = CohortRules.check(sessionStart: day.addingTimeInterval(12 * 3_600), first: first, last: last) {
                errors.add("on", problem.message)
            } else {
                (start, end) = errors.checkTimes(on: day, starts: starts, ends: ends)
            }
        }
        let link = errors.check(
            FieldRules.optionalText(joiningLink, maximum: TextLimit.title, name: "The joining link"), "joining-link")
        return errors.result {
            guard let sessionID, let start, let end, let link else { return nil }
            return Valid(sessionID: sessionID, start: start, end: end, joiningLink: link)
        }
    }
}

/// A team enrolled in a cohort, with its project: one of its organisation's, or a new one.
struct TeamForm: Content, Sendable {
    var name: String?
    var organisation: String?
    var project: String?
    var newProject: String?

    enum CodingKeys: String, CodingKey {
        case name, organisation, project
        case newProject = "new-project"
    }

    struct Valid: Sendable {
        let name: String
        let organisationID: UUID
        let projectID: UUID?
        let newProjectTitle: String?
    }

    /// `projects`: each project's id with its organisation, the only ones a team may link.
    func validate(organisations: Set<UUID>, projects: [UUID: UUID]) -> Result<Valid, FormErrors> {
        var errors = FormErrors()
        let name = errors.check(
            FieldRules.requiredText(name, maximum: TextLimit.title, missing: "Enter the team's name", name: "The name"), "name")
        let organisationID = organisation.flatMap(UUID.init(uuidString:)).flatMap { organisations.contains($0) ? $0 : nil }
        if organisationID == nil { errors.add("organisation", "Choose the team's organisation") }
        let newTitle = errors.check(
            FieldRules.optionalText(newProject, maximum: TextLimit.title, name: "The new project's title"), "new-project")
        let projectID = project.flatMap(UUID.init(uuidString:))
        if let projectID, let organisationID, projects[projectID] != organisationID {
            errors.add("project", "Choose one of the team's organisation's projects")
        }
        if projectID != nil, newTitle != nil, newTitle! != nil {
            errors.add("new-project", "Link an existing project or name a new one, not both")
        }
        return errors.result {
            guard let name, let organisationID, let newTitle else { return nil }
            return Valid(name: name, organisationID: organisationID, projectID: projectID, newProjectTitle: newTitle)
        }
    }
}

/// Someone added to a team by their email address.
struct TrainingTeamMemberForm: Content, Sendable {
    var email: String?
    var kind: String?

    func validate() -> Result<(email: String, kind: TeamMemberKind), FormErrors> {
        var errors = FormErrors()
        let email = errors.check(
            FieldRules.required(email, EmailAddress.self, missing: "Enter the person's email address"), "email")
        let kind = errors.check(
            FieldRules.choice(kind, as: TeamMemberKind.self, missing: "Choose who they are on the team"), "kind")
        return errors.result {
            guard let email, let kind else { return nil }
            return (email, kind)
        }
    }
}

/// A questionnaire's answers: each statement 1 to 5 (fields named by `field(_:)`) and the reflection.
struct QuestionnaireForm: Sendable {
    var answers: [UUID: String] = [:]
    var reflection: String?

    static func field(_ statementID: UUID) -> String { "statement-\(statementID.lowercasedString)" }

    init() {}

    init(decoding req: Request, statements: [UUID]) throws {
        let fields = try req.content.decode([String: String].self)
        for id in statements { answers[id] = fields[Self.field(id)] }
        reflection = fields["reflection"]
    }

    func validate(statements: [UUID]) -> Result<(answers: [UUID: Int], reflection: String), FormErrors> {
        var errors = FormErrors()
        var values: [UUID: Int] = [:]
        for (position, id) in statements.enumerated() {
            if let value = answers[id].flatMap({ Int($0) }), (1...5).contains(value) {
                values[id] = value
            } else {
                errors.add(Self.field(id), "Choose how confident you are for statement \(position + 1), from 1 to 5")
            }
        }
        let reflection = errors.check(
            FieldRules.optionalText(reflection, maximum: TextLimit.long, name: "Your answer"), "reflection")
        return errors.result {
            guard let reflection else { return nil }
            return (values, reflection ?? "")
        }
    }
}

/// The short survey after a session.
struct ReactionForm: Content, Sendable {
    var usefulness: String?
    var trainers: String?
    var comment: String?

    func validate() -> Result<(usefulness: Int, trainers: Int, comment: String), FormErrors> {
        var errors = FormErrors()
        let usefulness = usefulness.flatMap { Int($0) }.flatMap { (1...5).contains($0) ? $0 : nil }
        if usefulness == nil { errors.add("usefulness", "Choose how useful the session was, from 1 to 5") }
        let trainers = trainers.flatMap { Int($0) }.flatMap { (1...5).contains($0) ? $0 : nil }
        if trainers == nil { errors.add("trainers", "Choose how well the trainers delivered it, from 1 to 5") }
        let comment = errors.check(FieldRules.optionalText(comment, maximum: TextLimit.long, name: "Your comment"), "comment")
        return errors.result {
            guard let usefulness, let trainers, let comment else { return nil }
            return (usefulness, trainers, comment ?? "")
        }
    }
}

/// Time given at a session someone delivered, with its preparation.
struct TimeRecordForm: Content, Sendable {
    var event: String?
    var hours: String?
    var preparation: String?

    func validate(sessions: Set<UUID>) -> Result<(eventID: UUID, hours: Double, preparation: Double), FormErrors> {
        var errors = FormErrors()
        let eventID = event.flatMap(UUID.init(uuidString:)).flatMap { sessions.contains($0) ? $0 : nil }
        if eventID == nil { errors.add("event", "Choose a session you delivered") }
        let hours = errors.check(TimeRecordRules.hours(hours ?? "", name: "The hours", required: true), "hours")
        let preparation = errors.check(
            TimeRecordRules.hours(preparation ?? "", name: "The preparation time", required: false), "preparation")
        return errors.result {
            guard let eventID, let hours, let preparation else { return nil }
            return (eventID, hours, preparation)
        }
    }
}
