import Foundation
import Plot
import TandemCore

/// A trainer's sessions, their materials, and the time they gave (kept for recognition).
enum TrainerPage {
    struct Session {
        let eventID: UUID
        let cohortID: UUID
        let title: String
        let cohort: String
        let when: String
        let lead: Bool
        let past: Bool
        let materials: [(title: String, slug: String)]
        /// The session's length in hours, offered when time is recorded.
        let suggestedHours: String
        let recorded: (hours: Double, preparation: Double)?
    }

    struct Model {
        let sessions: [Session]
        let records: [(day: Date, activity: String, kind: TimeActivityKind, hours: Double, preparation: Double)]
        let form: TimeRecordForm
        let errors: FormErrors
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let errors = model.errors
        let total = model.records.reduce(0) { $0 + $1.hours + $1.preparation }
        return Layout.page(
            title: (errors.isEmpty ? "" : "Error: ") + "Your training sessions", context: context,
            breadcrumbs: [Crumb(title: "Training programmes", href: SiteURL.programmes.path)],
            content: .group(
                errorSummary(errors),
                Blocks.heading("Your training sessions"),
                model.sessions.isEmpty
                    ? Blocks.inset(Blocks.paragraph("You are not delivering any scheduled sessions yet."))
                    : .group(model.sessions.map { session($0, model: model, context: context) }),
                Blocks.heading("Your time", level: 2, size: "m"),
                Blocks.paragraph(
                    "The time you give is kept so it can be recognised and, where you choose, paid for. Recording it here does not claim a payment."
                ),
                model.records.isEmpty
                    ? Blocks.inset(Blocks.paragraph("No time recorded yet."))
                    : dataTable(
                        caption: "Time recorded: \(hours(total)) in all", captionSize: "s",
                        columns: [
                            TableColumn(heading: "Day"), TableColumn(heading: "Activity"),
                            TableColumn(heading: "Hours", numeric: true), TableColumn(heading: "Preparation", numeric: true),
                        ],
                        textRows: model.records.map {
                            [
                                CalendarDate.long($0.day), "\($0.activity) (\($0.kind.label.lowercased()))", hours($0.hours),
                                hours($0.preparation),
                            ]
                        })))
    }

    private static func session(_ session: Session, model: Model, context: PageContext) -> Markup {
        let mine = model.form.event == session.eventID.lowercasedString
        let errors = mine ? model.errors : FormErrors()
        let suffix = String(session.eventID.lowercasedString.prefix(8))
        return .div(
            .class("nhsuk-card"),
            .div(
                .class("nhsuk-card__content"),
                Blocks.heading(session.title, level: 2, size: "s"),
                summaryList([
                    SummaryRow("Cohort", .a(.href(SiteURL.cohort(.value(session.cohortID)).path), .text(session.cohort))),
                    SummaryRow("When", text: session.when),
                    SummaryRow("Your part", text: session.lead ? "Lead trainer" : "Co-trainer"),
                    SummaryRow(
                        "Materials",
                        session.materials.isEmpty
                            ? .text("None")
                            : .ul(
                                .class("nhsuk-list"),
                                .forEach(session.materials) {
                                    .li(.a(.href(SiteURL.publicResource(.value($0.slug)).path), .text($0.title)))
                                })),
                    SummaryRow(
                        "Time recorded",
                        text: session.recorded.map { "\(hours($0.hours)) and \(hours($0.preparation)) preparing" },
                        empty: session.past ? "Not yet" : "After the session"),
                ]),
                session.past
                    ? postForm(
                        action: SiteURL.myTrainingTime.path, csrf: context.csrf,
                        FormField.hidden("event", session.eventID.lowercasedString),
                        FormField.text(
                            mine ? "hours" : "hours-\(suffix)", label: "Hours delivering",
                            value: mine
                                ? model.form.hours
                                : session.recorded.map { String(format: "%g", $0.hours) } ?? session.suggestedHours,
                            error: errors["hours"], width: "3", inputmode: "decimal", name: "hours"),
                        FormField.text(
                            mine ? "preparation" : "preparation-\(suffix)", label: "Hours preparing",
                            value: mine
                                ? model.form.preparation : session.recorded.map { String(format: "%g", $0.preparation) } ?? "1",
                            error: errors["preparation"], hint: "In quarter hours, like 1.5", width: "3", inputmode: "decimal",
                            name: "preparation"),
                        Buttons.submit(
                            session.recorded == nil ? "Record my time" : "Update my time", style: .secondary, small: true))
                    : .empty))
    }

    static func hours(_ value: Double) -> String {
        let text = String(format: "%g", value)
        return value == 1 ? "1 hour" : "\(text) hours"
    }
}
