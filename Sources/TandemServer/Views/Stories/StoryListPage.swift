import Foundation
import Plot
import TandemCore

/// A project's community reporting stories, and the form to add one.
enum StoryListPage {
    struct Row: Sendable {
        let id: UUID
        let title: String
        let scope: ConsentScope
        let hasRecording: Bool
        let createdAt: Date?
    }

    struct Model {
        let header: ProjectHeader
        let stories: [Row]
        let storytellers: [FormField.Option]
        let canAdd: Bool
        let input: StoryForm
        let errors: FormErrors
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        ProjectFrame.page(
            "Stories", project: model.header, section: .stories, context: context, errors: model.errors,
            Blocks.paragraph(
                "Community reporting: people telling their own story, in their own words, recorded by a community reporter."),
            model.stories.isEmpty
                ? Blocks.inset(Blocks.paragraph("No stories yet."))
                : dataTable(
                    caption: "Stories", captionHidden: true,
                    columns: [
                        .init(heading: "Story"), .init(heading: "Recording"), .init(heading: "Who may see and hear it"),
                        .init(heading: "Added"),
                    ],
                    rows: model.stories.map { story in
                        [
                            link(story.title, href: SiteURL.story(.value(story.id)).path),
                            .plain(story.hasRecording ? "Yes" : "Not yet"),
                            .plain(story.scope.label), .plain(story.createdAt.map(CalendarDate.long) ?? ""),
                        ]
                    }),
            model.canAdd ? form(model, csrf: context.csrf) : .empty)
    }

    private static func form(_ model: Model, csrf: String) -> Markup {
        let input = model.input
        return postForm(
            action: SiteURL.project(.value(model.header.id), .stories).path, csrf: csrf,
            Blocks.heading("Add a story", level: 2, size: "m"),
            FormField.text(
                "title", label: "Title", value: input.title, error: model.errors["title"],
                hint: "In the storyteller's words if you can, for example: Getting my mum home from hospital"),
            FormField.select(
                "storyteller", label: "Storyteller (optional)", options: model.storytellers, selected: input.storyteller,
                error: model.errors["storyteller"],
                hint: "Leave as anonymous unless the storyteller wants the team to know who they are.",
                blankLabel: "Anonymous"),
            FormField.radios(
                "scope", legend: "Who did the storyteller agree may see and hear their story?",
                options: ConsentScope.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                selected: input.scope, error: model.errors["scope"],
                hint: "The recording cannot have names taken out, so only these people can play it."),
            FormField.text(
                "link", label: "Link to the recording (optional)", value: input.link, error: model.errors["link"],
                hint: "If the recording is kept somewhere else. You can upload a recording on the next page instead.",
                type: "url", spellcheck: false),
            FormField.textarea(
                "transcript", label: "Transcript (optional)", value: input.transcript, error: model.errors["transcript"],
                hint: "What the storyteller said, word for word. Clips of it can be kept as evidence.", rows: 10),
            Buttons.submit("Save story"))
    }
}
