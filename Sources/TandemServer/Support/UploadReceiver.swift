import Foundation
import MultipartKit
import Vapor

/// A file received from an upload form, already on disk.
struct ReceivedUpload: Sendable {
    var fileName: String
    var contentType: String
    var bytes: Int
    /// The form's other (small) fields.
    var fields: [String: String]
}

/// Receives a `multipart/form-data` upload as it streams in. The file part goes
/// straight to disk, a chunk at a time, so a 200 MB recording never sits in
/// memory; the upload stops as soon as it passes the size limit. The route
/// must be registered with `body: .stream`, and its form carries the CSRF
/// token in the address (`?_csrf=`) because the body is not read in advance.
enum UploadReceiver {
    /// Text fields beside the file are short and few; a form that sends more
    /// is refused, so that fields can never fill the server's memory.
    static let maximumFieldBytes = 64 * 1024
    static let maximumFields = 40
    static let maximumAllFieldBytes = 256 * 1024
    /// Part headers and boundaries, on top of the file and the fields.
    static let framingAllowance = 64 * 1024

    /// Returns nil when the form came without a file (or with an empty one),
    /// unless the file is optional: then the other fields come back with no bytes.
    static func receive(
        _ req: Request, fileField: String, to path: String, maxBytes: Int,
        fileIsOptional: Bool = false
    ) async throws -> ReceivedUpload? {
        guard let contentType = req.headers.contentType, contentType.type == "multipart", contentType.subType == "form-data",
            let boundary = contentType.parameters["boundary"], !boundary.isEmpty
        else { throw AppError.badRequest("Send the file with the upload form on this page") }
        // The whole body counts against the limit as it streams, whether or not `Content-Length` was sent.
        let bodyLimit = maxBytes + maximumAllFieldBytes + framingAllowance
        if let length = req.headers.first(name: .contentLength).flatMap(Int.init), length > bodyLimit {
            throw tooLarge(maxBytes)
        }
        let directory = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
            throw Abort(.internalServerError, reason: "Tandem could not save the file. Check the data folder can be written to.")
        }
        let state = PartState(fileField: fileField, maxBytes: maxBytes, handle: handle)
        let parser = MultipartParser(boundary: boundary)
        parser.onHeader = { name, value in state.header(name, value) }
        parser.onBody = { buffer in state.body(&buffer) }
        parser.onPartComplete = { state.complete() }
        let ending = StreamEnding(boundary: boundary)
        var received = 0
        do {
            defer { try? handle.close() }
            for try await chunk in req.body {
                received += chunk.readableBytes
                guard received <= bodyLimit else { throw tooLarge(maxBytes) }
                ending.remember(chunk)
                try parser.execute(chunk)
                if let problem = state.problem { throw problem }
                // Everything but the file (fields, part headers, boundaries) is small; the parser
                // holds a part's headers in memory until they end, so this bounds them too.
                guard received - state.fileBytes <= maximumAllFieldBytes + framingAllowance else {
                    throw AppError.badRequest("The upload form sent more than its fields can hold")
                }
            }
            // A body cut off (a dropped connection, a cancelled upload) ends without its closing boundary.
            guard ending.isClosed else { throw AppError.badRequest(notWhole) }
        } catch {
            try? FileManager.default.removeItem(atPath: path)
            throw (error as? AppError) ?? AppError.badRequest(notWhole)
        }
        guard state.fileBytes > 0 else {
            try? FileManager.default.removeItem(atPath: path)
            return fileIsOptional ? ReceivedUpload(fileName: "", contentType: "", bytes: 0, fields: state.fields) : nil
        }
        return ReceivedUpload(
            fileName: state.fileName ?? "upload", contentType: state.fileType ?? "application/octet-stream",
            bytes: state.fileBytes, fields: state.fields)
    }

    static let notWhole = "The file did not arrive whole. Try again."

    static func tooLarge(_ maxBytes: Int) -> AppError {
        .tooLarge("The file is larger than Tandem accepts (\(maxBytes >> 20) MB). Make it smaller, or split it, and try again.")
    }

    /// The last bytes of the stream, to tell whether it ended with the closing
    /// boundary (`--BOUNDARY--`, then at most a little white space).
    private final class StreamEnding {
        let closing: [UInt8]
        private var tail: [UInt8] = []
        private let keep: Int

        init(boundary: String) {
            closing = Array("--\(boundary)--".utf8)
            keep = closing.count + 64
        }

        func remember(_ chunk: ByteBuffer) {
            tail.append(contentsOf: chunk.readableBytesView.suffix(keep))
            if tail.count > keep { tail.removeFirst(tail.count - keep) }
        }

        var isClosed: Bool {
            var end = tail.endIndex
            while end > tail.startIndex,
                [UInt8(ascii: "\r"), UInt8(ascii: "\n"), UInt8(ascii: " "), UInt8(ascii: "\t")].contains(tail[end - 1])
            {
                end -= 1
            }
            return tail[..<end].suffix(closing.count).elementsEqual(closing)
        }
    }

    /// What the parser has seen so far. The parser calls back synchronously
    /// within one task, so this needs no locking.
    private final class PartState {
        let fileField: String
        let maxBytes: Int
        let handle: FileHandle
        var fields: [String: String] = [:]
        var fileName: String?
        var fileType: String?
        var fileBytes = 0
        var problem: AppError?
        private var fieldCount = 0
        private var allFieldBytes = 0

        private var name: String?
        private var isFile = false
        private var partType: String?
        private var partFileName: String?
        private var text: [UInt8] = []

        init(fileField: String, maxBytes: Int, handle: FileHandle) {
            self.fileField = fileField
            self.maxBytes = maxBytes
            self.handle = handle
        }

        func header(_ name: String, _ value: String) {
            switch name.lowercased() {
            case "content-disposition":
                let parameters = ContentDisposition.parameters(value)
                self.name = parameters["name"]
                partFileName = parameters["filename"]
                isFile = self.name == fileField && partFileName != nil && fileName == nil
            case "content-type":
                partType = value.trimmingCharacters(in: .whitespaces)
            default:
                break
            }
        }

        func body(_ buffer: inout ByteBuffer) {
            guard problem == nil else { return }
            if isFile {
                fileBytes += buffer.readableBytes
                guard fileBytes <= maxBytes else { problem = UploadReceiver.tooLarge(maxBytes); return }
                do { try handle.write(contentsOf: buffer.readableBytesView) } catch {
                    // The reason (a full disk, a missing folder) is for the server's log, not the page.
                    Logger(label: "tandem.upload").error("Could not write an upload: \(error)")
                    problem = .badRequest("Tandem could not save the file. Try again later, or ask an administrator.")
                }
            } else {
                // Every other part counts against the fields' budget, named or not, kept or not.
                allFieldBytes += buffer.readableBytes
                if allFieldBytes > UploadReceiver.maximumAllFieldBytes {
                    problem = .badRequest("The upload form sent more than its fields can hold"); return
                }
                guard name != nil else { return }
                text.append(contentsOf: buffer.readableBytesView)
                if text.count > UploadReceiver.maximumFieldBytes {
                    problem = .badRequest("A field of the upload form is too long")
                }
            }
        }

        func complete() {
            if isFile {
                fileName = partFileName
                fileType = partType
            } else {
                fieldCount += 1
                if fieldCount > UploadReceiver.maximumFields {
                    problem = .badRequest("The upload form sent more fields than it has")
                } else if let name {
                    fields[name] = String(decoding: text, as: UTF8.self)
                }
            }
            name = nil
            isFile = false
            partType = nil
            partFileName = nil
            text = []
        }
    }
}

/// Reads `form-data; name="recording"; filename="visit.mp3"` into its parameters.
enum ContentDisposition {
    static func parameters(_ header: String) -> [String: String] {
        var result: [String: String] = [:]
        var characters = Substring(header)
        // Skip the disposition type itself ("form-data").
        guard let firstSemicolon = characters.firstIndex(of: ";") else { return result }
        characters = characters[characters.index(after: firstSemicolon)...]
        while !characters.isEmpty {
            characters = characters.drop { $0 == " " || $0 == ";" }
            guard let equals = characters.firstIndex(of: "=") else { break }
            let key = characters[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
            characters = characters[characters.index(after: equals)...]
            var value = ""
            if characters.first == "\"" {
                characters = characters.dropFirst()
                var escaped = false
                while let character = characters.first {
                    characters = characters.dropFirst()
                    if escaped {
                        value.append(character); escaped = false
                    } else if character == "\\" {
                        escaped = true
                    } else if character == "\"" {
                        break
                    } else {
                        value.append(character)
                    }
                }
            } else {
                let end = characters.firstIndex(of: ";") ?? characters.endIndex
                value = characters[..<end].trimmingCharacters(in: .whitespaces)
                characters = characters[end...]
            }
            result[key] = value
        }
        return result
    }
}
