import Fluent
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
}
