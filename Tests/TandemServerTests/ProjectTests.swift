import Fluent
import Foundation
import TandemCore
@testable import TandemServer
import Testing
import VaporTesting

@Suite("Projects: proposals, stages, teams and involvement plans")
struct ProjectTests {
    @Test func aProposalNeedsATitlePartnerAndProblemThenIsSavedWithItsOutcomes() async throws {
        try await withTandem { app in
            let trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let (browser, user) = try await Fixtures.signedIn(.coordinator, app: app)
            try await browser.get(SiteURL.newProject.path)
            let bad = try await browser.post(
                SiteURL.projects.path,
                [("title", ""), ("problem", ""), ("ends-day", "40"), ("ends-month", "1"), ("ends-year", "2027")])
            #expect(bad.status == .badRequest)
            #expect(bad.body.string.contains("nhsuk-error-summary"))
            #expect(try await Project.query(on: app.db).count() == 0)

            let good = try await browser.post(
                SiteURL.projects.path,
                [
                    ("title", "Getting medicines home faster"), ("organisation", trust.id!.uuidString),
                    ("manager", user.$person.id.uuidString),
                    ("problem", "People wait hours for medicines"), ("aims", "Shorter waits"),
                    ("outcomes", "Waits under 2 hours\nPeople told why"),
                ])
            #expect(good.status == .seeOther)
            let project = try #require(try await Project.query(on: app.db).first())
            #expect(project.stage == .proposal)
            #expect(try await ProjectOutcome.query(on: app.db).count() == 2)
            let page = try await browser.get(good.location!)
            #expect(page.body.string.contains("People wait hours for medicines"))
        }
    }

    @Test func aNewProjectShowsItsSetUpStepsAsATaskListMarkedDoneAsTheyAreDone() async throws {
        try await withTandem { app in
            let trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let (browser, _) = try await Fixtures.signedIn(.coordinator, app: app)
            let partner = try await Fixtures.person("Maggie Ellison", roles: [.patientPartner], on: app.db)
            let project = try await Fixtures.project(organisation: trust, on: app.db)
            let path = SiteURL.project(.value(project.id!)).path
            let before = try await browser.get(path).body.string
            #expect(before.contains("Setting up the project") && before.contains("0 of 6 steps done."))
            #expect(before.contains("href=\"\(SiteURL.project(.value(project.id!), .team).path)\""))
            try await ProjectMember(projectID: project.id!, personID: partner.id!, role: .patientPartner).save(
                .fixture, on: app.db)
            try await ProjectOutcome(projectID: project.id!, position: 0, text: "Shorter waits").create(on: app.db)
            let after = try await browser.get(path).body.string
            #expect(after.contains("2 of 6 steps done."))
            let team = try #require(after.range(of: "Build the team, with patient or carer partners"))
            let status = try #require(after.range(of: "set-up-team-status\">Completed", range: team.upperBound..<after.endIndex))
            #expect(status.lowerBound > team.lowerBound)
            // Once the work is under way the list gives way to the work.
            project.stage = .fieldwork
            try await project.save(on: app.db)
            #expect(!(try await browser.get(path).body.string.contains("Setting up the project")))
        }
    }

    @Test func agreeingNeedsOutcomesAndAMilestoneAndAfterwardsChangesAreKeptAsHistory() async throws {
        try await withTandem { app in
            let trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let project = try await Fixtures.project(organisation: trust, on: app.db)
            let id = project.id!
            let (browser, _) = try await Fixtures.signedIn(.coordinator, app: app)
            try await browser.get(SiteURL.project(.value(id), .proposal).path)
            let early = try await browser.post(
                SiteURL.project(.value(id), .agree).path, [("signatory", "Dr Shaw, Chief Pharmacist")])
            #expect(early.status == .badRequest)
            #expect(early.body.string.contains("Add at least one outcome"))

            try await browser.post(SiteURL.project(.value(id), .outcomes).path, [("outcomes", "Waits under 2 hours")])
            try await browser.post(
                SiteURL.project(.value(id), .milestones).path,
                [
                    ("milestone-title", "Survey open"), ("due-day", "1"),
                    ("due-month", "2"), ("due-year", "2027"),
                ])
            #expect(try await ProjectMilestone.query(on: app.db).count() == 1)
            #expect(try await ProjectChange.query(on: app.db).count() == 0)
            let agreed = try await browser.post(
                SiteURL.project(.value(id), .agree).path, [("signatory", "Dr Shaw, Chief Pharmacist")])
            #expect(agreed.status == .seeOther)
            let saved = try #require(try await Project.find(project.id, on: app.db))
            #expect(saved.agreedAt != nil && saved.partnerSignatory == "Dr Shaw, Chief Pharmacist")

            try await browser.post(SiteURL.project(.value(id), .outcomes).path, [("outcomes", "Waits under 1 hour")])
            let page = try await browser.get(SiteURL.project(.value(id), .proposal).path).body.string
            #expect(page.contains("Waits under 1 hour"))
            let history = try await ProjectChange.query(on: app.db).all().map(\.summary)
            #expect(history.contains { $0.contains("Dr Shaw") })
            #expect(history.contains { $0.contains("Waits under 1 hour") })
        }
    }

