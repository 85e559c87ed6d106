import Foundation

/// How a PPG's core members compare with the practice's patients, one question at a time
/// (age band, sex, broad ethnic group), from the equality answers members gave with consent.
/// Members who gave no answer (or preferred not to say) are unknown and counted as such;
/// fewer than 5 answers are never compared, and counts of 1-4 are never shown.
public enum MemberComparison {
    public struct Question: Sendable, Equatable {
        public let name: String
        /// 0 to 100; nil when fewer than 5 members answered or there are no patients' figures.
        public let index: Double?
        public let answered: Int
        public let unknown: DisclosureControl.Cell
        public let gaps: [Representation.Gap]
        /// The sentences for the most under-represented groups.
        public let sentences: [String]
    }

    /// One question: the members' answers (nil for no answer) against the patients in each group.
    /// Members whose answer falls outside the compared groups (a child, or under 25 beside a
    /// five-year population) are left out of both sides.
    public static func compare(
        _ name: String, answers: [String?], population: [String: Int], label: (String) -> String
    ) -> Question {
        var counts: [String: Int] = [:]
        var unknown = 0
        for answer in answers {
            guard let answer, answer != EqualityMonitoring.preferNotToSay else {
                unknown += 1
                continue
            }
            if population[answer] != nil { counts[answer, default: 0] += 1 }
        }
        let answered = counts.values.reduce(0, +)
        guard answered >= DisclosureControl.threshold else {
            return Question(
                name: name, index: nil, answered: answered, unknown: Representation.unknown(unknown), gaps: [], sentences: [])
        }
        let gaps = Representation.underRepresented(members: counts, population: population)
        return Question(
            name: name, index: Representation.indexOfDissimilarity(members: counts, population: population), answered: answered,
            unknown: Representation.unknown(unknown), gaps: gaps,
            sentences: gaps.map { Representation.sentence($0, groupLabel: label($0.group)) })
    }

    public static func ageLabel(_ band: String) -> String {
        "Patients aged " + (EqualityMonitoring.ageBand.label(for: band) ?? band).lowercased()
    }

    public static func sexLabel(_ sex: String) -> String { sex == "female" ? "Women" : sex == "male" ? "Men" : sex }

    /// The census heading of an ethnic group answer ("Asian or Asian British"), the level compared.
    public static func broadEthnicGroup(_ answer: String?) -> String? {
        guard let answer, answer != EqualityMonitoring.preferNotToSay else { return answer }
        return EqualityMonitoring.ethnicGroup.options.first { $0.value == answer }?.group
    }

    /// Percentages by census category added up by heading, as counts per thousand people.
    public static func broadEthnicPopulation(_ percentages: [String: Double]) -> [String: Int] {
        var result: [String: Int] = [:]
        for (category, percent) in percentages {
            guard let group = broadEthnicGroup(category) else { continue }
            result[group, default: 0] += Int((percent * 10).rounded())
        }
        return result
    }

    /// The likeness the health check reads: the age comparison's index, and the most
    /// under-represented groups of every question, biggest shortfall first.
    public static func likeness(_ questions: [Question], populationKnown: Bool) -> PPGRecords.Likeness {
        guard populationKnown else {
            return .init(index: nil, whyUnknown: "There is no registered population for the practice yet.", underRepresented: [])
        }
        let age = questions.first
        let gaps = questions.flatMap { question in zip(question.gaps, question.sentences).map { ($0.0.shortfall, $0.1) } }
            .sorted { $0.0 > $1.0 }.prefix(3).map(\.1)
        return .init(
            index: age?.index,
            whyUnknown: age?.index == nil ? "fewer than 5 core members have given their age with consent." : nil,
            underRepresented: gaps)
    }
}
