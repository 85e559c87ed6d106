import Foundation

/// Ranking the people interested in an involvement opportunity (and suggesting opportunities to a
/// person) fairly by design. The first ranking is blind to equality answers, as NHS England's own
/// shortlisting is; whether someone is from a group the opportunity wants to hear from is added
/// only with their consent to use their equality answers for this, and only as a reason the
/// coordinator sees. Every score comes with its reasons in words.
public enum OpportunityRanking {
    /// What the opportunity asks for and can offer.
    public struct Needs: Sendable, Equatable {
        public let experience: Set<String>
        public let skills: Set<String>
        /// Access needs the opportunity can meet (a hearing loop, step-free access, British Sign Language, ...).
        public let accessMet: Set<String>
        /// Groups it especially wants to hear from ("young carers").
        public let wantsToReach: Set<String>

        /// Each wanted tag with its words, worked out once (an opportunity is scored against many people
        /// and a person against many opportunities).
        let experienceWords: [(tag: String, words: Set<String>)]
        let skillWords: [(tag: String, words: Set<String>)]

        public init(experience: Set<String>, skills: Set<String>, accessMet: Set<String>, wantsToReach: Set<String>) {
            self.experience = experience
            self.skills = skills
            self.accessMet = accessMet
            self.wantsToReach = wantsToReach
            experienceWords = experience.sorted().map { ($0, OpportunityRanking.words($0)) }
            skillWords = skills.sorted().map { ($0, OpportunityRanking.words($0)) }
        }

        public static func == (a: Needs, b: Needs) -> Bool {
            a.experience == b.experience && a.skills == b.skills && a.accessMet == b.accessMet && a.wantsToReach == b.wantsToReach
        }
    }

    public enum Availability: String, Sendable, Equatable {
        case free, partly, notFree = "not_free", unknown
    }

    /// A person as the ranking may see them.
    public struct Candidate: Sendable, Equatable {
        public let id: UUID
        public let experience: Set<String>
        public let skills: Set<String>
        public let accessNeeds: Set<String>
        public let availability: Availability
        public let lastInvolved: Date?
        public let timesThisYear: Int
        /// The groups they belong to from their equality answers, only when they consented to
        /// their use for reaching groups; nil otherwise (and never read by the blind ranking).
        public let consentedGroups: Set<String>?

        public init(
            id: UUID, experience: Set<String>, skills: Set<String>, accessNeeds: Set<String>, availability: Availability,
            lastInvolved: Date?, timesThisYear: Int, consentedGroups: Set<String>?
        ) {
            self.id = id
            self.experience = experience
            self.skills = skills
            self.accessNeeds = accessNeeds
            self.availability = availability
            self.lastInvolved = lastInvolved
            self.timesThisYear = timesThisYear
            self.consentedGroups = consentedGroups
        }
    }

    public struct Ranked: Sendable, Equatable {
        public let id: UUID
        public let score: Int
        public let reasons: [String]
    }

    /// Points for each part of fit, named so the reasons and the tests say the same thing.
    public enum Points {
        public static let experience = 3, experienceCap = 9
        public static let skill = 2, skillCap = 6
        public static let free = 2, partly = 1, notFree = -5
        public static let unmetAccess = -2
        public static let newVoice = 3, notRecently = 2, often = -2
        public static let reach = 3
        public static let oftenTimes = 4
        public static let recentDays = 183.0
    }

    /// The blind ranking: fit, availability, access and how recently and often people took part.
    public static func blind(_ candidates: [Candidate], for needs: Needs, today: Date) -> [Ranked] {
        sorted(candidates.map { score($0, needs: needs, today: today, withReach: false) }, candidates)
    }

