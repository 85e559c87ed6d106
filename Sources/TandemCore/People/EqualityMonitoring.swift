/// Equality monitoring questions, following the 2021 Census for England where
/// it has a standard. Answers are optional, kept only with consent, and only
/// ever reported as totals with small numbers hidden.
public struct EqualityQuestion: Sendable, Identifiable {
    public struct Option: Sendable, Equatable {
        public let value: String
        public let label: String
        /// The census heading an option sits under (ethnic group only).
        public let group: String?
    }

    public let id: String
    public let question: String
    public let hint: String?
    public let options: [Option]

    public func label(for value: String?) -> String? {
        options.first { $0.value == value }?.label
    }
}

public enum EqualityMonitoring {
    public static let preferNotToSay = "prefer_not_to_say"

    public static let ageBand = EqualityQuestion(
        id: "age_band", question: "What is your age?", hint: nil,
        options: simple([
            ("under_16", "Under 16"), ("16_24", "16 to 24"), ("25_34", "25 to 34"), ("35_44", "35 to 44"),
            ("45_54", "45 to 54"), ("55_64", "55 to 64"), ("65_74", "65 to 74"), ("75_84", "75 to 84"),
            ("85_plus", "85 or over"),
        ]))

    public static let sex = EqualityQuestion(
        id: "sex", question: "What is your sex?", hint: "A question about gender identity follows.",
        options: simple([("female", "Female"), ("male", "Male")]))

    public static let genderIdentity = EqualityQuestion(
        id: "gender_identity", question: "Is the gender you identify with the same as your sex registered at birth?",
        hint: nil, options: simple([("yes", "Yes"), ("no", "No")]))

    public static let ethnicGroup = EqualityQuestion(
        id: "ethnic_group", question: "What is your ethnic group?",
        hint: "These are the groups used in the 2021 Census for England.",
        options: grouped([
            (
                "Asian or Asian British",
                [
                    ("asian_bangladeshi", "Bangladeshi"), ("asian_chinese", "Chinese"), ("asian_indian", "Indian"),
                    ("asian_pakistani", "Pakistani"), ("asian_other", "Any other Asian background"),
                ]
            ),
            (
                "Black, Black British, Caribbean or African",
                [
                    ("black_african", "African"), ("black_caribbean", "Caribbean"),
                    ("black_other", "Any other Black, Black British or Caribbean background"),
                ]
            ),
            (
                "Mixed or multiple ethnic groups",
                [
                    ("mixed_white_asian", "White and Asian"), ("mixed_white_black_african", "White and Black African"),
                    ("mixed_white_black_caribbean", "White and Black Caribbean"),
                    ("mixed_other", "Any other Mixed or multiple ethnic background"),
                ]
            ),
            (
                "White",
                [
                    ("white_british", "English, Welsh, Scottish, Northern Irish or British"), ("white_irish", "Irish"),
                    ("white_gypsy_traveller", "Gypsy or Irish Traveller"), ("white_roma", "Roma"),
                    ("white_other", "Any other White background"),
                ]
            ),
            ("Other ethnic group", [("other_arab", "Arab"), ("other_any", "Any other ethnic group")]),
        ]))

    public static let disability = EqualityQuestion(
        id: "disability",
        question:
            "Do you have a physical or mental health condition or illness that reduces your ability to carry out day-to-day activities?",
        hint: "Count conditions lasting or expected to last 12 months or more.",
        options: simple([("yes_a_lot", "Yes, a lot"), ("yes_a_little", "Yes, a little"), ("no", "No")]))

    public static let carer = EqualityQuestion(
        id: "carer",
        question:
            "Do you look after, or give help or support to, anyone because of a long-term condition, illness or problems related to old age?",
        hint: "Do not count anything you do as part of paid work.",
        options: simple([
            ("no", "No"), ("yes_up_to_19", "Yes, 19 hours a week or less"),
            ("yes_20_to_49", "Yes, 20 to 49 hours a week"), ("yes_50_plus", "Yes, 50 or more hours a week"),
        ]))

    public static let questions = [ageBand, sex, genderIdentity, ethnicGroup, disability, carer]

    private static func simple(_ pairs: [(String, String)]) -> [EqualityQuestion.Option] {
        pairs.map { .init(value: $0.0, label: $0.1, group: nil) }
            + [.init(value: preferNotToSay, label: "Prefer not to say", group: nil)]
    }

    private static func grouped(_ groups: [(String, [(String, String)])]) -> [EqualityQuestion.Option] {
        groups.flatMap { group in group.1.map { EqualityQuestion.Option(value: $0.0, label: $0.1, group: group.0) } }
            + [.init(value: preferNotToSay, label: "Prefer not to say", group: nil)]
    }
}
