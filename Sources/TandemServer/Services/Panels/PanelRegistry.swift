import Fluent
import Foundation
import TandemCore

/// Who a panel belongs to, as the access rules see it: members serving today and its chairs.
enum PanelRegistry {
    static func ref(_ panel: ReviewPanel, today: Date = Date(), on db: any Database) async throws -> PanelRef {
        let serving = try await members(panel, today: today, on: db)
        return PanelRef(
            id: try panel.requireID(), organisationID: panel.$organisation.id,
            members: Set(serving.map(\.$person.id)), chairs: Set(serving.filter { $0.role == .chair }.map(\.$person.id)))
    }

    /// The members whose terms include today, chairs first.
    static func members(_ panel: ReviewPanel, today: Date = Date(), on db: any Database) async throws -> [PanelMember] {
        let day = Calendar.utc.startOfDay(for: today)
        return try await PanelMember.query(on: db).filter(\.$panel.$id == panel.requireID()).with(\.$person).all()
            .filter { $0.isServing(on: day) }
            .sorted { ($0.role == .chair ? 0 : 1, $0.person.name) < ($1.role == .chair ? 0 : 1, $1.person.name) }
    }

    /// The panels a viewer may list: coordinators and staff every panel, partners those they serve on.
    static func panels(for viewer: Viewer, on db: any Database) async throws -> [ReviewPanel] {
        let all = try await ReviewPanel.query(on: db).sort(\.$name).all()
        if viewer.role != .partner { return all }
        let mine = Set(try await PanelMember.query(on: db).filter(\.$person.$id == viewer.personID).all().map(\.$panel.id))
        return all.filter { mine.contains($0.savedID) }
    }
}
