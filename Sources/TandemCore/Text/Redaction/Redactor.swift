import Foundation

/// Finds personal data in free text and replaces it with markers such as
/// `[name]` or `[phone]`, before text is shown beyond the team or published.
///
/// Each kind has its own detector (below and in `Redactor+Names.swift`).
/// Findings that overlap are merged, the higher-priority kind winning.
/// Job titles and service names on their own are not personal data and stay:
/// "the nurse", "Nurse-led clinic", "Dr Foster ward", "ward 7B", "Friday 12 May".
public struct Redactor: Sendable {
    /// Extra names to treat as personal (for example the names of a project's participants).
    public var extraNames: Set<String>

    public init(extraNames: [String] = []) {
        self.extraNames = Set(extraNames.map { $0.lowercased() })
    }

    public func redact(_ text: String) -> RedactionResult {
        replace(find(in: text), in: text)
    }

    /// The text with contact details taken out and names kept: what patient
    /// partners on a team read (see `AccessPolicy.textView`).
    public func redactContactDetails(_ text: String) -> String {
        replace(find(in: text, names: false), in: text).redacted
    }

    private func replace(_ findings: [PersonalDataFinding], in text: String) -> RedactionResult {
        let source = text as NSString
        var output = ""
        var position = 0
        for finding in findings {
            output += source.substring(with: NSRange(location: position, length: finding.start - position))
            output += finding.kind.marker
            position = finding.end
        }
        output += source.substring(from: position)
        return RedactionResult(redacted: output, findings: findings)
    }

    /// Every finding, in order, without overlaps.
    public func find(in text: String) -> [PersonalDataFinding] { find(in: text, names: true) }

    /// - Parameter gated: false runs every pattern whatever the text holds (for the test that gating changes nothing).
    func find(in text: String, names withNames: Bool, gated: Bool = true) -> [PersonalDataFinding] {
        let source = text as NSString
        var raw: [(PersonalDataKind, NSRange)] = []
        // Each pattern runs only on text that has what it needs: an @ for an email, ten
        // digits for a phone or NHS number, and so on. Most comments have few digits or
        // none, so most patterns never run; a page of comments and an import both gain.
        // (The patterns' \d takes digits of any script, so the count does too.)
        var digits = gated ? 0 : Int.max, hasAt = !gated
        for scalar in text.unicodeScalars where gated {
            if scalar == "@" { hasAt = true } else if scalar.properties.numericType == .decimal { digits += 1 }
        }
        if hasAt { raw += Self.emails(in: text) }
        if digits >= 10 {
            raw += Self.longNumbers(in: text)
            raw += Self.phoneNumbers(in: text)
        }
        if digits >= 2 { raw += Self.postcodes(in: text) }
        if digits >= 4 { raw += Self.datesOfBirth(in: text) }
        if digits >= 1 {
            raw += Self.addresses(in: text)
            raw += Self.references(in: text)
        }
        if withNames { raw += names(in: text) }
        // Merge: longer and higher-priority findings win over what they overlap.
        let ordered = raw.sorted { a, b in
            a.0.priority != b.0.priority ? a.0.priority > b.0.priority : a.1.length > b.1.length
        }
        var taken: [(PersonalDataKind, NSRange)] = []
        for candidate in ordered where !taken.contains(where: { NSIntersectionRange($0.1, candidate.1).length > 0 }) {
            taken.append(candidate)
        }
        return taken.sorted { $0.1.location < $1.1.location }.map { kind, range in
            PersonalDataFinding(
                kind: kind, start: range.location, end: range.location + range.length,
                text: source.substring(with: range))
        }
    }

    // MARK: detectors

    static func matches(_ pattern: NSRegularExpression, in text: String, group: Int = 0) -> [NSRange] {
        pattern.matches(in: text, range: NSRange(location: 0, length: (text as NSString).length))
            .map { $0.range(at: group) }.filter { $0.location != NSNotFound }
    }

    static func regex(_ pattern: String, caseInsensitive: Bool = false) -> NSRegularExpression {
        // The patterns are fixed strings written here; a mistake in one is a programming error.
        try! NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
    }

