import Fluent
import Foundation
import SQLKit

/// The statements that count an event's places. Each is one atomic UPDATE ... RETURNING,
/// so that two people signing up at the same moment, on this server or another, can
/// never both take the last place; PostgreSQL also holds the event's row until the
/// transaction ends. Raw SQL because Fluent cannot say "add one where there is room"
/// and read the result in one statement.
enum EventPlacesQuery {
    /// The next place in the event's order of joining.
    static func nextPosition(_ eventID: UUID, on db: any Database) async throws -> Int {
        let sql = db as! any SQLDatabase
        guard
            let position = try await sql.raw(
                "UPDATE events SET last_position = last_position + 1 WHERE id = \(bind: eventID) RETURNING last_position"
            ).first(decodingColumn: "last_position", as: Int.self)
        else { throw EventPlacesError.noSuchEvent }
        return position
    }

    /// Takes a place if one is free; false when the event is full.
    static func takePlace(_ eventID: UUID, on db: any Database) async throws -> Bool {
        let sql = db as! any SQLDatabase
        return try await sql.raw(
            """
            UPDATE events SET places_taken = places_taken + 1
            WHERE id = \(bind: eventID) AND (capacity IS NULL OR places_taken < capacity) RETURNING places_taken
            """
        ).first(decodingColumn: "places_taken", as: Int.self) != nil
    }

    /// Gives a place back when someone with one cancels.
    static func givePlaceBack(_ eventID: UUID, on db: any Database) async throws {
        let sql = db as! any SQLDatabase
        try await sql.raw(
            "UPDATE events SET places_taken = places_taken - 1 WHERE id = \(bind: eventID) AND places_taken > 0"
        ).run()
    }
}

enum EventPlacesError: Error {
    case noSuchEvent
}
