import Foundation

/// Where sign-in may send someone back to: only a path on this site. The rule is
/// strict because browsers are forgiving: they drop tabs and line breaks from
/// addresses and read a backslash as a slash, so "/\t/evil.example" becomes
/// "//evil.example", another site. Anything doubtful is refused, not repaired.
public enum LocalPath {
    public static func safe(_ raw: String?) -> String? {
        guard let raw, raw.count <= 2_000, raw.hasPrefix("/"), !raw.hasPrefix("//") else { return nil }
        for scalar in raw.unicodeScalars {
            // No white space, control characters or backslashes anywhere.
            if scalar.properties.isWhitespace || scalar.value < 0x20 || scalar.value == 0x7F || scalar == "\\" { return nil }
            if (0x80...0x9F).contains(scalar.value) || scalar.properties.generalCategory == .format { return nil }
        }
        // Parsed, it must be a path alone: no scheme, no host, no user.
        guard let components = URLComponents(string: raw), components.scheme == nil, components.host == nil,
            components.user == nil, components.path.hasPrefix("/"), !components.path.hasPrefix("//")
        else { return nil }
        return raw
    }
}
