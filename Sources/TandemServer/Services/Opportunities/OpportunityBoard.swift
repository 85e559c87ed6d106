import Fluent
import Foundation
import TandemCore

/// The work of matching people and opportunities: the people interested in one, as the ranking
/// sees them (equality answers only for those who consented, and only as groups); suggestions for a
/// person; and the coordinator's selection, with everyone told.
enum OpportunityBoard {
    /// What an opportunity asks for, in the words its reasons show.
    static func needs(_ opportunity: Opportunity) -> OpportunityRanking.Needs {
        .init(
            experience: Set(opportunity.experience), skills: Set(opportunity.skills),
            accessMet: Set(opportunity.accessOffered.compactMap { AccessNeed(rawValue: $0)?.label }),
            wantsToReach: Set(opportunity.reachGroups.map(\.label)))
    }

    struct Ranked: Sendable {
        let interest: InterestedPeopleQuery.Row
        let score: Int
        let reasons: [String]
        /// Groups the opportunity wants to hear from that the person belongs to (consented only).
        let reaches: [String]
    }

    typealias RankedPage = (rows: [Ranked], page: Pagination)

    /// The ranked page, kept in `cache` (see `AppServices.rankedInterest`): a coordinator reads the same
    /// list again after each selection, and a popular opportunity has hundreds of people to rank.
    static func ranked(
        _ opportunity: Opportunity, today: Date, page: Int?, cache: Cache<String, RankedPage>, on db: any Database
    ) async throws -> RankedPage {
        try await cache.value(for: "\(opportunity.savedID.lowercasedString)/\(page ?? 1)") {
            try await ranked(opportunity, today: today, page: page, on: db)
        }
    }

    /// The people still interested (and those already selected), blind-ranked, with reasons for those on
    /// `page` (25 a page; everyone's score and reach are kept for the representation check). Read in one
    /// statement (`InterestedPeopleQuery`): a popular opportunity has hundreds of people interested.
    static func ranked(
        _ opportunity: Opportunity, today: Date, page: Int? = 1, on db: any Database
    ) async throws
        -> RankedPage
    {
        let yearAgo = today.addingTimeInterval(-365 * 86_400)
        let rows = try await InterestedPeopleQuery.rows(opportunity.savedID, yearAgo: yearAgo, on: db)
        let candidates = rows.map { $0.person.candidate(availability: $0.availability) }
        let needs = needs(opportunity)
        let byID = Dictionary(rows.map { ($0.person.personID, $0) }, uniquingKeysWith: { a, _ in a })
        let pagination = Pagination(page: page, perPage: 25, totalItems: rows.count)
        let ranked = OpportunityRanking.blind(
            candidates, for: needs, today: today, explaining: pagination.offset..<(pagination.offset + pagination.perPage))
        return (
            ranked.compactMap { ranked in
                guard let row = byID[ranked.id] else { return nil }
                return Ranked(
                    interest: row, score: ranked.score, reasons: ranked.reasons,
                    reaches: Set((row.person.groups ?? []).map(\.label)).intersection(needs.wantsToReach).sorted())
            }, pagination
        )
    }

    /// An open opportunity as the ranking reads it.
    /// (As `OpportunityRanking.suggest` takes them, so the kept list is handed over as it is.)
    typealias Open = (id: UUID, needs: OpportunityRanking.Needs, closes: Date)

    /// The opportunities open today, kept in `cache` (forgotten by `post` and `select`).
    static func open(today: Date, cache: Cache<String, [Open]>, on db: any Database) async throws -> [Open] {
        let day = Calendar.utc.startOfDay(for: today)
        return try await cache.value(for: CalendarDate.iso(day)) {
            try await Opportunity.query(on: db).filter(\.$status == .open).filter(\.$closesOn >= day)
                .field(\.$id).field(\.$experience).field(\.$skills).field(\.$accessOffered).field(\.$wantsToReach)
                .field(\.$closesOn).all()
                .map { (id: $0.savedID, needs: needs($0), closes: $0.closesOn) }
        }
    }

    /// Open opportunities for a person that they have not yet answered, ranked the same way (with the
    /// reach reason, as it is their own), best first, then closing soonest.
    /// `already` are the opportunities the person has answered. The person is read as the ranked list
    /// reads the people interested (`PersonCandidateQuery`, one statement).
    static func suggestions(
        for personID: UUID, already: Set<UUID>, today: Date, limit: Int, cache: Cache<String, [Open]>, on db: any Database
    ) async throws -> [(opportunity: Opportunity, score: Int, reasons: [String])] {
        let open = try await open(today: today, cache: cache, on: db)
        guard
            let candidate = try await PersonCandidateQuery.person(
                personID, yearAgo: today.addingTimeInterval(-365 * 86_400), on: db)?.candidate(availability: .unknown)
        else { return [] }
        let best = OpportunityRanking.suggest(for: candidate, among: open, excluding: already, today: today, limit: limit)
        guard !best.isEmpty else { return [] }
        let loaded = try await Opportunity.query(on: db).filter(\.$id ~~ best.map(\.id)).all()
        let byID = Dictionary(loaded.map { ($0.savedID, $0) }, uniquingKeysWith: { a, _ in a })
        return best.compactMap { id, ranked in
            byID[id].map { (opportunity: $0, score: ranked.score, reasons: ranked.reasons) }
        }
    }

