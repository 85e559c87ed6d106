import Fluent
import Foundation
import TandemCore

extension WhatNeedsMe {
    /// Claims and opportunities waiting for the person: their own claims queried; for those who
    /// coordinate (approving claims, filling opportunities), claims waiting (the oldest first) and opportunities closed with people waiting
    /// to hear. Nil when nothing is waiting.
    static func community(_ personID: UUID, coordinates: Bool, today: Date, on db: any Database) async throws -> WorkList? {
        var items: [WorkList.Item] = []
        for claim in try await Claim.query(on: db).filter(\.$person.$id == personID).filter(\.$status == .queried)
            .sort(\.$day).range(..<shown).all()
        {
            items.append(
                .init(
                    title: "Answer a question about your claim for \(CalendarDate.long(claim.day))",
                    href: SiteURL.claim(.value(claim.savedID)).path, detail: claim.queryReason, flag: "Queried"))
        }
        if coordinates {
            let waiting = try await Claim.query(on: db).filter(\.$status == .submitted).count()
            if waiting > 0,
                let oldest = try await Claim.query(on: db).filter(\.$status == .submitted).sort(\.$submittedAt).first()
            {
                items.append(
                    .init(
                        title: "\(counted(waiting, "claim", "claims")) waiting for approval", href: SiteURL.recognition.path,
                        detail: "The oldest was sent on \(CalendarDate.long(oldest.submittedAt))",
                        deadline: Deadline.of(due: oldest.submittedAt.addingTimeInterval(14 * 86_400), today: today)))
            }
        }
        if coordinates {
            let closed = try await Opportunity.query(on: db).filter(\.$status == .open)
                .filter(\.$closesOn < Calendar.utc.startOfDay(for: today)).sort(\.$closesOn).range(..<shown).all()
            for opportunity in closed {
                items.append(
                    .init(
                        title: "Choose people for \(opportunity.title)",
                        href: SiteURL.opportunity(.value(opportunity.savedID), .interested).path,
                        detail: "It has closed: select people and tell everyone",
                        deadline: Deadline.of(due: opportunity.closesOn, today: today)))
            }
        }
        guard !items.isEmpty else { return nil }
        return WorkList(
            id: "claims-and-opportunities", heading: "Claims and opportunities",
            items: Array(items.sorted { $0.deadline.urgency < $1.deadline.urgency }.prefix(shown)),
            empty: "Nothing is waiting for you.")
    }
}
