import Foundation
import Plot
import TandemCore

/// Claims waiting for a decision and those approved, for approvers, with the finance export.
enum ClaimListPage {
    struct Row: Sendable {
        let id: UUID
        let person: String
        let day: Date
        let activity: String
        let total: Pence
        let status: ClaimStatus
        let submittedAt: Date
    }

    struct Model {
        let status: ClaimStatus
        let counts: [ClaimStatus: Int]
        let rows: [Row]
        let page: Pagination
        let exportFrom: DateParts
        let exportTo: DateParts
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        Layout.page(
            title: "Claims", context: context, breadcrumbs: [Crumb(title: "Home", href: SiteURL.home.path)],
            content: .group(
                Blocks.heading("Claims for time and expenses"),
                Blocks.paragraph(
                    "Approve claims, query them with a reason the person sees, and mark them paid. You cannot approve your own claims."
                ),
                Buttons.group(Buttons.link("Rate card", href: SiteURL.rateCard.path, style: .secondary)),
                .nav(
                    .attribute(named: "aria-label", value: "Claims by status"),
                    .ul(
                        .class("nhsuk-list"),
                        .forEach(ClaimStatus.allCases) { status in
                            .li(
                                status == model.status
                                    ? .strong(.text("\(status.label) (\(model.counts[status] ?? 0))"))
                                    : .a(
                                        .href(SiteURL.recognition.path(query: [("status", status.rawValue)])),
                                        .text("\(status.label) (\(model.counts[status] ?? 0))")))
                        })),
                model.rows.isEmpty
                    ? Blocks.inset(Blocks.paragraph("No claims are \(model.status.label.lowercased())."))
                    : dataTable(
                        caption: model.status.label, captionSize: "s",
                        columns: [
                            TableColumn(heading: "Person"), TableColumn(heading: "Day"), TableColumn(heading: "What"),
                            TableColumn(heading: "Amount", numeric: true), TableColumn(heading: "Sent"),
                        ],
                        rows: model.rows.map { row in
                            [
                                .a(.href(SiteURL.claim(.value(row.id)).path), .text(row.person)),
                                .text(CalendarDate.long(row.day)), .text(row.activity), .text(row.total.text),
                                .text(CalendarDate.long(row.submittedAt)),
                            ]
                        }),
                pagination(
                    model.page,
                    href: { SiteURL.recognition.path(query: [("status", model.status.rawValue), ("page", String($0))]) },
                    noun: "claims"),
                Blocks.heading("Export for finance", level: 2, size: "m"),
                Blocks.paragraph(
                    "A spreadsheet of the claims approved in a period, each once, with each person's payment reference. Tandem never holds bank details."
                ),
                element(
                    "form", .attr("method", "get"), .attr("action", SiteURL.financeExport.path),
                    FormField.date("from", legend: "Approved from", value: model.exportFrom),
                    FormField.date("to", legend: "Up to and including", value: model.exportTo),
                    Buttons.submit("Download the spreadsheet", style: .secondary))))
    }
}

/// One claim: the time and expenses with receipts, the payment worked out, its history, and for
/// approvers the decision (with the warning when it would pass a limit the person set).
enum ClaimPage {
    struct Expense: Sendable {
        let id: UUID
        let kind: ExpenseKind
        let detail: String
        let amount: Pence
        let receiptName: String?
    }

    struct Model {
        let id: UUID
        let person: String
        let paymentReference: String?
        let day: Date
        let activity: String
        let level: ActivityLevel
        let opportunity: String?
        let hours: Double
        let preparation: Double
        let choice: String
        let time: Pence
        let expenses: [Expense]
        let total: Pence
        let status: ClaimStatus
        let queryReason: String?
        let answer: String?
        let declaredOutsideWork: Bool
        let decidedBy: String?
        let decidedAt: Date?
        let paidAt: Date?
        let limitWarning: String?
        let mayDecide: Bool
        let isOwn: Bool
        let errors: FormErrors
    }

