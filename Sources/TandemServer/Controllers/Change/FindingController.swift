import Fluent
import SQLKit
import TandemCore
import Vapor

/// Findings: what the evidence shows, in plain English, tied to its themes
/// and to the comments behind it.
enum FindingController {
    struct EvidenceInput: Content {
        var item: String?
        /// Several comments ticked at once, added as supporting evidence.
        var items: [String]?
        var quote: String?
    }

    struct RemoveInput: Content {
        var links: [String]?
    }

    static func list(req: Request) async throws -> Response {
        let (project, ref) = try await req.project(Permission.viewProject)
        return try await renderList(req, project: project, ref: ref, input: FindingForm(), errors: FormErrors())
    }

    static func create(req: Request) async throws -> Response {
        let (project, ref) = try await req.project(Permission.contributeEvidence)
        let projectID = try project.requireID()
        let form = try req.content.decode(FindingForm.self)
        let valid: FindingForm.Valid
        switch form.validate(codebook: Set(try await ProjectCodebook.themes(of: projectID, on: req.db).compactMap(\.id))) {
        case .failure(let errors):
            return try await renderList(req, project: project, ref: ref, input: form, errors: errors, status: .badRequest)
        case .success(let value): valid = value
        }
        let finding = Finding(projectID: projectID, statement: valid.statement, createdByID: try req.requireUser().personID)
        try await req.db.transaction { db in
            try await finding.create(on: db)
            let findingID = try finding.requireID()
            try await valid.themeIDs.map { FindingTheme(findingID: findingID, themeID: $0) }.create(on: db)
        }
        try await req.flash("Finding added. Now add the comments that support it.")
        return req.seeOther(SiteURL.finding(.value(try finding.requireID())))
    }

    static func show(req: Request) async throws -> Response {
        let (finding, project, ref) = try await req.owned(Finding.self, Permission.viewProject)
        return try await renderFinding(req, finding: finding, project: project, ref: ref, errors: FormErrors())
    }

    /// Adds a comment as support, or as a quote when it may be quoted (see `QuoteRules`).
    static func addEvidence(req: Request) async throws -> Response {
        let (finding, project, ref) = try await req.owned(Finding.self, Permission.contributeEvidence)
        let input = try req.content.decode(EvidenceInput.self)
        let findingID = try finding.requireID()
        if let ticked = input.items {
            return try await addSeveral(ticked, to: finding, project: project, req: req)
        }
        guard let itemID = input.item.flatMap(UUID.init(uuidString:)),
            let item = try await FeedbackItem.find(itemID, on: req.db), item.$project.id == project.id
        else { throw AppError.badRequest("Choose a comment from this project") }
        let asQuote = input.quote == "yes"
        if asQuote {
            do {
                try QuoteRules.check(quotable: item.quotable, scope: item.consentScope)
            } catch {
                var errors = FormErrors()
                errors.add("item-\(itemID.uuidString.prefix(8).lowercased())", error.message)
                return try await renderFinding(
                    req, finding: finding, project: project, ref: ref, errors: errors, status: .badRequest)
            }
        }
        if let existing = try await FindingEvidence.query(on: req.db).filter(\.$finding.$id == findingID).filter(
            \.$item.$id == itemID
        ).first() {
            existing.isQuote = asQuote || existing.isQuote
            try await existing.save(on: req.db)
        } else {
            try await FindingEvidence(findingID: findingID, itemID: itemID, isQuote: asQuote).create(on: req.db)
        }
        try await req.flash(asQuote ? "Quote added to the finding" : "Comment added as evidence for the finding")
        return req.seeOther(SiteURL.finding(.value(findingID)))
    }

    /// Adds every ticked comment of this project as supporting evidence (quotes are chosen one by one).
    private static func addSeveral(
        _ ticked: [String], to finding: Finding, project: Project, req: Request
    ) async throws -> Response {
        let findingID = try finding.requireID()
        let ids = Set(ticked.prefix(100).compactMap(UUID.init(uuidString:)))
        guard !ids.isEmpty else {
            try await req.flash("Tick the comments to add first")
            return req.seeOther(SiteURL.finding(.value(findingID)))
        }
        let items = try await FeedbackItem.query(on: req.db).filter(\.$id ~~ ids).filter(\.$project.$id == project.requireID())
            .all(\.$id)
        let already = Set(
            try await FindingEvidence.query(on: req.db).filter(\.$finding.$id == findingID).filter(\.$item.$id ~~ items)
                .all(\.$item.$id))
        let new = items.filter { !already.contains($0) }
        try await new.map { FindingEvidence(findingID: findingID, itemID: $0, isQuote: false) }.create(on: req.db)
        try await req.flash("\(counted(new.count, "comment", "comments")) added as evidence for the finding")
        return req.seeOther(SiteURL.finding(.value(findingID)))
    }

