import Fluent
import Foundation
import TandemCore
@testable import TandemServer
import Testing
import VaporTesting

@Suite("Opportunities: posting, interest from partners and the public, fair ranking, selection")
struct OpportunityTests {
    static func post(
        _ coordinator: TestBrowser, title: String, places: String = "1", extra: [(String, String)] = []
    )
        async throws -> TestingHTTPResponse
    {
        let closes = CalendarDate.parts(of: Date().addingTimeInterval(14 * 86_400))
        return try await coordinator.post(
            SiteURL.opportunities.path,
            [
                ("title", title), ("summary", "Help us redesign the carers' information pack."),
                ("category", "invited_one_off"), ("rung", "co_design"), ("kind", "focus_group"),
                ("commitment", "One evening"), ("hours", "2"), ("setting", "online"), ("paid", "yes"), ("level", "standard"),
                ("experience", "Caring, Mental health"), ("skills", "Reading data"), ("reach[]", "young_carers"),
                ("places", places), ("closes-day", closes.day), ("closes-month", closes.month), ("closes-year", closes.year),
                ("contact-name", "Cora Coordinator"), ("contact-email", "cora@example.org"), ("publish", "open"),
            ] + extra)
    }

    @Test func theFormRefusesWhatIsMissingAndKeepsWhatWasTyped() async throws {
        try await withTandem { app in
            let (coordinator, _) = try await Fixtures.signedIn(.coordinator, app: app)
            let (partner, _) = try await Fixtures.signedIn(.partner, app: app)
            let empty = try await coordinator.post(SiteURL.opportunities.path, [("title", "Kept title")])
            #expect(empty.status == .badRequest)
            for message in ["Say what the opportunity involves", "Choose what kind of involvement", "Enter the closing date"] {
                #expect(empty.body.string.contains(message), "\(message)")
            }
            #expect(empty.body.string.contains("Kept title"))
            // In person needs its access information; the closing date may not be past.
            var form = OpportunityForm()
            form.setting = OpportunitySetting.inPerson.rawValue
            (form.closeDay, form.closeMonth, form.closeYear) = ("1", "1", "2020")
            guard case .failure(let errors) = form.validate(organisations: [], today: Date()) else {
                Issue.record("an in-person opportunity without access information was accepted")
                return
            }
            #expect(errors["access-information"]?.contains("step-free") == true)
            #expect(errors["closes"]?.contains("today or in the future") == true)
            #expect(try await partner.post(SiteURL.opportunities.path, []).status == .forbidden)
            #expect(try await Opportunity.query(on: app.db).filter(\.$title == "Kept title").count() == 0)
        }
    }

