/// NHS numbers: ten digits, the last a modulus 11 check digit.
public enum NHSNumber {
    /// Whether ten digits (spaces and dashes allowed between them) form a valid NHS number.
    public static func isValid(_ text: String) -> Bool {
        let digits = text.compactMap(\.wholeNumberValue)
        guard digits.count == 10, text.allSatisfy({ $0.isNumber || $0 == " " || $0 == "-" }) else { return false }
        let total = (0..<9).reduce(0) { $0 + digits[$1] * (10 - $1) }
        let check = 11 - total % 11
        if check == 10 { return false }
        return (check == 11 ? 0 : check) == digits[9]
    }
}
