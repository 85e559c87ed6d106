import Fluent
import TandemCore
import Vapor

/// Coding together: one comment at a time, with suggestions, from a queue
/// that puts first what teaches the project's model most.
enum CodingController {
    /// The queue's front page: how far coding has got, and where suggestions come from.
    static func queue(req: Request) async throws -> Response {
        let (project, ref) = try await req.project(Permission.contributeEvidence)
        let projectID = try project.requireID()
        let user = try req.requireUser()
        let page = try await queueModel(
            project, coderID: user.personID, themeModels: req.application.services.themeModels, on: req.db)
        _ = ref
        return CodingQueuePage.render(page, context: try await PageContext.make(req, section: .projects)).response()
    }

    static func queueModel(
        _ project: Project, coderID: UUID, themeModels: ThemeModelCache, on db: any Database
    ) async throws -> CodingQueuePage.Model {
        let projectID = try project.requireID()
        let counts = try await CodingQueue.counts(projectID: projectID, coderID: coderID, on: db)
        let model = try await themeModels.model(for: projectID, on: db)
        let examples =
            model == nil
            ? nil
            : try await StoredThemeModel.query(on: db).filter(\.$project.$id == projectID)
                .field(\.$id).field(\.$examples).first()?.examples
        return CodingQueuePage.Model(
            header: try await ProjectController.header(project, on: db), counts: counts,
            modelVersion: model?.version, modelExamples: examples)
    }

    /// Sends the coder to the next comment in the queue, or back to the queue when none is left.
    static func next(req: Request) async throws -> Response {
        let (project, _) = try await req.project(Permission.contributeEvidence)
        let projectID = try project.requireID()
        let mode = (try? req.query.get(String.self, at: "mode")).flatMap(CodingQueue.Mode.init(rawValue:)) ?? .new
        let skipping = skipList(try? req.query.get(String.self, at: "skip"))
        let model = mode == .new ? try await req.application.services.themeModels.model(for: projectID, on: req.db) : nil
        guard
            let itemID = try await CodingQueue.next(
                projectID: projectID, coderID: try req.requireUser().personID, mode: mode,
                skipping: skipping, model: model, caches: req.application.services.codingCaches, on: req.db)
        else {
            try await req.flash(mode == .new ? "Every comment has been coded" : "There are no comments left for you to check")
            return req.seeOther(SiteURL.project(.value(projectID), .coding))
        }
        return req.seeOther(
            SiteURL.feedbackItem(.value(itemID), .code).path(query: [
                ("mode", mode.rawValue), ("skip", skipping.isEmpty ? nil : joined(skipping)),
                ("saved", (try? req.query.get(String.self, at: "saved")).flatMap(UUID.init(uuidString:))?.lowercasedString),
            ]))
    }

    static func form(req: Request) async throws -> Response {
        let (item, project, ref) = try await req.owned(FeedbackItem.self, Permission.contributeEvidence)
        return try await render(req, item: item, project: project, ref: ref, errors: FormErrors(), input: nil)
    }

