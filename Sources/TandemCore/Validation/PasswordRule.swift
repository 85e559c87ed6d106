/// Passwords: long rather than complicated, as NCSC advises. At least 12
/// characters; up to 128 so that pass-phrases and password managers both work.
public enum PasswordRule {
    public static let minimumLength = 12
    public static let maximumLength = 128

    public static func problem(with password: String) -> FieldProblem? {
        if password.count < minimumLength {
            return FieldProblem("Password must be \(minimumLength) characters or more")
        }
        if password.count > maximumLength {
            return FieldProblem("Password must be \(maximumLength) characters or fewer")
        }
        return nil
    }
}
