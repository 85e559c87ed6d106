import Foundation
import Plot
import TandemCore

/// One story: its recording, transcript and the clips kept as evidence.
enum StoryPage {
    struct Recording: Sendable {
        let type: String
        let bytes: Int
    }

    struct Clip: Sendable {
        let id: UUID
        let text: String
    }

    struct Model {
        let header: ProjectHeader
        let id: UUID
        let title: String
        let scope: ConsentScope
        let storyteller: String?
        let isAnonymous: Bool
        /// Whether the storyteller's consent lets this viewer see and hear the story itself.
        let mayHear: Bool
        let transcript: String
        let recordingLink: String?
        let recording: Recording?
        let clips: [Clip]
        let canContribute: Bool
        let maxUploadMB: Int
        let clipInput: ClipForm
        let errors: FormErrors
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        ProjectFrame.page(
            model.title, project: model.header, section: .stories, context: context, errors: model.errors,
            extraCrumbs: [Crumb(title: "Stories", href: SiteURL.project(.value(model.header.id), .stories).path)],
            summaryList([
                SummaryRow(
                    "Storyteller", text: model.isAnonymous ? "Anonymous" : (model.storyteller ?? "Known to the project team")),
                SummaryRow("Who may see and hear it", text: model.scope.label),
            ]),
            model.mayHear
                ? story(model)
                : Blocks.inset(
                    Blocks.paragraph(
                        "The storyteller agreed to share this story with \(model.scope == .team ? "the project team only" : "the partner organisation"). Clips kept as evidence are below, with personal details taken out."
                    )),
            model.canContribute && model.mayHear ? upload(model, csrf: context.csrf) : .empty,
            clips(model, csrf: context.csrf))
    }

    private static func story(_ model: Model) -> Markup {
        let src = SiteURL.story(.value(model.id), .recording).path
        let player: Markup =
            model.recording.map { recording in
                let isVideo = recording.type.hasPrefix("video/")
                return .group(
                    Blocks.heading("Recording", level: 2, size: "m"),
                    element(
                        isVideo ? "video" : "audio", .flag("controls", true), .attr("preload", "metadata"),
                        .attr("class", "tandem-player"),
                        .attr("aria-label", "Recording of \(model.title)"),
                        element("source", .attr("src", src), .attr("type", recording.type)),
                        .p("Your browser cannot play this recording here. ", link("Download it", href: src))),
                    .p(
                        .class("nhsuk-body-s"),
                        .plain(ByteCountFormatter.string(fromByteCount: Int64(recording.bytes), countStyle: .file)),
                        " · the transcript below has everything that was said."))
            } ?? .empty
        return .group(
            player,
            model.recordingLink.map {
                .p("Recording kept elsewhere: ", element("a", .attr("href", $0), .attr("rel", "noopener noreferrer"), .plain($0)))
            } ?? .empty,
            Blocks.heading("Transcript", level: 2, size: "m"),
            model.transcript.isEmpty
                ? Blocks.paragraph("No transcript yet.")
                : .div(
                    .class("tandem-transcript"), .attr("tabindex", "0"), .attr("role", "region"),
                    .attr("aria-label", "Transcript"),
                    .forEach(model.transcript.split(whereSeparator: \.isNewline)) { .p(.plain(String($0))) }))
    }

    private static func upload(_ model: Model, csrf: String) -> Markup {
        uploadForm(
            action: SiteURL.story(.value(model.id), .recording), csrf: csrf,
            Blocks.heading(model.recording == nil ? "Upload the recording" : "Replace the recording", level: 2, size: "m"),
            FormField.file(
                "recording", label: "Audio or video file", error: model.errors["recording"],
                hint: "MP3, M4A, WAV, OGG, MP4, MOV or WebM, up to \(model.maxUploadMB) MB.", accept: "audio/*,video/*"),
            Buttons.submit("Upload recording", style: .secondary))
    }

    private static func clips(_ model: Model, csrf: String) -> Markup {
        .group(
            Blocks.heading("Clips kept as evidence", level: 2, size: "m"),
            model.clips.isEmpty
                ? Blocks.paragraph("No clips yet.")
                : .ul(
                    .class("nhsuk-list"),
                    .forEach(model.clips) { clip in
                        .li(
                            element("blockquote", .class("tandem-quote"), .p(.plain(clip.text))),
                            .p(
                                .class("nhsuk-body-s"),
                                link("Open", href: SiteURL.feedbackItem(.value(clip.id)).path, hiddenSuffix: "this clip")))
                    }),
            model.canContribute && model.mayHear && !model.transcript.isEmpty
                ? postForm(
                    action: SiteURL.story(.value(model.id), .clips).path, csrf: csrf,
                    FormField.textarea(
                        "clip", label: "Keep a clip of the transcript", value: model.clipInput.clip, error: model.errors["clip"],
                        hint: "Copy and paste the words to keep, exactly as they are in the transcript.", rows: 4),
                    Buttons.submit("Keep clip as evidence", style: .secondary)) : .empty)
    }
}