    /// Saves this coder's themes, sentiment and quotable flag for the comment, then moves on.
    static func save(req: Request) async throws -> Response {
        let (item, project, ref) = try await req.owned(FeedbackItem.self, Permission.contributeEvidence)
        let input = try req.content.decode(CodingForm.self)
        let projectID = try project.requireID(), itemID = try item.requireID()
        let coderID = try req.requireUser().personID
        let valid: CodingForm.Valid
        switch input.validate() {
        case .failure(let errors):
            return try await render(
                req, item: item, project: project, ref: ref, errors: errors, input: input, status: .badRequest)
        case .success(let value): valid = value
        }
        var themes = try await ProjectCodebook.themes(of: projectID, on: req.db)
        var chosen = valid.themeIDs
        let (sentiment, newTheme) = (valid.sentiment, valid.newTheme)
        if let newTheme {
            if let existing = themes.first(where: { ThemeName.isTaken(newTheme, by: [$0.name]) }) {
                chosen.insert(try existing.requireID())
            } else {
                let theme = Theme(projectID: projectID, key: nil, name: newTheme, details: "")
                try await ProjectCodebook.save(theme, caches: req.application.services.codingCaches, on: req.db)
                themes.append(theme)
                chosen.insert(try theme.requireID())
            }
        }
        let known = Set(themes.compactMap(\.id))
        chosen.formIntersection(known)
        // What was suggested is worked out again here, so a coding says truthfully where its theme came from.
        let model = try await req.application.services.themeModels.model(for: projectID, on: req.db)
        let suggestions = ThemeSuggestions.make(for: item, themes: themes.map(\.entry), model: model)
        let suggested = Dictionary(suggestions.themes.map { ($0.themeID, $0.confidence) }, uniquingKeysWith: { a, _ in a })
        let quotable = valid.quotable
        let themeIDs = chosen
        try await req.db.transaction { db in
            try await Coding.query(on: db).filter(\.$item.$id == itemID).filter(\.$coder.$id == coderID).delete()
            // A coder who changes their mind reopens any agreed coding: everyone's themes count again until it is settled anew.
            if try await CodingSettlement.query(on: db).filter(\.$item.$id == itemID).count() > 0 {
                try await CodingSettlement.query(on: db).filter(\.$item.$id == itemID).delete()
                try await Coding.query(on: db).filter(\.$item.$id == itemID).set(\.$setAside, to: false).update()
            }
            try await themeIDs.map { themeID in
                let confidence = suggested[themeID]
                return Coding(
                    projectID: projectID, itemID: itemID, themeID: themeID, coderID: coderID,
                    suggestedBy: confidence == nil ? nil : suggestions.source, confidence: confidence)
            }.create(on: db)
            if let review = try await ItemReview.query(on: db).filter(\.$item.$id == itemID).filter(\.$coder.$id == coderID)
                .first()
            {
                review.sentiment = sentiment
                review.quotable = quotable
                review.codedAt = Date()
                try await review.save(on: db)
            } else {
                try await ItemReview(
                    projectID: projectID, itemID: itemID, coderID: coderID, sentiment: sentiment, quotable: quotable
                ).create(on: db)
            }
            item.sentiment = sentiment
            item.quotable = quotable
            if item.codedAt == nil { item.codedAt = Date() }
            try await item.save(on: db)
        }
        await req.application.services.themeRetrainer.codingSaved(
            projectID: projectID, db: req.application.db,
            cache: req.application.services.themeModels, logger: req.application.logger)
        let mode = input.mode.flatMap(CodingQueue.Mode.init(rawValue:))
        guard let mode else {
            try await req.flash("Coding saved")
            return req.seeOther(SiteURL.feedbackItem(.value(itemID)))
        }
        // In the queue the next comment says "saved" in one slim line, with a way to undo it.
        return req.seeOther(
            SiteURL.project(.value(projectID), .codingNext).path(query: [
                ("mode", mode.rawValue), ("skip", input.skip), ("saved", itemID.lowercasedString),
            ]))
    }

    /// Takes back this person's last saved coding of a comment and opens it again, as if never coded by them.
    static func undo(req: Request) async throws -> Response {
        let (item, _, _) = try await req.owned(FeedbackItem.self, Permission.contributeEvidence)
        let itemID = try item.requireID(), coderID = try req.requireUser().personID
        try await req.db.transaction { db in
            try await Coding.query(on: db).filter(\.$item.$id == itemID).filter(\.$coder.$id == coderID).delete()
            try await ItemReview.query(on: db).filter(\.$item.$id == itemID).filter(\.$coder.$id == coderID).delete()
            // An agreed coding rested on this person's call, so it is open again.
            try await CodingSettlement.query(on: db).filter(\.$item.$id == itemID).delete()
            try await Coding.query(on: db).filter(\.$item.$id == itemID).set(\.$setAside, to: false).update()
            let remaining = try await ItemReview.query(on: db).filter(\.$item.$id == itemID).sort(\.$codedAt, .descending).all()
            item.sentiment = remaining.first?.sentiment
            item.quotable = remaining.first?.quotable ?? false
            item.codedAt = remaining.last?.codedAt
            try await item.save(on: db)
        }
        try await req.flash("Your coding of this comment is undone. Code it again, or skip it.")
        let mode = (try? req.content.get(String.self, at: "mode")).flatMap(CodingQueue.Mode.init(rawValue:))
        return req.seeOther(
            SiteURL.feedbackItem(.value(itemID), .code).path(query: [
                ("mode", mode?.rawValue), ("skip", (try? req.content.get(String.self, at: "skip")) ?? nil),
            ]))
    }

