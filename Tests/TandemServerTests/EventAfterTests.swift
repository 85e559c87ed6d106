import Fluent
import Foundation
import TandemCore
@testable import TandemServer
import Testing
import VaporTesting

@Suite("Events for people signed in, and after the event: one click, the closing record, the feedback survey")
struct EventAfterTests {
    @Test func partnersSeeTheirEventsAndRegisterWithOneClick() async throws {
        try await withTandem { app in
            let event = try await EventDayTests.workshop(app, capacity: 5)
            event.audience = .partners
            event.title = "Partners' meeting"
            try await event.save(on: app.db)
            // Not for the public, nor for staff.
            #expect(try await TestBrowser(app).get(SiteURL.publicEvent(.value(event.id!)).path).status == .notFound)
            #expect(!(try await TestBrowser(app).get(SiteURL.whatsOn.path).body.string.contains("Partners' meeting")))
            let (staff, _) = try await Fixtures.signedIn(.staff, app: app)
            #expect(try await staff.get(SiteURL.publicEvent(.value(event.id!)).path).status == .notFound)

            let (partner, user) = try await Fixtures.signedIn(.partner, app: app)
            #expect(try await partner.get(SiteURL.whatsOn.path).body.string.contains("Partners' meeting"))
            let page = try await partner.get(SiteURL.publicEvent(.value(event.id!)).path).body.string
            #expect(page.contains("You are signed in as") && page.contains("Register me") && !page.contains("id=\"email\""))
            let person = try #require(try await Person.find(user.$person.id, on: app.db))
            person.accessNeeds = ["hearing_loop"]
            try await person.save(.fixture, on: app.db)
            #expect(try await partner.post(SiteURL.registerMe(.value(event.id!)).path, []).status == .seeOther)
            let registration = try #require(try await EventRegistration.query(on: app.db).first())
            #expect(registration.$person.id == user.$person.id && registration.accessNeeds == ["hearing_loop"])
            #expect(registration.email == person.email && registration.status == .confirmed)
            // A second click does not take a second place.
            _ = try await partner.get(SiteURL.publicEvent(.value(event.id!)).path)
            _ = try await partner.post(SiteURL.registerMe(.value(event.id!)).path, [])
            #expect(try await EventRegistration.query(on: app.db).count() == 1)
            #expect(try await InboxMessage.query(on: app.db).filter(\.$person.$id == user.$person.id).count() == 1)
        }
    }

    @Test func theClosingRecordCountsWhoCameAndTheFeedbackSurveyGoesToThemOnce() async throws {
        try await withTandem { app in
            let trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let project = try await Fixtures.project(organisation: trust, on: app.db)
            let event = try await EventDayTests.workshop(app, capacity: 5)
            event.$project.id = project.id
            event.startsAt = Date().addingTimeInterval(-7_200)
            event.status = .held
            try await event.save(on: app.db)
            for (name, attendance, organisation) in [
                ("Ana", Attendance.present, "Hillcrest PPG"), ("Ben", .present, "Hillcrest PPG"), ("Cat", .apologies, nil),
            ] {
                let made = try await Registrations.register(
                    .init(name: name, email: "\(name.lowercased())@example.org", organisationText: organisation), for: event.id!,
                    by: ContactConsent.publicForm, locks: app.services.eventLocks, walkIn: true, on: app.db)
                made.registration.attendance = attendance
                try await made.registration.save(.fixture, on: app.db)
            }
            let survey = Survey(
                projectID: project.id!, title: "How was the workshop?", introduction: "", audience: .patients,
                asksDemographics: false,
                publicToken: "workshop-feedback-token")
            try await survey.create(on: app.db)
            let (organiser, _) = try await Fixtures.signedIn(.coordinator, app: app)
            let page = try await organiser.get(SiteURL.event(.value(event.id!)).path).body.string
            #expect(page.contains("Closing record") && page.contains("2 people") && page.contains("Hillcrest PPG"))
            _ = try await organiser.post(SiteURL.event(.value(event.id!), .closing).path, [("outcomes", "Two new PPG members.")])
            #expect(try await Event.find(event.id, on: app.db)?.outcomes == "Two new PPG members.")

            _ = try await organiser.get(SiteURL.event(.value(event.id!)).path)
            let notOpen = try await organiser.post(
                SiteURL.event(.value(event.id!), .feedback).path, [("survey", survey.id!.uuidString)])
            #expect(notOpen.status == .badRequest && notOpen.body.string.contains("first, so people can answer it"))
            survey.status = .open
            try await survey.save(on: app.db)
            let sent = try await organiser.post(
                SiteURL.event(.value(event.id!), .feedback).path, [("survey", survey.id!.uuidString)])
            #expect(sent.status == .seeOther)
            let emails = try await OutboxEmail.query(on: app.db).filter(\.$subject == "How was it? Getting your PPG going").all()
            #expect(emails.count == 2 && emails.allSatisfy { $0.body.contains("/s/\(survey.publicToken)") })
            _ = try await organiser.get(SiteURL.event(.value(event.id!)).path)
            let again = try await organiser.post(
                SiteURL.event(.value(event.id!), .feedback).path, [("survey", survey.id!.uuidString)])
            #expect(again.status == .conflict)
        }
    }

    @Test func staffRunTheirOwnOrganisationsEventsOnly() async throws {
        try await withTandem { app in
            let trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let other = try await Fixtures.organisation("Hillcrest Community Trust", on: app.db)
            let theirs = try await EventDayTests.workshop(app)
            theirs.title = "Hillcrest open day"
            theirs.$organisation.id = other.id
            try await theirs.save(on: app.db)
            let (staff, _) = try await Fixtures.signedIn(.staff, organisation: trust, app: app)
            _ = try await staff.get(SiteURL.newEvent.path)
            let made = try await staff.post(
                SiteURL.events.path,
                [
                    ("title", "Ward 7 listening event"), ("summary", "Tell us about your stay."), ("kind", "drop_in"),
                    ("audience", "public"), ("on-day", "28"), ("on-month", "3"), ("on-year", "2027"), ("starts", "10am"),
                    ("ends", "noon"), ("venue", "Ward 7 day room"), ("organisation", other.id!.uuidString),
                ])
            #expect(made.status == .seeOther)
            let event = try #require(try await Event.query(on: app.db).filter(\.$title == "Ward 7 listening event").first())
            #expect(event.$organisation.id == trust.id, "staff plan events for their own organisation, whatever is sent")
            let list = try await staff.get(SiteURL.events.path).body.string
            #expect(list.contains("Ward 7 listening event") && !list.contains("Hillcrest open day"))
            #expect(try await staff.get(SiteURL.event(.value(event.id!)).path).status == .ok)
            #expect(try await staff.get(SiteURL.event(.value(theirs.id!)).path).status == .forbidden)
            let (partner, _) = try await Fixtures.signedIn(.partner, app: app)
            #expect(try await partner.get(SiteURL.events.path).status == .forbidden)
        }
    }
}