    @Test func stagesMoveWithChecksAndEachMoveIsRecorded() async throws {
        try await withTandem { app in
            let trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let partner = try await Fixtures.person("Maggie Ellison", roles: [.patientPartner], on: app.db)
            let project = try await Fixtures.project(
                organisation: trust, team: [(partner, .patientPartner)], stage: .fieldwork, on: app.db)
            let id = project.id!
            let (browser, _) = try await Fixtures.signedIn(.coordinator, app: app)
            try await browser.get(SiteURL.project(.value(id), .stage).path)
            let refused = try await browser.post(SiteURL.project(.value(id), .stage).path)
            #expect(refused.status == .badRequest)
            #expect(refused.body.string.contains("There is no evidence yet"))
            #expect(try await Project.find(project.id, on: app.db)?.stage == .fieldwork)

            try await EvidenceStore.add(
                [.init(method: .focusGroup, sourceKind: "manual", sourceID: nil, text: "It took all day", consentScope: .team)],
                to: project, addedBy: nil, on: app.db)
            let moved = try await browser.post(SiteURL.project(.value(id), .stage).path)
            #expect(moved.status == .seeOther)
            #expect(try await Project.find(project.id, on: app.db)?.stage == .analysis)
            #expect(
                try await ProjectChange.query(on: app.db).first()?.summary
                    == "Moved from gathering evidence to making sense of the evidence")
        }
    }

    @Test func partnersAreEqualTeamMembersWithAccessNeedsVisibleToTheTeamOnly() async throws {
        try await withTandem { app in
            let trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let project = try await Fixtures.project(organisation: trust, on: app.db)
            let id = project.id!
            let maggie = try await Fixtures.person("Maggie Ellison", roles: [.patientPartner], on: app.db)
            maggie.accessNeeds = [AccessNeed.largePrint.rawValue]
            try await maggie.save(.fixture, on: app.db)
            let (coordinator, _) = try await Fixtures.signedIn(.coordinator, app: app)
            try await coordinator.get(SiteURL.project(.value(id), .team).path)
            let added = try await coordinator.post(
                SiteURL.project(.value(id), .team).path, [("person", maggie.id!.uuidString), ("role", "patient_partner")])
            #expect(added.status == .seeOther)
            let again = try await coordinator.post(
                SiteURL.project(.value(id), .team).path, [("person", maggie.id!.uuidString), ("role", "carer_partner")])
            #expect(again.status == .badRequest && again.body.string.contains("already on the team"))
            #expect(try await coordinator.get(SiteURL.project(.value(id), .team).path).body.string.contains("Large print"))

            // Staff of the partner organisation see the team, but not personal access needs unless on it.
            let (staff, _) = try await Fixtures.signedIn(.staff, organisation: trust, app: app)
            let staffView = try await staff.get(SiteURL.project(.value(id), .team).path)
            #expect(staffView.status == .ok && staffView.body.string.contains("Maggie Ellison"))
            #expect(!staffView.body.string.contains("Large print"))
        }
    }

    @Test func theInvolvementPlanGivesTheCoProductionIndex() async throws {
        try await withTandem { app in
            let trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let project = try await Fixtures.project(organisation: trust, on: app.db)
            let id = project.id!
            let (browser, _) = try await Fixtures.signedIn(.coordinator, app: app)
            try await browser.get(SiteURL.project(.value(id), .involvement).path)
            let missingWho = try await browser.post(
                SiteURL.project(.value(id), .involvement).path, [("level-designing", "co_produce")])
            #expect(missingWho.status == .badRequest && missingWho.body.string.contains("Say who is involved in designing"))
            let saved = try await browser.post(
                SiteURL.project(.value(id), .involvement).path,
                [
                    ("level-designing", "co_produce"), ("who-designing", "Maggie and Sam"),
                    ("level-gathering_evidence", "involve"), ("who-gathering_evidence", "Mystery shoppers"),
                    ("level-reviewing", "inform"),
                ])
            #expect(saved.status == .seeOther)
            let page = try await browser.get(SiteURL.project(.value(id), .involvement).path).body.string
            // 3 + 2 + 0 of 21.
            #expect(page.contains("24 out of 100"))
            #expect(try await InvolvementPlanEntry.query(on: app.db).count() == 3)
        }
    }

    @Test func theDashboardShowsPartnerMilestonesTeamEvidenceAndIndex() async throws {
        try await withTandem { app in
            let trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let maggie = try await Fixtures.person("Maggie Lewis", on: app.db)
            let project = try await Fixtures.project(
                organisation: trust, team: [(maggie, .patientPartner)], stage: .fieldwork, on: app.db)
            let id = try project.requireID()
            let day: TimeInterval = 86_400
            try await ProjectMilestone(projectID: id, title: "Survey closes", dueOn: CalendarDate.startOfDay(Date()) - 3 * day)
                .create(on: app.db)
            try await ProjectMilestone(projectID: id, title: "Focus group", dueOn: CalendarDate.startOfDay(Date()) + 10 * day)
                .create(on: app.db)
            let done = ProjectMilestone(projectID: id, title: "Ethics agreed", dueOn: CalendarDate.startOfDay(Date()) - 30 * day)
            done.completedOn = Date()
            try await done.create(on: app.db)
            try await InvolvementPlanEntry(projectID: id, step: .designing, level: .coProduce, who: "Maggie").create(on: app.db)
            try await Activity(
                projectID: id, kind: .focusGroup, title: "Ward 7", heldOn: nil, place: "Ward 7", participants: 6, notes: "",
                checklistID: nil
            ).create(on: app.db)
            try await Story(
                projectID: id, title: "Waiting at the pharmacy", storytellerID: nil, consentScope: .team, transcript: "",
                recordingLink: nil
            ).create(on: app.db)
            try await EvidenceStore.add(
                [
                    .init(method: .focusGroup, sourceKind: "activity", text: "Too long", consentScope: .team),
                    .init(method: .focusGroup, sourceKind: "activity", text: "Kind staff", consentScope: .team),
                    .init(method: .communityReporting, sourceKind: "story", text: "Nobody said why", consentScope: .team),
                ],
                to: project, addedBy: nil, on: app.db)
            let (browser, _) = try await Fixtures.signedIn(.coordinator, app: app)
            let page = try await browser.get(SiteURL.project(.value(id)).path).body.string
            #expect(page.contains("Northvale Hospitals"))
            #expect(page.contains("1 milestone is overdue") && page.contains("Survey closes: due"))
            #expect(page.contains("Focus group") && !page.contains("Ethics agreed"))
            #expect(page.contains("Maggie Lewis") && page.contains("Patient partner"))
            #expect(page.contains("3 pieces of evidence from 0 surveys, 1 activity and 1 story."))
            #expect(page.contains(#"<td class="nhsuk-table__cell nhsuk-table__cell--numeric">2</td>"#))
            // Co-producing one step of seven: 3 of 21.
            #expect(page.contains("14 out of 100"))
        }
    }

    @Test func theListShowsEachViewerOnlyTheirProjectsAndFilters() async throws {
        try await withTandem { app in
            let acute = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let community = try await Fixtures.organisation("Northvale Community", on: app.db)
            let (partner, partnerUser) = try await Fixtures.signedIn(.partner, app: app)
            let partnerPerson = try await Fixtures.person(of: partnerUser, on: app.db)
            try await Fixtures.project(
                "Acute discharge", organisation: acute, team: [(partnerPerson, .patientPartner)], on: app.db)
            let nursing = try await Fixtures.project("Community nursing", organisation: community, stage: .analysis, on: app.db)
            try await ProjectMilestone(
                projectID: nursing.requireID(), title: "Interviews", dueOn: Date().addingTimeInterval(-5 * 86_400)
            ).create(on: app.db)

            let partnerList = try await partner.get(SiteURL.projects.path).body.string
            #expect(partnerList.contains("Acute discharge") && !partnerList.contains("Community nursing"))
            let (staff, _) = try await Fixtures.signedIn(.staff, organisation: community, app: app)
            let staffList = try await staff.get(SiteURL.projects.path).body.string
            #expect(staffList.contains("Community nursing") && !staffList.contains("Acute discharge"))
            #expect(try await staff.get(SiteURL.project(.value(nursing.id!)).path).status == .ok)
            let (coordinator, _) = try await Fixtures.signedIn(.coordinator, app: app)
            #expect(
                try await coordinator.get(SiteURL.projects.path + "?stage=analysis").body.string.contains("Community nursing"))
            #expect(
                !(try await coordinator.get(SiteURL.projects.path + "?stage=analysis").body.string.contains("Acute discharge")))
            let overdue = try await coordinator.get(SiteURL.projects.path + "?overdue=1").body.string
            #expect(overdue.contains("Community nursing") && !overdue.contains("Acute discharge"))
            #expect(
                try await coordinator.get(SiteURL.projects.path + "?organisation=\(acute.id!.uuidString)").body.string.contains(
                    "Acute discharge"))
        }
    }

    @Test func aProjectOutsideYourOrganisationIsNotFoundAndPartnersCannotManage() async throws {
        try await withTandem { app in
            let acute = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let community = try await Fixtures.organisation("Northvale Community", on: app.db)
            let (partner, partnerUser) = try await Fixtures.signedIn(.partner, app: app)
            let project = try await Fixtures.project(
                organisation: acute, team: [(try await Fixtures.person(of: partnerUser, on: app.db), .patientPartner)], on: app.db
            )
            let id = project.id!
            let (staff, _) = try await Fixtures.signedIn(.staff, organisation: community, app: app)
            #expect(try await staff.get(SiteURL.project(.value(id)).path).status == .notFound)
            #expect(try await staff.get(SiteURL.project(.value(id), .evidence).path).status == .notFound)
            #expect(try await partner.get(SiteURL.project(.value(id)).path).status == .ok)
            #expect(try await partner.get(SiteURL.project(.value(id), .stage).path).status == .forbidden)
            #expect(try await partner.post(SiteURL.project(.value(id), .stage).path).status == .forbidden)
            #expect(try await partner.get(SiteURL.newProject.path).status == .forbidden)
        }
    }

    @Test func useAsATemplateCopiesMethodsSurveysChecklistsAndPlanButNoEvidence() async throws {
        try await withTandem { app in
            let acute = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let community = try await Fixtures.organisation("Northvale Community", on: app.db)
            let partner = try await Fixtures.person("Maggie Ellison", on: app.db)
            let source = try await Fixtures.project(
                organisation: acute, team: [(partner, .patientPartner)], stage: .fieldwork, on: app.db)
            let sourceID = try source.requireID()
            try await InvolvementPlanEntry(projectID: sourceID, step: .designing, level: .coProduce, who: "Maggie").create(
                on: app.db)
            let survey = Survey(
                projectID: sourceID, title: "Leaving hospital", introduction: "", audience: .patients, asksDemographics: false,
                publicToken: "tok-source")
            survey.status = .open
            try await survey.create(on: app.db)
            try await SurveyQuestion(
                surveyID: survey.requireID(), position: 0, kind: .freeText, text: "What could be better?", helpText: "",
                required: false, options: []
            ).create(on: app.db)
            let checklist = Checklist(projectID: sourceID, name: "Reception")
            try await checklist.create(on: app.db)
            try await ChecklistItem(checklistID: checklist.requireID(), position: 0, text: "Staff said their name").create(
                on: app.db)
            try await EvidenceStore.add(
                [.init(method: .patientSurvey, sourceKind: "manual", sourceID: nil, text: "Four hours", consentScope: .team)],
                to: source, addedBy: nil, on: app.db)

            let (browser, _) = try await Fixtures.signedIn(.coordinator, app: app)
            try await browser.get(SiteURL.project(.value(sourceID), .replicate).path)
            let response = try await browser.post(
                SiteURL.project(.value(sourceID), .replicate).path,
                [
                    ("title", "Medicines home faster (community)"), ("organisation", community.id!.uuidString),
                ])
            #expect(response.status == .seeOther)
            let copy = try #require(try await Project.query(on: app.db).filter(\.$replicatedFrom.$id == sourceID).first())
            let copyID = try copy.requireID()
            #expect(copy.stage == .proposal && copy.$organisation.id == community.id)
            let copiedSurvey = try #require(try await Survey.query(on: app.db).filter(\.$project.$id == copyID).first())
            #expect(copiedSurvey.status == .draft && copiedSurvey.publicToken != "tok-source")
            #expect(try await SurveyQuestion.query(on: app.db).filter(\.$survey.$id == copiedSurvey.requireID()).count() == 1)
            let copiedChecklist = try #require(try await Checklist.query(on: app.db).filter(\.$project.$id == copyID).first())
            #expect(
                try await ChecklistItem.query(on: app.db).filter(\.$checklist.$id == copiedChecklist.requireID()).count() == 1)
            #expect(try await InvolvementPlanEntry.query(on: app.db).filter(\.$project.$id == copyID).count() == 1)
            #expect(try await FeedbackItem.query(on: app.db).filter(\.$project.$id == copyID).count() == 0)
            #expect(try await SurveyResponse.query(on: app.db).filter(\.$survey.$id == copiedSurvey.requireID()).count() == 0)
            #expect(
                try await ProjectMember.query(on: app.db).filter(\.$project.$id == copyID).filter(
                    \.$person.$id == partner.requireID()
                ).count() == 0)
            let page = try await browser.get(response.location!).body.string
            #expect(page.contains("Replicated from"))
        }
    }
}
