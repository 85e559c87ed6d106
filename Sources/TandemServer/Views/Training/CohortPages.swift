import Foundation
import Plot
import TandemCore

/// Setting up a cohort of a programme.
enum CohortFormPage {
    struct Model {
        let programmeID: UUID
        let programmeName: String
        let form: CohortForm
        let errors: FormErrors
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let input = model.form, errors = model.errors
        return Layout.page(
            title: (errors.isEmpty ? "" : "Error: ") + "Add a cohort - \(model.programmeName)", context: context,
            breadcrumbs: [
                Crumb(title: "Training programmes", href: SiteURL.programmes.path),
                Crumb(title: model.programmeName, href: SiteURL.programme(.value(model.programmeID)).path),
            ],
            content: .div(
                .class("nhsuk-grid-row"),
                .div(
                    .class("nhsuk-grid-column-two-thirds"),
                    errorSummary(errors),
                    Blocks.heading("Add a cohort", caption: model.programmeName),
                    postForm(
                        action: SiteURL.programme(.value(model.programmeID), .cohorts).path, csrf: context.csrf,
                        FormField.text(
                            "name", label: "Name", value: input.name, error: errors["name"], hint: "For example: Spring 2027"),
                        FormField.date(
                            "first", legend: "First day",
                            value: DateParts(
                                day: input.firstDay ?? "", month: input.firstMonth ?? "", year: input.firstYear ?? ""),
                            error: errors["first"], hint: "For example, 1 3 2027"),
                        FormField.date(
                            "last", legend: "Last day",
                            value: DateParts(day: input.lastDay ?? "", month: input.lastMonth ?? "", year: input.lastYear ?? ""),
                            error: errors["last"], hint: "Every session falls between the first and last days"),
                        FormField.text(
                            "venue", label: "Where the sessions are held", value: input.venue, error: errors["venue"],
                            hint: "A place with its access information, or \"Online\""),
                        FormField.text(
                            "teams", label: "How many teams it takes (optional)", value: input.teams, error: errors["teams"],
                            width: "3", inputmode: "numeric"),
                        Buttons.submit("Add the cohort")))))
    }
}

/// A cohort: its sessions (events) with their trainers, its teams with their projects and
/// members, everyone's attendance and completion, and for a team member their questionnaires.
enum CohortPage {
    struct Session {
        let id: UUID
        let eventID: UUID
        let number: Int
        let title: String
        let when: String
        let trainers: [(name: String, kind: TrainerKind)]
    }

    struct Team {
        let id: UUID
        let name: String
        let organisation: String
        let project: (id: UUID, title: String)?
        let members: [(name: String, kind: TeamMemberKind)]
        let missingLivedExperience: Bool
    }

    enum Completion { case completed, onTrack, notCompleted }

    struct Person {
        let personID: UUID
        let name: String
        let team: String
        let kind: TeamMemberKind
        let marks: [Attendance?]
        let attended: Int
        let status: Completion?
        let certificate: String?
    }

    /// What the viewer, on a team, still has to do.
    struct Own {
        let answered: Set<QuestionnaireStage>
        let sessionsToRate: [(id: UUID, title: String)]
        let certificate: Bool
    }

    struct Model {
        let id: UUID
        let name: String
        let programmeID: UUID
        let programmeName: String
        let firstDay: Date
        let lastDay: Date
        let venue: String
        let teamPlaces: Int?
        let completion: String?
        let sessions: [Session]
        let unscheduled: [FormField.Option]
        let teams: [Team]
        let people: [Person]
        let mayRun: Bool
        let own: Own?
        let organisations: [FormField.Option]
        let projects: [FormField.Option]
        let forms: CohortController.Forms
        let errors: FormErrors
    }

    static func attendanceField(person: UUID, event: UUID) -> String {
        "attendance-\(person.lowercasedString)-\(event.lowercasedString)"
    }

    static func crumbs(_ model: Model) -> [Crumb] {
        [
            Crumb(title: "Training programmes", href: SiteURL.programmes.path),
            Crumb(title: model.programmeName, href: SiteURL.programme(.value(model.programmeID)).path),
        ]
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let errors = model.errors
        return Layout.page(
            title: (errors.isEmpty ? "" : "Error: ") + "\(model.name) - \(model.programmeName)", context: context,
            breadcrumbs: crumbs(model),
            content: .group(
                errorSummary(errors),
                Blocks.heading(model.name, caption: model.programmeName),
                summaryList([
                    SummaryRow("Dates", text: "\(CalendarDate.long(model.firstDay)) to \(CalendarDate.long(model.lastDay))"),
                    SummaryRow("Where", text: model.venue),
                    SummaryRow("Teams", text: "\(model.teams.count)" + (model.teamPlaces.map { " of \($0) places" } ?? "")),
                    SummaryRow("Completing", text: model.completion.map { "Attending \($0)" }, empty: "Not decided yet"),
                ]),
                Buttons.group(
                    Buttons.link("Cohort report", href: SiteURL.cohort(.value(model.id), .report).path, style: .secondary),
                    model.mayRun
                        ? Buttons.link(
                            "Record attendance", href: SiteURL.cohort(.value(model.id), .attendance).path, style: .secondary)
                        : .empty),
                own(model),
                sessions(model, context: context),
                teams(model, context: context),
                people(model, context: context)))
    }

