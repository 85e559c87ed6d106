import Fluent
import Foundation
import TandemCore

/// A project's codebook: the built-in themes, copied in the first time the
/// project's codebook is used (so the team can edit them), and the team's own.
enum ProjectCodebook {
    static func themes(of projectID: UUID, on db: any Database) async throws -> [Theme] {
        let existing = try await Theme.query(on: db).filter(\.$project.$id == projectID).sort(\.$createdAt).sort(\.$name).all()
        guard existing.isEmpty else { return existing }
        do {
            try await db.transaction { db in
                // Spaced a millisecond apart so the built-in order is kept.
                let start = Date()
                for (index, theme) in DefaultCodebook.themes.enumerated() {
                    let row = Theme(projectID: projectID, key: theme.id, name: theme.name, details: theme.description)
                    row.createdAt = start.addingTimeInterval(Double(index) / 1000)
                    try await row.create(on: db)
                }
            }
        } catch {
            // Another request copied them in at the same moment: theirs stand. Anything else is a failure.
            guard try await Theme.query(on: db).filter(\.$project.$id == projectID).count() > 0 else { throw error }
        }
        return try await Theme.query(on: db).filter(\.$project.$id == projectID).sort(\.$createdAt).sort(\.$name).all()
    }

    /// Themes by the label a suggestion gives them (see `Theme.label`).
    static func byLabel(_ themes: [CodebookEntry]) -> [String: CodebookEntry] {
        Dictionary(themes.map { ($0.label, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The codebook as plain values, kept in memory for a few seconds: the
    /// coding screen reads it on every comment. Changes made in this process
    /// are seen at once (`CodingCaches.forgetCodebook`).
    static func entries(of projectID: UUID, caches: CodingCaches, on db: any Database) async throws -> [CodebookEntry] {
        try await caches.codebooks.value(for: projectID) { try await themes(of: projectID, on: db).map(\.entry) }
    }

    /// Adds or changes a theme: the one way a codebook is written, so the kept copy is forgotten at once.
    static func save(_ theme: Theme, caches: CodingCaches, on db: any Database) async throws {
        try await theme.save(on: db)
        caches.codebooks.invalidate(theme.$project.id)
    }
}

/// A codebook theme as a plain value.
struct CodebookEntry: Sendable, Equatable {
    let id: UUID
    let key: String?
    let name: String
    let details: String

    /// How suggestions name it (see `Theme.label`).
    var label: String { key ?? id.lowercasedString }
}

extension Theme {
    var entry: CodebookEntry { CodebookEntry(id: id!, key: key, name: name, details: details) }
}
