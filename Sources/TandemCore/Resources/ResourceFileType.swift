import Foundation

/// The kinds of file the library accepts, by extension. Anything else is refused,
/// and pages a browser would run (HTML, SVG, XML, scripts) in particular: a file in the
/// library is always served as a download with its own type, never shown inline.
public struct ResourceFileType: Sendable, Equatable {
    public let fileExtension: String
    public let mediaType: String
    /// How the page names it: "PDF", "Word document".
    public let label: String

    public static let accepted: [ResourceFileType] = [
        .init("pdf", "application/pdf", "PDF"),
        .init("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word document"),
        .init("doc", "application/msword", "Word document"),
        .init("odt", "application/vnd.oasis.opendocument.text", "OpenDocument text"),
        .init("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation", "PowerPoint slides"),
        .init("ppt", "application/vnd.ms-powerpoint", "PowerPoint slides"),
        .init("odp", "application/vnd.oasis.opendocument.presentation", "OpenDocument slides"),
        .init("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel spreadsheet"),
        .init("xls", "application/vnd.ms-excel", "Excel spreadsheet"),
        .init("ods", "application/vnd.oasis.opendocument.spreadsheet", "OpenDocument spreadsheet"),
        .init("csv", "text/csv", "CSV spreadsheet"),
        .init("txt", "text/plain", "Plain text"),
        .init("rtf", "application/rtf", "Rich text document"),
        .init("png", "image/png", "PNG image"),
        .init("jpg", "image/jpeg", "JPEG image"),
        .init("jpeg", "image/jpeg", "JPEG image"),
        .init("gif", "image/gif", "GIF image"),
        .init("webp", "image/webp", "WebP image"),
        .init("mp3", "audio/mpeg", "MP3 audio"),
        .init("m4a", "audio/mp4", "M4A audio"),
        .init("wav", "audio/wav", "WAV audio"),
        .init("ogg", "audio/ogg", "Ogg audio"),
        .init("mp4", "video/mp4", "MP4 video"),
        .init("m4v", "video/mp4", "MP4 video"),
        .init("mov", "video/quicktime", "QuickTime video"),
        .init("webm", "video/webm", "WebM video"),
        .init("epub", "application/epub+zip", "EPUB book"),
    ]

    init(_ fileExtension: String, _ mediaType: String, _ label: String) {
        self.fileExtension = fileExtension
        self.mediaType = mediaType
        self.label = label
    }

    /// The type of an uploaded file from its name, or nil when the library does not take it.
    public static func of(fileName: String) -> ResourceFileType? {
        let name = fileName.split(separator: "/").last.map(String.init) ?? fileName
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        let ext = name[name.index(after: dot)...].lowercased()
        return accepted.first { $0.fileExtension == ext }
    }

    /// The uploaded file's type, or the problem to show beside the file field.
    public static func check(fileName: String, hasFile: Bool, missing: String) -> Result<ResourceFileType, FieldProblem> {
        guard hasFile else { return .failure(FieldProblem(missing)) }
        guard let type = of(fileName: fileName) else { return .failure(FieldProblem(refusal(fileName: fileName))) }
        return .success(type)
    }

    /// The plain-English refusal for a file of another kind.
    public static func refusal(fileName: String) -> String {
        let name = fileName.split(separator: "/").last.map(String.init) ?? fileName
        let ext = name.contains(".") ? name.split(separator: ".").last.map { ".\($0.lowercased())" } ?? "" : ""
        let what = ext.isEmpty ? "A file without a type at the end of its name" : "A \(ext) file"
        return "\(what) cannot go in the library. Upload a PDF, Word, PowerPoint, Excel or OpenDocument file, "
            + "a picture (PNG, JPEG, GIF, WebP), audio or video (MP3, M4A, WAV, MP4, MOV, WebM), CSV or plain text"
    }

    /// A safe name to offer for download: letters, digits, dots, dashes and underscores only.
    public static func downloadName(_ fileName: String) -> String {
        let name = fileName.split(separator: "/").last.map(String.init) ?? fileName
        let kept = String(
            name.unicodeScalars.map { scalar -> Character in
                let c = Character(scalar)
                return (scalar.isASCII && (c.isLetter || c.isNumber)) || "._-".contains(c) ? c : "-"
            })
        return kept.isEmpty || kept.hasPrefix(".") ? "download" + kept : kept
    }
}
