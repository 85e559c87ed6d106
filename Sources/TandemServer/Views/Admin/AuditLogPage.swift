import Foundation
import Plot
import TandemCore

enum AuditLogPage {
    struct Filters: Sendable {
        var actor: UUID?
        var subject: UUID?
        var recordType: AuditRecordType?
        var from: String?
        var to: String?

        func query(page: Int? = nil) -> [(String, String?)] {
            [
                ("actor", actor?.lowercasedString), ("subject", subject?.lowercasedString),
                ("type", recordType?.rawValue), ("from", from), ("to", to), ("page", page.map(String.init)),
            ]
        }
    }

    struct Row: Sendable {
        let at: Date
        let actor: String
        let action: String
        let recordType: String
        let recordLabel: String
        let href: String?
        let fields: [String]

        init(_ entry: AuditEntry) {
            at = entry.at
            actor = entry.actorLabel
            action = AuditAction(rawValue: entry.action)?.label ?? entry.action
            let type = AuditRecordType(rawValue: entry.recordType)
            recordType = type?.label ?? entry.recordType
            recordLabel = entry.recordLabel
            switch type {
            case .organisation: href = SiteURL.organisation(.value(entry.recordID)).path
            case .person: href = SiteURL.person(.value(entry.recordID)).path
            default: href = entry.subjectPersonID.map { SiteURL.person(.value($0)).path }
            }
            fields = entry.fields.map { $0.replacingOccurrences(of: "_", with: " ") }
        }
    }

    struct Model {
        let entries: [Row]
        let filters: Filters
        let pagination: Pagination
        let actorOptions: [FormField.Option]
        let subjectName: String?
        let errors: FormErrors
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        Layout.page(
            title: "Audit log", context: context,
            errorSummary(model.errors),
            Blocks.heading("Audit log"),
            Blocks.paragraph(
                "Every change to organisations, people, consent, equality monitoring answers and accounts: who made it, when, and which fields changed. Values are not copied here."
            ),
            model.subjectName.map { name in
                Blocks.inset(.p(.plain("Showing changes about \(name). "), link("Show all changes", href: SiteURL.auditLog.path)))
            } ?? .empty,
            getForm(
                action: SiteURL.auditLog.path,
                model.filters.subject.map { FormField.hidden("subject", $0.lowercasedString) } ?? .empty,
                .div(
                    .class("tandem-filters"),
                    FormField.select(
                        "actor", label: "Changed by", options: model.actorOptions,
                        selected: model.filters.actor?.lowercasedString, blankLabel: "Anyone"),
                    FormField.select(
                        "type", label: "Record type",
                        options: AuditRecordType.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                        selected: model.filters.recordType?.rawValue, blankLabel: "All types"),
                    FormField.text(
                        "from", label: "From", value: model.filters.from, error: model.errors["from"], type: "date", width: "10"),
                    FormField.text(
                        "to", label: "To", value: model.filters.to, error: model.errors["to"], type: "date", width: "10"),
                    Buttons.submit("Filter", style: .secondary))),
            model.entries.isEmpty
                ? Blocks.inset(.p("No changes match these filters."))
                : .group(
                    dataTable(
                        caption: "Changes",
                        columns: [
                            .init(heading: "When"), .init(heading: "Who"), .init(heading: "What"), .init(heading: "Record"),
                            .init(heading: "Fields"),
                        ],
                        rows: model.entries.map { row in
                            [
                                .plain(CalendarDate.longWithTime(row.at)), .plain(row.actor),
                                .plain("\(row.action) (\(row.recordType.lowercased()))"),
                                row.href.map { link(row.recordLabel, href: $0) } ?? .plain(row.recordLabel),
                                .plain(row.fields.joined(separator: ", ")),
                            ]
                        }),
                    pagination(
                        model.pagination, href: { SiteURL.auditLog.path(query: model.filters.query(page: $0)) }, noun: "changes"))
        )
    }
}
