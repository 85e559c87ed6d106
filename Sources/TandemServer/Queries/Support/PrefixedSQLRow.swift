import SQLKit

/// A row seen through a prefix: its column `prefix + name` read as `name`. Lets
/// one statement return two models whose columns share names (both have an
/// `id` and a `name`), each decoded with `decode(fluentModel:)`.
struct PrefixedSQLRow: SQLRow {
    let row: any SQLRow
    let prefix: String

    init(_ row: any SQLRow, prefix: String) {
        self.row = row
        self.prefix = prefix
    }

    var allColumns: [String] {
        row.allColumns.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
    }

    func contains(column: String) -> Bool { row.contains(column: prefix + column) }

    func decodeNil(column: String) throws -> Bool { try row.decodeNil(column: prefix + column) }

    func decode<D: Decodable>(column: String, as type: D.Type) throws -> D { try row.decode(column: prefix + column, as: type) }
}
