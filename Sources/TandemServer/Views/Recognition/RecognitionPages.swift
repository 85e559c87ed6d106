import Foundation
import Plot
import TandemCore

/// How someone chooses to be recognised for their time, with the note about benefits and tax.
enum PaymentChoicePage {
    struct Model {
        let history: [(choice: String, chosenAt: Date)]
        let form: PaymentChoiceForm
        let errors: FormErrors
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let input = model.form, errors = model.errors
        return Layout.page(
            title: (errors.isEmpty ? "" : "Error: ") + "Your payment choice", context: context,
            breadcrumbs: [Crumb(title: "Your time and claims", href: SiteURL.myTime.path)],
            content: .div(
                .class("nhsuk-grid-row"),
                .div(
                    .class("nhsuk-grid-column-two-thirds"),
                    errorSummary(errors),
                    Blocks.heading("Your payment choice"),
                    Blocks.paragraph(
                        "Your time is valued whatever you choose. You can change your mind at any time; claims already sent keep the choice they were sent with."
                    ),
                    Blocks.warning(
                        "Payments, benefits and tax",
                        Blocks.paragraph(
                            "Payments for involvement may affect some benefits, and may count as income for tax. Before you choose, you can get free, confidential advice from Citizens Advice, a welfare rights adviser at your local council, or the Jobcentre Plus adviser who handles your claim. You can set your own limit below, and an approver will check with you before a claim would take you over it."
                        )),
                    postForm(
                        action: SiteURL.myPayment.path, csrf: context.csrf,
                        FormField.radios(
                            "choice", legend: "How would you like to be recognised?",
                            options: PaymentChoice.Kind.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                            selected: input.choice, error: errors["choice"]),
                        FormField.text(
                            "lower-rate", label: "The lower amount an hour, if you chose one", value: input.lowerRate,
                            error: errors["lower-rate"], width: "5", inputmode: "decimal"),
                        Blocks.heading("Your own limit (optional)", level: 2, size: "s"),
                        FormField.text(
                            "limit", label: "The most you want to be paid for your time in a period, in pounds",
                            value: input.limit, error: errors["limit"], width: "5", inputmode: "decimal"),
                        FormField.date(
                            "limit-from", legend: "The period starts",
                            value: DateParts(
                                day: input.limitFromDay ?? "", month: input.limitFromMonth ?? "", year: input.limitFromYear ?? ""),
                            error: errors["limit-from"]),
                        FormField.date(
                            "limit-to", legend: "The period ends",
                            value: DateParts(
                                day: input.limitToDay ?? "", month: input.limitToMonth ?? "", year: input.limitToYear ?? ""),
                            error: errors["limit-to"]),
                        FormField.text(
                            "reference", label: "Your payment reference (optional)", value: input.reference,
                            error: errors["reference"],
                            hint:
                                "The reference the finance team pays you by, such as your supplier or payroll number. Never your bank details: Tandem does not keep them.",
                            width: "10"),
                        FormField.checkboxes(
                            "public-body", legend: "Working for a public body",
                            options: [
                                .init(
                                    value: "yes",
                                    label:
                                        "I work for the NHS or another public body (I am paid only for involvement outside my job and working time)"
                                )
                            ], selected: Set(input.publicBody ?? []), small: true),
                        Buttons.submit("Save my choice")),
                    model.history.isEmpty
                        ? .empty
                        : .group(
                            Blocks.heading("Your choices so far", level: 2, size: "s"),
                            Blocks.bulletList(model.history.map { "\($0.choice), from \(CalendarDate.long($0.chosenAt))" })))))
    }
}

/// A person's year (the tax year): hours, payments and expenses, printable.
enum StatementPage {
    struct Model {
        let person: String
        let statement: RecognitionReports.Statement
        let years: [Int]
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let statement = model.statement
        let title = "Statement for \(statement.taxYear) to \(statement.taxYear + 1)"
        return Layout.page(
            title: title, context: context, breadcrumbs: [Crumb(title: "Your time and claims", href: SiteURL.myTime.path)],
            content: .group(
                Blocks.heading(title, caption: model.person),
                Blocks.paragraph("The tax year from 6 April \(statement.taxYear) to 5 April \(statement.taxYear + 1)."),
                .p(
                    .class("tandem-no-print"),
                    .forEach(model.years.filter { $0 != statement.taxYear }) { year in
                        .group(
                            .a(.href(SiteURL.myStatement.path(query: [("year", String(year))])), .text("\(year) to \(year + 1)")),
                            .text(" "))
                    }),
                summaryList([
                    SummaryRow("Hours given", text: RecognitionReports.hours(statement.hours)),
                    SummaryRow("Payments for time", text: statement.payments.text),
                    SummaryRow("Expenses repaid", text: statement.expenses.text),
                    SummaryRow("Waiting for approval", text: statement.waiting.text),
                ]),
                statement.lines.isEmpty
                    ? Blocks.inset(Blocks.paragraph("No time recorded in this year."))
                    : dataTable(
                        caption: "Each activity", captionSize: "s",
                        columns: [
                            TableColumn(heading: "Day"), TableColumn(heading: "What"),
                            TableColumn(heading: "Hours", numeric: true), TableColumn(heading: "Payment", numeric: true),
                            TableColumn(heading: "Expenses", numeric: true), TableColumn(heading: "Where it is"),
                        ],
                        textRows: statement.lines.map {
                            [
                                CalendarDate.long($0.day), $0.activity, RecognitionReports.hours($0.hours), $0.time.text,
                                $0.expenses.text, $0.status.label,
                            ]
                        })))
    }
}

