/// An email address, checked for the shape people actually mistype
/// (missing @, spaces, missing domain), not against the full RFC grammar.
public enum EmailAddress: FieldRule {
    public static func check(_ raw: String) -> Result<String, FieldProblem> {
        let email = raw.trimmed.lowercased()
        let problem = FieldProblem("Enter an email address in the correct format, like name@example.org")
        guard email.count <= 254, !email.contains(where: \.isWhitespace) else { return .failure(problem) }
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[0].count <= 64 else { return .failure(problem) }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2,
            labels.allSatisfy({ label in
                !label.isEmpty && !label.hasPrefix("-") && !label.hasSuffix("-")
                    && label.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }
            })
        else { return .failure(problem) }
        return .success(email)
    }
}
