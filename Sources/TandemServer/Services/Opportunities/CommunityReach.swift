import Fluent
import Foundation
import TandemCore

/// The community's make-up against a reference population, and how involvement is spread across
/// groups and across people, all in aggregate with small numbers hidden. Equality answers are read
/// only for people who keep them (their consent to equality monitoring).
enum CommunityReach {
    enum Reference: String, CaseIterable, Sendable {
        case census, icb

        var label: String {
            switch self {
            case .census: "England (Census 2021)"
            case .icb: "The ICB's registered patients"
            }
        }
    }

    struct GroupRow: Sendable {
        let group: String
        let community: DisclosureControl.Cell
        let communityPercent: Int?
        let referencePercent: Int
    }

    struct HoursRow: Sendable {
        let group: String
        let people: DisclosureControl.Cell
        let hours: String
    }

    struct Quarter: Sendable {
        let label: String
        let people: Int
        let hours: Double
        let topShare: Double?
    }

    struct Report: Sendable {
        let reference: Reference
        let referenceSource: String?
        let partners: Int
        let answered: Int
        let unknown: DisclosureControl.Cell
        let rows: [GroupRow]
        let index: Double?
        let sentences: [String]
        let hoursByGroup: [HoursRow]
        let peopleWithHours: Int
        let totalHours: Double
        let topShare: Double?
        let placementsTopShare: Double?
        let quarters: [Quarter]
    }

    static func report(reference: Reference, today: Date, on db: any Database) async throws -> Report {
        let partners = Set(
            try await PersonRoleAssignment.query(on: db).filter(\.$role == .patientPartner).all(\.$person.$id))
        let monitored = Set(
            try await ConsentRecord.query(on: db).filter(\.$purpose == .equalityMonitoring).filter(\.$withdrawnAt == nil)
                .all(\.$person.$id)
        ).intersection(partners)
        var groupOf: [UUID: String] = [:]
        for answers in try await EqualityAnswers.query(on: db).field(\.$id).field(\.$person.$id).field(\.$ethnicGroup).all()
        where monitored.contains(answers.$person.id) {
            if let group = MemberComparison.broadEthnicGroup(answers.ethnicGroup),
                group != EqualityMonitoring.preferNotToSay
            {
                groupOf[answers.$person.id] = group
            }
        }
        var counts: [String: Int] = [:]
        for group in groupOf.values { counts[group, default: 0] += 1 }
        let (population, source) = try await referencePopulation(reference, on: db)
        let answered = groupOf.count
        let referenceTotal = population.values.reduce(0, +)
        let groups = EqualityMonitoring.ethnicGroup.options.compactMap(\.group).reduce(into: [String]()) {
            if !$0.contains($1) { $0.append($1) }
        }
        let cells = DisclosureControl.protectBreakdown(groups.map { counts[$0] ?? 0 })
        let rows = zip(groups, cells).map { group, cell in
            GroupRow(
                group: group, community: cell,
                communityPercent: cell.isHidden || answered < DisclosureControl.threshold
                    ? nil : Int((Double(counts[group] ?? 0) / Double(answered) * 100).rounded()),
                referencePercent: referenceTotal == 0
                    ? 0 : Int((Double(population[group] ?? 0) / Double(referenceTotal) * 100).rounded()))
        }
        let gaps = referenceTotal == 0 ? [] : Representation.underRepresented(members: counts, population: population)

        // Involvement: hours claimed in the last year, by person, by group and by quarter.
        let yearAgo = Calendar.utc.date(byAdding: .year, value: -1, to: Calendar.utc.startOfDay(for: today))!
        let claims = try await Claim.query(on: db).filter(\.$day >= yearAgo).filter(\.$status != .queried)
            .field(\.$id).field(\.$person.$id).field(\.$day).field(\.$hours).field(\.$preparationHours).all()
        var hoursOf: [UUID: Double] = [:]
        for claim in claims { hoursOf[claim.$person.id, default: 0] += claim.hours + claim.preparationHours }
        var hoursByGroup: [String: (people: Int, hours: Double)] = [:]
        for (person, hours) in hoursOf {
            guard let group = groupOf[person] else { continue }
            hoursByGroup[group, default: (0, 0)].people += 1
            hoursByGroup[group, default: (0, 0)].hours += hours
        }
        let peopleCells = DisclosureControl.protectBreakdown(groups.map { hoursByGroup[$0]?.people ?? 0 })
        let placements = try await OpportunityInterest.query(on: db).filter(\.$status == .selected)
            .filter(\.$decidedAt >= yearAgo).all(\.$person.$id)
        var placementsOf: [UUID: Double] = [:]
        for person in placements { placementsOf[person, default: 0] += 1 }
        let quarters = (0..<4).reversed().map { back -> Quarter in
            let end = Calendar.utc.date(byAdding: .month, value: -3 * back, to: Calendar.utc.startOfDay(for: today))!
            let start = Calendar.utc.date(byAdding: .month, value: -3, to: end)!
            var each: [UUID: Double] = [:]
            for claim in claims where claim.day >= start && claim.day < end {
                each[claim.$person.id, default: 0] += claim.hours + claim.preparationHours
            }
            return Quarter(
                label: "\(CalendarDate.long(start)) to \(CalendarDate.long(end.addingTimeInterval(-86_400)))",
                people: each.count, hours: each.values.reduce(0, +), topShare: Concentration.topShare(Array(each.values)))
        }
        return Report(
            reference: reference, referenceSource: referenceTotal == 0 ? nil : source, partners: partners.count,
            answered: answered, unknown: Representation.unknown(partners.count - answered), rows: rows,
            index: referenceTotal == 0 || answered < DisclosureControl.threshold
                ? nil : Representation.indexOfDissimilarity(members: counts, population: population),
            sentences: gaps.map {
                "\($0.group): \($0.populationPercent)% of the reference population; \($0.members.display) of \($0.membersCounted) partners"
            },
            hoursByGroup: zip(groups, peopleCells).map { group, cell in
                HoursRow(
                    group: group, people: cell,
                    hours: cell.isHidden || (hoursByGroup[group]?.people ?? 0) == 0
                        ? (cell == .count(0) ? "0" : "Hidden") : RecognitionReports.hours(hoursByGroup[group]!.hours))
            },
            peopleWithHours: hoursOf.count, totalHours: hoursOf.values.reduce(0, +),
            topShare: Concentration.topShare(Array(hoursOf.values)),
            placementsTopShare: Concentration.topShare(Array(placementsOf.values)), quarters: quarters)
    }

