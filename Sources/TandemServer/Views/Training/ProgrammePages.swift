import Foundation
import Plot
import TandemCore

/// The programmes a viewer may see.
enum ProgrammeListPage {
    struct Row: Sendable {
        let id: UUID
        let name: String
        let organisation: String
        let cohorts: Int
    }

    struct Model {
        let rows: [Row]
        let mayAdd: Bool
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        Layout.page(
            title: "Training programmes", context: context, breadcrumbs: [Crumb(title: "Home", href: SiteURL.home.path)],
            content: .group(
                Blocks.heading("Training programmes"),
                Blocks.paragraph(
                    "Co-production training designed with patient partners and delivered by patient and staff trainers together, to teams in cohorts."
                ),
                model.mayAdd ? Buttons.link("Set up a programme", href: SiteURL.newProgramme.path) : .empty,
                model.rows.isEmpty
                    ? Blocks.inset(
                        Blocks.paragraph(
                            model.mayAdd
                                ? "No programmes yet. Set one up to add its trainers, sessions and cohorts."
                                : "You are not a trainer on a programme or on a team in a cohort yet."))
                    : dataTable(
                        caption: "Programmes", captionHidden: true,
                        columns: [
                            TableColumn(heading: "Programme"), TableColumn(heading: "Run by"),
                            TableColumn(heading: "Cohorts", numeric: true),
                        ],
                        rows: model.rows.map { row in
                            [
                                .a(.href(SiteURL.programme(.value(row.id)).path), .text(row.name)), .text(row.organisation),
                                .text(String(row.cohorts)),
                            ]
                        })))
    }
}

/// Setting up a programme: its name, aims and the organisation that runs it.
enum ProgrammeFormPage {
    struct Model {
        let organisations: [FormField.Option]
        let form: ProgrammeForm
        let errors: FormErrors
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let input = model.form, errors = model.errors
        return Layout.page(
            title: (errors.isEmpty ? "" : "Error: ") + "Set up a programme", context: context,
            breadcrumbs: [Crumb(title: "Training programmes", href: SiteURL.programmes.path)],
            content: .div(
                .class("nhsuk-grid-row"),
                .div(
                    .class("nhsuk-grid-column-two-thirds"),
                    errorSummary(errors),
                    Blocks.heading("Set up a programme"),
                    postForm(
                        action: SiteURL.programmes.path, csrf: context.csrf,
                        FormField.text("name", label: "Name", value: input.name, error: errors["name"]),
                        FormField.textarea(
                            "aims", label: "Aims", value: input.aims, error: errors["aims"],
                            hint: "What teams will be able to do afterwards, in plain words"),
                        FormField.select(
                            "organisation", label: "Run by", options: model.organisations, selected: input.organisation,
                            error: errors["organisation"], blankLabel: "Choose an organisation"),
                        Buttons.submit("Set up the programme")))))
    }
}

/// A programme: its aims, trainers (patient and staff), curriculum with each session's lead and
/// co-trainers, the questionnaires' statements, the completion rule and its cohorts compared.
enum ProgrammePage {
    struct Trainer: Sendable {
        let personID: UUID
        let name: String
        let kind: TrainerKind
    }

    struct Session {
        let id: UUID
        let number: Int
        let title: String
        let outcomes: String
        let minutes: Int
        let trainers: [(name: String, kind: TrainerKind)]
        let materials: [(title: String, slug: String)]
    }

    struct CohortRow: Sendable {
        let id: UUID
        let name: String
        let firstDay: Date
        let lastDay: Date
        let teams: Int
        let people: Int
        /// nil until the programme's completion rule is decided.
        let completed: DisclosureControl.Cell?
        /// "2 of 4": statements with a clear improvement (median up, p below 0.05); nil until 5 people answered both.
        let improvedStatements: String?
    }

    struct Model {
        let id: UUID
        let name: String
        let aims: String
        let organisation: String
        let completion: String?
        let trainers: [Trainer]
        let sessions: [Session]
        let statements: [String]
        let cohorts: [CohortRow]
        let mayManage: Bool
        let materialChoices: [FormField.Option]
        let forms: ProgrammeController.Forms
        let errors: FormErrors
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let errors = model.errors
        return Layout.page(
            title: (errors.isEmpty ? "" : "Error: ") + model.name, context: context,
            breadcrumbs: [Crumb(title: "Training programmes", href: SiteURL.programmes.path)],
            content: .group(
                errorSummary(errors),
                Blocks.heading(model.name, caption: model.organisation),
                Blocks.paragraph(model.aims),
                summaryList([
                    SummaryRow("Completing", text: model.completion.map { "Attending \($0)" }, empty: "Not decided yet"),
                    SummaryRow("Sessions", text: String(model.sessions.count)),
                    SummaryRow("Cohorts", text: String(model.cohorts.count)),
                ]),
                cohorts(model, context: context),
                trainers(model, context: context),
                curriculum(model, context: context),
                statements(model, context: context),
                completion(model, context: context)))
    }

