import SQLKit

extension SQLRow {
    /// The column's value, or nil where it is NULL. The same as decoding
    /// `D?`, but SQLiteKit decodes an optional through a nested `Decoder`
    /// made for each value, which cost more than the rest of reading a row.
    func decodeIfPresent<D: Decodable>(column: String, as type: D.Type) throws -> D? {
        try decodeNil(column: column) ? nil : decode(column: column, as: type)
    }
}
