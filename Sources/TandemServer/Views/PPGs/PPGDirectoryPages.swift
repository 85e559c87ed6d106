import Foundation
import Plot
import TandemCore

/// The public directory of practices and their PPGs.
enum PPGDirectoryPage {
    struct Row {
        let practiceID: UUID
        let practice: String
        let postcode: String?
        let format: PPGMeetingFormat?
        let hasPPG: Bool
    }

    struct Model {
        let q: String
        let rows: [Row]
        let pagination: Pagination
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        Layout.page(
            title: "Find your practice's Patient Participation Group", context: context,
            breadcrumbs: [Crumb(title: "Home", href: SiteURL.home.path)],
            content: .group(
                Blocks.heading("Find your practice's Patient Participation Group"),
                Blocks.lead(
                    "A Patient Participation Group (PPG) is a group of patients who work with their GP practice to improve it. Anyone registered at the practice can join."
                ),
                getForm(
                    action: SiteURL.ppgDirectory.path,
                    .div(
                        .class("tandem-filters"),
                        FormField.text(
                            "q", label: "Practice name or postcode district", value: model.q,
                            hint: "For example: Market Street, or NV3", type: "search"),
                        Buttons.submit("Search", style: .secondary))),
                model.rows.isEmpty
                    ? Blocks.inset(
                        Blocks.paragraph("No practices match. Try part of the name, or the first half of the postcode."))
                    : dataTable(
                        caption: "\(counted(model.pagination.totalItems, "practice", "practices"))",
                        columns: [.init(heading: "Practice"), .init(heading: "Postcode"), .init(heading: "PPG")],
                        rows: model.rows.map { row in
                            [
                                link(row.practice, href: SiteURL.ppgDirectoryPractice(.value(row.practiceID)).path),
                                .plain(row.postcode ?? ""),
                                .plain(row.format.map { "Yes: \($0.label.lowercased())" } ?? (row.hasPPG ? "Yes" : "Not yet")),
                            ]
                        }),
                pagination(
                    model.pagination, href: { SiteURL.ppgDirectory.path(query: [("q", model.q), ("page", String($0))]) },
                    noun: "practices")))
    }
}

/// One practice in the public directory: its PPG, how to join, and "I would like to join".
enum PPGDirectoryPracticePage {
    struct Model {
        /// Just after a request to join was sent.
        let sent: Bool
        let practiceID: UUID
        let practice: String
        let postcode: String?
        let ppg: (name: String, format: PPGMeetingFormat, frequency: String, howToJoin: String)?
        let form: PPGJoinForm
        let errors: FormErrors
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let errors = model.errors, input = model.form
        return Layout.page(
            title: (errors.isEmpty ? "" : "Error: ") + "Patient Participation Group - \(model.practice)", context: context,
            breadcrumbs: [Crumb(title: "PPG directory", href: SiteURL.ppgDirectory.path)],
            content: .div(
                .class("nhsuk-grid-row"),
                .div(
                    .class("nhsuk-grid-column-two-thirds"),
                    errorSummary(errors),
                    Blocks.heading(model.ppg?.name ?? "Patient Participation Group", caption: model.practice),
                    model.sent
                        ? Blocks.successBanner(
                            "Thank you. Your request has gone to the PPG's chair and the practice, who will contact you.")
                        : .empty,
                    model.ppg.map { ppg in
                        .group(
                            summaryList([
                                SummaryRow("How it meets", text: ppg.format.label),
                                SummaryRow("How often", text: ppg.frequency),
                                SummaryRow("How to join", text: ppg.howToJoin),
                            ]),
                            Blocks.heading("I would like to join", level: 2, size: "m"),
                            Blocks.paragraph(
                                "Leave your details and the PPG's chair or the practice will get in touch. We pass them on only to them."
                            ),
                            postForm(
                                action: SiteURL.ppgDirectoryPractice(.value(model.practiceID)).path, csrf: context.csrf,
                                FormField.text(
                                    "name", label: "Your name", value: input.name, error: errors["name"], autocomplete: "name"),
                                FormField.text(
                                    "email", label: "Your email address", value: input.email, error: errors["email"],
                                    type: "email",
                                    autocomplete: "email", spellcheck: false),
                                FormField.text(
                                    "phone", label: "Your phone number (optional)", value: input.phone, error: errors["phone"],
                                    type: "tel",
                                    autocomplete: "tel"),
                                FormField.checkboxes(
                                    "consent", legend: "Contacting you",
                                    options: [
                                        .init(
                                            value: "yes", label: "The PPG's chair and the practice may contact me about joining")
                                    ],
                                    selected: Set(input.consent ?? []), error: errors["consent"]),
                                Buttons.submit("Send my request")))
                    }
                        ?? Blocks.inset(
                            Blocks.paragraph(
                                "This practice has no Patient Participation Group in Tandem yet. Ask at reception: the practice may be starting one."
                            )))))
    }
}