    private static func own(_ model: Model) -> Markup {
        guard let own = model.own else { return .empty }
        return .div(
            .class("nhsuk-card nhsuk-card--feature"),
            .div(
                .class("nhsuk-card__content nhsuk-card__content--feature"),
                .h2(.class("nhsuk-card__heading nhsuk-card__heading--feature nhsuk-heading-m"), .text("Your part")),
                .ul(
                    .class("nhsuk-list"),
                    .forEach(QuestionnaireStage.allCases) { stage in
                        .li(
                            own.answered.contains(stage)
                                ? .text("Questionnaire \(stage.label.lowercased()): answered, thank you")
                                : .a(
                                    .href(SiteURL.cohort(.value(model.id), .questionnaire(.value(stage.rawValue))).path),
                                    .text("Answer the questionnaire \(stage.label.lowercased())")))
                    },
                    .forEach(own.sessionsToRate) { session in
                        .li(
                            .a(
                                .href(SiteURL.cohort(.value(model.id), .feedback(.value(session.id))).path),
                                .text("Tell us about session \(session.title)")))
                    }),
                own.certificate
                    ? Blocks.paragraph("Your certificate is ready below.") : .empty))
    }

    private static func sessions(_ model: Model, context: PageContext) -> Markup {
        let input = model.forms.schedule, errors = model.errors
        return .group(
            Blocks.heading("Sessions", level: 2, size: "m"),
            model.sessions.isEmpty
                ? Blocks.inset(Blocks.paragraph("No sessions scheduled yet."))
                : dataTable(
                    caption: "The cohort's sessions", captionHidden: true,
                    columns: [TableColumn(heading: "Session"), TableColumn(heading: "When"), TableColumn(heading: "Trainers")],
                    rows: model.sessions.map { session in
                        [
                            model.mayRun
                                ? .a(
                                    .href(SiteURL.event(.value(session.eventID)).path),
                                    .text("\(session.number). \(session.title)"))
                                : .text("\(session.number). \(session.title)"),
                            .text(session.when),
                            .text(
                                session.trainers.map { "\($0.name) (\($0.kind.label.lowercased()))" }.joined(separator: ", ")
                                    + " - " + ProgrammePage.pairing(session.trainers.map(\.kind))),
                        ]
                    }),
            model.mayRun && !model.unscheduled.isEmpty
                ? .group(
                    Blocks.heading("Schedule a session", level: 3, size: "s"),
                    postForm(
                        action: SiteURL.cohort(.value(model.id), .sessions).path, csrf: context.csrf,
                        FormField.select(
                            "session", label: "Session", options: model.unscheduled, selected: input.session,
                            error: errors["session"], blankLabel: "Choose a session"),
                        FormField.date(
                            "on", legend: "Date",
                            value: DateParts(day: input.day ?? "", month: input.month ?? "", year: input.year ?? ""),
                            error: errors["on"],
                            hint: "Between \(CalendarDate.long(model.firstDay)) and \(CalendarDate.long(model.lastDay))"),
                        FormField.text(
                            "starts", label: "Starts", value: input.starts, error: errors["starts"], hint: "For example, 10:00",
                            width: "5"),
                        FormField.text(
                            "ends", label: "Ends", value: input.ends, error: errors["ends"], hint: "For example, 12:30",
                            width: "5"),
                        FormField.text(
                            "joining-link", label: "Joining link for an online session (optional)", value: input.joiningLink,
                            error: errors["joining-link"], hint: "Leave empty to hold it at \(model.venue)"),
                        Buttons.submit("Schedule the session", style: .secondary)))
                : .empty)
    }

    private static func teams(_ model: Model, context: PageContext) -> Markup {
        let errors = model.errors
        return .group(
            Blocks.heading("Teams", level: 2, size: "m"),
            model.teams.isEmpty
                ? Blocks.inset(Blocks.paragraph("No teams enrolled yet."))
                : .group(model.teams.map { team($0, model: model, context: context) }),
            model.mayRun
                ? .group(
                    Blocks.heading("Enrol a team", level: 3, size: "s"),
                    postForm(
                        action: SiteURL.cohort(.value(model.id), .teams).path, csrf: context.csrf,
                        FormField.text("name", label: "Team name", value: model.forms.team.name, error: errors["name"]),
                        FormField.select(
                            "organisation", label: "Organisation", options: model.organisations,
                            selected: model.forms.team.organisation, error: errors["organisation"],
                            blankLabel: "Choose an organisation"),
                        FormField.select(
                            "project", label: "The improvement project it works on", options: model.projects,
                            selected: model.forms.team.project, error: errors["project"],
                            hint: "One of its organisation's projects",
                            blankLabel: "None yet"),
                        FormField.text(
                            "new-project", label: "Or start a new project with this title", value: model.forms.team.newProject,
                            error: errors["new-project"]),
                        Buttons.submit("Enrol the team", style: .secondary)))
                : .empty)
    }

