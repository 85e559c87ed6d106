/// A UK phone number, landline or mobile, typed however people type them:
/// `01632 960 001`, `+44 (0)7700 900123`, `020-7946-0000`.
/// Stored in national form with the usual spacing.
public enum UKPhoneNumber: FieldRule {
    public static func check(_ raw: String) -> Result<String, FieldProblem> {
        let problem = FieldProblem("Enter a UK phone number, like 01632 960 001 or 07700 900 982")
        var text = raw.trimmed.replacingOccurrences(of: "(0)", with: "")
        let allowedPunctuation: Set<Character> = [" ", "-", "(", ")", "."]
        text.removeAll { allowedPunctuation.contains($0) }
        if text.hasPrefix("+44") {
            text = "0" + text.dropFirst(3)
        } else if text.hasPrefix("0044") {
            text = "0" + text.dropFirst(4)
        }
        guard text.allSatisfy({ $0.isASCII && $0.isNumber }), text.hasPrefix("0") else { return .failure(problem) }
        // UK numbers are 11 digits with the leading 0; a few 01 areas and 0800
        // freephone numbers have 10.
        let tenDigitsAllowed = text.hasPrefix("01") || text.hasPrefix("0800")
        guard text.count == 11 || (text.count == 10 && tenDigitsAllowed) else { return .failure(problem) }
        guard let second = text.dropFirst().first, "1235789".contains(second) else { return .failure(problem) }
        return .success(formatted(text))
    }

    private static func formatted(_ digits: String) -> String {
        let chars = Array(digits)
        func part(_ range: Range<Int>) -> String { String(chars[range]) }
        guard chars.count == 11 else { return digits }
        if digits.hasPrefix("02") { return "\(part(0..<3)) \(part(3..<7)) \(part(7..<11))" }
        if digits.hasPrefix("07") || digits.hasPrefix("08") || digits.hasPrefix("03") {
            return "\(part(0..<5)) \(part(5..<11))"
        }
        return "\(part(0..<5)) \(part(5..<11))"
    }
}