    static func skipList(_ text: String?) -> Set<UUID> {
        Set((text ?? "").split(separator: ",").prefix(50).compactMap { UUID(uuidString: String($0)) })
    }

    static func joined(_ ids: Set<UUID>) -> String {
        ids.map { $0.lowercasedString }.sorted().joined(separator: ",")
    }

    private static func render(
        _ req: Request, item: FeedbackItem, project: Project, ref: ProjectRef, errors: FormErrors,
        input: CodingForm?, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let mode = (input?.mode ?? (try? req.query.get(String.self, at: "mode"))).flatMap(CodingQueue.Mode.init(rawValue:))
        let skip = input?.skip ?? (try? req.query.get(String.self, at: "skip"))
        let saved = input == nil ? (try? req.query.get(String.self, at: "saved")).flatMap(UUID.init(uuidString:)) : nil
        let page = try await pageModel(
            item, project: project, ref: ref, input: input, mode: mode, skip: skip, justSaved: saved,
            viewer: try req.requireUser().viewer, services: req.application.services, on: req.db)
        return CodingPage.render(page, context: try await PageContext.withForm(req, section: .projects), errors: errors).response(
            status)
    }

    /// The coding page: `mode` and `skip` come from the address, or the form when it comes back with errors.
    static func pageModel(
        _ item: FeedbackItem, project: Project, ref: ProjectRef, input: CodingForm?, mode: CodingQueue.Mode?,
        skip: String?, justSaved: UUID? = nil, viewer: Viewer, services: AppServices, on db: any Database
    ) async throws -> CodingPage.Model {
        let projectID = try project.requireID(), itemID = try item.requireID()
        let coderID = viewer.personID
        let themes = try await ProjectCodebook.entries(of: projectID, caches: services.codingCaches, on: db)
        let model = try await services.themeModels.model(for: projectID, on: db)
        let suggestions = ThemeSuggestions.make(for: item, themes: themes, model: model)
        let reviews = try await ItemReview.query(on: db).filter(\.$item.$id == itemID).all()
        let mine = reviews.first { $0.$coder.id == coderID }
        let myThemes =
            mine == nil
            ? Set<UUID>()
            : Set(
                try await Coding.query(on: db).filter(\.$item.$id == itemID)
                    .filter(\.$coder.$id == coderID).all(\.$theme.$id))
        let others = reviews.count - (mine == nil ? 0 : 1)
        let today = CalendarDate.startOfDay(Date())
        let codedToday = try await ItemReview.query(on: db).filter(\.$project.$id == projectID).filter(\.$coder.$id == coderID)
            .filter(\.$codedAt >= today).count()
        // "Saved" is said only for a comment this person has indeed just coded.
        let saved: UUID? =
            if let justSaved, justSaved != itemID,
                try await ItemReview.query(on: db).filter(\.$item.$id == justSaved).filter(\.$coder.$id == coderID).count() > 0
            {
                justSaved
            } else {
                nil
            }
        let selected = input.map { Set((($0.themes ?? []) + ($0.more ?? [])).compactMap(UUID.init(uuidString:))) } ?? myThemes
        return CodingPage.Model(
            header: try await ProjectController.header(project, on: db), itemID: itemID,
            text: viewer.reader.text(item, ref), textView: viewer.reader.view(ref, item.consentScope),
            source: try await FeedbackSource.describe(item, on: db), method: item.method, question: item.question,
            service: item.service, occurredOn: item.occurredOn, rating: item.rating, scope: item.consentScope,
            suggestions: suggestions, themes: themes.map { .init(id: $0.id, name: $0.name, details: $0.details) },
            selected: selected,
            sentiment: input?.sentiment ?? mine?.sentiment.rawValue ?? suggestions.sentiment.sentiment.rawValue,
            quotable: input.map { $0.quotable?.contains("yes") ?? false } ?? mine?.quotable ?? false,
            newTheme: input?.newTheme, alreadyCodedByYou: mine != nil, codedByOthers: others,
            mode: mode, skipAfterThis: joined(skipList(skip).union([itemID])), justSaved: saved, codedToday: codedToday,
            skip: skip)
    }
}
