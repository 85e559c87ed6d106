import Fluent
import Foundation
import SQLKit
import TandemCore
@testable import TandemServer
import Testing
import VaporTesting

@Suite("Evidence libraries and full-text search")
struct EvidenceLibraryTests {
    func add(
        _ texts: [String], to project: Project, method: EvidenceMethod = .importedFeedback, scope: ConsentScope = .organisation,
        on db: any Database
    ) async throws {
        try await EvidenceStore.add(
            texts.map { .init(method: method, sourceKind: "manual", sourceID: nil, text: $0, consentScope: scope) },
            to: project, addedBy: nil, on: db)
    }

    @Test func fullTextSearchStemsWordsNeedsEveryWordAndIgnoresSyntax() async throws {
        try await withTandem { app in
            let trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let project = try await Fixtures.project(organisation: trust, on: app.db)
            try await add(
                [
                    "I waited four hours for my tablets", "The waiting room was cold", "Lovely nurses on ward 7",
                    "Parking was a nightmare", "Nurses were waiting for the pharmacy",
                ], to: project, on: app.db)
            func search(_ words: String) async throws -> Set<String> {
                let result = try await EvidenceLibrary.page(
                    .project(project.requireID()), filters: .init(search: words), readable: .everything, page: 1, on: app.db)
                return Set(result.items.map(\.text))
            }
            // On \(TestDatabase.name): "waiting" finds "waited" too (English stemming).
            #expect(
                try await search("waiting") == [
                    "I waited four hours for my tablets", "The waiting room was cold", "Nurses were waiting for the pharmacy",
                ])
            #expect(try await search("nurse waiting") == ["Nurses were waiting for the pharmacy"])
            #expect(try await search("PARKING") == ["Parking was a nightmare"])
            #expect(try await search("\"parking OR (nurses* NEAR") == [])
            #expect(try await search("  ").count == 5)
        }
    }

    @Test func theLibraryFiltersPagesAndSearchesAsAPage() async throws {
        try await withTandem { app in
            let trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let project = try await Fixtures.project(organisation: trust, on: app.db)
            try await add((1...30).map { "Comment number \($0) about the pharmacy" }, to: project, on: app.db)
            try await add(["The focus group said signs were confusing"], to: project, method: .focusGroup, on: app.db)
            let (browser, _) = try await Fixtures.signedIn(.coordinator, app: app)
            let path = SiteURL.project(.value(project.id!), .evidence).path
            let first = try await browser.get(path).body.string
            #expect(first.contains("Showing 1 to 25 of 31 pieces of evidence"))
            #expect(first.contains("The focus group said signs were confusing"))
            #expect(try await browser.get("\(path)?page=2").body.string.contains("Showing 26 to 31 of 31"))
            let method = try await browser.get("\(path)?method=focus_group").body.string
            #expect(method.contains("Showing 1 to 1 of 1") && method.contains("signs were confusing"))
            let searched = try await browser.get("\(path)?q=pharmacy&method=imported_feedback").body.string
            #expect(searched.contains("of 30 pieces"))
            // A page past the end (an old link, a narrowed search) shows the last page, searched or not.
            #expect(try await browser.get("\(path)?page=9").body.string.contains("Showing 26 to 31 of 31"))
            let pastSearch = try await EvidenceLibrary.page(
                .project(project.requireID()), filters: .init(search: "pharmacy"), readable: .everything, page: 7, on: app.db)
            #expect(pastSearch.pagination.page == 2 && pastSearch.items.count == 5 && pastSearch.pagination.totalItems == 30)
            let nothing = try await browser.get("\(path)?q=helicopter").body.string
            #expect(nothing.contains("Nothing matches your search"))
            let badDate = try await browser.get("\(path)?from=31/02/2026")
            #expect(badDate.status == .badRequest && badDate.body.string.contains("Given on or after must be a date"))
        }
    }

    @Test func countsStopAtTheCapAndTheIndexKeepsProjectsMethodsAndSourcesApart() async throws {
        try await withTandem { app in
            let trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let project = try await Fixtures.project(organisation: trust, on: app.db)
            let other = try await Fixtures.project("Another project", organisation: trust, on: app.db)
            try await add((0...EvidenceLibrary.countCap).map { "The pharmacy took \($0) minutes" }, to: project, on: app.db)
            try await add(["The pharmacy on the children's ward"], to: other, on: app.db)
            try await add(["The pharmacy focus group"], to: project, method: .focusGroup, on: app.db)
            let all = try await EvidenceLibrary.page(
                .project(project.requireID()), filters: .init(search: "pharmacy"), readable: .everything, page: 1, on: app.db)
            #expect(all.capped && all.pagination.totalItems > EvidenceLibrary.countCap)
            // Counting stops at the cap; browsing does not: the 1,002 matches go on to page 41.
            let pastTheCap = EvidenceLibrary.countCap / EvidenceLibrary.pageSize + 1
            let beyond = try await EvidenceLibrary.page(
                .project(project.requireID()), filters: .init(search: "pharmacy"), readable: .everything, page: pastTheCap,
                on: app.db)
            #expect(beyond.pagination.page == pastTheCap && beyond.items.count == 2 && !beyond.pagination.hasNext)
            let full = try await EvidenceLibrary.page(
                .project(project.requireID()), filters: .init(search: "pharmacy"), readable: .everything, page: pastTheCap - 1,
                on: app.db)
            #expect(full.items.count == EvidenceLibrary.pageSize && full.pagination.hasNext)
            // Read partly redacted (staff beyond the team), the count stops at the cap too.
            let mixed = try await EvidenceLibrary.page(
                .project(project.requireID()), filters: .init(search: "pharmacy"),
                readable: .init(asGiven: [.organisation, .public]), page: 1, on: app.db)
            #expect(
                mixed.capped && mixed.pagination.totalItems > EvidenceLibrary.countCap
                    && mixed.items.count == EvidenceLibrary.pageSize)
            let group = try await EvidenceLibrary.page(
                .project(project.requireID()), filters: .init(search: "pharmacy", method: .focusGroup),
                readable: .everything, page: 1, on: app.db)
            #expect(group.items.map(\.text) == ["The pharmacy focus group"] && !group.capped)
            let elsewhere = try await EvidenceLibrary.page(
                .project(other.requireID()), filters: .init(search: "pharmacy"), readable: .everything, page: 1, on: app.db)
            #expect(elsewhere.items.map(\.text) == ["The pharmacy on the children's ward"])
            let organisation = try await EvidenceLibrary.page(
                .organisation(trust.requireID()), filters: .init(search: "children pharmacy"), readable: .everything, page: 1,
                on: app.db)
            #expect(organisation.items.count == 1)
            let (browser, _) = try await Fixtures.signedIn(.coordinator, app: app)
            let page = try await browser.get(SiteURL.project(.value(project.id!), .evidence).path + "?q=pharmacy").body.string
            #expect(page.contains("Showing 1 to 25 of more than 1,000 pieces of evidence"))
            #expect(page.contains("The <mark class=\"tandem-match\">pharmacy</mark> took"), "the matched word is marked")
            let deep = try await browser.get(
                SiteURL.project(.value(project.id!), .evidence).path + "?q=pharmacy&page=\(pastTheCap - 1)"
            ).body.string
            #expect(deep.contains("Page \(pastTheCap)<") && !deep.contains("Page \(pastTheCap) of"))
        }
    }

    @Test func aSearchOfSeveralWordsFindsItemsWithEveryWordInTheLibrarysOwnScopeOnly() async throws {
        try await withTandem { app in
            let trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let project = try await Fixtures.project(organisation: trust, on: app.db)
            let other = try await Fixtures.project("Another project", organisation: trust, on: app.db)
            try await add(
                [
                    "I waited two hours for an x ray", "Hours of waiting for the pharmacy", "The x ray room was quiet",
                    "We waited; the staff worked long hours",
                ], to: project, on: app.db)
            try await add(["The staff waited for hours too"], to: project, method: .focusGroup, on: app.db)
            try await add(["Another trust: waited hours for an x ray"], to: other, on: app.db)
            func search(
                _ words: String, in owner: EvidenceLibrary.Owner, method: EvidenceMethod? = nil
            ) async throws -> (Set<String>, Int) {
                let result = try await EvidenceLibrary.page(
                    owner, filters: .init(search: words, method: method), readable: .everything, page: 1, on: app.db)
                return (Set(result.items.map(\.text)), result.pagination.totalItems)
            }
            let here = EvidenceLibrary.Owner.project(try project.requireID())
            // On \(TestDatabase.name): every word needed, only this project's items, counted exactly.
            let waited = try await search("waited hours", in: here)
            #expect(
                waited.0 == [
                    "I waited two hours for an x ray", "Hours of waiting for the pharmacy",
                    "We waited; the staff worked long hours",
                    "The staff waited for hours too",
                ] && waited.1 == 4)
            #expect(try await search("x ray waited", in: here) == (["I waited two hours for an x ray"], 1))
            #expect(
                try await search("staff waited hours", in: here, method: .focusGroup) == (["The staff waited for hours too"], 1))
            #expect(
                try await search("waited hours", in: .project(try other.requireID())) == (
                    ["Another trust: waited hours for an x ray"], 1
                ))
            #expect(try await search("waited hours", in: .organisation(try trust.requireID())).1 == 5)
            #expect(try await search("quiet pharmacy", in: here).1 == 0)
        }
    }

    @Test func optionalColumnsReadAsNilOrTheirValue() async throws {
        try await withTandem { app in
            let row = try #require(
                try await (app.db as! any SQLDatabase).raw("SELECT NULL AS absent, 'Ward 7' AS service, 4 AS rating").first())
            #expect(try row.decodeIfPresent(column: "absent", as: String.self) == nil)
            #expect(try row.decodeIfPresent(column: "service", as: String.self) == "Ward 7")
            #expect(try row.decodeIfPresent(column: "rating", as: Int.self) == 4)
        }
    }

    /// How many segments SQLite's FTS5 index is in (PostgreSQL has none: nil).
    func searchSegments(on db: any Database) async throws -> Int? {
        guard TestDatabase.postgresURL == nil else { return nil }
        return try await (db as! any SQLDatabase).raw("SELECT COUNT(DISTINCT segid) AS n FROM feedback_fts_idx").first(
            decodingColumn: "n", as: Int.self)
    }

    @Test func aLargeImportLeavesTheSearchIndexTidiedWithEveryMatchStillFound() async throws {
        try await withTandem { app in
            let trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let project = try await Fixtures.project(organisation: trust, on: app.db)
            // Items added a few at a time leave the index in several pieces.
            for batch in 0..<4 {
                try await add(["Batch \(batch): the pharmacy was slow", "Batch \(batch): kind nurses"], to: project, on: app.db)
            }
            if let segments = try await searchSegments(on: app.db) { #expect(segments > 1) }

            let path = NSTemporaryDirectory() + "tidy-\(UUID().uuidString).csv"
            defer { try? FileManager.default.removeItem(atPath: path) }
            let rows = (1...FeedbackImporter.tidyAfter).map { "Comment \($0) about waiting for the pharmacy" }
            try Data(("Comment\n" + rows.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))
            let outcome = try await FeedbackImporter.run(
                path: path, mapping: ImportMapping(text: 0), project: project, scope: .organisation,
                jobID: nil, addedBy: nil, on: app.db)
            #expect(outcome.imported == FeedbackImporter.tidyAfter)
            if let segments = try await searchSegments(on: app.db) { #expect(segments == 1) }

            func found(_ words: String) async throws -> Int {
                try await EvidenceLibrary.page(
                    .project(project.requireID()), filters: .init(search: words), readable: .everything, page: 1, on: app.db
                ).pagination.totalItems
            }
            #expect(try await found("nurses") == 4)
            #expect(try await found("slow pharmacy") == 4)
            #expect(try await found("comment 9999") == 1)
        }
    }

    @Test func dateFiltersUseWhenTheFeedbackWasGiven() async throws {
        try await withTandem { app in
            let trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let project = try await Fixtures.project(organisation: trust, on: app.db)
            let dates = ["1/9/2026", "15/10/2026", "2/11/2026"].map { FlexibleDate.parse($0)! }
            try await EvidenceStore.add(
                dates.enumerated().map { index, date in
                    .init(
                        method: .importedFeedback, sourceKind: "manual", sourceID: nil, text: "Comment \(index)",
                        consentScope: .organisation, occurredOn: date)
                }, to: project, addedBy: nil, on: app.db)
            var filters = EvidenceLibrary.Filters()
            filters.from = FlexibleDate.parse("1/10/2026")
            filters.to = FlexibleDate.parse("2/11/2026")
            let result = try await EvidenceLibrary.page(
                .project(project.requireID()), filters: filters, readable: .everything, page: 1, on: app.db)
            #expect(Set(result.items.map(\.text)) == ["Comment 1", "Comment 2"])
        }
    }

    @Test func whatEachViewerReadsFollowsConsentAndTheOrganisationLibraryStaysInItsOrganisation() async throws {
        try await withTandem { app in
            let acute = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let community = try await Fixtures.organisation("Northvale Community", on: app.db)
            let (partner, partnerUser) = try await Fixtures.signedIn(.partner, app: app)
            let project = try await Fixtures.project(
                organisation: acute, team: [(try await Fixtures.person(of: partnerUser, on: app.db), .patientPartner)], on: app.db
            )
            let other = try await Fixtures.project("Community nursing", organisation: community, on: app.db)
            try await add(["Sister Jones was wonderful, ring me on 07700 900123"], to: project, scope: .team, on: app.db)
            try await add(["The district nurse never said when she would come"], to: other, on: app.db)
            let item = try #require(
                try await FeedbackItem.query(on: app.db).filter(\.$project.$id == project.requireID()).first())
            let itemPath = SiteURL.feedbackItem(.value(item.id!)).path

            // A partner on the team reads people's words and names, without their contact details.
            let partnerItem = try await partner.get(itemPath).body.string
            #expect(
                partnerItem.contains("Sister Jones was wonderful, ring me on [phone]") && !partnerItem.contains("07700 900123"))
            // Staff of the organisation, not on the team, read it redacted.
            let (staff, _) = try await Fixtures.signedIn(.staff, organisation: acute, app: app)
            let staffItem = try await staff.get(itemPath).body.string
            #expect(!staffItem.contains("07700 900123") && staffItem.contains("[phone]"))
            let library = try await staff.get(SiteURL.organisation(.value(acute.id!), .evidence).path).body.string
            #expect(library.contains("[phone]") && !library.contains("district nurse"))
            // Another organisation's library is hidden, as the organisation itself is (404).
            #expect(try await staff.get(SiteURL.organisation(.value(community.id!), .evidence).path).status == .notFound)
            // Staff of another organisation cannot open it at all.
            let (outsider, _) = try await Fixtures.signedIn(.staff, organisation: community, app: app)
            #expect(try await outsider.get(itemPath).status == .notFound)
            // Partners have no organisation library.
            #expect(try await partner.get(SiteURL.organisation(.value(acute.id!), .evidence).path).status == .notFound)
        }
    }
}
