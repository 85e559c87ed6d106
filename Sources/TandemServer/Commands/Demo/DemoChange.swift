import Fluent
import Foundation
import TandemCore

/// The golden thread for the demo's fieldwork project: comments coded by a
/// patient partner and a staff lead (some by both, so agreement shows), a
/// trained model, findings with quotes from people who agreed to publication,
/// and recommendations at every point of their life, some published.
struct DemoChange {
    let project: Project
    let partner: UUID
    let staff: UUID
    let coordinator: UUID
    let scale: Int
    let today: Date

    private static let day: Double = 86_400

    /// Comments from people who agreed to be contacted and to publication.
    /// The last two are the demo patient partner's own, from when she was a patient:
    /// the first supports the change already made, so her inbox shows the loop closed;
    /// no finding uses the last yet, so the browser test can follow it through.
    static let publicComments = [
        "I sat on the ward for five hours waiting for my tablets and nobody could tell me why.",
        "The pharmacist came and explained every medicine to me, which made all the difference.",
        "My dad was ready to go at ten in the morning and we left at six with his medicines.",
        "Nobody told us the medicines were the hold-up, we thought it was the doctors.",
        "If they had sent a text when the medicines were ready we could have waited at home.",
        "They told me at breakfast I could go home, and at teatime I was still waiting for my tablets.",
        "I waited all afternoon for my medicines and the nurse could not say when the pharmacy would send them up.",
    ]

    func create(on db: any Database) async throws {
        let projectID = try project.requireID()
        let themes = try await ProjectCodebook.themes(of: projectID, on: db)
        let byKey = Dictionary(themes.compactMap { theme in theme.key.map { ($0, theme) } }, uniquingKeysWith: { a, _ in a })
        let quotes = try await addPublicComments(on: db)

        // Coding: the team accepted the built-in codebook's suggestions, one or two a comment.
        let toCode =
            try await FeedbackItem.query(on: db).filter(\.$project.$id == projectID).filter(\.$sourceKind == "import")
            .sort(\.$createdAt).limit(200 * scale).all() + quotes
        let suggester = KeywordSuggester()
        var coded: [(item: FeedbackItem, themes: [Theme])] = []
        for (index, item) in toCode.enumerated() {
            let chosen = suggester.suggest(item.text, limit: 2).compactMap { byKey[$0.themeID] }
            guard !chosen.isEmpty else { continue }
            let sentiment = RuleBasedSentiment.classify(item.text).sentiment
            let quotable = quotes.contains { $0.id == item.id }
            var coders = [index % 2 == 0 ? partner : staff]
            if index % 10 == 0 { coders.append(index % 2 == 0 ? staff : partner) }
            for (turn, coder) in coders.enumerated() {
                // The second coder sometimes leaves out the second theme, as people do.
                let given = turn == 1 && index % 20 == 0 ? Array(chosen.prefix(1)) : chosen
                for theme in given {
                    try await Coding(
                        projectID: projectID, itemID: item.requireID(), themeID: theme.requireID(), coderID: coder,
                        suggestedBy: ThemeSuggestions.codebookSource, confidence: 0.7
                    ).create(on: db)
                }
                try await ItemReview(
                    projectID: projectID, itemID: item.requireID(), coderID: coder, sentiment: sentiment, quotable: quotable
                ).create(on: db)
            }
            item.codedAt = today.addingTimeInterval(-Double(index % 30) * Self.day)
            item.sentiment = sentiment
            item.quotable = quotable
            try await item.save(on: db)
            coded.append((item, chosen))
        }
        _ = try await ThemeRetrainer.retrain(projectID: projectID, db: db, cache: ThemeModelCache())

        let waitingFinding = try await finding(
            "People going home wait hours for their medicines, and nobody tells them why.",
            themes: [byKey["waiting"], byKey["medication"]].compactMap { $0 }, coded: coded, quotes: quotes, on: db)
        let informationFinding = try await finding(
            "People are not told what their medicines are for or how to take them.",
            themes: [byKey["information"]].compactMap { $0 }, coded: coded, quotes: [], on: db)
        try await recommendations(waiting: waitingFinding, information: informationFinding, on: db)
        project.reportSummary =
            "Patients, carers and ward staff told us that waiting for medicines is the hardest part of going home. The pharmacy now prepares medicines the day before discharge, and the wait has fallen from over four hours to under three."
        try await project.save(on: db)
    }

