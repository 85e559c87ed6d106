import Fluent
import Foundation
import TandemCore

/// How far coders agree, theme by theme, on the comments two of them coded.
/// Where more than two coded a comment, the first two to code it are compared.
enum CoderAgreement {
    struct Row: Sendable {
        let theme: String
        let agreement: CohenKappa.Agreement
    }

    static func rows(projectID: UUID, themes: [Theme], on db: any Database) async throws -> (items: Int, rows: [Row]) {
        let reviews = try await ItemReview.query(on: db).filter(\.$project.$id == projectID).sort(\.$codedAt).all()
        var coders: [UUID: [UUID]] = [:]
        for review in reviews { coders[review.$item.id, default: []].append(review.$coder.id) }
        let pairs = coders.compactMapValues { $0.count >= 2 ? ($0[0], $0[1]) : nil }
        guard !pairs.isEmpty else { return (0, []) }
        let codings = try await Coding.query(on: db).filter(\.$item.$id ~~ Array(pairs.keys)).filter(\.$coder.$id != nil)
            .field(\.$id).field(\.$item.$id).field(\.$theme.$id).field(\.$coder.$id).all()
        var given = Set<[UUID]>()
        for coding in codings { given.insert([coding.$item.id, coding.$theme.id, coding.$coder.id!]) }
        let usedThemes = Set(codings.map(\.$theme.id))
        let rows = themes.filter { usedThemes.contains($0.id!) }.map { theme in
            let themeID = theme.id!
            let calls = pairs.map { item, coders in
                (first: given.contains([item, themeID, coders.0]), second: given.contains([item, themeID, coders.1]))
            }
            return Row(theme: theme.name, agreement: CohenKappa.agreement(calls))
        }
        return (pairs.count, rows)
    }
}
