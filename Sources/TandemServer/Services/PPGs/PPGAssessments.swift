import Fluent
import Foundation
import TandemCore

/// The self-assessment's wording (versions) and each PPG's answers.
enum PPGAssessments {
    /// The wording in use: the newest version, made from the standard statements the first time.
    static func current(on db: any Database) async throws -> PPGQuestionnaire {
        if let newest = try await PPGQuestionnaire.query(on: db).sort(\.$version, .descending).first() { return newest }
        let first = PPGQuestionnaire(version: 1, statements: SelfAssessment.standardStatements, createdByID: nil)
        try await first.create(on: db)
        return first
    }

    /// Keeps a PPG's answers, and forgets the needs ranked from the earlier ones.
    static func save(_ assessment: PPGAssessment, on db: any Database, needs: Cache<String, PPGNeedsPage.Needs>) async throws {
        try await assessment.create(on: db)
        needs.invalidate { _ in true }
    }

    /// A new version when any statement's wording changed; the keys stay, so answers compare across versions.
    static func reword(
        _ texts: [String: String], by personID: UUID?, on db: any Database, needs: Cache<String, PPGNeedsPage.Needs>
    ) async throws -> PPGQuestionnaire? {
        let current = try await current(on: db)
        var statements = current.statements
        var changed = false
        for index in statements.indices {
            if let text = texts[statements[index].key], text != statements[index].text {
                statements[index].text = text
                changed = true
            }
        }
        guard changed else { return nil }
        let next = PPGQuestionnaire(version: current.version + 1, statements: statements, createdByID: personID)
        try await next.create(on: db)
        needs.invalidate { _ in true }
        return next
    }

    /// The newest assessments of a PPG, newest first.
    static func latest(_ ppgID: UUID, limit: Int = 2, on db: any Database) async throws -> [PPGAssessment] {
        try await PPGAssessment.query(on: db).filter(\.$ppg.$id == ppgID).sort(\.$completedOn, .descending)
            .limit(limit).with(\.$questionnaire).with(\.$completedBy).all()
    }

    /// Each PPG's newest assessment, for the heat map and the ranked needs.
    static func newestByPPG(_ ppgIDs: [UUID], on db: any Database) async throws -> [UUID: PPGAssessment] {
        guard !ppgIDs.isEmpty else { return [:] }
        let all = try await PPGAssessment.query(on: db).filter(\.$ppg.$id ~~ ppgIDs).sort(\.$completedOn, .descending).all()
        var newest: [UUID: PPGAssessment] = [:]
        for assessment in all where newest[assessment.$ppg.id] == nil { newest[assessment.$ppg.id] = assessment }
        return newest
    }
}
