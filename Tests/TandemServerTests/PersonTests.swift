import Fluent
import Foundation
import TandemCore
@testable import TandemServer
import Testing
import VaporTesting

@Suite("People")
struct PersonTests {
    @Test func editingAPersonAddsAnAuditEntryNamingTheEditorAndTheChangedFields() async throws {
        try await withTandem { app in
            // given
            let person = try await Fixtures.person(
                "Margaret Ellison", email: "maggie@example.org", roles: [.patientPartner], on: app.db)
            let (browser, editor) = try await Fixtures.signedIn(.coordinator, app: app)
            try await browser.get(SiteURL.person(.value(person.id!), .edit).path)
            // when: the phone and preferred name change, nothing else
            let response = try await browser.post(
                SiteURL.person(.value(person.id!), .edit).path,
                [
                    ("name", "Margaret Ellison"), ("preferred-name", "Maggie"), ("email", "maggie@example.org"),
                    ("phone", "07700 900123"), ("roles[]", "patient_partner"),
                ])
            // then
            #expect(response.status == .seeOther)
            let entry = try #require(try await AuditEntry.query(on: app.db).filter(\.$recordType == "person").first())
            #expect(entry.action == "updated")
            #expect(entry.$actor.id == editor.$person.id)
            #expect(entry.actorLabel == (try await Person.find(editor.$person.id, on: app.db))?.displayName)
            #expect(entry.fields == ["phone", "preferred_name"])
            #expect(entry.subjectPersonID == person.id)
            let log = try await Fixtures.signedIn(.admin, app: app).0.get(SiteURL.auditLog.path)
            #expect(log.body.string.contains("phone, preferred name"))
        }
    }

