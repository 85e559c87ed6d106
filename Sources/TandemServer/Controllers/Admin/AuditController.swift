import Fluent
import TandemCore
import Vapor

/// The audit log: every change to organisations, people, consent and accounts.
enum AuditController {
    static let perPage = 50

    static func list(req: Request) async throws -> Response {
        try req.authorize(.viewAuditLog)
        let filters = AuditLogPage.Filters(
            actor: req.query[String.self, at: "actor"].nonBlank.flatMap(UUID.init(uuidString:)),
            subject: req.query[String.self, at: "subject"].nonBlank.flatMap(UUID.init(uuidString:)),
            recordType: req.query[String.self, at: "type"].nonBlank.flatMap(AuditRecordType.init(rawValue:)),
            from: req.query[String.self, at: "from"].nonBlank,
            to: req.query[String.self, at: "to"].nonBlank)
        let model = try await listModel(filters: filters, page: req.requestedPage, on: req.db)
        return AuditLogPage.render(model, context: try await PageContext.make(req, section: .audit)).response()
    }

    static func listModel(filters: AuditLogPage.Filters, page: Int?, on db: any Database) async throws -> AuditLogPage.Model {
        var errors = FormErrors()
        let query = AuditEntry.query(on: db)
        if let actor = filters.actor { query.filter(\.$actor.$id == actor) }
        if let subject = filters.subject { query.filter(\.$subjectPersonID == subject) }
        if let type = filters.recordType { query.filter(\.$recordType == type.rawValue) }
        if let from = filters.from {
            if let date = isoDay(from) {
                query.filter(\.$at >= date)
            } else {
                errors.add("from", "Enter a date, like 2026-11-21")
            }
        }
        if let to = filters.to {
            if let date = isoDay(to) {
                query.filter(\.$at < date.addingTimeInterval(86_400))
            } else {
                errors.add("to", "Enter a date, like 2026-11-21")
            }
        }
        let pagination = Pagination(page: page, perPage: perPage, totalItems: try await query.count())
        let entries = try await query.sort(\.$at, .descending)
            .range(pagination.offset..<(pagination.offset + perPage)).all()

        // People who have made changes, for the "changed by" filter.
        let actorIDs = try await AuditEntry.query(on: db).filter(\.$actor.$id != nil).unique().all(\.$actor.$id).compactMap { $0 }
        let actors = try await Person.query(on: db).filter(\.$id ~~ actorIDs).sort(\.$name).all()
        let subjectName = try await filters.subject.asyncMap { try await Person.find($0, on: db)?.name }
        return .init(
            entries: entries.map { .init($0) }, filters: filters, pagination: pagination,
            actorOptions: actors.map { .init(value: $0.id!.lowercasedString, label: $0.name) },
            subjectName: subjectName ?? nil, errors: errors)
    }

    /// A date typed as YYYY-MM-DD (as date inputs send it), at midnight UTC.
    static func isoDay(_ text: String) -> Date? {
        let parts = text.split(separator: "-").map(String.init)
        guard parts.count == 3,
            case .success(let date) = CalendarDate.parse(day: parts[2], month: parts[1], year: parts[0], fieldName: "Date")
        else { return nil }
        return date
    }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
