import Foundation

/// A URL-encoded form body as names and their values. Names ending in "[]"
/// (checkboxes) lose the brackets; every name can have several values. Used
/// where field names are not known in advance (survey answers).
enum FormBody {
    static func parse(_ body: String) -> [String: [String]] {
        var fields: [String: [String]] = [:]
        for pair in body.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let rawName = parts.first else { continue }
            var name = decode(rawName)
            if name.hasSuffix("[]") { name.removeLast(2) }
            fields[name, default: []].append(parts.count > 1 ? decode(parts[1]) : "")
        }
        return fields
    }

    private static func decode(_ text: Substring) -> String {
        String(text).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(text)
    }
}