    /// Takes every ticked comment off the finding.
    static func removeSeveral(req: Request) async throws -> Response {
        let (finding, _, _) = try await req.owned(Finding.self, Permission.contributeEvidence)
        let findingID = try finding.requireID()
        let ids = Set((try req.content.decode(RemoveInput.self).links ?? []).prefix(100).compactMap(UUID.init(uuidString:)))
        let links = try await FindingEvidence.query(on: req.db).filter(\.$finding.$id == findingID).filter(\.$id ~~ ids).all()
        try await FindingEvidence.query(on: req.db).filter(\.$id ~~ links.compactMap(\.id)).delete()
        try await req.flash(
            links.isEmpty
                ? "Tick the comments to take off first" : "\(counted(links.count, "comment", "comments")) taken off the finding")
        return req.seeOther(SiteURL.finding(.value(findingID)))
    }

    static func removeEvidence(req: Request) async throws -> Response {
        let (finding, _, _) = try await req.owned(Finding.self, Permission.contributeEvidence)
        let findingID = try finding.requireID()
        try await FindingEvidence.query(on: req.db).filter(\.$id == (try req.id(.findingEvidence))).filter(
            \.$finding.$id == findingID
        ).delete()
        try await req.flash("Comment taken off the finding")
        return req.seeOther(SiteURL.finding(.value(findingID)))
    }

    private static func renderList(
        _ req: Request, project: Project, ref: ProjectRef, input: FindingForm, errors: FormErrors,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let model = try await listModel(
            project: project, ref: ref, input: input, errors: errors, viewer: try req.requireUser().viewer, on: req.db)
        return FindingListPage.render(model, context: try await PageContext.withForm(req, section: .projects)).response(status)
    }

    static func listModel(
        project: Project, ref: ProjectRef, input: FindingForm, errors: FormErrors, viewer: Viewer, on db: any Database
    ) async throws -> FindingListPage.Model {
        let projectID = try project.requireID()
        let themes = try await ProjectCodebook.themes(of: projectID, on: db)
        let findings = try await Finding.query(on: db).filter(\.$project.$id == projectID).sort(\.$createdAt).all()
        let summaries = try await FindingSummary.all(findings, themes: themes, on: db)
        return FindingListPage.Model(
            header: try await ProjectController.header(project, on: db), findings: summaries,
            themes: themes.map { .init(value: $0.id!.lowercasedString, label: $0.name) },
            canAdd: viewer.can(.contributeEvidence(ref)), input: input, errors: errors)
    }

    private static func renderFinding(
        _ req: Request, finding: Finding, project: Project, ref: ProjectRef, errors: FormErrors,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let model = try await findingModel(
            finding: finding, project: project, ref: ref, errors: errors, listing: Listing(req),
            viewer: try req.requireUser().viewer, on: req.db)
        return FindingPage.render(model, context: try await PageContext.withForm(req, section: .projects)).response(status)
    }

    /// What the finding page lists: its comments (searched with `q`, page `page`), and comments coded
    /// with its themes that could be added (searched with `cq`, page `cpage`), each 25 to a page.
    struct Listing: Sendable {
        var q = ""
        var page: Int?
        var cq = ""
        var cpage: Int?

        init(q: String = "", page: Int? = nil, cq: String = "", cpage: Int? = nil) {
            (self.q, self.page, self.cq, self.cpage) = (q, page, cq, cpage)
        }

        init(_ req: Request) {
            q = req.query[String.self, at: "q"] ?? ""
            page = req.requestedPage
            cq = req.query[String.self, at: "cq"] ?? ""
            cpage = Pagination.requestedPage(req.query[String.self, at: "cpage"])
        }
    }