    /// The same blind ranking, with reasons written only for the places in `explaining` (the page shown):
    /// the order and scores are those of `blind`, the others' reasons are left empty.
    public static func blind(
        _ candidates: [Candidate], for needs: Needs, today: Date, explaining: Range<Int>
    ) -> [Ranked] {
        let ranked = sorted(
            candidates.map { score($0, words: PersonWords($0), needs: needs, today: today, withReach: false, explain: false) },
            candidates)
        let byID = Dictionary(candidates.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return ranked.enumerated().map { index, row in
            guard explaining.contains(index), let person = byID[row.id] else { return row }
            return score(person, needs: needs, today: today, withReach: false)
        }
    }

    /// The same ranking, with the reach reason added for people who consented to it.
    public static func withReach(_ candidates: [Candidate], for needs: Needs, today: Date) -> [Ranked] {
        sorted(candidates.map { score($0, needs: needs, today: today, withReach: true) }, candidates)
    }

    /// One person's best opportunities among many, ranked as `withReach` ranks (highest score first,
    /// then the one closing soonest), with reasons written only for those returned.
    public static func suggest(
        for person: Candidate, among options: [(id: UUID, needs: Needs, closes: Date)], excluding: Set<UUID> = [],
        today: Date, limit: Int
    ) -> [(id: UUID, ranked: Ranked)] {
        let words = PersonWords(person)
        // The best `limit` kept in order as they are met (highest score, then closing soonest, then the
        // first met, as a stable sort of them all would leave them), rather than every option sorted:
        // a person is scored against every open opportunity.
        func before(_ a: (index: Int, score: Int), _ b: (index: Int, score: Int)) -> Bool {
            if a.score != b.score { return a.score > b.score }
            let closesA = options[a.index].closes, closesB = options[b.index].closes
            return closesA != closesB ? closesA < closesB : a.index < b.index
        }
        var best: [(index: Int, score: Int)] = []
        best.reserveCapacity(limit + 1)
        for index in options.indices where !excluding.contains(options[index].id) {
            let entry = (
                index: index,
                score: score(person, words: words, needs: options[index].needs, today: today, withReach: true, explain: false)
                    .score
            )
            if best.count == limit, let last = best.last, !before(entry, last) { continue }
            best.insert(entry, at: best.firstIndex { before(entry, $0) } ?? best.endIndex)
            if best.count > limit { best.removeLast() }
        }
        return best.map { entry in
            let option = options[entry.index]
            return (option.id, score(person, words: words, needs: option.needs, today: today, withReach: true, explain: true))
        }
    }

    /// For a shortlist, which of the groups the opportunity wants to hear from it reaches, counted
    /// only from people who consented; a group with no consented member is "not known", not "missing".
    public static func representation(_ shortlist: [Candidate], needs: Needs) -> [(group: String, reached: Int)] {
        needs.wantsToReach.sorted().map { group in
            (group, shortlist.filter { $0.consentedGroups?.contains(group) == true }.count)
        }
    }

    static func score(_ person: Candidate, needs: Needs, today: Date, withReach: Bool) -> Ranked {
        score(person, words: PersonWords(person), needs: needs, today: today, withReach: withReach, explain: true)
    }

    /// A person's tags split into words once, for scoring them against many opportunities.
    struct PersonWords {
        let experience: [Set<String>]
        let skills: [Set<String>]

        init(_ person: Candidate) {
            experience = person.experience.map(OpportunityRanking.words)
            skills = person.skills.map(OpportunityRanking.words)
        }
    }

    /// The one scoring rule. Without `explain` the reasons are not written (the score is the same),
    /// so that ranking many opportunities for one person writes reasons only for those shown.
    static func score(
        _ person: Candidate, words: PersonWords, needs: Needs, today: Date, withReach: Bool, explain: Bool
    ) -> Ranked {
        var score = 0
        var reasons: [String] = []
        // Without `explain` only counts are needed: nothing is allocated for the tags met.
        let experience = explain ? matched(needs.experienceWords, byWords: words.experience) : []
        let experienceMet = explain ? experience.count : matchedCount(needs.experienceWords, byWords: words.experience)
        if experienceMet > 0 {
            score += min(Points.experienceCap, Points.experience * experienceMet)
            if explain { reasons.append("Lived experience the opportunity wants: \(experience.joined(separator: ", "))") }
        }
        let skills = explain ? matched(needs.skillWords, byWords: words.skills) : []
        let skillsMet = explain ? skills.count : matchedCount(needs.skillWords, byWords: words.skills)
        if skillsMet > 0 {
            score += min(Points.skillCap, Points.skill * skillsMet)
            if explain { reasons.append("Skills it wants: \(skills.joined(separator: ", "))") }
        }
        switch person.availability {
        case .free:
            score += Points.free
            if explain { reasons.append("Free on the dates") }
        case .partly:
            score += Points.partly
            if explain { reasons.append("Free on some of the dates") }
        case .notFree:
            score += Points.notFree
            if explain { reasons.append("Not free on the dates") }
        case .unknown: break
        }
        let unmet = person.accessNeeds.reduce(0) { needs.accessMet.contains($1) ? $0 : $0 + 1 }
        if unmet > 0 {
            score += Points.unmetAccess * unmet
            if explain {
                let named = person.accessNeeds.subtracting(needs.accessMet).sorted().joined(separator: ", ")
                reasons.append("Needs \(named), not yet offered: arrange it or ask")
            }
        }
        if let last = person.lastInvolved {
            if today.timeIntervalSince(last) > Points.recentDays * 86_400 {
                score += Points.notRecently
                if explain { reasons.append("Not involved for over six months") }
            }
        } else {
            score += Points.newVoice
            if explain { reasons.append("Not involved before: a new voice") }
        }
        if person.timesThisYear >= Points.oftenTimes {
            score += Points.often
            if explain { reasons.append("Already took part \(person.timesThisYear) times this year") }
        }
        if withReach, let groups = person.consentedGroups {
            let reached = groups.intersection(needs.wantsToReach).sorted()
            if !reached.isEmpty {
                score += Points.reach
                if explain {
                    reasons.append("From a group it wants to hear from (\(reached.joined(separator: ", "))), with their consent")
                }
            }
        }
        return Ranked(id: person.id, score: score, reasons: reasons)
    }

    /// The wanted tags someone's own tags meet: a tag is met by one that holds all its words, so
    /// "diabetes" is met by "Type 2 diabetes" and "young carers" by "Young carer", whatever the case.
    public static func matched(_ wanted: Set<String>, by have: Set<String>) -> [String] {
        matched(wanted.sorted().map { ($0, words($0)) }, byWords: have.map(words))
    }

    /// How many of `wanted` their tags meet, as `matched` counts them, without listing them.
    static func matchedCount(_ wanted: [(tag: String, words: Set<String>)], byWords theirs: [Set<String>]) -> Int {
        guard !theirs.isEmpty else { return 0 }
        var count = 0
        for tag in wanted where !tag.words.isEmpty && theirs.contains(where: { tag.words.isSubset(of: $0) }) { count += 1 }
        return count
    }

    /// `wanted` in order, each with its words: the result keeps that order.
    static func matched(_ wanted: [(tag: String, words: Set<String>)], byWords theirs: [Set<String>]) -> [String] {
        guard !theirs.isEmpty else { return [] }
        return wanted.filter { tag in
            !tag.words.isEmpty && theirs.contains { tag.words.isSubset(of: $0) }
        }.map(\.tag)
    }

    /// A tag's words in lower case, with a plural "s" dropped so "carers" meets "carer".
    static func words(_ tag: String) -> Set<String> {
        Set(
            tag.lowercased().split { !$0.isLetter && !$0.isNumber }.map { word in
                word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") ? String(word.dropLast()) : String(word)
            })
    }

    /// Highest score first; ties go to whoever took part less this year, then stay in the order given.
    private static func sorted(_ ranked: [Ranked], _ candidates: [Candidate]) -> [Ranked] {
        let times = Dictionary(candidates.map { ($0.id, $0.timesThisYear) }, uniquingKeysWith: { a, _ in a })
        return ranked.enumerated().sorted { a, b in
            if a.element.score != b.element.score { return a.element.score > b.element.score }
            let ta = times[a.element.id] ?? 0, tb = times[b.element.id] ?? 0
            return ta != tb ? ta < tb : a.offset < b.offset
        }.map(\.element)
    }
}
