import Foundation

/// NHS and management jargon, with plainer words to use instead. Written for
/// reports, surveys and letters that patients and carers read.
public struct JargonTerm: Codable, Sendable, Equatable {
    public let term: String
    public let suggestion: String
    /// Acronyms match only in capitals ("DNA", not "dna"); words match in any case.
    public let isAcronym: Bool
}

public struct JargonFinding: Codable, Sendable, Equatable {
    public let term: String
    public let found: String
    public let suggestion: String
    public let count: Int
}

public enum Jargon {
    public static let terms: [JargonTerm] = {
        let words: [(String, String)] = [

            ("stakeholders", "the people and organisations involved"), ("stakeholder", "person or organisation involved"),
            ("service users", "people who use the service"), ("service user", "person who uses the service"),
            ("patient pathway", "the steps of someone's care"), ("care pathway", "the steps of someone's care"),
            ("pathway", "the steps of care"), ("triage", "checking how urgent something is"),
            ("multidisciplinary team", "a team of different health professionals"), ("acute trust", "hospital trust"),
            ("secondary care", "hospital care"), ("primary care", "GP and community care"),
            ("commissioning", "planning and buying services"),
            ("commissioners", "the people who plan and buy services"), ("cohort", "group"), ("utilise", "use"),
            ("utilised", "used"),
            ("utilisation", "use"), ("facilitate", "help"), ("leverage", "use"), ("going forward", "in future"),
            ("in order to", "to"), ("prior to", "before"), ("deliverables", "results"), ("holistic", "whole-person"),
            ("signpost", "point people to"), ("signposting", "pointing people to"), ("co-morbidities", "other health conditions"),
            ("comorbidities", "other health conditions"), ("non-compliant", "not taking medicine as prescribed"),
            ("escalate", "pass on to someone senior"), ("robust", "strong"), ("best practice", "what works well"),
            ("touch base", "talk"), ("key performance indicators", "targets"), ("did not attend", "missed appointment"),
            ("outcomes framework", "list of results we aim for"), ("engagement", "involving people"),
            ("workstream", "piece of work"),
            ("operationalise", "put into practice"), ("step-down", "short-term care after hospital"), ("domiciliary", "at home"),
            ("ambulatory", "walk-in"), ("discharge summary", "letter about your hospital stay"),
        ]
        let acronyms: [(String, String)] = [
            ("ICB", "integrated care board (the NHS body that plans local health services)"),
            ("ICS", "integrated care system (local NHS and council services working together)"),
            ("PCN", "primary care network (GP practices working together)"), ("PPG", "patient participation group"),
            ("MDT", "team of different health professionals"), ("KPI", "target"), ("KPIs", "targets"),
            ("DNA", "missed appointment"),
            ("RTT", "waiting time from referral to treatment"), ("QI", "quality improvement"),
            ("SPC", "chart showing change over time"),
            ("FFT", "Friends and Family Test"), ("PALS", "Patient Advice and Liaison Service"),
            ("CQC", "Care Quality Commission (the health and care inspector)"), ("EDI", "equality, diversity and inclusion"),
            ("OOH", "out of hours"), ("NOK", "next of kin"), ("TTO", "medicines to take home"), ("LD", "learning disability"),
            ("PTS", "patient transport service"), ("VCSE", "voluntary and community groups"), ("BAU", "usual work"),
            ("SMT", "senior managers"), ("PPI", "patient and public involvement"), ("LOS", "length of stay"),
            ("ED", "emergency department (A&E)"), ("OPD", "outpatients"), ("HCA", "healthcare assistant"),
        ]
        return words.map { JargonTerm(term: $0.0, suggestion: $0.1, isAcronym: false) }
            + acronyms.map { JargonTerm(term: $0.0, suggestion: $0.1, isAcronym: true) }
    }()

    private static let patterns: [(JargonTerm, NSRegularExpression)] = terms.map { term in
        let escaped = NSRegularExpression.escapedPattern(for: term.term)
        let pattern = #"(?<![A-Za-z])"# + escaped + #"(?![A-Za-z])"#
        // Fixed patterns built from the list above.
        return (term, try! NSRegularExpression(pattern: pattern, options: term.isAcronym ? [] : [.caseInsensitive]))
    }

    /// Jargon in a text, longest terms first so "patient pathway" is reported rather than "pathway".
    public static func find(in text: String) -> [JargonFinding] {
        let source = text as NSString
        let whole = NSRange(location: 0, length: source.length)
        var claimed: [NSRange] = []
        var findings: [JargonFinding] = []
        for (term, pattern) in patterns.sorted(by: { $0.0.term.count > $1.0.term.count }) {
            let ranges = pattern.matches(in: text, range: whole).map(\.range)
                .filter { range in !claimed.contains { NSIntersectionRange($0, range).length > 0 } }
            guard let first = ranges.first else { continue }
            claimed += ranges
            findings.append(
                JargonFinding(
                    term: term.term, found: source.substring(with: first),
                    suggestion: term.suggestion, count: ranges.count))
        }
        return findings.sorted { $0.term.lowercased() < $1.term.lowercased() }
    }
}

/// Both checks together, as shown to an author before publishing.
public struct PlainEnglishReport: Codable, Sendable, Equatable {
    public let readability: ReadabilityScore
    public let jargon: [JargonFinding]
    /// Sentences longer than 25 words, which are hard to follow.
    public let longSentences: [String]

    public static func check(_ text: String) -> PlainEnglishReport {
        PlainEnglishReport(
            readability: Readability.score(text), jargon: Jargon.find(in: text),
            longSentences: Readability.sentences(in: text).filter { Readability.words(in: $0).count > 25 })
    }
}