    private static func cohorts(_ model: Model, context: PageContext) -> Markup {
        .group(
            Blocks.heading("Cohorts", level: 2, size: "m"),
            model.cohorts.isEmpty
                ? Blocks.inset(Blocks.paragraph("No cohorts yet."))
                : dataTable(
                    caption: "The programme's cohorts compared", captionSize: "s",
                    columns: [
                        TableColumn(heading: "Cohort"), TableColumn(heading: "Dates"),
                        TableColumn(heading: "Teams", numeric: true), TableColumn(heading: "People", numeric: true),
                        TableColumn(heading: "Completed", numeric: true),
                        TableColumn(heading: "Statements clearly improved"),
                    ],
                    rows: model.cohorts.map { row in
                        [
                            .a(.href(SiteURL.cohort(.value(row.id)).path), .text(row.name)),
                            .text("\(CalendarDate.long(row.firstDay)) to \(CalendarDate.long(row.lastDay))"),
                            .text(String(row.teams)), .text(String(row.people)),
                            .text(row.completed?.display ?? "No rule yet"),
                            .text(row.improvedStatements ?? "Fewer than 5 people answered both"),
                        ]
                    }),
            model.cohorts.isEmpty
                ? .empty
                : Blocks.paragraph(
                    "A statement is clearly improved when the middle change is up and the Wilcoxon signed-rank test gives p below 0.05.",
                    classes: "nhsuk-body-s"),
            model.mayManage
                ? Buttons.link("Add a cohort", href: SiteURL.programme(.value(model.id), .newCohort).path, style: .secondary)
                : .empty)
    }

    private static func trainers(_ model: Model, context: PageContext) -> Markup {
        let input = model.forms.trainer, errors = model.errors
        return .group(
            Blocks.heading("Trainers", level: 2, size: "m"),
            model.trainers.isEmpty
                ? Blocks.inset(
                    Blocks.paragraph(
                        "No trainers yet. Each session is delivered by a patient trainer and a staff trainer together."))
                : summaryList(model.trainers.map { SummaryRow($0.name, text: $0.kind.label) }),
            model.mayManage
                ? postForm(
                    action: SiteURL.programme(.value(model.id), .trainers).path, csrf: context.csrf,
                    FormField.text(
                        "email", label: "Add a trainer by email address", value: input.email, error: errors["email"],
                        type: "email", autocomplete: "off", spellcheck: false, labelSize: "s"),
                    FormField.radios(
                        "kind", legend: "They are a",
                        options: TrainerKind.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                        selected: input.kind, error: errors["kind"], inline: true, small: true),
                    Buttons.submit("Add the trainer", style: .secondary))
                : .empty)
    }