    private static func team(_ team: Team, model: Model, context: PageContext) -> Markup {
        let mine = model.forms.memberTeam == team.id
        let errors = mine ? model.errors : FormErrors()
        let input = mine ? model.forms.member : TrainingTeamMemberForm()
        let field = mine ? "email" : "email-\(team.id.lowercasedString.prefix(8))"
        return .div(
            .class("nhsuk-card"),
            .div(
                .class("nhsuk-card__content"),
                Blocks.heading(team.name, level: 3, size: "s"),
                summaryList([
                    SummaryRow("Organisation", text: team.organisation),
                    SummaryRow(
                        "Project",
                        team.project.map { .a(.href(SiteURL.project(.value($0.id)).path), .text($0.title)) }
                            ?? .text("None linked yet")),
                    SummaryRow(
                        "Members",
                        text: team.members.isEmpty
                            ? nil : team.members.map { "\($0.name) (\($0.kind.label.lowercased()))" }.joined(separator: ", "),
                        empty: "None yet"),
                ]),
                team.missingLivedExperience
                    ? Blocks.warning("Nobody with lived experience", level: 4, Blocks.paragraph(TeamRules.missingLivedExperience))
                    : .empty,
                model.mayRun
                    ? postForm(
                        action: SiteURL.cohort(.value(model.id), .teamMembers(.value(team.id))).path, csrf: context.csrf,
                        FormField.text(
                            field, label: "Add a member by email address", value: input.email,
                            error: errors["email"], type: "email", autocomplete: "off", spellcheck: false, labelSize: "s",
                            name: "email"),
                        FormField.radios(
                            mine ? "kind" : "kind-\(team.id.lowercasedString.prefix(8))", legend: "They are",
                            options: TeamMemberKind.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                            selected: input.kind ?? TeamMemberKind.staff.rawValue, error: errors["kind"], inline: true,
                            small: true, name: "kind"),
                        Buttons.submit("Add to \(team.name)", style: .secondary, small: true))
                    : .empty))
    }

    private static func people(_ model: Model, context: PageContext) -> Markup {
        guard !model.people.isEmpty else { return .empty }
        return .div(
            .id("certificates"),
            Blocks.heading("Completion and certificates", level: 2, size: "m"),
            model.mayRun && model.people.contains(where: { $0.status == .completed && $0.certificate == nil })
                ? postForm(
                    action: SiteURL.cohort(.value(model.id), .certificates).path, csrf: context.csrf,
                    FormField.hidden("person", "everyone"),
                    Buttons.submit("Issue certificates to everyone who completed", style: .secondary))
                : .empty,
            dataTable(
                caption: "Attendance and completion", captionHidden: true,
                columns: [
                    TableColumn(heading: "Person"), TableColumn(heading: "Team"),
                    TableColumn(heading: "Sessions attended", numeric: true), TableColumn(heading: "Completion"),
                    TableColumn(heading: "Certificate"),
                ],
                rows: model.people.filter { model.mayRun || $0.personID == context.user?.personID || model.own == nil }.map {
                    person in
                    [
                        .text(person.name), .text(person.team), .text(String(person.attended)),
                        status(person.status),
                        certificate(person, model: model, context: context),
                    ]
                }))
    }

    private static func status(_ status: Completion?) -> Markup {
        switch status {
        case .completed: Blocks.tag("Completed", colour: "green")
        case .onTrack: Blocks.tag("On track", colour: "blue")
        case .notCompleted: Blocks.tag("Not completed", colour: "grey")
        case nil: .text("No rule yet")
        }
    }

    private static func certificate(_ person: Person, model: Model, context: PageContext) -> Markup {
        if let number = person.certificate {
            return .a(
                .href(SiteURL.cohort(.value(model.id), .certificate(.value(person.personID))).path),
                .text("Certificate \(number)"), .span(.class("nhsuk-u-visually-hidden"), .text(" for \(person.name)")))
        }
        guard model.mayRun, person.status == .completed else { return .text("Not issued") }
        return postForm(
            action: SiteURL.cohort(.value(model.id), .certificates).path, csrf: context.csrf,
            FormField.hidden("person", person.personID.lowercasedString),
            Buttons.submit("Issue", style: .secondary, small: true))
    }
}
