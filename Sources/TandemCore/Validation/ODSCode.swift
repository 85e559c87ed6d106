/// An NHS Organisation Data Service code, such as `RX1` (a trust) or `Y01234` (a practice).
public enum ODSCode: FieldRule {
    public static func check(_ raw: String) -> Result<String, FieldProblem> {
        let code = raw.trimmed.uppercased()
        guard (3...6).contains(code.count) else {
            return .failure(FieldProblem("ODS code must be 3 to 6 characters, like RX1 or Y01234"))
        }
        guard code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
            return .failure(FieldProblem("ODS code must only include letters A to Z and numbers, like RX1 or Y01234"))
        }
        return .success(code)
    }
}
