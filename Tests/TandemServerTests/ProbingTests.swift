import Fluent
import Foundation
import NIOHTTP1
import SQLKit
import TandemCore
@testable import TandemServer
import Testing
import VaporTesting

/// The faults found when Tandem was probed as an attacker and a careless user
/// would, each held to its fix.
@Suite("Probing: numbers, search, stories, moves, redirects and who may commit")
struct ProbingTests {
    @Test func hugeNegativeAndOddPageNumbersNeverCrashTheEvidenceLibrary() async throws {
        try await withTandem { app in
            let trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let (partner, partnerUser) = try await Fixtures.signedIn(.partner, app: app)
            let project = try await Fixtures.project(
                organisation: trust, team: [(try await Fixtures.person(of: partnerUser, on: app.db), .patientPartner)],
                on: app.db)
            for index in 1...30 {
                try await Fixtures.feedback("Comment \(index) about the pharmacy", project: project, on: app.db)
            }
            let (staff, _) = try await Fixtures.signedIn(.staff, organisation: trust, app: app)
            let projectPath = SiteURL.project(.value(project.id!), .evidence).path
            let organisationPath = SiteURL.organisation(.value(trust.id!), .evidence).path
            for value in ["9223372036854775807", "-1", "0", "1e99", "abc", "-9223372036854775808"] {
                for search in ["", "&q=pharmacy"] {
                    let own = try await partner.get("\(projectPath)?page=\(value)\(search)")
                    #expect(own.status == .ok, "page=\(value)\(search)")
                    let organisation = try await staff.get("\(organisationPath)?page=\(value)\(search)")
                    #expect(organisation.status == .ok, "page=\(value)\(search)")
                }
            }
            #expect(
                try await partner.get("\(projectPath)?page=9223372036854775807").body.string.contains("Showing 26 to 30 of 30"))
        }
    }

    @Test func searchFindsOnlyWhatTheViewerMayRead() async throws {
        try await withTandem { app in
            let trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let (teamStaff, teamUser) = try await Fixtures.signedIn(.staff, organisation: trust, app: app)
            let project = try await Fixtures.project(
                organisation: trust, team: [(try await Fixtures.person(of: teamUser, on: app.db), .staffLead)],
                on: app.db)
            try await Fixtures.feedback("Mrs Quigley waited hours for her tablets", project: project, scope: .team, on: app.db)
            try await Fixtures.feedback("Mr Quimby found the parking easy", project: project, scope: .organisation, on: app.db)
            let (outsider, _) = try await Fixtures.signedIn(.staff, organisation: trust, app: app)
            let projectPath = SiteURL.project(.value(project.id!), .evidence).path
            let organisationPath = SiteURL.organisation(.value(trust.id!), .evidence).path
            func found(_ browser: TestBrowser, _ path: String, _ words: String) async throws -> Bool {
                !(try await browser.get("\(path)?q=\(words)").body.string.contains("Nothing matches your search"))
            }
            // Staff beyond the team read the team-only comment as "Mrs [name]": a guessed name finds nothing.
            #expect(try await found(outsider, projectPath, "Quigley") == false)
            #expect(try await found(outsider, organisationPath, "Quigley") == false)
            // The words they can read still find it, and comments they may read as given are searched as given.
            #expect(try await found(outsider, projectPath, "tablets"))
            #expect(try await outsider.get("\(projectPath)?q=tablets").body.string.contains("Mrs [name] waited hours"))
            #expect(try await found(outsider, projectPath, "Quimby"))
            #expect(try await found(outsider, organisationPath, "Quimby"))
            // The team reads it as given, so searches it as given.
            #expect(try await found(teamStaff, projectPath, "Quigley"))
            // The query itself, on both databases, for each kind of reader.
            let id = try project.requireID()
            for (readable, expected) in [
                (FeedbackSearch.Readable.everything, 1), (.redactedOnly, 0), (.init(asGiven: [.organisation, .public]), 0),
                (.init(asGiven: [.team]), 1),
            ] {
                let result = try await EvidenceLibrary.page(
                    .project(id), filters: .init(search: "Quigley"), readable: readable, page: 1, on: app.db)
                #expect(result.items.count == expected, "\(readable)")
            }
        }
    }

    @Test func aSearchReadingSomeScopesAsGivenAndOthersRedactedCountsAndPagesNewestFirst() async throws {
        try await withTandem { app in
            let trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let project = try await Fixtures.project(organisation: trust, on: app.db)
            for index in 1...30 {
                try await EvidenceStore.add(
                    [
                        .init(
                            method: .patientSurvey, sourceKind: "manual", sourceID: nil,
                            text: "Comment \(index): Mrs Quigley waited at the pharmacy",
                            consentScope: index % 3 == 0 ? .team : .organisation,
                            occurredOn: Date(timeIntervalSince1970: 1_780_000_000 + Double(index) * 86_400))
                    ],
                    to: project, addedBy: nil, on: app.db)
            }
            let id = try project.requireID()
            let staffBeyondTheTeam = FeedbackSearch.Readable(asGiven: [.organisation, .public])
            func search(_ words: String, page: Int = 1, from: Date? = nil) async throws -> EvidenceLibrary.Result {
                var filters = EvidenceLibrary.Filters(search: words)
                filters.from = from
                return try await EvidenceLibrary.page(
                    .project(id), filters: filters, readable: staffBeyondTheTeam, page: page, on: app.db)
            }
            // Every comment has "pharmacy"; only those read as given have "Quigley".
            let first = try await search("pharmacy"), second = try await search("pharmacy", page: 2)
            #expect(first.pagination.totalItems == 30 && first.items.count == 25 && second.items.count == 5)
            let numbers = (first.items + second.items).map { Int($0.text.split(separator: ":")[0].split(separator: " ")[1])! }
            #expect(numbers == Array((1...30).reversed()), "newest first across both indexes")
            let named = try await search("Quigley")
            #expect(named.pagination.totalItems == 20 && named.items.allSatisfy { $0.consentScope == .organisation })
            // With a date, the same answers from the table.
            let dated = try await search("Quigley", from: Date(timeIntervalSince1970: 1_780_000_000 + 16 * 86_400))
            #expect(dated.pagination.totalItems == 10 && dated.items.allSatisfy { $0.consentScope == .organisation })
        }
    }

    @Test func theRedactedIndexIsFilledFromEvidenceAlreadyKept() async throws {
        try await withTandem { app in
            let trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let project = try await Fixtures.project(organisation: trust, on: app.db)
            try await EvidenceStore.add(
                [
                    .init(
                        method: .patientSurvey, sourceKind: "manual", sourceID: nil,
                        text: "Mrs Quigley waited hours for her tablets", consentScope: .team)
                ],
                to: project, addedBy: nil, on: app.db)
            // As a database from before the redacted index would be: without it, then migrated.
            try await CreateRedactedSearchIndex().revert(on: app.db)
            try await CreateRedactedSearchIndex().prepare(on: app.db)
            let id = try project.requireID()
            for (words, expected) in [("tablets", 1), ("Quigley", 0)] {
                let result = try await EvidenceLibrary.page(
                    .project(id), filters: .init(search: words), readable: .redactedOnly, page: 1, on: app.db)
                #expect(result.items.count == expected, "\(words)")
            }
        }
    }

    @Test func staffBeyondTheTeamCannotTestOrReplaceATeamOnlyStory() async throws {
        try await withTandem { app in
            let trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let (teamStaff, teamUser) = try await Fixtures.signedIn(.staff, organisation: trust, app: app)
            let project = try await Fixtures.project(
                organisation: trust, team: [(try await Fixtures.person(of: teamUser, on: app.db), .staffLead)],
                on: app.db)
            let story = Story(
                projectID: try project.requireID(), title: "Coming home", storytellerID: nil, consentScope: .team,
                transcript: "My neighbour Bernadette drove me home after eight hours.", recordingLink: nil)
            try await story.create(on: app.db)
            let storyPath = SiteURL.story(.value(story.id!)).path
            let (outsider, _) = try await Fixtures.signedIn(.staff, organisation: trust, app: app)
            try await outsider.get(storyPath)
            // A right guess and a wrong one get the same answer, and nothing is kept.
            #expect(try await outsider.post("\(storyPath)/clips", [("clip", "Bernadette drove me home")]).status == .forbidden)
            #expect(try await outsider.post("\(storyPath)/clips", [("clip", "Margaret drove me home")]).status == .forbidden)
            let upload = try await outsider.upload(
                "\(storyPath)/recording", field: "recording", fileName: "fake.mp3", contentType: "audio/mpeg",
                data: Array("not the story".utf8))
            #expect(upload.status == .forbidden)
            let stored = try #require(try await Story.find(story.id, on: app.db))
            #expect(stored.recordingFile == nil)
            #expect(try await FeedbackItem.query(on: app.db).count() == 0)
            // The team still can.
            try await teamStaff.get(storyPath)
            #expect(try await teamStaff.post("\(storyPath)/clips", [("clip", "drove me home")]).status == .seeOther)
        }
    }

    @Test func aProjectsEvidenceMovesWithItToAnotherOrganisation() async throws {
        try await withTandem { app in
            let old = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let new = try await Fixtures.organisation("Southmoor Community Health", on: app.db)
            let project = try await Fixtures.project(organisation: old, on: app.db)
            try await Fixtures.feedback(
                "Mrs Quigley, NHS number 943 476 5919, waited hours", project: project, scope: .organisation, on: app.db)
            let (coordinator, _) = try await Fixtures.signedIn(.coordinator, app: app)
            let edit = SiteURL.project(.value(project.id!), .edit).path
            try await coordinator.get(edit)
            let moved = try await coordinator.post(
                edit,
                [
                    ("title", project.title), ("organisation", new.id!.lowercasedString),
                    ("problem", project.problem), ("aims", project.aims),
                ])
            #expect(moved.status == .seeOther)
            #expect(try await FeedbackItem.query(on: app.db).filter(\.$organisation.$id == new.id!).count() == 1)
            let (oldStaff, _) = try await Fixtures.signedIn(.staff, organisation: old, app: app)
            let oldLibrary = try await oldStaff.get(SiteURL.organisation(.value(old.id!), .evidence).path).body.string
            #expect(!oldLibrary.contains("Quigley") && !oldLibrary.contains("waited hours"))
            #expect(
                try await oldStaff.get(SiteURL.organisation(.value(old.id!), .evidence).path + "?q=waited").body.string.contains(
                    "Nothing matches"))
            let (newStaff, _) = try await Fixtures.signedIn(.staff, organisation: new, app: app)
            let newLibrary = try await newStaff.get(SiteURL.organisation(.value(new.id!), .evidence).path + "?q=waited").body
                .string
            #expect(newLibrary.contains("Mrs Quigley, NHS number 943 476 5919, <mark class=\"tandem-match\">waited</mark> hours"))
        }
    }

    @Test func signInSendsPeopleOnlyToPagesOfThisSite() async throws {
        try await withTandem { app in
            let (browser, _) = try await Fixtures.signedIn(.partner, app: app)
            for next in [
                "%2F%09%2Fevil.example", "%2F%0A%2Fevil.example", "%2F%5Cevil.example", "%2F%2Fevil.example",
                "https%3A%2F%2Fevil.example",
                "%2F%20%2Fevil.example",
            ] {
                let response = try await browser.get(SiteURL.signIn.path + "?next=\(next)")
                #expect(response.status == .seeOther && response.location == SiteURL.home.path, "\(next)")
            }
            #expect(try await browser.get(SiteURL.signIn.path + "?next=%2Fprojects").location == SiteURL.projects.path)
        }
    }

    @Test func partnersShapeRecommendationsButOnlyTheOrganisationCommitsToThem() async throws {
        try await withTandem { app in
            let trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let (partner, partnerUser) = try await Fixtures.signedIn(.partner, app: app)
            let project = try await Fixtures.project(
                organisation: trust, team: [(try await Fixtures.person(of: partnerUser, on: app.db), .patientPartner)],
                on: app.db)
            let recommendation = Recommendation(
                projectID: try project.requireID(), organisationID: try trust.requireID(), ownerID: nil,
                text: "Start discharge planning on admission", priority: .high, dueOn: nil)
            try await recommendation.create(on: app.db)
            let path = SiteURL.recommendation(.value(recommendation.id!)).path
            let page = try await partner.get(path).body.string
            #expect(!page.contains("Move it on") && page.contains("commits them"))
            #expect(try await partner.post("\(path)/status", [("status", "agreed")]).status == .forbidden)
            #expect(try await Recommendation.find(recommendation.id, on: app.db)?.status == .proposed)
            // Adding progress stays open to partners on the team.
            let update = try await partner.upload(
                "\(path)/updates", field: "file", fileName: "", contentType: "application/octet-stream", data: [],
                fields: [("text", "We met the discharge team")])
            #expect(update.status == .seeOther)
            let (staff, _) = try await Fixtures.signedIn(.staff, organisation: trust, app: app)
            try await staff.get(path)
            #expect(try await staff.post("\(path)/status", [("status", "agreed")]).status == .seeOther)
            #expect(try await Recommendation.find(recommendation.id, on: app.db)?.status == .agreed)
        }
    }

    @Test func partnersOnTheTeamReadPeoplesWordsWithoutTheirContactDetails() async throws {
        try await withTandem { app in
            let trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let (partner, partnerUser) = try await Fixtures.signedIn(.partner, app: app)
            let (staff, staffUser) = try await Fixtures.signedIn(.staff, organisation: trust, app: app)
            let project = try await Fixtures.project(
                organisation: trust,
                team: [
                    (try await Fixtures.person(of: partnerUser, on: app.db), .patientPartner),
                    (try await Fixtures.person(of: staffUser, on: app.db), .staffLead),
                ], on: app.db)
            let item = try await Fixtures.feedback(
                "Mrs Quigley here, call me on 07700 900123 or bq@example.org", project: project, scope: .team,
                on: app.db)
            let itemPath = SiteURL.feedbackItem(.value(item.id!)).path
            let forPartner = try await partner.get(itemPath).body.string
            #expect(forPartner.contains("Mrs Quigley here, call me on [phone] or [email]"))
            #expect(!forPartner.contains("07700") && !forPartner.contains("bq@example.org"))
            let library = try await partner.get(SiteURL.project(.value(project.id!), .evidence).path).body.string
            #expect(library.contains("Mrs Quigley") && !library.contains("07700"))
            // Searching a contact detail finds nothing for a partner either.
            let searched = try await partner.get(SiteURL.project(.value(project.id!), .evidence).path + "?q=example").body.string
            #expect(searched.contains("Nothing matches"), "\(searched)")
            #expect(try await staff.get(itemPath).body.string.contains("call me on 07700 900123 or bq@example.org"))
            // A story's transcript reaches the partner without contact details too, and a clip of what they see is kept.
            let story = Story(
                projectID: try project.requireID(), title: "Coming home", storytellerID: nil, consentScope: .team,
                transcript: "Ring my daughter on 07700 900123, she drove me home.", recordingLink: nil)
            try await story.create(on: app.db)
            let storyPath = SiteURL.story(.value(story.id!)).path
            let storyPage = try await partner.get(storyPath).body.string
            #expect(storyPage.contains("Ring my daughter on [phone], she drove me home.") && !storyPage.contains("07700"))
            #expect(try await partner.post("\(storyPath)/clips", [("clip", "Ring my daughter on [phone]")]).status == .seeOther)
        }
    }

    @Test func aFewAnswersAllInOneGroupHideTheWholeEqualityBreakdown() async throws {
        try await withTandem { app in
            for index in 1...3 {
                let person = try await Fixtures.person("Person \(index)", on: app.db)
                let answers = EqualityAnswers(personID: try person.requireID())
                answers.ethnicGroup = "asian_indian"
                try await answers.save(.fixture, on: app.db)
            }
            let model = try await EqualityController.summaryModel(on: app.db)
            let ethnic = try #require(model.tables.first { $0.question == EqualityMonitoring.ethnicGroup.question })
            #expect(ethnic.rows.allSatisfy { $0.cell.isHidden })
            let (coordinator, _) = try await Fixtures.signedIn(.coordinator, app: app)
            let page = try await coordinator.get(SiteURL.equalitySummary.path).body.string
            #expect(page.contains("Not shown: too few people answered"))
            #expect(!page.contains(">0<"))
        }
    }
}
