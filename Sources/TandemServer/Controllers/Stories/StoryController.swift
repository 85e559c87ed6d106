import Fluent
import TandemCore
import Vapor

/// Community reporting: stories told in the storyteller's own words, with
/// their recording and transcript, and the clips kept as evidence.
enum StoryController {
    static func list(req: Request) async throws -> Response {
        let (project, ref) = try await req.project(Permission.viewProject)
        return try await renderList(req, project: project, ref: ref, input: StoryForm(), errors: FormErrors())
    }

    static func create(req: Request) async throws -> Response {
        let (project, ref) = try await req.project(Permission.contributeEvidence)
        let form = try req.content.decode(StoryForm.self)
        let valid: StoryForm.Valid
        switch form.validate(storytellers: try await storytellerOptions(project, ref: ref, on: req.db).map(\.value)) {
        case .failure(let errors):
            return try await renderList(req, project: project, ref: ref, input: form, errors: errors, status: .badRequest)
        case .success(let value): valid = value
        }
        let story = Story(
            projectID: try project.requireID(), title: valid.title, storytellerID: valid.storytellerID,
            consentScope: valid.scope, transcript: valid.transcript, recordingLink: valid.link)
        try await story.create(on: req.db)
        try await req.flash("Story saved. Upload its recording below, or keep clips of the transcript as evidence.")
        return req.seeOther(SiteURL.story(.value(try story.requireID())))
    }

    static func show(req: Request) async throws -> Response {
        let (story, project, ref) = try await req.owned(Story.self, Permission.viewProject)
        return try await renderStory(req, story: story, project: project, ref: ref, clip: ClipForm(), errors: FormErrors())
    }

    /// Keeps part of the transcript as a feedback item. It must be the storyteller's words as transcribed.
    static func addClip(req: Request) async throws -> Response {
        let (story, project, ref) = try await findToChange(req)
        let form = try req.content.decode(ClipForm.self)
        let clip: String
        switch form.validate(transcript: readableTranscript(story, ref, req.reader)) {
        case .failure(let errors):
            return try await renderStory(
                req, story: story, project: project, ref: ref, clip: form, errors: errors, status: .badRequest)
        case .success(let value): clip = value
        }
        _ = try await req.db.transaction { db in
            try await EvidenceStore.add(
                [
                    .init(
                        method: .communityReporting, sourceKind: "story", sourceID: story.requireID(), text: clip,
                        consentScope: story.consentScope, occurredOn: story.createdAt,
                        contributorID: story.$storyteller.id)
                ],
                to: project, addedBy: req.currentUser?.personID, on: db)
        }
        try await req.flash("Clip kept as evidence")
        return req.seeOther(SiteURL.story(.value(try story.requireID())))
    }

    /// A story whose transcript or recording is about to change or be quoted from:
    /// that needs both adding evidence and reading the story as given, since a
    /// clip is checked against the transcript (a guessed clip would otherwise
    /// confirm the transcript's words) and a new recording replaces the old.
    static func findToChange(_ req: Request) async throws -> (Story, Project, ProjectRef) {
        let (story, project, ref) = try await req.owned(Story.self, Permission.contributeEvidence)
        guard req.can(.readAsGiven(ref, story.consentScope)) else { throw AppError.forbidden }
        return (story, project, ref)
    }

    /// The transcript as this viewer reads it: partners on the team without contact details
    /// (`AccessPolicy.textView`), so clips they keep are checked against what they see.
    static func readableTranscript(_ story: Story, _ ref: ProjectRef, _ reader: Reader) -> String {
        reader.teamText(story.transcript, scope: story.consentScope, ref)
    }

    /// People who may be named as a storyteller: the team and the partner organisation's people.
    static func storytellerOptions(_ project: Project, ref: ProjectRef, on db: any Database) async throws -> [FormField.Option] {
        let linked = try await PersonOrganisation.query(on: db).filter(\.$organisation.$id == project.$organisation.id).all(
            \.$person.$id)
        let people = try await Person.query(on: db).filter(\.$id ~~ Set(linked).union(ref.team)).all()
        return people.sorted { $0.displayName < $1.displayName }.map {
            .init(value: $0.id!.lowercasedString, label: $0.displayName)
        }
    }

    private static func renderList(
        _ req: Request, project: Project, ref: ProjectRef, input: StoryForm, errors: FormErrors,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let model = try await listModel(
            project: project, ref: ref, input: input, errors: errors, viewer: try req.requireUser().viewer, on: req.db)
        return StoryListPage.render(model, context: try await PageContext.withForm(req, section: .projects)).response(status)
    }

    static func listModel(
        project: Project, ref: ProjectRef, input: StoryForm, errors: FormErrors, viewer: Viewer, on db: any Database
    ) async throws -> StoryListPage.Model {
        let stories = try await Story.query(on: db).filter(\.$project.$id == project.requireID()).sort(\.$createdAt, .descending)
            .all()
        let canAdd = viewer.can(.contributeEvidence(ref))
        return StoryListPage.Model(
            header: try await ProjectController.header(project, on: db),
            stories: stories.map {
                .init(
                    id: $0.id!, title: $0.title, scope: $0.consentScope,
                    hasRecording: $0.recordingFile != nil || $0.recordingLink != nil,
                    createdAt: $0.createdAt)
            },
            storytellers: canAdd ? try await storytellerOptions(project, ref: ref, on: db) : [],
            canAdd: canAdd, input: input, errors: errors)
    }

    static func renderStory(
        _ req: Request, story: Story, project: Project, ref: ProjectRef, clip: ClipForm, errors: FormErrors,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let model = try await storyModel(
            story, project: project, ref: ref, clip: clip, errors: errors,
            maxUploadMB: req.application.config.maxUploadBytes >> 20, viewer: try req.requireUser().viewer, on: req.db)
        return StoryPage.render(model, context: try await PageContext.withForm(req, section: .projects)).response(status)
    }

    static func storyModel(
        _ story: Story, project: Project, ref: ProjectRef, clip: ClipForm, errors: FormErrors, maxUploadMB: Int,
        viewer: Viewer, on db: any Database
    ) async throws -> StoryPage.Model {
        let storyID = try story.requireID()
        let mayHear = viewer.can(.readAsGiven(ref, story.consentScope))
        let clips = try await FeedbackItem.query(on: db).filter(\.$sourceID == storyID).sort(\.$createdAt, .descending).all()
        let storyteller = try await Person.displayName(of: story.$storyteller.id, on: db)
        return StoryPage.Model(
            header: try await ProjectController.header(project, on: db), id: storyID, title: story.title,
            scope: story.consentScope,
            storyteller: mayHear ? storyteller : nil, isAnonymous: story.$storyteller.id == nil, mayHear: mayHear,
            transcript: readableTranscript(story, ref, viewer.reader), recordingLink: story.recordingLink,
            recording: story.recordingFile == nil
                ? nil : .init(type: story.recordingType ?? "audio/mpeg", bytes: story.recordingBytes ?? 0),
            clips: clips.map { .init(id: $0.id!, text: viewer.reader.text($0, ref)) },
            canContribute: viewer.can(.contributeEvidence(ref)), maxUploadMB: maxUploadMB, clipInput: clip, errors: errors)
    }
}

/// Transcript checks, kept apart so they are easy to test.
enum Transcript {
    /// Whether `clip` appears in `transcript`, ignoring differences in spacing and line breaks.
    static func contains(_ transcript: String, _ clip: String) -> Bool {
        let squash = { (text: String) in text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        let needle = squash(clip)
        return !needle.isEmpty && squash(transcript).contains(needle)
    }
}