/// The rate card: rates by level from the day each applies, mileage, and whether an admin confirmed it.
enum RateCardPage {
    struct Model {
        let current: RateCards.Current
        let mayChange: Bool
        let form: RateForm
        let errors: FormErrors
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let current = model.current, errors = model.errors, input = model.form
        let rates = current.card.rates.sorted { ($0.from, $0.level.rawValue) > ($1.from, $1.level.rawValue) }
        return Layout.page(
            title: (errors.isEmpty ? "" : "Error: ") + "Rate card", context: context,
            breadcrumbs: [Crumb(title: "Claims", href: SiteURL.recognition.path)],
            content: .group(
                errorSummary(errors),
                Blocks.heading("Rate card"),
                current.isConfirmed
                    ? Blocks.paragraph(
                        "Confirmed by \(current.confirmedBy ?? "an admin") on \(CalendarDate.long(current.confirmedAt ?? Date()))."
                    )
                    : Blocks.warning(
                        "These are examples",
                        Blocks.paragraph(
                            "Tandem ships with example rates (£11.50 and £15 an hour, as some trusts pay, rising 10% from 16 December 2025 as NIHR's did) and HMRC's approved mileage rates. An admin must check them against your organisation's policy and confirm them."
                        )),
                Blocks.paragraph(
                    "A rate applies to activities from its day and not before. Time is paid by the hour, up to the half-day rate for up to 4 hours (with preparation) and up to the day rate for longer. Claims must be made within \(current.maximumClaimAgeDays) days; fares, parking and care need a receipt."
                ),
                dataTable(
                    caption: "Rates for time", captionSize: "s",
                    columns: [
                        TableColumn(heading: "Level"), TableColumn(heading: "From"),
                        TableColumn(heading: "An hour", numeric: true), TableColumn(heading: "Half day", numeric: true),
                        TableColumn(heading: "Day", numeric: true),
                    ],
                    textRows: rates.map {
                        [
                            "\($0.level.label): \($0.level.explanation.lowercased())", CalendarDate.long($0.from), $0.hourly.text,
                            $0.halfDay?.text ?? "None", $0.day?.text ?? "None",
                        ]
                    }),
                dataTable(
                    caption: "Mileage", captionSize: "s",
                    columns: [
                        TableColumn(heading: "Vehicle"), TableColumn(heading: "From"),
                        TableColumn(heading: "A mile", numeric: true), TableColumn(heading: "In a tax year"),
                    ],
                    textRows: current.card.mileage.map {
                        [
                            $0.vehicle.label, CalendarDate.long($0.from), $0.perMile.text,
                            $0.threshold.map { "\($0.perMile.text) a mile after \($0.miles.commaGrouped) miles" }
                                ?? "The same rate",
                        ]
                    }),
                model.mayChange
                    ? .group(
                        Blocks.heading("Add a rate", level: 2, size: "m"),
                        postForm(
                            action: SiteURL.rateCardRates.path, csrf: context.csrf,
                            FormField.radios(
                                "level", legend: "Level",
                                options: ActivityLevel.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                                selected: input.level, error: errors["level"], inline: true),
                            FormField.date(
                                "from", legend: "Applies to activities from",
                                value: DateParts(
                                    day: input.fromDay ?? "", month: input.fromMonth ?? "", year: input.fromYear ?? ""),
                                error: errors["from"]),
                            FormField.text(
                                "hourly", label: "An hour, in pounds", value: input.hourly, error: errors["hourly"], width: "5"),
                            FormField.text(
                                "half-day", label: "Half day (optional)", value: input.halfDay, error: errors["half-day"],
                                width: "5"),
                            FormField.text("day", label: "Day (optional)", value: input.day, error: errors["day"], width: "5"),
                            Buttons.submit("Add the rate", style: .secondary)),
                        current.isConfirmed
                            ? .empty
                            : postForm(
                                action: SiteURL.rateCardConfirm.path, csrf: context.csrf,
                                Buttons.submit("Confirm the rate card as shown")))
                    : .empty))
    }
}
