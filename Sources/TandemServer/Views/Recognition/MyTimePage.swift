import Foundation
import Plot
import TandemCore

/// A person's own time and claims: what their records say they gave (to claim in one step), the
/// form to claim time and an expense with its receipt, and their claims with where each stands.
enum MyTimePage {
    /// Time Tandem already knows about: a session delivered, a panel meeting, an event attended.
    struct FromRecords: Sendable {
        let day: Date
        let activity: String
        let level: ActivityLevel
        let hours: Double
        let preparation: Double
        let eventID: UUID?
        let timeRecordID: UUID?
    }

    struct ClaimRow: Sendable {
        let id: UUID
        let day: Date
        let activity: String
        let hours: Double
        let total: Pence
        let status: ClaimStatus
        let queryReason: String?
    }

    struct Model {
        let choice: String
        let cardConfirmed: Bool
        let maximumAgeDays: Int
        let publicBodyStaff: Bool
        let fromRecords: [FromRecords]
        let opportunities: [FormField.Option]
        let claims: [ClaimRow]
        let form: ClaimForm
        let errors: FormErrors
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let errors = model.errors
        return Layout.page(
            title: (errors.isEmpty ? "" : "Error: ") + "Your time and claims", context: context,
            breadcrumbs: [Crumb(title: "Home", href: SiteURL.home.path)],
            content: .group(
                errorSummary(errors),
                Blocks.heading("Your time and claims"),
                Blocks.paragraph(
                    "Record the time you give and claim your expenses. You are recognised for your time as you choose: \(model.choice.lowercased())."
                ),
                Buttons.group(
                    Buttons.link("Your payment choice", href: SiteURL.myPayment.path, style: .secondary),
                    Buttons.link("Your yearly statement", href: SiteURL.myStatement.path, style: .secondary),
                    Buttons.link("Your record of involvement", href: SiteURL.myRecord.path, style: .secondary)),
                model.cardConfirmed
                    ? .empty
                    : Blocks.inset(
                        Blocks.paragraph(
                            "The rates are examples until an admin confirms them, so amounts may change before approval.")),
                fromRecords(model, context: context),
                claimForm(model, context: context),
                claims(model, context: context)))
    }

    private static func fromRecords(_ model: Model, context: PageContext) -> Markup {
        guard !model.fromRecords.isEmpty else { return .empty }
        return .group(
            Blocks.heading("Time from your records", level: 2, size: "m"),
            Blocks.paragraph("Tandem knows you gave this time. Claim it in one step, or change the details first."),
            dataTable(
                caption: "Time from your records", captionHidden: true,
                columns: [
                    TableColumn(heading: "Day"), TableColumn(heading: "What"), TableColumn(heading: "Hours"),
                    .init(heading: "Claim"),
                ],
                rows: model.fromRecords.map { record in
                    [
                        .text(CalendarDate.long(record.day)), .text(record.activity),
                        .text(RecognitionReports.hours(record.hours + record.preparation)),
                        .a(
                            .href(
                                SiteURL.myTime.path(query: [
                                    ("event", record.eventID?.lowercasedString),
                                    ("record", record.timeRecordID?.lowercasedString),
                                ]) + "#claim"), .text("Claim this time")),
                    ]
                }))
    }