    /// The reference, as counts per thousand by census heading, with where it came from: England's
    /// census, or the ICB's registered patients weighted by each practice's area (from the PPG data).
    static func referencePopulation(_ reference: Reference, on db: any Database) async throws -> ([String: Int], String) {
        switch reference {
        case .census:
            return (ReferencePopulation.england2021Ethnicity, ReferencePopulation.england2021Source)
        case .icb:
            let ethnicities = try await PracticeEthnicity.query(on: db).sort(\.$asOf).all()
            let latestEthnicity = Dictionary(ethnicities.map { ($0.$practice.id, $0) }, uniquingKeysWith: { _, later in later })
            let populations = try await RegisteredPopulation.query(on: db).sort(\.$extractDate)
                .field(\.$id).field(\.$practice.$id).field(\.$extractDate).field(\.$total).all()
            let listSize = Dictionary(populations.map { ($0.$practice.id, $0.total) }, uniquingKeysWith: { _, later in later })
            var people: [String: Double] = [:]
            for (practice, ethnicity) in latestEthnicity {
                guard let size = listSize[practice] else { continue }
                for (category, percent) in ethnicity.percentages {
                    guard let group = MemberComparison.broadEthnicGroup(category) else { continue }
                    people[group, default: 0] += Double(size) * percent / 100
                }
            }
            return (
                people.mapValues { Int($0.rounded()) },
                "Registered patients of \(latestEthnicity.keys.filter { listSize[$0] != nil }.count) practices, by their areas' census ethnic groups"
            )
        }
    }
}