    static func colour(_ status: ClaimStatus) -> String {
        switch status {
        case .submitted: "blue"
        case .queried: "yellow"
        case .approved: "green"
        case .paid: "grey"
        }
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let errors = model.errors
        return Layout.page(
            title: (errors.isEmpty ? "" : "Error: ") + "Claim for \(CalendarDate.long(model.day))", context: context,
            breadcrumbs: [
                model.mayDecide
                    ? Crumb(title: "Claims", href: SiteURL.recognition.path)
                    : Crumb(title: "Your time and claims", href: SiteURL.myTime.path)
            ],
            content: .group(
                errorSummary(errors),
                Blocks.heading("Claim for \(CalendarDate.long(model.day))", caption: model.person),
                Blocks.tag(model.status.label, colour: colour(model.status)),
                summaryList(
                    [
                        SummaryRow("What", text: model.activity),
                        SummaryRow("Level", text: model.level.label),
                        SummaryRow("Opportunity", text: model.opportunity, empty: "None"),
                        SummaryRow(
                            "Hours",
                            text:
                                "\(RecognitionReports.hours(model.hours)) and \(RecognitionReports.hours(model.preparation)) preparation"
                        ),
                        SummaryRow("Payment choice", text: model.choice),
                        SummaryRow("For the time", text: model.time.text),
                        SummaryRow(
                            "Expenses",
                            text: model.expenses.isEmpty ? nil : model.expenses.reduce(Pence.zero) { $0 + $1.amount }.text,
                            empty: "None"),
                        SummaryRow("Total", .strong(.text(model.total.text))),
                        SummaryRow("Payment reference", text: model.paymentReference, empty: "Not given yet"),
                    ]
                        + (model.declaredOutsideWork
                            ? [SummaryRow("Declaration", text: "Outside their job and working time")] : [])
                        + (model.decidedAt.map { at in
                            [SummaryRow("Decided", text: "\(CalendarDate.long(at)) by \(model.decidedBy ?? "an approver")")]
                        } ?? []) + (model.paidAt.map { [SummaryRow("Paid", text: CalendarDate.long($0))] } ?? [])),
                expenses(model),
                model.queryReason.map { reason in
                    Blocks.inset(
                        Blocks.paragraph("Question from the approver: \(reason)"),
                        model.answer.map { Blocks.paragraph("Answer: \($0)") } ?? .empty)
                } ?? .empty,
                model.isOwn && model.status == .queried ? answerForm(model, context: context) : .empty,
                model.mayDecide && !model.isOwn ? decisionForm(model, context: context) : .empty,
                model.mayDecide && model.isOwn
                    ? Blocks.inset(Blocks.paragraph("This is your own claim: another approver must decide it.")) : .empty))
    }

    private static func expenses(_ model: Model) -> Markup {
        guard !model.expenses.isEmpty else { return .empty }
        return dataTable(
            caption: "Expenses", captionSize: "s",
            columns: [
                TableColumn(heading: "Kind"), TableColumn(heading: "Detail"), TableColumn(heading: "Amount", numeric: true),
                TableColumn(heading: "Receipt"),
            ],
            rows: model.expenses.map { expense in
                [
                    .text(expense.kind.label), .text(expense.detail), .text(expense.amount.text),
                    expense.receiptName.map { name in
                        .a(.href(SiteURL.claim(.value(model.id), .receipt(.value(expense.id))).path), .text(name))
                    } ?? .text("None"),
                ]
            })
    }

    private static func answerForm(_ model: Model, context: PageContext) -> Markup {
        postForm(
            action: SiteURL.claim(.value(model.id), .answer).path, csrf: context.csrf,
            FormField.textarea("answer", label: "Your answer", value: nil, error: model.errors["answer"], rows: 3),
            Buttons.submit("Send the answer"))
    }

    private static func decisionForm(_ model: Model, context: PageContext) -> Markup {
        let errors = model.errors
        switch model.status {
        case .submitted:
            return .group(
                Blocks.heading("Decide", level: 2, size: "m"),
                model.limitWarning.map { Blocks.warning("Their own limit", Blocks.paragraph($0)) } ?? .empty,
                postForm(
                    action: SiteURL.claim(.value(model.id), .decision).path, csrf: context.csrf,
                    FormField.radios(
                        "decision", legend: "Your decision",
                        options: [
                            .init(value: ClaimStatus.approved.rawValue, label: "Approve: pay \(model.total.text)"),
                            .init(value: ClaimStatus.queried.rawValue, label: "Query it: ask the person a question first"),
                        ], selected: nil, error: errors["decision"]),
                    FormField.textarea(
                        "reason", label: "Your question (when you query it)", value: nil, error: errors["reason"],
                        hint: "The person sees this", rows: 3),
                    model.limitWarning == nil
                        ? .empty
                        : FormField.checkboxes(
                            "checked", legend: "Before approving",
                            options: [.init(value: "yes", label: "I have asked them and they want this paid")], selected: [],
                            error: errors["checked"]),
                    Buttons.submit("Save the decision")))
        case .approved:
            return postForm(
                action: SiteURL.claim(.value(model.id), .decision).path, csrf: context.csrf,
                FormField.hidden("decision", ClaimStatus.paid.rawValue), Buttons.submit("Mark as paid", style: .secondary))
        case .queried, .paid:
            return .empty
        }
    }
}
