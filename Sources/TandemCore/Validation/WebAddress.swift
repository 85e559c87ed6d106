import Foundation

/// A link people will follow from a page: an http or https address with a host,
/// at most 2,000 characters (a leaflet, a recording, a published report).
public enum WebAddress: FieldRule {
    public static let maximum = 2_000

    public static func check(_ raw: String) -> Result<String, FieldProblem> {
        let text = raw.trimmed
        guard text.count <= maximum, let url = URL(string: text), let scheme = url.scheme?.lowercased(),
            ["http", "https"].contains(scheme),
            let host = url.host, !host.isEmpty
        else {
            return .failure(
                FieldProblem("Enter a web address starting with https://, like https://www.example.nhs.uk/leaflet.pdf"))
        }
        return .success(text)
    }
}
