/// Themes for what people write after a co-production course ("What will you do differently?"),
/// found by the text engine's phrase matching (`KeywordSuggester`), so the cohort report can say
/// what people took away without anyone reading every answer aloud.
public enum TrainingCodebook {
    public static let themes: [CodebookTheme] = [
        CodebookTheme(
            id: "equal-partners", name: "Involving patients as equal partners",
            description: "Bringing patients, carers and communities in from the start and sharing decisions.",
            phrases: [
                "equal partner", "equal partners", "co-produce", "coproduce", "co-production", "coproduction", "from the start",
                "involve patients", "patient partners", "lived experience", "share decisions", "sharing power", "together",
            ]),
        CodebookTheme(
            id: "seldom-heard", name: "Reaching people who are seldom heard",
            description: "Going to communities and groups the service does not usually hear from.",
            phrases: [
                "seldom heard", "under-represented", "underrepresented", "community groups", "reach out", "go to them",
                "young people", "interpreter", "diverse", "diversity", "inclusive", "outreach",
            ]),
        CodebookTheme(
            id: "plain-language", name: "Plain language and communication",
            description: "Using words people understand, and telling people what happened.",
            phrases: ["plain english", "plain language", "jargon", "acronyms", "easy read", "feed back", "you said we did"]),
        CodebookTheme(
            id: "confidence", name: "Confidence and skills",
            description: "Feeling able to plan and run involvement.",
            phrases: ["confident", "confidence", "skills", "know how", "tools", "framework", "ladder"]),
        CodebookTheme(
            id: "time-and-support", name: "Time, support and resources",
            description: "What gets in the way: time, money, management support.",
            phrases: ["time", "budget", "funding", "pay", "payment", "support from", "managers", "capacity", "workload"]),
    ]

    /// How many answers touch each theme (an answer can touch several), in the codebook's order.
    public static func count(_ answers: [String]) -> [(theme: String, answers: Int)] {
        let suggester = KeywordSuggester(themes: themes)
        var counts: [String: Int] = [:]
        for answer in answers {
            for suggestion in suggester.suggest(answer, limit: themes.count) { counts[suggestion.themeID, default: 0] += 1 }
        }
        return themes.map { (theme: $0.name, answers: counts[$0.id] ?? 0) }
    }
}