    private static let emailPattern = regex(#"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}"#)
    static func emails(in text: String) -> [(PersonalDataKind, NSRange)] {
        matches(emailPattern, in: text).map { (.email, $0) }
    }

    /// Ten digits (spaced 3-3-4 or not) are an NHS number when the check digit
    /// agrees; otherwise a phone number if they look like one, else a reference.
    private static let tenDigits = regex(#"(?<![\d+])\d{3}[ \-]?\d{3}[ \-]?\d{4}(?![\d])"#)
    static func longNumbers(in text: String) -> [(PersonalDataKind, NSRange)] {
        let source = text as NSString
        return matches(tenDigits, in: text).map { range in
            let digits = source.substring(with: range)
            if NHSNumber.isValid(digits) { return (.nhsNumber, range) }
            return (digits.hasPrefix("0") ? .phone : .reference, range)
        }
    }

    private static let phonePattern = regex(
        #"(?<![\d])(?:(?:\+|00)44[ \-]?(?:\(0\)[ \-]?)?\d|\(?0\d)[\d \-\)\(]{8,14}\d(?![\d])"#)
    static func phoneNumbers(in text: String) -> [(PersonalDataKind, NSRange)] {
        let source = text as NSString
        return matches(phonePattern, in: text).compactMap { range in
            // "(0)" in "+44 (0)20 ..." is a dialling hint, not a digit of the number.
            var digits = source.substring(with: range).replacingOccurrences(of: "(0)", with: "").filter(\.isNumber)
            if digits.hasPrefix("44") { digits = "0" + digits.dropFirst(2) }
            if digits.hasPrefix("0044") { digits = "0" + digits.dropFirst(4) }
            return (10...11).contains(digits.count) ? (.phone, range) : nil
        }
    }

    private static let postcodePattern = regex(
        #"\b(?:[A-PR-UWYZa-pr-uwyz][A-HK-Ya-hk-y]?\d[A-Za-z\d]?) ?\d[ABD-HJLNP-UW-Zabd-hjlnp-uw-z]{2}\b"#)
    static func postcodes(in text: String) -> [(PersonalDataKind, NSRange)] {
        matches(postcodePattern, in: text).map { (.postcode, $0) }
    }

    private static let month =
        #"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"#
    private static let fullDate =
        #"(?:\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?(?: of)? "# + month + #",? \d{4}|"#
        + month + #" \d{1,2}(?:st|nd|rd|th)?,? \d{4})"#
    private static let birthCue = regex(
        #"(?:\bd\.?o\.?b\.?|date of birth|\bborn(?: on)?|birthday(?: is)?)\s*(?:is\s*)?[:\-]?\s*("# + fullDate + ")",
        caseInsensitive: true)
    /// A full date with a year long past (before 2006) is taken as a date of birth.
    private static let oldDate = regex(#"(?<![\d/])\d{1,2}[/.\-]\d{1,2}[/.\-](?:19\d{2}|200[0-5])(?![\d])"#)
    static func datesOfBirth(in text: String) -> [(PersonalDataKind, NSRange)] {
        matches(birthCue, in: text, group: 1).map { (.dateOfBirth, $0) }
            + matches(oldDate, in: text).map { (.dateOfBirth, $0) }
    }

    private static let streetWords =
        "road|rd|street|st|avenue|ave|lane|ln|close|drive|way|crescent|court|place|gardens|terrace|grove|square|mews|row|walk|rise|parade|boulevard"
    private static let addressPattern = regex(
        #"\b(?:(?:flat|apartment|apt)\s+\d+[a-z]?,?\s+)?\d{1,4}[a-z]?,?\s+(?:[a-z][a-z'\-]+\s+){1,3}(?:"# + streetWords
            + #")\b\.?"#,
        caseInsensitive: true)
    static func addresses(in text: String) -> [(PersonalDataKind, NSRange)] {
        let source = text as NSString
        return matches(addressPattern, in: text).filter { range in
            // "waited 3 hours on the road" is not an address: the street name must be capitalised
            // unless the whole text is in lower case.
            let words = source.substring(with: range).split(separator: " ")
            guard let streetName = words.dropFirst().first(where: { $0.first?.isLetter == true }) else { return false }
            return streetName.first?.isUppercase == true || text == text.lowercased()
        }.map { (.address, $0) }
    }

    private static let referenceCue = regex(
        #"\b(?:hospital|patient|reference|ref|case|record|mrn|ni|national insurance|claim|booking|complaint|incident|crn|unit|nhs)\s*(?:number|no\.?|num|#)?\s*(?:is|was)?\s*[:\-]?\s*([A-Za-z]{0,4}[\- /]?\d[A-Za-z0-9/\-]{3,})"#,
        caseInsensitive: true)
    private static let codedNumber = regex(#"\b[A-Za-z]{1,3}\d{5,}\b|(?<![\d:.])\d{6,}(?![\d:])"#)
    /// National Insurance numbers: two letters, six digits, a letter A to D (prefix rules are not
    /// checked: people quote example and mistyped numbers too, and both should go).
    private static let insuranceNumber = regex(#"\b[A-Za-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-Da-d]\b"#)
    static func references(in text: String) -> [(PersonalDataKind, NSRange)] {
        (matches(referenceCue, in: text, group: 1) + matches(codedNumber, in: text) + matches(insuranceNumber, in: text))
            .map { (.reference, $0) }
    }
}
