import Fluent
import Foundation
import TandemCore

/// The buddy scheme: proposals from each PPG's strengths and needs (`BuddyMatching`), both
/// PPGs' answers, the agreement, contacts, reviews and the outcome. Each step tells both PPGs'
/// chairs and practice leads.
enum PPGBuddies {
    /// A PPG with a met-or-better health check on this many criteria, and active, can be a buddy.
    static let establishedCriteria = 3

    struct Candidates {
        var buddies: [PPGProfile] = []
        var needing: [PPGProfile] = []
        var capacity: [UUID: Int] = [:]
        var names: [UUID: String] = [:]
        var endedBadly: Set<BuddyMatching.Pair> = []
    }

    /// Each PPG's strengths (0 to 1) by section, from its latest self-assessment and this quarter's health check.
    static func candidates(capacity: Int, today: Date = Date(), on db: any Database) async throws -> Candidates {
        var result = Candidates()
        let ppgs = try await PPG.query(on: db).filter(\.$status != .closed).filter(\.$status != .dormant).with(\.$practice).all()
        let ids = ppgs.map(\.savedID)
        let assessments = try await PPGAssessments.newestByPPG(ids, on: db)
        let checks = try await PPGHealthCheck.query(on: db).filter(\.$quarter == HealthCheck.quarter(of: today)).all()
        let checkOf = Dictionary(checks.map { ($0.$ppg.id, $0) }, uniquingKeysWith: { a, _ in a })
        let pairs = try await PPGBuddyPair.query(on: db).all()
        let open = pairs.filter { [.proposed, .active].contains($0.status) }
        result.endedBadly = Set(pairs.filter(\.endedBadly).map { .init(buddy: $0.$buddy.id, supported: $0.$supported.id) })
        let supportedNow = Set(open.map(\.$supported.id))
        for ppg in ppgs {
            let id = ppg.savedID
            result.names[id] = ppg.name
            var strengths: [String: Double] = [:]
            for section in AssessmentSection.allCases {
                var values: [Double] = []
                if let score = assessments[id]?.scores[section] { values.append(Double(score) / 100) }
                if let criterion = section.criterion, let outcome = checkOf[id]?.outcome(criterion) {
                    values.append(outcome == .met ? 1 : outcome == .partlyMet ? 0.5 : 0)
                }
                if !values.isEmpty { strengths[section.rawValue] = values.reduce(0, +) / Double(values.count) }
            }
            let profile = PPGProfile(
                id: id, pcn: ppg.practice.$parent.id,
                postcodeDistrict: ppg.practice.postcode.flatMap { $0.split(separator: " ").first.map(String.init) },
                strengths: strengths, needs: strengths.mapValues { 1 - $0 })
            let met = checkOf[id]?.met ?? 0
            if ppg.status == .active && met >= establishedCriteria {
                let taken = open.filter { $0.$buddy.id == id }.count
                if taken < capacity {
                    result.buddies.append(profile)
                    result.capacity[id] = capacity - taken
                }
            } else if (ppg.status == .needsSupport || met <= 1) && !supportedNow.contains(id) && !strengths.isEmpty {
                result.needing.append(profile)
            }
        }
        return result
    }

    /// Proposes pairs and keeps them as proposals; returns how many, and how long the matching
    /// itself took (the assignment over every candidate pair), which the page reports.
    static func propose(capacity: Int, by personID: UUID?, on db: any Database) async throws -> (count: Int, seconds: Double) {
        let candidates = try await candidates(capacity: capacity, on: db)
        let names = Dictionary(uniqueKeysWithValues: AssessmentSection.allCases.map { ($0.rawValue, $0.label.lowercased()) })
        // Buddies already supporting one have less room: the assignment takes each buddy's own capacity.
        let started = Date()
        let proposals = BuddyMatching.propose(
            buddies: candidates.buddies, needing: candidates.needing,
            capacities: candidates.buddies.map { candidates.capacity[$0.id] ?? 0 },
            endedBadly: candidates.endedBadly, areaNames: names)
        let seconds = Date().timeIntervalSince(started)
        try await db.transaction { db in
            // A buddy may be in two proposals: its chair and lead are looked up once.
            var contacts: [UUID: [Person]] = [:]
            for proposal in proposals {
                let pair = PPGBuddyPair(
                    buddyID: proposal.buddy, supportedID: proposal.supported, score: proposal.score, reasons: proposal.reasons,
                    proposedByID: personID)
                try await pair.create(on: db)
                try await tell(
                    pair, subject: "A buddy pairing is proposed",
                    body:
                        "Tandem proposes that \(candidates.names[proposal.buddy] ?? "") supports \(candidates.names[proposal.supported] ?? "") as its buddy. Both PPGs are asked to accept or decline.",
                    contacts: &contacts, on: db)
            }
        }
        return (proposals.count, seconds)
    }

    /// One side's answer; both accepting starts the pairing, either declining ends the proposal.
    static func answer(
        _ pair: PPGBuddyPair, side ppgID: UUID, accept: Bool, today: Date = Date(), on db: any Database
    ) async throws {
        let answer: BuddyAnswer = accept ? .accepted : .declined
        if pair.$buddy.id == ppgID { pair.buddyAnswer = answer }
        if pair.$supported.id == ppgID { pair.supportedAnswer = answer }
        if pair.buddyAnswer == .declined || pair.supportedAnswer == .declined {
            pair.status = .declined
        } else if pair.buddyAnswer == .accepted && pair.supportedAnswer == .accepted {
            pair.status = .active
            pair.startedOn = CalendarDate.startOfDay(today)
            pair.reviewOn = reviewDate(pair, months: 3)
        }
        try await pair.save(on: db)
        if pair.status == .active {
            try await tell(
                pair, subject: "Your buddy pairing has begun",
                body:
                    "Both PPGs accepted. Agree your goals and a review date on the pairing's page. Tandem asks both of you how it is going at 3 and 6 months.",
                on: db)
        }
    }

    /// The date a review falls due: 3 or 6 months after the pairing began.
    static func reviewDate(_ pair: PPGBuddyPair, months: Int) -> Date? {
        pair.startedOn.flatMap { Calendar.utc.date(byAdding: .month, value: months, to: $0) }
    }

    /// Both PPGs' chairs and practice leads, by inbox and email.
    static func tell(_ pair: PPGBuddyPair, subject: String, body: String, on db: any Database) async throws {
        var contacts: [UUID: [Person]] = [:]
        try await tell(pair, subject: subject, body: body, contacts: &contacts, on: db)
    }

    /// The same, with the chairs and leads already looked up kept in `contacts`.
    static func tell(
        _ pair: PPGBuddyPair, subject: String, body: String, contacts: inout [UUID: [Person]], on db: any Database
    ) async throws {
        for ppgID in [pair.$buddy.id, pair.$supported.id] {
            if contacts[ppgID] == nil {
                guard let ppg = try await PPG.find(ppgID, on: db) else { continue }
                contacts[ppgID] = try await PPGRegistry.contacts(ppg, on: db)
            }
            for person in contacts[ppgID] ?? [] {
                try await PersonMessage.send(
                    to: person, subject: subject, body: body, link: SiteURL.ppg(.value(ppgID), .buddy(.value(pair.savedID))).path,
                    on: db)
            }
        }
    }
}
