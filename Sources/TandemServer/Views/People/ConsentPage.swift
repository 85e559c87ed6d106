import Foundation
import Plot
import TandemCore

enum ConsentView {
    static func statusText(_ status: ConsentStatus) -> Markup {
        if let given = status.givenAt {
            return .group(Blocks.tag("Given", colour: "green"), .plain(" on \(CalendarDate.long(given))"))
        }
        if let withdrawn = status.lastWithdrawnAt {
            return .group(Blocks.tag("Withdrawn", colour: "grey"), .plain(" on \(CalendarDate.long(withdrawn))"))
        }
        return .group(Blocks.tag("Not given", colour: "white"))
    }
}

enum ConsentPage {
    struct HistoryRow: Sendable {
        let purpose: String
        let givenAt: Date
        let how: String
        let recordedBy: String?
        let withdrawnAt: Date?
        let withdrawnBy: String?

        init(_ record: ConsentRecord) {
            purpose = record.purpose.label
            givenAt = record.givenAt
            how = record.howGiven
            recordedBy = record.$recordedBy.value??.displayName
            withdrawnAt = record.withdrawnAt
            withdrawnBy = record.$withdrawalRecordedBy.value??.displayName
        }
    }

    struct Model {
        let person: PersonSummary
        let isSelf: Bool
        let statuses: [ConsentStatus]
        let history: [HistoryRow]
        let input: ConsentForm
        let errors: FormErrors
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let person = model.person
        let notGiven = model.statuses.filter { !$0.isGiven }
        return Layout.page(
            title: (model.errors.isEmpty ? "" : "Error: ")
                + (model.isSelf ? "What you consent to" : "Consent for \(person.displayName)"),
            context: context,
            breadcrumbs: [Crumb(title: model.isSelf ? "Your profile" : person.displayName, href: person.href)],
            errorSummary(model.errors),
            Blocks.heading(model.isSelf ? "What you consent to" : "Consent", caption: model.isSelf ? nil : person.displayName),
            Blocks.paragraph(
                model.isSelf
                    ? "You decide what Tandem may do with your information, one purpose at a time. You can withdraw consent whenever you like, and it takes effect straight away."
                    : "Record consent only when the person has agreed. Withdrawal takes effect straight away."),
            dataTable(
                caption: "Now", columns: [.init(heading: "Purpose"), .init(heading: "Status"), .init(heading: "Action")],
                rows: model.statuses.map { status in
                    [
                        .group(
                            .strong(.plain(status.purpose.label)), .p(.class("nhsuk-body-s"), .plain(status.purpose.explanation))),
                        ConsentView.statusText(status),
                        status.activeRecordID.map { recordID in
                            postForm(
                                action: SiteURL.person(.value(person.id), .withdrawConsent(.value(recordID))).path,
                                csrf: context.csrf,
                                Buttons.submit("Withdraw", style: .secondary, small: true))
                        } ?? .empty,
                    ]
                }),
            notGiven.isEmpty ? .empty : giveForm(model, notGiven: notGiven, csrf: context.csrf),
            history(model.history))
    }

    private static func giveForm(_ model: Model, notGiven: [ConsentStatus], csrf: String) -> Markup {
        postForm(
            action: SiteURL.person(.value(model.person.id), .consent).path, csrf: csrf,
            Blocks.heading(model.isSelf ? "Give consent" : "Record consent given", level: 2, size: "m"),
            FormField.checkboxes(
                "purposes", legend: model.isSelf ? "I consent to Tandem:" : "They consented to:",
                options: notGiven.map {
                    .init(value: $0.purpose.rawValue, label: $0.purpose.label, hint: $0.purpose.explanation)
                },
                selected: Set(model.input.purposes ?? []), error: model.errors["purposes"]),
            model.isSelf
                ? .empty
                : .group(
                    FormField.radios(
                        "how", legend: "How was consent given?",
                        options: ConsentForm.waysOfGiving.map { .init(value: $0, label: $0) },
                        selected: model.input.how, error: model.errors["how"]),
                    FormField.date(
                        "given", legend: "Date given (optional)", value: model.input.given, error: model.errors["given"],
                        hint: "Leave blank for today. For example, 15 3 2026")),
            Buttons.submit(model.isSelf ? "Give consent" : "Record consent"))
    }

    private static func history(_ rows: [HistoryRow]) -> Markup {
        guard !rows.isEmpty else { return .empty }
        return dataTable(
            caption: "History", columns: [.init(heading: "Purpose"), .init(heading: "Given"), .init(heading: "Withdrawn")],
            rows: rows.map { row in
                [
                    .plain(row.purpose),
                    .plain(
                        "\(CalendarDate.long(row.givenAt)), \(row.how.lowercased())"
                            + (row.recordedBy.map { ". Recorded by \($0)" } ?? "")),
                    .plain(
                        row.withdrawnAt.map { "\(CalendarDate.long($0))" + (row.withdrawnBy.map { ", by \($0)" } ?? "") }
                            ?? "Not withdrawn"),
                ]
            })
    }
}
