import Fluent
import Foundation
import TandemCore
import FluentSQL
import SQLKit

/// "This list column holds this value", for the columns Fluent keeps as arrays (topics,
/// audiences): SQLite keeps them as JSON text, PostgreSQL as arrays, so each needs its own SQL.
enum ArrayColumn {
    /// The condition on `table.column` (a table name or an alias), for raw statements.
    static func contains(_ table: String, _ column: String, anyOf values: [String], on db: any Database) -> SQLQueryString {
        let sql = db as! any SQLDatabase
        if sql.isPostgreSQL {
            return "\(ident: table).\(ident: column) && ARRAY[\(binds: values)]::text[]"
        }
        return
            "EXISTS (SELECT 1 FROM json_each(\(ident: table).\(ident: column)) AS element WHERE element.value IN (\(binds: values)))"
    }

    /// The same condition for a Fluent query of a model.
    static func filter<M: Model>(
        _ model: M.Type, _ column: String, anyOf values: [String], on db: any Database
    ) -> DatabaseQuery.Filter {
        .sql(embed: contains(M.schema, column, anyOf: values, on: db))
    }

    /// A list column read from a raw statement's row: JSON text on SQLite (read by `FlatJSON`, a
    /// general decoder only for what it cannot read), an array on PostgreSQL.
    static func read<Column>(_ row: QueryRowReader<Column>, _ column: Column) throws -> [String] {
        // PostgreSQL can answer an array as its text ("{a,b}"), which is not JSON: only "[...]" is read here.
        if let text = try? row(column, as: String.self), text.hasPrefix("[") {
            return try FlatJSON.strings(text) ?? JSONDecoder().decode([String].self, from: Data(text.utf8))
        }
        return try row(column, as: [String].self)
    }
}