    private static func claimForm(_ model: Model, context: PageContext) -> Markup {
        let input = model.form, errors = model.errors
        return .div(
            .id("claim"),
            Blocks.heading("Claim time and expenses", level: 2, size: "m"),
            uploadForm(
                action: SiteURL.myClaims, csrf: context.csrf,
                FormField.hidden("event", input.event), FormField.hidden("time-record", input.timeRecord),
                FormField.date(
                    "on", legend: "The day you gave the time",
                    value: DateParts(day: input.day, month: input.month, year: input.year),
                    error: errors["on"], hint: "Claims are for time already given, within \(model.maximumAgeDays) days"),
                FormField.text(
                    "activity", label: "What you did", value: input.activity, error: errors["activity"],
                    hint: "For example, \u{201C}Check and Challenge group meeting\u{201D}"),
                model.opportunities.isEmpty
                    ? .empty
                    : FormField.select(
                        "opportunity", label: "The opportunity it was for (optional)", options: model.opportunities,
                        selected: input.opportunity, blankLabel: "None"),
                FormField.radios(
                    "level", legend: "Level of the activity",
                    options: ActivityLevel.allCases.map { .init(value: $0.rawValue, label: $0.label, hint: $0.explanation) },
                    selected: input.level, error: errors["level"], small: true),
                FormField.text(
                    "hours", label: "Hours", value: input.hours, error: errors["hours"], hint: "In quarter hours, like 1.5",
                    width: "3", inputmode: "decimal"),
                FormField.text(
                    "preparation", label: "Preparation time (optional)", value: input.preparation, error: errors["preparation"],
                    hint: "Reading papers, travelling to prepare: in hours", width: "3", inputmode: "decimal"),
                Blocks.heading("An expense (optional)", level: 3, size: "s"),
                FormField.select(
                    "expense", label: "Kind of expense",
                    options: ExpenseKind.allCases.map { .init(value: $0.rawValue, label: $0.label) }, selected: input.expense,
                    error: errors["expense"], blankLabel: "No expense"),
                FormField.select(
                    "vehicle", label: "How you travelled (for mileage)",
                    options: Vehicle.allCases.map { .init(value: $0.rawValue, label: $0.label) }, selected: input.vehicle,
                    error: errors["vehicle"]),
                FormField.text(
                    "miles", label: "Miles (for mileage)", value: input.miles, error: errors["miles"], width: "4",
                    inputmode: "decimal"),
                FormField.text(
                    "amount", label: "Amount in pounds (for fares, parking and care)", value: input.amount,
                    error: errors["amount"], width: "5", inputmode: "decimal"),
                FormField.file(
                    "receipt", label: "Receipt", error: errors["receipt"],
                    hint:
                        "A photo or PDF (\(ClaimRules.receiptTypes.sorted().joined(separator: ", "))). Needed for fares, parking and care.",
                    accept: ClaimRules.receiptTypes.sorted().map { ".\($0)" }.joined(separator: ",")),
                model.publicBodyStaff
                    ? FormField.checkboxes(
                        "declared", legend: "Your declaration",
                        options: [
                            .init(value: "yes", label: "This was outside my job and my working time")
                        ], selected: input.declared ? ["yes"] : [], error: errors["declared"])
                    : .empty,
                Buttons.submit("Send the claim")))
    }

    private static func claims(_ model: Model, context: PageContext) -> Markup {
        .group(
            Blocks.heading("Your claims", level: 2, size: "m"),
            model.claims.isEmpty
                ? Blocks.inset(Blocks.paragraph("No claims yet."))
                : dataTable(
                    caption: "Your claims", captionHidden: true,
                    columns: [
                        TableColumn(heading: "Day"), TableColumn(heading: "What"), TableColumn(heading: "Hours", numeric: true),
                        TableColumn(heading: "Amount", numeric: true), TableColumn(heading: "Where it is"),
                    ],
                    rows: model.claims.map { claim in
                        [
                            .text(CalendarDate.long(claim.day)),
                            .a(.href(SiteURL.claim(.value(claim.id)).path), .text(claim.activity)),
                            .text(RecognitionReports.hours(claim.hours)), .text(claim.total.text),
                            .group(
                                Blocks.tag(claim.status.label, colour: ClaimPage.colour(claim.status)),
                                claim.queryReason.map { reason in
                                    claim.status == .queried ? .p(.class("nhsuk-body-s"), .text("Question: \(reason)")) : .empty
                                } ?? .empty),
                        ]
                    }))
    }
}