    private static func curriculum(_ model: Model, context: PageContext) -> Markup {
        let input = model.forms.session, errors = model.errors
        let trainerOptions = model.trainers.map {
            FormField.Option(value: $0.personID.lowercasedString, label: $0.name, hint: $0.kind.label)
        }
        return .group(
            Blocks.heading("Curriculum", level: 2, size: "m"),
            model.sessions.isEmpty
                ? Blocks.inset(Blocks.paragraph("No sessions yet."))
                : .group(
                    model.sessions.map { session in
                        .div(
                            .class("nhsuk-card"),
                            .div(
                                .class("nhsuk-card__content"),
                                Blocks.heading("\(session.number). \(session.title)", level: 3, size: "s"),
                                summaryList([
                                    SummaryRow("Learning outcomes", text: session.outcomes),
                                    SummaryRow("Length", text: "\(session.minutes) minutes"),
                                    SummaryRow(
                                        "Delivered by",
                                        text: session.trainers.enumerated().map {
                                            "\($0.element.name) (\($0.element.kind.label.lowercased())\($0.offset == 0 ? ", lead" : ""))"
                                        }.joined(separator: "; "), empty: "No trainers"),
                                    SummaryRow(
                                        "Pairing",
                                        text: pairing(session.trainers.map(\.kind))),
                                    SummaryRow(
                                        "Materials",
                                        session.materials.isEmpty
                                            ? .text("None yet")
                                            : .ul(
                                                .class("nhsuk-list"),
                                                .forEach(session.materials) {
                                                    .li(.a(.href(SiteURL.publicResource(.value($0.slug)).path), .text($0.title)))
                                                })),
                                ]),
                                model.mayManage && !model.materialChoices.isEmpty
                                    ? postForm(
                                        action: SiteURL.programme(.value(model.id), .session(.value(session.id))).path,
                                        csrf: context.csrf,
                                        FormField.select(
                                            "material-\(session.number)", label: "Add a material from the library",
                                            options: model.materialChoices, selected: nil, blankLabel: "Choose a resource",
                                            name: "material"),
                                        Buttons.submit("Add the material", style: .secondary))
                                    : .empty))
                    }),
            model.mayManage
                ? .group(
                    Blocks.heading("Add a session", level: 3, size: "s"),
                    model.trainers.isEmpty
                        ? Blocks.inset(Blocks.paragraph("Add the programme's trainers first: each session has a lead trainer."))
                        : postForm(
                            action: SiteURL.programme(.value(model.id), .sessions).path, csrf: context.csrf,
                            FormField.text("title", label: "Title", value: input.title, error: errors["title"]),
                            FormField.textarea(
                                "outcomes", label: "Learning outcomes", value: input.outcomes, error: errors["outcomes"],
                                hint: "What people will be able to do after it", rows: 3),
                            FormField.text(
                                "minutes", label: "Length in minutes", value: input.minutes, error: errors["minutes"],
                                width: "3", inputmode: "numeric"),
                            FormField.select(
                                "lead", label: "Lead trainer", options: trainerOptions, selected: input.lead,
                                error: errors["lead"], blankLabel: "Choose the lead"),
                            FormField.checkboxes(
                                "co-trainers", legend: "Co-trainers", options: trainerOptions,
                                selected: Set(input.coTrainers ?? []), hint: "Pair a patient trainer with a staff trainer",
                                small: true),
                            FormField.select(
                                "material", label: "A material from the library (optional)", options: model.materialChoices,
                                selected: input.material, blankLabel: "None"),
                            Buttons.submit("Add the session", style: .secondary)))
                : .empty)
    }

    /// Whether a session is delivered by a patient trainer and a staff trainer together.
    static func pairing(_ kinds: [TrainerKind]) -> String {
        let patient = kinds.contains(.patient), staff = kinds.contains(.staff)
        switch (patient, staff) {
        case (true, true): return "Patient and staff trainers together"
        case (true, false): return "Patient trainers only"
        case (false, true): return "Staff only: add a patient trainer"
        case (false, false): return "No trainers yet"
        }
    }

    private static func statements(_ model: Model, context: PageContext) -> Markup {
        let errors = model.errors
        return .group(
            Blocks.heading("Questionnaire statements", level: 2, size: "m"),
            Blocks.paragraph(
                "People answer each statement from 1 (not at all confident) to 5 (very confident) before the first session and after the last, so each person's change can be paired."
            ),
            model.statements.isEmpty
                ? Blocks.inset(Blocks.paragraph("No statements yet."))
                : .ol(.class("nhsuk-list nhsuk-list--number"), .forEach(model.statements) { .li(.text($0)) }),
            model.mayManage
                ? postForm(
                    action: SiteURL.programme(.value(model.id), .statements).path, csrf: context.csrf,
                    FormField.text(
                        "text", label: "Add a statement", value: model.forms.statement.text, error: errors["text"],
                        hint: "For example: I know how to involve patients as equal partners", labelSize: "s"),
                    Buttons.submit("Add the statement", style: .secondary))
                : .empty)
    }

    private static func completion(_ model: Model, context: PageContext) -> Markup {
        guard model.mayManage else { return .empty }
        let errors = model.errors
        return .group(
            Blocks.heading("Completion rule", level: 2, size: "m"),
            postForm(
                action: SiteURL.programme(.value(model.id), .completion).path, csrf: context.csrf,
                FormField.text(
                    "required", label: "Sessions someone must attend to complete", value: model.forms.completion.required,
                    error: errors["required"],
                    hint: "Out of the \(model.sessions.count) sessions in the curriculum, for example 5 of 6", width: "3",
                    inputmode: "numeric", labelSize: "s"),
                Buttons.submit("Save the rule", style: .secondary)))
    }
}
