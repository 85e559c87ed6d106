import Fluent
import Foundation
import TandemCore
@testable import TandemServer
import Testing
import VaporTesting

@Suite("Surveys: builder, public answers, paper entry, results and export")
struct SurveyTests {
    /// A project, a coordinator's browser and a survey made through the builder.
    func builtSurvey(_ app: Application, demographics: Bool = false) async throws -> (TestBrowser, Project, Survey) {
        let trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
        let project = try await Fixtures.project(organisation: trust, on: app.db)
        let id = project.id!
        let (browser, _) = try await Fixtures.signedIn(.coordinator, app: app)
        try await browser.get(SiteURL.project(.value(id), .surveys).path)
        let made = try await browser.post(
            SiteURL.project(.value(id), .surveys).path,
            [
                ("title", "Leaving hospital"), ("audience", "patients"),
                ("demographics", demographics ? "yes" : "no"),
            ])
        #expect(made.status == .seeOther)
        let survey = try #require(try await Survey.query(on: app.db).first())
        let path = made.location!
        try await browser.post("\(path)/questions", [("kind", "friends_and_family"), ("required", "yes")])
        try await browser.post(
            "\(path)/questions",
            [
                ("kind", "single_choice"), ("question-text", "How long did you wait?"),
                ("options", "Under an hour\nOver an hour"), ("required", "no"),
            ])
        try await browser.post(
            "\(path)/questions", [("kind", "free_text"), ("question-text", "What could be better?"), ("required", "no")])
        return (browser, project, survey)
    }

    func open(_ browser: TestBrowser, _ survey: Survey, app: Application) async throws {
        let path = SiteURL.survey(.value(survey.id!)).path
        let closes = Calendar.utc.dateComponents([.day, .month, .year], from: Date().addingTimeInterval(30 * 86_400))
        try await browser.post(
            "\(path)/edit",
            [
                ("title", survey.title), ("audience", "patients"), ("demographics", survey.asksDemographics ? "yes" : "no"),
                ("closes-day", String(closes.day!)), ("closes-month", String(closes.month!)),
                ("closes-year", String(closes.year!)),
            ])
        let opened = try await browser.post("\(path)/status", [("action", "open")])
        #expect(opened.status == .seeOther)
    }

    func questions(_ survey: Survey, app: Application) async throws -> [SurveyQuestion] {
        try await SurveyQuestion.query(on: app.db).filter(\.$survey.$id == survey.requireID()).sort(\.$position).all()
    }

    @Test func theBuilderChecksQuestionsAndAChoiceNeedsTwoAnswers() async throws {
        try await withTandem { app in
            let (browser, _, survey) = try await builtSurvey(app)
            let path = SiteURL.survey(.value(survey.id!)).path
            let bad = try await browser.post(
                "\(path)/questions", [("kind", "single_choice"), ("question-text", "Which ward?"), ("options", "Ward 7")])
            #expect(bad.status == .badRequest && bad.body.string.contains("Enter at least two answers"))
            let all = try await questions(survey, app: app)
            #expect(all.map(\.kind) == [.friendsAndFamily, .singleChoice, .freeText])
            #expect(all[0].text == FriendsAndFamilyTest.question)
            // Move the written question to the top.
            try await browser.post("\(path)/questions/\(all[2].id!.uuidString.lowercased())/move", [("direction", "up")])
            try await browser.post("\(path)/questions/\(all[2].id!.uuidString.lowercased())/move", [("direction", "up")])
            #expect(try await questions(survey, app: app).map(\.kind) == [.freeText, .friendsAndFamily, .singleChoice])
        }
    }

    @Test func aSurveyOpensOnlyWithAClosingDateAndADraftLinkIsNotFound() async throws {
        try await withTandem { app in
            let (browser, _, survey) = try await builtSurvey(app)
            let path = SiteURL.survey(.value(survey.id!)).path
            let anonymous = TestBrowser(app)
            #expect(try await anonymous.get(SiteURL.publicSurvey(.value(survey.publicToken)).path).status == .notFound)
            // What stops it opening is said before anyone presses "Open".
            let before = try await browser.get(path).body.string
            #expect(before.contains("Before the survey can open:") && before.contains("Set a closing date"))
            #expect(!before.contains(">Open the survey<"))
            let refused = try await browser.post("\(path)/status", [("action", "open")])
            #expect(refused.status == .badRequest && refused.body.string.contains("Set a closing date"))
            try await open(browser, survey, app: app)
            #expect(try await anonymous.get(SiteURL.publicSurvey(.value(survey.publicToken)).path).status == .ok)
        }
    }