    @Test func invalidDetailsAreExplainedAndNothingIsSaved() async throws {
        try await withTandem { app in
            try await Fixtures.person("Someone", email: "taken@example.org", on: app.db)
            let (browser, _) = try await Fixtures.signedIn(.coordinator, app: app)
            try await browser.get(SiteURL.newPerson.path)
            let response = try await browser.post(
                SiteURL.people.path,
                [
                    ("name", ""), ("email", "taken@example.org"), ("phone", "12345"), ("postcode-district", "SG1 2AB"),
                    ("access-needs[]", "not-a-need"),
                ])
            #expect(response.status == .badRequest)
            let html = response.body.string
            for message in [
                "Enter the person&#39;s full name", "Someone else already has this email address", "Enter a UK phone number",
                "Enter the first part of a postcode only", "Select needs from the list",
            ] {
                #expect(
                    html.contains(message) || html.contains(message.replacingOccurrences(of: "&#39;", with: "'")), "\(message)")
            }
            #expect(try await Person.query(on: app.db).count() == 2)
        }
    }

    @Test func aPersonIsCreatedWithRolesOrganisationAndNeeds() async throws {
        try await withTandem { app in
            let trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let (browser, _) = try await Fixtures.signedIn(.coordinator, app: app)
            try await browser.get(SiteURL.newPerson.path)
            let response = try await browser.post(
                SiteURL.people.path,
                [
                    ("name", "Kiran Shah"), ("pronouns", "they/them"), ("postcode-district", "sg1"), ("roles[]", "carer"),
                    ("roles[]", "patient_trainer"), ("organisation", trust.id!.uuidString), ("access-needs[]", "bsl_interpreter"),
                    ("lived-experience", "stroke, carer for a parent"),
                ])
            #expect(response.status == .seeOther)
            let person = try #require(try await Person.query(on: app.db).filter(\.$name == "Kiran Shah").first())
            #expect(person.postcodeDistrict == "SG1" && person.livedExperience == ["stroke", "carer for a parent"])
            let page = try await browser.get(response.location!)
            for text in [
                "Carer", "Patient trainer", "British Sign Language (BSL) interpreter", "Northvale Hospitals", "they/them",
            ] {
                #expect(page.body.string.contains(text), "\(text)")
            }
        }
    }

    @Test func staffGet404ForAPersonWhoBelongsOnlyToAnotherOrganisation() async throws {
        try await withTandem { app in
            let acute = try await Fixtures.organisation("Acute Trust", on: app.db)
            let community = try await Fixtures.organisation("Community Trust", on: app.db)
            let theirs = try await Fixtures.person("Community Colleague", organisations: [community], on: app.db)
            let ours = try await Fixtures.person("Acute Colleague", organisations: [acute], on: app.db)
            let (staff, _) = try await Fixtures.signedIn(.staff, organisation: acute, app: app)

            #expect(try await staff.get(SiteURL.person(.value(theirs.id!)).path).status == .notFound)
            #expect(try await staff.get(SiteURL.person(.value(theirs.id!), .edit).path).status == .notFound)
            #expect(try await staff.get(SiteURL.person(.value(theirs.id!), .consent).path).status == .notFound)
            #expect(try await staff.get(SiteURL.organisation(.value(community.id!)).path).status == .notFound)
            #expect(try await staff.get(SiteURL.person(.value(ours.id!)).path).status == .ok)
            let list = try await staff.get(SiteURL.people.path)
            #expect(list.body.string.contains("Acute Colleague") && !list.body.string.contains("Community Colleague"))
            // The organisations list takes staff straight to their own.
            #expect(try await staff.get(SiteURL.organisations.path).location == SiteURL.organisation(.value(acute.id!)).path)
        }
    }

    @Test func partnersSeeAndChangeOnlyTheirOwnProfileAndCannotGiveThemselvesRoles() async throws {
        try await withTandem { app in
            let other = try await Fixtures.person("Someone Else", on: app.db)
            let (partner, user) = try await Fixtures.signedIn(.partner, app: app)
            let me = user.$person.id
            #expect(try await partner.get(SiteURL.person(.value(other.id!)).path).status == .notFound)
            #expect(try await partner.get(SiteURL.people.path).status == .forbidden)
            #expect(try await partner.get(SiteURL.organisations.path).status == .forbidden)
            let profile = try await partner.get(SiteURL.person(.value(me)).path)
            #expect(profile.status == .ok && profile.body.string.contains("Your profile"))

            try await partner.get(SiteURL.person(.value(me), .edit).path)
            let response = try await partner.post(
                SiteURL.person(.value(me), .edit).path, [("name", "Pat Partner"), ("roles[]", "project_manager")])
            #expect(response.status == .seeOther)
            #expect(try await PersonController.currentRoles(of: me, on: app.db).isEmpty)
            #expect(try await Person.find(me, on: app.db)?.name == "Pat Partner")
        }
    }

    @Test func coordinatorsLinkAndUnlinkOrganisations() async throws {
        try await withTandem { app in
            let trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let person = try await Fixtures.person("Pat", on: app.db)
            let (browser, _) = try await Fixtures.signedIn(.coordinator, app: app)
            try await browser.get(SiteURL.person(.value(person.id!)).path)
            #expect(
                try await browser.post(
                    SiteURL.person(.value(person.id!), .organisations).path, [("organisation", trust.id!.uuidString)]
                ).status == .seeOther)
            #expect(try await PersonOrganisation.query(on: app.db).count() == 1)
            #expect(
                try await browser.post(SiteURL.person(.value(person.id!), .removeOrganisation(.value(trust.id!))).path).status
                    == .seeOther)
            #expect(try await PersonOrganisation.query(on: app.db).count() == 0)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$subjectPersonID == person.id).count() == 2)
        }
    }

    @Test func thePeopleListFiltersByRole() async throws {
        try await withTandem { app in
            try await Fixtures.person("Tess Trainer", roles: [.patientTrainer], on: app.db)
            try await Fixtures.person("Carl Carer", roles: [.carer], on: app.db)
            let (browser, _) = try await Fixtures.signedIn(.coordinator, app: app)
            let page = try await browser.get(SiteURL.people.path + "?role=patient_trainer")
            #expect(page.body.string.contains("Tess Trainer") && !page.body.string.contains("Carl Carer"))
        }
    }
}