    /// Saves a new opportunity and forgets the open list.
    static func post(_ opportunity: Opportunity, cache: Cache<String, [Open]>, on db: any Database) async throws {
        try await opportunity.create(on: db)
        cache.invalidate(where: { _ in true })
    }

    /// Records interest once; false when the person already said they were interested.
    static func expressInterest(
        _ opportunity: Opportunity, personID: UUID, note: String, availability: OpportunityRanking.Availability,
        fromPublicPage: Bool, ranked: Cache<String, RankedPage>, on db: any Database
    ) async throws -> Bool {
        let prefix = opportunity.savedID.lowercasedString + "/"
        defer { ranked.invalidate(where: { $0.hasPrefix(prefix) }) }
        if try await OpportunityInterest.query(on: db).filter(\.$opportunity.$id == opportunity.savedID)
            .filter(\.$person.$id == personID).count() > 0
        {
            return false
        }
        try await OpportunityInterest(
            opportunityID: opportunity.savedID, personID: personID, note: note, availability: availability,
            fromPublicPage: fromPublicPage
        ).create(on: db)
        return true
    }

    /// Selects people for places and tells them in their inbox; when the places are filled, everyone
    /// still waiting is told too and the opportunity closes. Refused (nothing saved) when it would
    /// place more people than there are places.
    static func select(
        _ opportunity: Opportunity, interestIDs: Set<UUID>, cache: Cache<String, [Open]>, ranked: Cache<String, RankedPage>,
        on db: any Database
    ) async throws -> (problem: String?, filled: Bool) {
        defer {
            cache.invalidate(where: { _ in true })
            ranked.invalidate(where: { _ in true })
        }
        return try await db.transaction { db in
            let interests = try await OpportunityInterest.query(on: db).filter(\.$opportunity.$id == opportunity.savedID)
                .with(\.$person).all()
            let already = interests.filter { $0.status == .selected }.count
            let chosen = interests.filter { interestIDs.contains($0.savedID) && $0.status == .interested }
            if let problem = OpportunityRules.selectionProblem(
                places: opportunity.places, alreadySelected: already, choosing: chosen.count)
            {
                return (problem, false)
            }
            let now = Date()
            for interest in chosen {
                interest.status = .selected
                interest.decidedAt = now
                try await interest.save(on: db)
                try await PersonMessage.send(
                    to: interest.person, subject: "You have a place: \(opportunity.title)",
                    body:
                        "Thank you for your interest. You have been selected for \(opportunity.title). \(opportunity.contactName) will be in touch about what happens next\(opportunity.paid ? ", and you can claim for your time and expenses on your time page" : "").",
                    link: SiteURL.opportunity(.value(opportunity.savedID)).path, on: db)
            }
            let filled = already + chosen.count >= opportunity.places
            if filled { try await closeAndTell(opportunity, interests: interests.filter { $0.status == .interested }, on: db) }
            return (nil, filled)
        }
    }

    /// Closes the opportunity and tells everyone still waiting that they were not selected this time.
    static func close(
        _ opportunity: Opportunity, cache: Cache<String, [Open]>, ranked: Cache<String, RankedPage>, on db: any Database
    ) async throws {
        defer {
            cache.invalidate(where: { _ in true })
            ranked.invalidate(where: { _ in true })
        }
        try await db.transaction { db in
            let waiting = try await OpportunityInterest.query(on: db).filter(\.$opportunity.$id == opportunity.savedID)
                .filter(\.$status == .interested).with(\.$person).all()
            try await closeAndTell(opportunity, interests: waiting, on: db)
        }
    }

    private static func closeAndTell(
        _ opportunity: Opportunity, interests: [OpportunityInterest], on db: any Database
    )
        async throws
    {
        let now = Date()
        for interest in interests {
            interest.status = .notSelected
            interest.decidedAt = now
            try await interest.save(on: db)
            try await PersonMessage.send(
                to: interest.person, subject: "About \(opportunity.title)",
                body:
                    "Thank you for your interest in \(opportunity.title). We were not able to offer you a place this time, because there were more people interested than places. We would love you to look at other opportunities.",
                link: SiteURL.myOpportunities.path, on: db)
        }
        opportunity.status = .closed
        try await opportunity.save(on: db)
    }
}