    static func findingModel(
        finding: Finding, project: Project, ref: ProjectRef, errors: FormErrors, listing: Listing = Listing(), viewer: Viewer,
        on db: any Database
    ) async throws -> FindingPage.Model {
        let projectID = try project.requireID(), findingID = try finding.requireID()
        let themes = try await ProjectCodebook.themes(of: projectID, on: db)
        let summary = try await FindingSummary.all([finding], themes: themes, on: db)[0]
        // Its own comments: a finding holds hundreds at most, so they are searched as read.
        let links = try await FindingEvidence.query(on: db).filter(\.$finding.$id == findingID).with(\.$item)
            .sort(\.$isQuote, .descending).all()
        let terms = FeedbackSearch.terms(listing.q)
        let matching = links.filter { link in
            let text = viewer.reader.text(link.item, ref).lowercased()
            return terms.allSatisfy { text.contains($0.lowercased()) }
        }
        let pagination = Pagination(page: listing.page, perPage: EvidenceLibrary.pageSize, totalItems: matching.count)
        let shown = matching.dropFirst(pagination.offset).prefix(EvidenceLibrary.pageSize)
        func row(_ item: FeedbackItem, linkID: UUID?, isQuote: Bool) -> FindingPage.EvidenceRow {
            .init(
                itemID: item.id!, linkID: linkID, text: viewer.reader.text(item, ref), isQuote: isQuote,
                mayQuote: item.mayBeQuoted, quotable: item.quotable, scope: item.consentScope, sentiment: item.sentiment)
        }
        // Candidates: comments coded with the finding's themes (by the agreed coding), not yet behind it,
        // searched and paged as the evidence library is.
        let themeIDs = try await FindingTheme.query(on: db).filter(\.$finding.$id == findingID).all(\.$theme.$id)
        var candidates: [FindingPage.EvidenceRow] = []
        var candidatePages = Pagination(page: 1, perPage: EvidenceLibrary.pageSize, totalItems: 0)
        var candidatesCapped = false
        if !themeIDs.isEmpty {
            let result = try await EvidenceLibrary.page(
                .project(projectID), filters: .init(search: listing.cq, anyTheme: themeIDs, notInFinding: findingID),
                readable: .of(viewer, in: ref), page: listing.cpage, on: db)
            let flags = Dictionary(
                try await FeedbackItem.query(on: db).filter(\.$id ~~ result.items.map(\.id)).all().map { ($0.id!, $0) },
                uniquingKeysWith: { a, _ in a })
            candidates = result.items.compactMap { listed in flags[listed.id].map { row($0, linkID: nil, isQuote: false) } }
            (candidatePages, candidatesCapped) = (result.pagination, result.capped)
        }
        return FindingPage.Model(
            header: try await ProjectController.header(project, on: db), id: findingID, summary: summary,
            evidence: shown.map { row($0.item, linkID: $0.id, isQuote: $0.isQuote) },
            evidencePages: pagination, candidates: candidates, candidatePages: candidatePages,
            candidatesCapped: candidatesCapped, listing: listing, canEdit: viewer.can(.contributeEvidence(ref)), errors: errors)
    }
}

/// A finding with what it is about and how much supports it, for lists and reports.
struct FindingSummary: Sendable {
    let id: UUID
    let statement: String
    let themes: [String]
    let evidence: Int
    let quotes: Int

    static func all(_ findings: [Finding], themes: [Theme], on db: any Database) async throws -> [FindingSummary] {
        let ids = findings.compactMap(\.id)
        let names = Dictionary(themes.map { ($0.id!, $0.name) }, uniquingKeysWith: { a, _ in a })
        let findingThemes = try await FindingTheme.query(on: db).filter(\.$finding.$id ~~ ids).all()
        let evidence = try await FindingEvidence.query(on: db).filter(\.$finding.$id ~~ ids).all()
        let themesByFinding = Dictionary(grouping: findingThemes, by: \.$finding.id)
        let evidenceByFinding = Dictionary(grouping: evidence, by: \.$finding.id)
        return findings.map { finding in
            let id = finding.id!
            return FindingSummary(
                id: id, statement: finding.statement,
                themes: (themesByFinding[id] ?? []).compactMap { names[$0.$theme.id] }.sorted(),
                evidence: evidenceByFinding[id]?.count ?? 0,
                quotes: evidenceByFinding[id]?.filter(\.isQuote).count ?? 0)
        }
    }
}
