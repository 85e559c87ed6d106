import Foundation
import Vapor

/// Evidence files sent with a form (a recommendation's progress update, a panel follow-up): where
/// an upload lands while it is checked, keeping it by a name Tandem gives it, and serving it back,
/// always as a download of its own type (`EvidenceFiles.types`), never cached.
struct EvidenceFiles: Sendable {
    /// The kinds of file accepted, by extension, with the type they are served as.
    static let types: [String: String] = [
        "pdf": "application/pdf", "jpg": "image/jpeg", "jpeg": "image/jpeg", "png": "image/png",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "odt": "application/vnd.oasis.opendocument.text",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "csv": "text/csv", "txt": "text/plain",
    ]

    /// The kinds accepted, in words for a hint: "csv, docx, ...".
    static var typeList: String { types.keys.sorted().joined(separator: ", ") }

    /// Why a file sent with this name is refused, in words naming it as `what` ("The file", "A paper"); nil when accepted.
    static func typeProblem(_ fileName: String?, what: String = "The file") -> String? {
        types[((fileName ?? "") as NSString).pathExtension.lowercased()] == nil
            ? "\(what) must be a document, spreadsheet or picture (\(typeList))" : nil
    }

    /// The folder under the data folder, such as "update-evidence".
    let directory: String

    init(_ app: Application, folder: String) {
        directory = "\(app.config.dataDirectory)/\(folder)"
    }

    /// A fresh path for an upload to land on while its form is checked.
    func incoming() throws -> String {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        return "\(directory)/incoming-\(UUID().lowercasedString)"
    }

    /// Keeps a checked upload under a new name with its extension; returns the name.
    func keep(_ incoming: String, extension ext: String) throws -> String {
        let storedName = "\(UUID().lowercasedString).\(ext)"
        try FileManager.default.moveItem(atPath: incoming, toPath: "\(directory)/\(storedName)")
        return storedName
    }

    /// Gives up an upload whose form was refused (or that carried no file).
    func discard(_ incoming: String) {
        try? FileManager.default.removeItem(atPath: incoming)
    }

    /// A kept file as a download named as it was sent; 404 when it is gone.
    func download(_ storedName: String, as fileName: String?, for req: Request) async throws -> Response {
        let path = "\(directory)/\(storedName)"
        guard FileManager.default.fileExists(atPath: path) else { throw AppError.notFound }
        let ext = (storedName as NSString).pathExtension.lowercased()
        let mediaType = Self.types[ext].flatMap(HTTPMediaType.init(mimeType:))
        let response = try await req.fileio.asyncStreamFile(at: path, mediaType: mediaType)
        response.headers.contentDisposition = .init(.attachment, filename: fileName ?? storedName)
        response.headers.replaceOrAdd(name: .cacheControl, value: "private, no-store")
        return response
    }
}