    private func addPublicComments(on db: any Database) async throws -> [FeedbackItem] {
        let contacts = try await ConsentRecord.query(on: db).filter(\.$purpose == ConsentPurpose.contact)
            .filter(\.$withdrawnAt == nil).filter(\.$person.$id != partner).sort(\.$givenAt).limit(Self.publicComments.count).all(
                \.$person.$id)
        let last = Self.publicComments.count - 1
        let items = Self.publicComments.enumerated().map { index, text in
            EvidenceStore.NewItem(
                method: .patientSurvey, sourceKind: "manual", sourceID: nil, text: text, consentScope: .public,
                occurredOn: today.addingTimeInterval(-Double(20 + index * 9) * Self.day), service: "Ward 7",
                contributorID: index >= last - 1 ? partner : (contacts.isEmpty ? nil : contacts[index % contacts.count]))
        }
        let ids = try await EvidenceStore.add(items, to: project, addedBy: coordinator, isDemo: true, on: db)
        let byID = Dictionary(
            try await FeedbackItem.query(on: db).filter(\.$id ~~ ids).all().map { ($0.id!, $0) }, uniquingKeysWith: { a, _ in a })
        return ids.compactMap { byID[$0] }
    }

    private func finding(
        _ statement: String, themes: [Theme], coded: [(item: FeedbackItem, themes: [Theme])], quotes: [FeedbackItem],
        on db: any Database
    ) async throws -> Finding {
        let finding = Finding(projectID: try project.requireID(), statement: statement, createdByID: partner)
        try await finding.create(on: db)
        let findingID = try finding.requireID()
        try await themes.map { FindingTheme(findingID: findingID, themeID: try $0.requireID()) }.create(on: db)
        let themeIDs = Set(themes.compactMap(\.id))
        let quoteIDs = Set(quotes.prefix(3).compactMap(\.id))
        // The partner's earlier comment supports this finding; her last is left for the browser test to follow.
        let partnersEarlier = quotes.dropLast().last.map { [$0] } ?? []
        let partners = Set(quotes.suffix(2).compactMap(\.id))
        let support =
            coded.filter { entry in
                entry.themes.contains { themeIDs.contains($0.id!) } && !quoteIDs.contains(entry.item.id!)
                    && !partners.contains(entry.item.id!)
            }.prefix(20).map(\.item) + partnersEarlier
        try await
            (support.map { FindingEvidence(findingID: findingID, itemID: try $0.requireID(), isQuote: false) }
            + quoteIDs.map { FindingEvidence(findingID: findingID, itemID: $0, isQuote: true) }).create(on: db)
        return finding
    }

    private func recommendations(waiting: Finding, information: Finding, on db: any Database) async throws {
        let trust = project.$organisation.id
        func make(
            _ text: String, _ findings: [Finding], priority: RecommendationPriority, dueIn days: Double?
        ) async throws -> Recommendation {
            let recommendation = Recommendation(
                projectID: try project.requireID(), organisationID: trust, ownerID: staff, text: text,
                priority: priority, dueOn: days.map { today.addingTimeInterval($0 * Self.day) }, isDemo: true)
            try await recommendation.create(on: db)
            let recommendationID = try recommendation.requireID()
            try await findings.map { RecommendationFinding(recommendationID: recommendationID, findingID: try $0.requireID()) }
                .create(on: db)
            return recommendation
        }
        func move(
            _ recommendation: Recommendation, _ status: RecommendationStatus, note: String? = nil, reason: String? = nil
        ) async throws {
            _ = try await RecommendationProgressController.move(
                recommendation, project: project, to: status, reason: reason, note: note,
                by: AuditActor(personID: staff, label: "Daniel Okafor (demonstration data)"),
                reviewMonths: RecommendationRules.defaultReviewMonths, on: db)
        }
        let dayBefore = try await make(
            "Prepare medicines to take home the day before someone leaves hospital.", [waiting], priority: .high, dueIn: -20)
        try await move(dayBefore, .agreed, note: "Agreed with the Chief Pharmacist at the project board.")
        try await move(dayBefore, .inProgress, note: "Two wards are trying it first.")
        try await move(
            dayBefore, .implemented, note: "Every ward now sends the pharmacy its discharge list the afternoon before.")
        dayBefore.isPublished = true
        try await dayBefore.save(on: db)

        let text = try await make(
            "Send people a text message when their medicines are ready.", [waiting], priority: .medium, dueIn: 45)
        try await move(text, .agreed, note: "The trust's text service can be used.")
        try await RecommendationUpdate(
            recommendationID: try text.requireID(), authorID: staff, writtenOn: today.addingTimeInterval(-3 * Self.day),
            text: "Wording of the message drafted with patient partners.", evidenceLink: nil
        ).create(on: db)
        text.isPublished = true
        try await text.save(on: db)

        let lateOpening = try await make("Keep the pharmacy open until 10pm.", [waiting], priority: .low, dueIn: nil)
        try await move(
            lateOpening, .declined,
            reason:
                "There are not enough pharmacists for evening shifts; preparing medicines the day before tackles the same wait.")
        lateOpening.isPublished = true
        try await lateOpening.save(on: db)

        _ = try await make(
            "Give everyone a printed list of their medicines and what each is for.", [information], priority: .medium, dueIn: -5)
    }
}
