import Fluent
import Foundation
import TandemCore

/// The PPG registry's writes and the look-ups every PPG page shares.
enum PPGRegistry {
    /// What the access policy sees: the practice, the organisations above it, the current members and officers.
    static func ref(_ ppg: PPG, on db: any Database) async throws -> PPGRef {
        let practiceID = ppg.$practice.id
        var organisations: Set<UUID> = [practiceID]
        var next = try await Organisation.find(practiceID, on: db)?.$parent.id
        while let id = next, !organisations.contains(id) {
            organisations.insert(id)
            next = try await Organisation.find(id, on: db)?.$parent.id
        }
        let members = try await PPGMember.query(on: db).filter(\.$ppg.$id == ppg.requireID()).filter(\.$leftOn == nil).all()
        return PPGRef(
            id: try ppg.requireID(), practiceID: practiceID, organisationIDs: organisations,
            members: Set(members.map(\.$person.id)), officers: Set(members.filter { $0.office != nil }.map(\.$person.id)))
    }

    /// The PCN and ICB of a practice, for the PPGs a staff member may list.
    static func practices(under organisationID: UUID, on db: any Database) async throws -> [UUID] {
        guard let organisation = try await Organisation.find(organisationID, on: db) else { return [] }
        switch organisation.kind {
        case .gpPractice: return [organisationID]
        case .pcn:
            return try await Organisation.query(on: db).filter(\.$parent.$id == organisationID).filter(\.$kind == .gpPractice)
                .all()
                .map(\.savedID)
        case .icb:
            let pcns = try await Organisation.query(on: db).filter(\.$parent.$id == organisationID).filter(\.$kind == .pcn).all()
                .map(\.savedID)
            guard !pcns.isEmpty else { return [] }
            return try await Organisation.query(on: db).filter(\.$parent.$id ~~ pcns).filter(\.$kind == .gpPractice).all().map(
                \.savedID)
        default: return []
        }
    }

    /// Creates a PPG with its first status in the history.
    static func create(_ ppg: PPG, by personID: UUID?, on db: any Database) async throws {
        try await db.transaction { db in
            try await ppg.create(on: db)
            try await PPGStatusChange(
                ppgID: ppg.requireID(), status: ppg.status, reason: "Added to the registry", changedByID: personID
            )
            .create(on: db)
        }
    }

    /// Moves a PPG to a new status, kept in its history with the reason.
    static func changeStatus(
        _ ppg: PPG, to status: PPGStatus, reason: String, by personID: UUID?, on db: any Database
    ) async throws {
        try await db.transaction { db in
            ppg.status = status
            try await ppg.save(on: db)
            try await PPGStatusChange(ppgID: ppg.requireID(), status: status, reason: reason, changedByID: personID).create(
                on: db)
        }
    }

    /// The current members, with their people, officers first.
    static func currentMembers(_ ppgID: UUID, on db: any Database) async throws -> [PPGMember] {
        try await PPGMember.query(on: db).filter(\.$ppg.$id == ppgID).filter(\.$leftOn == nil).with(\.$person).all()
            .sorted { ($0.office == nil ? 1 : 0, $0.person.name) < ($1.office == nil ? 1 : 0, $1.person.name) }
    }
    /// The chair (or, without one, the other officers) and the practice's lead.
    static func contacts(_ ppg: PPG, on db: any Database) async throws -> [Person] {
        let officers = try await PPGRegistry.currentMembers(try ppg.requireID(), on: db).filter { $0.office != nil }
        let chairs = officers.filter { $0.office == .chair }
        var people = (chairs.isEmpty ? officers : chairs).map(\.person)
        if let lead = try await ppg.$lead.get(on: db), !people.contains(where: { $0.id == lead.id }) { people.append(lead) }
        return people
    }

}
