/// The first half of a UK postcode (the outward code), such as `SG1`, `M1` or `SW1A`.
/// Tandem keeps only the district, never a full postcode, to know roughly where
/// people live without holding their address.
public enum PostcodeDistrict: FieldRule {
    public static func check(_ raw: String) -> Result<String, FieldProblem> {
        let district = raw.trimmed.uppercased()
        let problem = FieldProblem("Enter the first part of a postcode only, like SG1 or SW1A")
        let chars = Array(district)
        guard (2...4).contains(chars.count), chars.allSatisfy(\.isASCII) else { return .failure(problem) }
        // Area: one or two letters.
        var index = 0
        while index < chars.count, index < 2, chars[index].isLetter { index += 1 }
        guard index >= 1 else { return .failure(problem) }
        // District: a digit, then optionally a digit or a letter.
        guard index < chars.count, chars[index].isNumber else { return .failure(problem) }
        index += 1
        if index < chars.count, chars[index].isNumber || chars[index].isLetter { index += 1 }
        guard index == chars.count else { return .failure(problem) }
        return .success(district)
    }
}
