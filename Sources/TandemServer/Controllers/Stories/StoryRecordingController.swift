import Fluent
import TandemCore
import Vapor

/// A story's recording: uploaded as it streams (never whole in memory), kept
/// under the data folder, and played back with range requests so a listener
/// can skip through a long recording.
enum StoryRecordingController {
    /// The kinds of file accepted, by extension, with the type they are served as.
    static let mediaTypes: [String: String] = [
        "mp3": "audio/mpeg", "m4a": "audio/mp4", "aac": "audio/aac", "wav": "audio/wav", "ogg": "audio/ogg", "oga": "audio/ogg",
        "opus": "audio/ogg", "weba": "audio/webm", "mp4": "video/mp4", "m4v": "video/mp4", "mov": "video/quicktime",
        "webm": "video/webm",
    ]

    static func upload(req: Request) async throws -> Response {
        let (story, project, ref) = try await StoryController.findToChange(req)
        let storyID = try story.requireID()
        let directory = recordingsDirectory(req.application)
        let incoming = "\(directory)/incoming-\(UUID().lowercasedString)"
        guard
            let upload = try await UploadReceiver.receive(
                req, fileField: "recording", to: incoming,
                maxBytes: req.application.config.maxUploadBytes)
        else {
            return try await problem(req, story, project, ref, "Choose the recording to upload")
        }
        let fileName = (upload.fileName as NSString).lastPathComponent
        let ext = (fileName as NSString).pathExtension.lowercased()
        guard let mediaType = mediaTypes[ext],
            upload.contentType.hasPrefix("audio/") || upload.contentType.hasPrefix("video/")
                || upload.contentType == "application/octet-stream"
        else {
            try? FileManager.default.removeItem(atPath: incoming)
            return try await problem(
                req, story, project, ref,
                "The recording must be an audio or video file (\(mediaTypes.keys.sorted().joined(separator: ", ")))")
        }
        let storedName = "\(storyID.lowercasedString).\(ext)"
        let previous = story.recordingFile
        try? FileManager.default.removeItem(atPath: "\(directory)/\(storedName)")
        try FileManager.default.moveItem(atPath: incoming, toPath: "\(directory)/\(storedName)")
        if let previous, previous != storedName { try? FileManager.default.removeItem(atPath: "\(directory)/\(previous)") }
        story.recordingFile = storedName
        story.recordingType = mediaType
        story.recordingBytes = upload.bytes
        try await story.save(on: req.db)
        try await req.flash(
            "Recording uploaded (\(ByteCountFormatter.string(fromByteCount: Int64(upload.bytes), countStyle: .file)))")
        return req.seeOther(SiteURL.story(.value(storyID)))
    }

    static func play(req: Request) async throws -> Response {
        let (story, _, ref) = try await req.owned(Story.self, Permission.viewProject)
        guard req.can(.readAsGiven(ref, story.consentScope)) else { throw AppError.forbidden }
        guard let file = story.recordingFile else { throw AppError.notFound }
        let path = "\(recordingsDirectory(req.application))/\(file)"
        guard FileManager.default.fileExists(atPath: path) else { throw AppError.notFound }
        let mediaType = story.recordingType.flatMap(HTTPMediaType.init(mimeType:))
        let response = try await req.fileio.asyncStreamFile(at: path, mediaType: mediaType)
        // Recordings are personal: never kept in shared caches.
        response.headers.replaceOrAdd(name: .cacheControl, value: "private, no-store")
        return response
    }

    static func recordingsDirectory(_ app: Application) -> String {
        "\(app.config.dataDirectory)/recordings"
    }

    private static func problem(
        _ req: Request, _ story: Story, _ project: Project, _ ref: ProjectRef, _ message: String
    ) async throws -> Response {
        var errors = FormErrors()
        errors.add("recording", message)
        return try await StoryController.renderStory(
            req, story: story, project: project, ref: ref, clip: .init(), errors: errors,
            status: .badRequest)
    }
}
