import Vapor

extension HTTPMediaType {
    /// A media type from its written form, such as "audio/mpeg"; nil when it has no "type/subtype" shape.
    init?(mimeType: String) {
        let parts = mimeType.split(separator: "/")
        guard parts.count == 2 else { return nil }
        self.init(type: String(parts[0]), subType: String(parts[1]))
    }
}
