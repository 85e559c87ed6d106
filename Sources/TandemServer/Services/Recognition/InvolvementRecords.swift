import Fluent
import Foundation
import TandemCore

/// A partner's record of involvement, read from the records themselves: the certificates they were
/// given, the places they took, the groups, panels and project teams they served on, the training they
/// completed and delivered, the events they came to, and the experiences they shared, each with what
/// it changed through the golden thread (the recommendations implemented); and the hours they gave.
enum InvolvementRecords {
    struct Loaded: Sendable {
        /// The person's full name, as a record for a CV gives it.
        let name: String
        let record: InvolvementRecord
        let certificates: [ContributionCertificate]
    }

    static func load(_ person: Person, today: Date, on db: any Database) async throws -> Loaded {
        let personID = person.savedID
        let certificates = try await ContributionCertificate.query(on: db).filter(\.$person.$id == personID)
            .sort(\.$toDay, .descending).all()
        var entries = certificates.map {
            InvolvementRecord.Entry(
                kind: .certificate, title: $0.title, role: "Certificate \($0.number)", from: $0.fromDay, to: $0.toDay)
        }
        entries += try await placements(personID, on: db)
        entries += try await groupsAndPanels(personID, today: today, on: db)
        entries += try await projects(personID, on: db)
        entries += try await training(personID, on: db)
        entries += try await events(personID, today: today, on: db)
        entries += try await voice(personID, on: db)
        return Loaded(
            name: person.name, record: InvolvementRecord(entries: entries, time: try await time(personID, on: db)),
            certificates: certificates)
    }

    private static func placements(_ personID: UUID, on db: any Database) async throws -> [InvolvementRecord.Entry] {
        try await OpportunityInterest.query(on: db).filter(\.$person.$id == personID).filter(\.$status == .selected)
            .with(\.$opportunity).all()
            .map {
                InvolvementRecord.Entry(
                    kind: .placement, title: $0.opportunity.title, role: $0.opportunity.kind.label,
                    from: $0.opportunity.startsOn ?? $0.decidedAt ?? $0.createdAt, to: $0.opportunity.endsOn)
            }
    }

    private static func groupsAndPanels(
        _ personID: UUID, today: Date, on db: any Database
    ) async throws
        -> [InvolvementRecord.Entry]
    {
        let groups = try await GroupMember.query(on: db).filter(\.$person.$id == personID).with(\.$group).all().map {
            InvolvementRecord.Entry(
                kind: .group, title: $0.group.name, role: $0.role.label, from: $0.termStarts, to: $0.termEnds,
                ongoing: $0.isServing(on: today))
        }
        let panels = try await PanelMember.query(on: db).filter(\.$person.$id == personID).with(\.$panel).all().map {
            InvolvementRecord.Entry(
                kind: .panel, title: $0.panel.name, role: $0.role.label, from: $0.termStarts, to: $0.termEnds,
                ongoing: $0.isServing(on: today))
        }
        return groups + panels
    }

    /// Project teams, each with the recommendations its project has implemented.
    private static func projects(_ personID: UUID, on db: any Database) async throws -> [InvolvementRecord.Entry] {
        let memberships = try await ProjectMember.query(on: db).filter(\.$person.$id == personID).with(\.$project).all()
        let implemented = try await implementedRecommendations(projects: memberships.map(\.$project.id), on: db)
        return memberships.map {
            InvolvementRecord.Entry(
                kind: .project, title: $0.project.title, role: $0.role.label, from: $0.project.createdAt ?? Date(), to: nil,
                ongoing: $0.project.stage != .closed, changed: implemented[$0.$project.id] ?? [])
        }
    }