    @Test func anyoneCanAnswerAnOpenSurveyAndTheWrittenAnswerBecomesEvidence() async throws {
        try await withTandem { app in
            let (browser, project, survey) = try await builtSurvey(app)
            try await open(browser, survey, app: app)
            let all = try await questions(survey, app: app)
            let visitor = TestBrowser(app)
            let form = try await visitor.get(SiteURL.publicSurvey(.value(survey.publicToken)).path)
            #expect(form.body.string.contains("How long did you wait?"))
            let missing = try await visitor.post(
                SiteURL.publicSurvey(.value(survey.publicToken)).path, [("q-\(all[2].id!.uuidString.lowercased())", "Quicker")])
            #expect(
                missing.status == .badRequest
                    && missing.body.string.contains("Select an answer for: \(FriendsAndFamilyTest.question)"))
            #expect(missing.body.string.contains("Quicker"))
            let answered = try await visitor.post(
                SiteURL.publicSurvey(.value(survey.publicToken)).path,
                [
                    ("q-\(all[0].id!.uuidString.lowercased())", "Poor"),
                    ("q-\(all[1].id!.uuidString.lowercased())", "Over an hour"),
                    ("q-\(all[2].id!.uuidString.lowercased())", "Tell people how long the pharmacy will take"),
                    ("quote-consent", "organisation"),
                ])
            #expect(
                answered.status == .seeOther && answered.location == SiteURL.publicSurveyThanks(.value(survey.publicToken)).path)
            let response = try #require(try await SurveyResponse.query(on: app.db).first())
            #expect(response.source == "online" && response.consentScope == .organisation)
            let item = try #require(try await FeedbackItem.query(on: app.db).first())
            #expect(item.text == "Tell people how long the pharmacy will take")
            #expect(item.method == .patientSurvey && item.sourceID == response.id && item.question == "What could be better?")
            #expect(item.$project.id == project.id)
            #expect(try await EvidenceStore.counts(for: project.requireID(), on: app.db)[.patientSurvey] == 1)
        }
    }

    @Test func aRespondentWhoAsksToBeToldIsEmailedWhenTheirAnswerLeadsToAChange() async throws {
        try await withTandem { app in
            let (browser, project, survey) = try await builtSurvey(app)
            try await open(browser, survey, app: app)
            let all = try await questions(survey, app: app)
            let path = SiteURL.publicSurvey(.value(survey.publicToken)).path
            let visitor = TestBrowser(app)
            #expect(try await visitor.get(path).body.string.contains("Tell me what changes because of this survey"))
            let answers = [
                ("q-\(all[0].id!.uuidString.lowercased())", "Poor"),
                ("q-\(all[2].id!.uuidString.lowercased())", "Tell people how long the pharmacy will take"),
            ]
            // Ticking the box needs an address; what was typed comes back.
            let missing = try await visitor.post(path, answers + [("tell-me[]", "yes"), ("tell-me-name", "Jo")])
            #expect(missing.status == .badRequest && missing.body.string.contains("Enter your email address, so we can tell you"))
            #expect(missing.body.string.contains("value=\"Jo\"") && missing.body.string.contains("pharmacy will take"))
            let sent = try await visitor.post(
                path, answers + [("tell-me[]", "yes"), ("tell-me-email", " Jo@Example.org "), ("tell-me-name", "Jo")])
            #expect(sent.status == .seeOther)

            // Jo is a person with an address and a "contact me" consent that says where it came from.
            let jo = try #require(try await Person.query(on: app.db).filter(\.$email == "jo@example.org").first())
            #expect(jo.name == "Jo")
            let consent = try #require(
                try await ConsentRecord.query(on: app.db).filter(\.$person.$id == jo.requireID()).first())
            #expect(consent.purpose == .contact && consent.howGiven.contains("Leaving hospital"))
            let item = try #require(try await FeedbackItem.query(on: app.db).first())
            #expect(item.$contributor.id == jo.id)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$subjectPersonID == jo.id).count() == 2)

            // Someone who does not tick the box stays anonymous.
            let someoneElse = TestBrowser(app)
            _ = try await someoneElse.get(path)
            let quiet = try await someoneElse.post(path, answers + [("tell-me-email", "nobody@example.org")])
            #expect(quiet.status == .seeOther)
            #expect(try await Person.query(on: app.db).filter(\.$email == "nobody@example.org").count() == 0)

            // When a change their answer supports is made, the email is in the outbox, with the whole address.
            let finding = Finding(projectID: project.id!, statement: "People are not told how long", createdByID: nil)
            try await finding.create(on: app.db)
            try await FindingEvidence(findingID: finding.id!, itemID: item.id!, isQuote: false).create(on: app.db)
            let change = Recommendation(
                projectID: project.id!, organisationID: project.$organisation.id, ownerID: nil,
                text: "Tell people how long the pharmacy will take", priority: .high, dueOn: nil)
            change.status = .agreed
            try await change.create(on: app.db)
            try await RecommendationFinding(recommendationID: change.id!, findingID: finding.id!).create(on: app.db)
            let told = try await RecommendationProgressController.move(
                change, project: project, to: .implemented, reason: nil, note: "The ward board shows the wait.", by: .commandLine,
                reviewMonths: 6, publicURL: URL(string: "https://tandem.example.nhs.uk/"), on: app.db)
            #expect(told == 1)
            let email = try #require(try await OutboxEmail.query(on: app.db).filter(\.$toAddress == "jo@example.org").first())
            #expect(email.body.hasPrefix("Dear Jo,") && email.body.contains("The ward board shows the wait."))
            #expect(email.body.contains("https://tandem.example.nhs.uk\(SiteURL.youSaidWeDidProject(.value(project.id!)).path)"))
        }
    }

    @Test func aSignedInPartnersAnswerIsLinkedToThem() async throws {
        try await withTandem { app in
            let (browser, _, survey) = try await builtSurvey(app)
            try await open(browser, survey, app: app)
            let all = try await questions(survey, app: app)
            let (partner, user) = try await Fixtures.signedIn(.partner, app: app)
            let path = SiteURL.publicSurvey(.value(survey.publicToken)).path
            let form = try await partner.get(path).body.string
            #expect(form.contains("in your Tandem inbox") && !form.contains("tell-me-email"))
            let sent = try await partner.post(
                path,
                [
                    ("q-\(all[0].id!.uuidString.lowercased())", "Good"),
                    ("q-\(all[2].id!.uuidString.lowercased())", "The pharmacist explained everything"),
                ])
            #expect(sent.status == .seeOther)
            let item = try #require(try await FeedbackItem.query(on: app.db).first())
            #expect(item.$contributor.id == user.$person.id)
            #expect(try await ConsentRecord.query(on: app.db).filter(\.$person.$id == user.$person.id).count() == 0)
        }
    }

    @Test func aClosedSurveyTakesNoMoreAnswers() async throws {
        try await withTandem { app in
            let (browser, _, survey) = try await builtSurvey(app)
            try await open(browser, survey, app: app)
            // Someone opens the form, and the survey closes before they send it.
            let visitor = TestBrowser(app)
            #expect(try await visitor.get(SiteURL.publicSurvey(.value(survey.publicToken)).path).status == .ok)
            // Closing is asked once more before it happens.
            let asked = try await browser.post(SiteURL.survey(.value(survey.id!), .status).path, [("action", "close")])
            #expect(asked.status == .ok && asked.body.string.contains("Close the survey?"))
            #expect(try await Survey.find(survey.id!, on: app.db)?.status == .open)
            // Questions cannot change while it is open.
            let firstQuestion = try await questions(survey, app: app)[0]
            let removal = try await browser.post(
                SiteURL.survey(.value(survey.id!), .removeQuestion(.value(firstQuestion.id!))).path)
            #expect(removal.status == .conflict)
            try await browser.post(
                SiteURL.survey(.value(survey.id!), .status).path, [("action", "close"), ("confirm", "yes")])
            let all = try await questions(survey, app: app)
            let late = try await visitor.post(
                SiteURL.publicSurvey(.value(survey.publicToken)).path, [("q-\(all[0].id!.uuidString.lowercased())", "Good")])
            #expect(late.status == .gone)
            #expect(late.body.string.contains("closed"))
            #expect(try await TestBrowser(app).get(SiteURL.publicSurvey(.value(survey.publicToken)).path).status == .gone)
            #expect(try await SurveyResponse.query(on: app.db).count() == 0)
        }
    }

    @Test func answersAboutThePersonAreKeptOnlyWithTheirAgreement() async throws {
        try await withTandem { app in
            let (browser, _, survey) = try await builtSurvey(app, demographics: true)
            try await open(browser, survey, app: app)
            let first = try await questions(survey, app: app)[0]
            let visitor = TestBrowser(app)
            try await visitor.get(SiteURL.publicSurvey(.value(survey.publicToken)).path)
            let withoutConsent = try await visitor.post(
                SiteURL.publicSurvey(.value(survey.publicToken)).path,
                [("q-\(first.id!.uuidString.lowercased())", "Good"), ("age_band", "65_74")])
            #expect(withoutConsent.status == .badRequest && withoutConsent.body.string.contains("tick the box to agree"))
            let withConsent = try await visitor.post(
                SiteURL.publicSurvey(.value(survey.publicToken)).path,
                [
                    ("q-\(first.id!.uuidString.lowercased())", "Good"), ("age_band", "65_74"), ("keep-about-you[]", "yes"),
                ])
            #expect(withConsent.status == .seeOther)
            #expect(try await SurveyResponse.query(on: app.db).first()?.ageBand == "65_74")
        }
    }

    @Test func partnersOnTheTeamEnterPaperResponsesAndResultsCountThem() async throws {
        try await withTandem { app in
            let (browser, project, survey) = try await builtSurvey(app)
            try await open(browser, survey, app: app)
            let (partner, partnerUser) = try await Fixtures.signedIn(.partner, app: app)
            try await ProjectMember(projectID: project.requireID(), personID: partnerUser.$person.id, role: .patientPartner)
                .save(.fixture, on: app.db)
            let all = try await questions(survey, app: app)
            let path = SiteURL.survey(.value(survey.id!)).path
            try await partner.get("\(path)/paper")
            for answer in ["Very good", "Very good", "Poor"] {
                let saved = try await partner.post("\(path)/paper", [("q-\(all[0].id!.uuidString.lowercased())", answer)])
                #expect(saved.status == .seeOther)
            }
            #expect(try await SurveyResponse.query(on: app.db).filter(\.$source == "paper").count() == 3)
            let results = try await browser.get("\(path)/results").body.string
            #expect(results.contains("<svg"))
            #expect(results.contains("Very good 2"))
            #expect(results.contains("67%"))
        }
    }

    @Test func theExportIsCSVOfEveryResponseForTheTeamOnly() async throws {
        try await withTandem { app in
            let (browser, project, survey) = try await builtSurvey(app)
            try await open(browser, survey, app: app)
            let all = try await questions(survey, app: app)
            let visitor = TestBrowser(app)
            try await visitor.get(SiteURL.publicSurvey(.value(survey.publicToken)).path)
            try await visitor.post(
                SiteURL.publicSurvey(.value(survey.publicToken)).path,
                [
                    ("q-\(all[0].id!.uuidString.lowercased())", "Good"),
                    ("q-\(all[2].id!.uuidString.lowercased())", "Said \"hello\", then left"),
                ])
            let path = SiteURL.survey(.value(survey.id!), .export).path
            let csv = try await browser.get(path)
            #expect(csv.status == .ok)
            #expect(csv.headers.contentType?.subType == "csv")
            let records = try CSVParser.records(in: csv.body.string)
            #expect(records.count == 2)
            #expect(records[0].fields.contains(FriendsAndFamilyTest.question))
            #expect(records[1].fields.contains("Said \"hello\", then left"))
            let trust = try await Organisation.find(project.$organisation.id, on: app.db)!
            let (staff, _) = try await Fixtures.signedIn(.staff, organisation: trust, app: app)
            #expect(try await staff.get(path).status == .forbidden)
        }
    }
}