    @Test func peopleSayTheyAreInterestedRankedBlindThenSelectedAndEveryoneIsTold() async throws {
        try await withTandem { app in
            let (coordinator, _) = try await Fixtures.signedIn(.coordinator, app: app)
            #expect(try await Self.post(coordinator, title: "Carers' pack focus group").status == .seeOther)
            let opportunity = try #require(
                try await Opportunity.query(on: app.db).filter(\.$title == "Carers' pack focus group").first())
            // A partner with matching experience, who consented to their equality answers being used for reach.
            let (partner, partnerUser) = try await Fixtures.signedIn(.partner, app: app)
            let person = try await Fixtures.person(of: partnerUser, on: app.db)
            person.livedExperience = ["caring"]
            try await person.save(.fixture, on: app.db)
            for purpose in [ConsentPurpose.equalityMonitoring, .equalityForReach] {
                try await ConsentRecord(
                    personID: person.id!, purpose: purpose, howGiven: "Online", givenAt: Date(), recordedByID: person.id
                ).save(.fixture, on: app.db)
            }
            let answers = EqualityAnswers(personID: person.id!)
            answers.ageBand = "16_24"
            answers.carer = "yes_20_to_49"
            try await answers.save(.fixture, on: app.db)
            // Another partner, a young carer too, who did not consent to that use.
            let (quiet, quietUser) = try await Fixtures.signedIn(.partner, app: app)
            let quietAnswers = EqualityAnswers(personID: quietUser.$person.id)
            quietAnswers.ageBand = "16_24"
            quietAnswers.carer = "yes_up_to_19"
            try await quietAnswers.save(.fixture, on: app.db)
            let interest = SiteURL.opportunity(.value(opportunity.id!), .interest).path
            let empty = try await partner.post(interest, [])
            #expect(empty.status == .badRequest && empty.body.string.contains("Tell the coordinator a little"))
            #expect(
                try await partner.post(interest, [("note", "I care for my mum"), ("availability", "free")]).status == .seeOther)
            #expect(try await quiet.post(interest, [("note", "Happy to help"), ("availability", "partly")]).status == .seeOther)
            // Someone not yet a partner, from the public page: refused without consent, keeping what was typed.
            let visitor = TestBrowser(app)
            let publicPage = SiteURL.getInvolvedOpportunity(.value(opportunity.id!)).path
            #expect(try await visitor.get(publicPage).status == .ok)
            let noConsent = try await visitor.post(
                publicPage,
                [("name", "Vic Visitor"), ("email", "vic@example.org"), ("note", "I am 19"), ("availability", "free")])
            #expect(noConsent.status == .badRequest && noConsent.body.string.contains("Vic Visitor"))
            #expect(
                try await visitor.post(
                    publicPage,
                    [
                        ("name", "Vic Visitor"), ("email", "vic@example.org"), ("note", "I am 19"), ("availability", "free"),
                        ("consent[]", "yes"),
                    ]
                ).status == .seeOther)
            let vic = try #require(try await Person.query(on: app.db).filter(\.$email == "vic@example.org").first())
            #expect(
                try await ConsentRecord.query(on: app.db).filter(\.$person.$id == vic.id!).filter(\.$purpose == .contact).count()
                    == 1)
            // The ranking: reasons in words, equality answers used only for the consented partner, and only in the check.
            let ranked = try await coordinator.get(SiteURL.opportunity(.value(opportunity.id!), .interested).path).body.string
            #expect(ranked.contains("Lived experience the opportunity wants: Caring"))
            #expect(ranked.contains("Not involved before: a new voice"))
            #expect(ranked.contains("Representation check"))
            #expect(ranked.contains("Young carers (under 25)") && ranked.contains("1 in the shortlist"))
            #expect(!ranked.contains("with their consent") || !ranked.contains(quietUser.email))
            #expect(try await partner.get(SiteURL.opportunity(.value(opportunity.id!), .interested).path).status == .forbidden)
            // Selecting more than the places is refused; one is selected and everyone is told.
            let interests = try await OpportunityInterest.query(on: app.db).filter(\.$opportunity.$id == opportunity.id!).all()
            let selection = SiteURL.opportunity(.value(opportunity.id!), .selection).path
            let tooMany = try await coordinator.post(selection, interests.map { ("selected[]", $0.id!.lowercasedString) })
            #expect(tooMany.status == .badRequest && tooMany.body.string.contains("There is 1 place left"))
            let chosen = try #require(interests.first { $0.$person.id == person.id! })
            #expect(try await coordinator.post(selection, [("selected[]", chosen.id!.lowercasedString)]).status == .seeOther)
            let subjects = try await InboxMessage.query(on: app.db).all().map { ($0.$person.id, $0.subject) }
            #expect(subjects.contains { $0.0 == person.id! && $0.1.hasPrefix("You have a place") })
            #expect(subjects.contains { $0.0 == quietUser.$person.id && $0.1.hasPrefix("About ") })
            #expect(subjects.contains { $0.0 == vic.id! && $0.1.hasPrefix("About ") })
            #expect(try await OutboxEmail.query(on: app.db).filter(\.$toAddress == "vic@example.org").count() == 1)
            #expect(try await Opportunity.find(opportunity.id, on: app.db)?.status == .closed)
            // The selected partner can claim against it.
            #expect(try await partner.get(SiteURL.myTime.path).body.string.contains("pack focus group"))
        }
    }

    @Test func suggestionsRankOpenOpportunitiesForThePersonAndDraftsStayHidden() async throws {
        try await withTandem { app in
            let (coordinator, _) = try await Fixtures.signedIn(.coordinator, app: app)
            #expect(try await Self.post(coordinator, title: "For carers", places: "3").status == .seeOther)
            #expect(
                try await Self.post(coordinator, title: "Data group", extra: [("experience", "Diabetes")]).status == .seeOther)
            #expect(try await Self.post(coordinator, title: "Still a draft", extra: [("publish", "draft")]).status == .seeOther)
            let (partner, partnerUser) = try await Fixtures.signedIn(.partner, app: app)
            let person = try await Fixtures.person(of: partnerUser, on: app.db)
            person.livedExperience = ["Caring"]
            try await person.save(.fixture, on: app.db)
            let page = try await partner.get(SiteURL.myOpportunities.path).body.string
            let carers = try #require(page.range(of: "For carers")), data = try #require(page.range(of: "Data group"))
            #expect(carers.lowerBound < data.lowerBound)
            #expect(page.contains("Lived experience the opportunity wants: Caring"))
            let draft = try #require(try await Opportunity.query(on: app.db).filter(\.$title == "Still a draft").first())
            #expect(draft.status == .draft)
            #expect(try await partner.get(SiteURL.opportunity(.value(draft.id!)).path).status == .notFound)
            #expect(try await TestBrowser(app).get(SiteURL.getInvolvedOpportunity(.value(draft.id!)).path).status == .notFound)
            #expect(!(try await partner.get(SiteURL.opportunities.path).body.string.contains("Still a draft")))
            #expect(try await coordinator.get(SiteURL.opportunities.path).body.string.contains("Still a draft"))
            let filtered = try await partner.get(SiteURL.opportunities.path(query: [("reach", "young_carers")])).body.string
            #expect(filtered.contains("For carers"))
            #expect(
                !(try await partner.get(SiteURL.opportunities.path(query: [("kind", "panel")])).body.string.contains("For carers"))
            )
        }
    }

    /// The one statement that reads people for the ranking (`CandidateQuery`) counts placements in the
    /// last year, the latest one, and uses equality answers only with both consents, on either database.
    @Test func theRankingReadsPlacementsAndConsentedAnswersFromTheRecordsAsTheRuleDoes() async throws {
        try await withTandem { app in
            let (coordinator, _) = try await Fixtures.signedIn(.coordinator, app: app)
            #expect(try await Self.post(coordinator, title: "Young carers' forum", places: "2").status == .seeOther)
            let target = try #require(try await Opportunity.query(on: app.db).filter(\.$title == "Young carers' forum").first())
            let often = try await Fixtures.person("Olu Often", on: app.db)
            let newcomer = try await Fixtures.person("Nia New", on: app.db)
            let today = Date()
            for person in [often, newcomer] {
                let answers = EqualityAnswers(personID: person.id!)
                answers.ageBand = "16_24"
                answers.carer = "yes_up_to_19"
                try await answers.save(.fixture, on: app.db)
                let purposes: [ConsentPurpose] =
                    person === often ? [.equalityMonitoring, .equalityForReach] : [.equalityMonitoring]
                for purpose in purposes {
                    try await ConsentRecord(
                        personID: person.id!, purpose: purpose, howGiven: "Online", givenAt: today, recordedByID: nil
                    )
                    .save(.fixture, on: app.db)
                }
                try await OpportunityInterest(
                    opportunityID: target.id!, personID: person.id!, note: "Me", availability: .free, fromPublicPage: false
                ).create(on: app.db)
            }
            // A withdrawn consent to reach does not count: the newcomer's answers stay out of it.
            let withdrawn = ConsentRecord(
                personID: newcomer.id!, purpose: .equalityForReach, howGiven: "Online", givenAt: today, recordedByID: nil)
            withdrawn.withdrawnAt = today
            try await withdrawn.save(.fixture, on: app.db)
            // Four places in the last year (the latest 20 days ago) and one before it.
            for daysAgo in [20.0, 60, 100, 200, 500] {
                let earlier = Opportunity(
                    title: "Earlier \(Int(daysAgo))", summary: "Before", kind: .focusGroup, commitment: "An hour", hours: 1,
                    places: 1, closesOn: today.addingTimeInterval(-daysAgo * 86_400), contactName: "C",
                    contactEmail: "c@example.org")
                try await earlier.create(on: app.db)
                let placed = OpportunityInterest(
                    opportunityID: earlier.id!, personID: often.id!, note: "", availability: .free, fromPublicPage: false)
                placed.status = .selected
                placed.decidedAt = today.addingTimeInterval(-daysAgo * 86_400)
                try await placed.create(on: app.db)
            }
            let (ranked, _) = try await OpportunityBoard.ranked(target, today: today, on: app.db)
            let oftenRow = try #require(ranked.first { $0.interest.person.personID == often.id })
            let newRow = try #require(ranked.first { $0.interest.person.personID == newcomer.id })
            #expect(oftenRow.interest.person.placedThisYear == 4)
            #expect(abs((oftenRow.interest.person.lastPlaced ?? .distantPast).timeIntervalSince(today) + 20 * 86_400) < 2)
            #expect(oftenRow.reasons.contains("Already took part 4 times this year"))
            #expect(!oftenRow.reasons.contains { $0.hasPrefix("Not involved") })
            #expect(oftenRow.reaches == ["Young carers (under 25)"] && newRow.reaches.isEmpty)
            #expect(newRow.reasons.contains("Not involved before: a new voice") && newRow.interest.person.groups == nil)
            #expect(!oftenRow.reasons.contains { $0.contains("with their consent") }, "the coordinator's ranking is blind")
            // Their suggestions are ranked the same way, with the reach reason only for the one who consented.
            let cache = app.services.openOpportunities
            let forOften = try await OpportunityBoard.suggestions(
                for: often.id!, already: [], today: today, limit: 5, cache: cache, on: app.db)
            let forNew = try await OpportunityBoard.suggestions(
                for: newcomer.id!, already: [], today: today, limit: 5, cache: cache, on: app.db)
            #expect(
                forOften.first { $0.opportunity.id == target.id }?.reasons.contains(
                    "From a group it wants to hear from (Young carers (under 25)), with their consent") == true)
            #expect(
                forNew.first { $0.opportunity.id == target.id }?.reasons.contains { $0.contains("with their consent") } == false)
            #expect(
                try await OpportunityBoard.suggestions(
                    for: often.id!, already: [target.id!], today: today, limit: 5, cache: cache, on: app.db
                ).isEmpty)
        }
    }

    /// The ranked list is kept a short while (`AppServices.rankedInterest`), but never hides a change
    /// made through Tandem: new interest, from a partner or the public page, and a selection show at once.
    @Test func theKeptRankingShowsNewInterestAndSelectionsAtOnce() async throws {
        try await withTandem { app in
            let (coordinator, _) = try await Fixtures.signedIn(.coordinator, app: app)
            #expect(try await Self.post(coordinator, title: "Discharge panel", places: "3").status == .seeOther)
            let opportunity = try #require(try await Opportunity.query(on: app.db).filter(\.$title == "Discharge panel").first())
            let ranked = SiteURL.opportunity(.value(opportunity.id!), .interested).path
            #expect(try await coordinator.get(ranked).body.string.contains("Nobody has said they are interested yet"))
            let (partner, partnerUser) = try await Fixtures.signedIn(.partner, app: app)
            #expect(
                try await partner.post(
                    SiteURL.opportunity(.value(opportunity.id!), .interest).path,
                    [("note", "I was discharged last month"), ("availability", "free")]
                ).status == .seeOther)
            let person = try await Fixtures.person(of: partnerUser, on: app.db)
            #expect(try await coordinator.get(ranked).body.string.contains(person.name))
            let visitor = TestBrowser(app)
            #expect(try await visitor.get(SiteURL.getInvolvedOpportunity(.value(opportunity.id!)).path).status == .ok)
            #expect(
                try await visitor.post(
                    SiteURL.getInvolvedOpportunity(.value(opportunity.id!)).path,
                    [
                        ("name", "Pat Public"), ("email", "pat.public@example.org"), ("note", "Me too"), ("availability", "free"),
                        ("consent[]", "yes"),
                    ]
                ).status == .seeOther)
            #expect(try await coordinator.get(ranked).body.string.contains("Pat Public"))
            let interest = try #require(
                try await OpportunityInterest.query(on: app.db).filter(\.$person.$id == person.id!).first())
            #expect(
                try await coordinator.post(
                    SiteURL.opportunity(.value(opportunity.id!), .selection).path,
                    [("selected[]", interest.id!.lowercasedString)]
                ).status == .seeOther)
            let after = try await coordinator.get(ranked).body.string
            #expect(after.contains("1 of 3 places filled") && after.contains(">Selected<"))
        }
    }
}
