import SQLKit

/// A row that a raw statement reads, its columns named once, in `Column`. The
/// statement selects `selectList`, and `init` reads through a `QueryRowReader`
/// that knows only those columns, so the two cannot drift apart. Raw SQL lives
/// in `Queries/` only (`docs/ARCHITECTURE.md`, "Queries"), and reads its rows this way.
protocol QueryRow: Sendable {
    associatedtype Column: RawRepresentable, CaseIterable, Sendable where Column.RawValue == String
    /// The columns the statement selects; all of `Column` unless a row reads fewer.
    static var columns: [Column] { get }
    init(_ row: QueryRowReader<Column>) throws
}

extension QueryRow {
    static var columns: [Column] { Array(Column.allCases) }

    /// The columns as a select list, each prefixed by the table's alias (`i.id, i.project_id, ...`).
    static func selectList(from alias: String? = nil) -> SQLQueryString {
        let prefix = alias.map { "\($0)." } ?? ""
        return SQLQueryString(columns.map { prefix + $0.rawValue }.joined(separator: ", "))
    }

    static func decode(_ row: any SQLRow) throws -> Self { try Self(QueryRowReader(row: row)) }

    static func decode(_ rows: [any SQLRow]) throws -> [Self] { try rows.map(decode) }
}

/// Reads a `QueryRow`'s columns by name from a row.
struct QueryRowReader<Column: RawRepresentable> where Column.RawValue == String {
    let row: any SQLRow

    func callAsFunction<Value: Decodable>(_ column: Column, as type: Value.Type = Value.self) throws -> Value {
        try row.decode(column: column.rawValue, as: Value.self)
    }

    /// A column that may be NULL.
    func optional<Value: Decodable>(_ column: Column, as type: Value.Type = Value.self) throws -> Value? {
        try row.decodeIfPresent(column: column.rawValue, as: Value.self)
    }
}
