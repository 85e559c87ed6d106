import Foundation
import Vapor

/// Evidence files sent with a form (a recommendation's progress update, a panel follow-up): where
/// an upload lands while it is checked, keeping it by a name Tandem gives it, and serving it back,
/// always as a download of its own type (`ProgressUpdateForm.evidenceTypes`), never cached.
struct EvidenceFiles: Sendable {
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
        let mediaType = ProgressUpdateForm.evidenceTypes[ext].flatMap(HTTPMediaType.init(mimeType:))
        let response = try await req.fileio.asyncStreamFile(at: path, mediaType: mediaType)
        response.headers.contentDisposition = .init(.attachment, filename: fileName ?? storedName)
        response.headers.replaceOrAdd(name: .cacheControl, value: "private, no-store")
        return response
    }
}