    private static func training(_ personID: UUID, on db: any Database) async throws -> [InvolvementRecord.Entry] {
        let completed = try await TrainingCertificate.query(on: db).filter(\.$person.$id == personID)
            .with(\.$cohort) { $0.with(\.$programme) }.all()
            .map {
                InvolvementRecord.Entry(
                    kind: .training, title: $0.cohort.programme.name, role: "Completed (certificate \($0.number))",
                    from: $0.cohort.firstDay, to: $0.cohort.lastDay)
            }
        let delivered = try await TimeRecord.query(on: db).filter(\.$person.$id == personID)
            .filter(\.$kind == .trainingDelivered).all()
            .map { InvolvementRecord.Entry(kind: .trainer, title: $0.activity, role: "Trainer", from: $0.day, to: nil) }
        return completed + delivered
    }

    private static func events(_ personID: UUID, today: Date, on db: any Database) async throws -> [InvolvementRecord.Entry] {
        try await EventRegistration.query(on: db).filter(\.$person.$id == personID).filter(\.$attendance == .present)
            .with(\.$event).all()
            .filter { $0.event.startsAt <= today }
            .map {
                InvolvementRecord.Entry(kind: .event, title: $0.event.title, role: "Attended", from: $0.event.startsAt, to: nil)
            }
    }

    /// The experiences they shared (comments given as theirs), by project, each with the
    /// recommendations implemented that their comments are evidence for: "You said, we did".
    private static func voice(_ personID: UUID, on db: any Database) async throws -> [InvolvementRecord.Entry] {
        let items = try await FeedbackItem.query(on: db).filter(\.$contributor.$id == personID)
            .field(\.$id).field(\.$project.$id).field(\.$createdAt).all()
        guard !items.isEmpty else { return [] }
        let findings = try await FindingEvidence.query(on: db).filter(\.$item.$id ~~ items.map(\.savedID)).all()
        let findingsByItem = Dictionary(grouping: findings, by: \.$item.id).mapValues { Set($0.map(\.$finding.id)) }
        let links = try await RecommendationFinding.query(on: db).filter(\.$finding.$id ~~ Set(findings.map(\.$finding.id)))
            .with(\.$recommendation).all()
        let projects = try await Project.query(on: db).filter(\.$id ~~ Set(items.map(\.$project.id))).all()
        return projects.compactMap { project in
            let mine = items.filter { $0.$project.id == project.savedID }
            guard let first = mine.map(\.createdAt).min() else { return nil }
            let myFindings = mine.reduce(into: Set<UUID>()) { $0.formUnion(findingsByItem[$1.savedID] ?? []) }
            let changed = links.filter { myFindings.contains($0.$finding.id) && $0.recommendation.status == .implemented }
                .map(\.recommendation.text)
            return InvolvementRecord.Entry(
                kind: .voice, title: project.title,
                role: mine.count == 1 ? "Shared an experience" : "Shared \(mine.count) experiences", from: first, to: nil,
                changed: Array(Set(changed)).sorted())
        }
    }

    private static func implementedRecommendations(projects: [UUID], on db: any Database) async throws -> [UUID: [String]] {
        guard !projects.isEmpty else { return [:] }
        let implemented = try await Recommendation.query(on: db).filter(\.$project.$id ~~ projects)
            .filter(\.$status == .implemented).sort(\.$implementedOn).all()
        return Dictionary(grouping: implemented, by: \.$project.id).mapValues { $0.map(\.text) }
    }

    /// Hours given: the person's time records, and the time on claims not made from one (so nothing is counted twice).
    private static func time(_ personID: UUID, on db: any Database) async throws -> [InvolvementRecord.Time] {
        let records = try await TimeRecord.query(on: db).filter(\.$person.$id == personID).all()
            .map { InvolvementRecord.Time(day: $0.day, hours: $0.hours + $0.preparationHours) }
        let claimed = try await Claim.query(on: db).filter(\.$person.$id == personID).filter(\.$timeRecord.$id == nil).all()
            .map { InvolvementRecord.Time(day: $0.day, hours: $0.hours + $0.preparationHours) }
        return records + claimed
    }
}
