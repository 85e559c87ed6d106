import Foundation

/// How Tandem addresses a person: by the name they prefer when they gave one,
/// otherwise by their name. Every page, email and report uses this one rule.
public enum PersonName {
    public static func display(name: String, preferred: String?) -> String {
        guard let preferred, !preferred.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return name }
        return preferred
    }
}
