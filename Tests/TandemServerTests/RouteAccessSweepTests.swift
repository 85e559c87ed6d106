import Fluent
import Foundation
import TandemCore
@testable import TandemServer
import Testing
import Vapor
import VaporTesting

/// Every route × every role answers as the route's declared access and the
/// access policy say (`RouteAccess`, `docs/ARCHITECTURE.md`): 404 when the viewer
/// may not see the record's owner, 403 when they may see it but not do this,
/// and a page when they may. Forms are posted only by those who may not send
/// them (their own tests post them properly), so nothing changes in the sweep.
@Suite("Route access sweep", .serialized)
struct RouteAccessSweepTests {
    /// What an allowed viewer gets where this world lacks what the page shows, with why.
    static let nothingToShowHere: [String: HTTPStatus] = [
        "/stories/:storyID/recording": .notFound,  // no recording kept
        "/recommendations/:recommendationID/updates/:updateID/file": .notFound,  // no file with the update
        "/me/email/:token": .badRequest,  // no change of email asked for
        "/password/:token": .gone,  // no such link
        "/you-said-we-did/projects/:projectID": .notFound,  // nothing published yet
        "/imports/:jobID/rows-not-imported.csv": .notFound,  // the file has not been checked
        "/admin/outbox/:emailID": .notFound,  // no email has been queued
        "/whats-on/:eventID": .notFound,  // no event
        "/whats-on/:eventID/event.ics": .notFound,  // no event
        "/places/:token": .notFound,  // no registration
        "/resources/:slug/files/:fileID": .notFound,  // the resource has no file
        "/events/:eventID/check-in/:code": .notFound,  // nobody has registered
        "/ppg-directory/:organisationID": .notFound,  // the world's organisation is not a GP practice
        "/ppgs/needs/workshop": .notFound,  // no need is named, and no PPG has answered
        "/cohorts/:cohortID/certificates/:personID": .notFound,  // no certificate issued
        "/panel-reviews/:reviewID/follow-ups/:followUpID/file": .notFound,  // the follow-up has no file
        "/recognition/claims/:claimID/receipts/:expenseID": .notFound,  // mileage has no receipt
        "/group-meetings/:groupMeetingID/agenda/:agendaItemID/paper": .notFound,  // the item has no paper
        "/groups/:groupID/published": .notFound,  // no minutes published
        "/groups/:groupID/published/papers/:agendaItemID": .notFound,  // no minutes published
        "/people/:personID/certificates/:certificateID": .notFound,  // no certificate given
    ]

    @Test func everyRouteAnswersEveryRoleAsTheAccessPolicySays() async throws {
        try await withTandem { app in
            let world = try await SweepWorld.make(app)
            var checked = 0
            for route in app.routes.all {
                let pattern = "/" + route.path.map(\.description).joined(separator: "/")
                guard let access = route.access else {
                    Issue.record("\(route.method) \(pattern) declares no access")
                    continue
                }
                let path = world.fill(route.path)
                for (name, viewer) in world.viewers {
                    let browser = world.browsers[name]!
                    let expected = world.expectation(access, viewer: viewer)
                    let isUpload = route.isStreamedUpload
                    if route.method == .POST {
                        guard case .refused(let status) = expected else { continue }
                        let response =
                            isUpload
                            ? try await browser.upload(
                                path, field: "file", fileName: "a.csv", contentType: "text/csv", data: Array("a\n".utf8))
                            : try await browser.post(path)
                        #expect(response.status == status, "\(name) POST \(pattern): \(response.status), expected \(status)")
                    } else {
                        let response = try await browser.get(path)
                        switch expected {
                        case .refused(let status):
                            #expect(response.status == status, "\(name) GET \(pattern): \(response.status), expected \(status)")
                        case .allowed:
                            let signIn = response.status == .seeOther && response.location?.hasPrefix("/sign-in") == true
                            let page =
                                response.status == .ok || (response.status == .seeOther && !signIn)
                                || Self.nothingToShowHere[pattern] == response.status
                            #expect(page, "\(name) GET \(pattern): \(response.status), expected a page")
                        }
                    }
                    checked += 1
                }
            }
            #expect(checked > 500)
        }
    }
}

/// A project with one of every record, and a browser for each kind of viewer.
private struct SweepWorld {
    enum Expectation { case allowed, refused(HTTPStatus) }

    var ids: [String: String] = [:]
    var viewers: [(String, Viewer)] = []
    var browsers: [String: TestBrowser] = [:]
    var organisations: [UUID: Organisation] = [:]
    var projectRef: ProjectRef!
    var organisationID: UUID!
    var personRef: PersonRef!
    var ppgRef: PPGRef!
    var programmeRef: ProgrammeRef!
    var cohortRef: CohortRef!
    var panelRef: PanelRef!
    var reviewRef: ReviewRef!
    var claimRef: ClaimRef!
    var groupRef: GroupRef!

    static func make(_ app: Application) async throws -> SweepWorld {
        var world = SweepWorld()
        let db = app.db
        let acute = try await Fixtures.organisation("Acute trust", on: db)
        let community = try await Fixtures.organisation("Community trust", on: db)
        let subject = try await Fixtures.person("Sam Subject", organisations: [acute], on: db)
        for (name, role, organisation) in [
            ("admin", AccountRole.admin, nil), ("coordinator", .coordinator, nil),
            ("staff of the project's organisation", .staff, acute),
            ("staff of another organisation", .staff, community),
            ("partner on the team", .partner, nil), ("partner not on the team", .partner, nil),
        ] as [(String, AccountRole, Organisation?)] {
            let (browser, user) = try await Fixtures.signedIn(role, organisation: organisation, app: app)
            try await browser.get(SiteURL.me.path)
            world.browsers[name] = browser
            world.viewers.append((name, Viewer(role: role, personID: user.$person.id, organisationID: user.$organisation.id)))
            world.ids["userID"] = user.id!.lowercasedString
        }
        let partner = world.viewers.first { $0.0 == "partner on the team" }!.1.personID
        let partnerPerson = try await Person.find(partner, on: db)!
        let project = try await Fixtures.project(organisation: acute, team: [(partnerPerson, .patientPartner)], on: db)
        let projectID = try project.requireID()
        world.projectRef = ProjectRef(id: projectID, organisationID: acute.id!, team: [partner])
        world.organisationID = acute.id!
        world.personRef = PersonRef(id: subject.id!, organisationIDs: [acute.id!])

        let survey = Survey(
            projectID: projectID, title: "Waiting", introduction: "", audience: .patients, asksDemographics: false,
            publicToken: "sweep-token")
        survey.status = .open
        try await survey.create(on: db)
        let question = SurveyQuestion(
            surveyID: survey.id!, position: 0, kind: .freeText, text: "How was it?", helpText: "",
            required: false, options: [])
        try await question.create(on: db)
        let checklist = Checklist(projectID: projectID, name: "Walk-round")
        try await checklist.create(on: db)
        let activity = Activity(
            projectID: projectID, kind: .focusGroup, title: "Group", heldOn: nil, place: "", participants: nil,
            notes: "", checklistID: nil)
        try await activity.create(on: db)
        let measure = Measure(
            projectID: projectID, name: "Wait", unit: "hours", direction: .lowerIsBetter, target: nil, details: "")
        try await measure.create(on: db)
        let story = Story(
            projectID: projectID, title: "A story", storytellerID: nil, consentScope: .public, transcript: "It was long.",
            recordingLink: nil)
        try await story.create(on: db)
        let job = ImportJob(projectID: projectID, createdByID: nil, fileName: "a.csv", storedName: "none.csv")
        try await job.create(on: db)
        let item = try await Fixtures.feedback("The wait was long", project: project, on: db)
        let theme = Theme(projectID: projectID, key: nil, name: "Waiting", details: "")
        try await theme.create(on: db)
        let finding = Finding(projectID: projectID, statement: "People wait", createdByID: nil)
        try await finding.create(on: db)
        let link = FindingEvidence(findingID: finding.id!, itemID: item.id!, isQuote: false)
        try await link.create(on: db)
        let recommendation = Recommendation(
            projectID: projectID, organisationID: acute.id!, ownerID: nil, text: "Fewer waits",
            priority: .medium, dueOn: nil)
        try await recommendation.create(on: db)
        let update = RecommendationUpdate(
            recommendationID: recommendation.id!, authorID: nil, writtenOn: Date(), text: "Started",
            evidenceLink: nil)
        try await update.create(on: db)
        let milestone = ProjectMilestone(projectID: projectID, title: "Start", dueOn: Date())
        try await milestone.create(on: db)
        let member = try await ProjectMember.query(on: db).filter(\.$project.$id == projectID).first()!
        let consent = ConsentRecord(
            personID: subject.id!, purpose: .contact, howGiven: "In person", givenAt: Date(), recordedByID: nil)
        try await consent.save(.fixture, on: db)

        let named: [(RouteParameter, UUID)] = [
            (.organisation, acute.id!), (.person, subject.id!), (.consent, consent.id!), (.project, projectID),
            (.milestone, milestone.id!), (.member, member.id!), (.survey, survey.id!), (.question, question.id!),
            (.activity, activity.id!), (.checklist, checklist.id!), (.measure, measure.id!), (.story, story.id!),
            (.importJob, job.id!), (.feedbackItem, item.id!), (.theme, theme.id!), (.finding, finding.id!),
            (.findingEvidence, link.id!), (.recommendation, recommendation.id!), (.recommendationUpdate, update.id!),
        ]
        let start = Date().addingTimeInterval(7 * 86_400)
        let event = Event(
            title: "Sweep workshop", summary: "A workshop", kind: .workshop, startsAt: start,
            endsAt: start.addingTimeInterval(3_600),
            capacity: 10, audience: .public, createdByID: nil)
        event.$organisation.id = acute.id
        try await event.create(on: app.db)
        world.ids[RouteParameter.event.name] = event.id!.lowercasedString
        let resource = Resource(
            slug: "sweep-resource", title: "Sweep resource", summary: "A guide", kind: .guide, madeBy: "Tandem", createdByID: nil)
        resource.status = .published
        try await resource.create(on: app.db)
        world.ids[RouteParameter.resource.name] = resource.id!.lowercasedString
        world.ids[RouteParameter.slug.name] = resource.slug
        world.ids[RouteParameter.resourceFile.name] = UUID().lowercasedString
        // The PPG's practice is the acute trust's organisation, so its staff run it; the partner on the team chairs it.
        let ppg = PPG(
            practiceID: acute.id!, name: "Sweep PPG", meetingFormat: .inPerson, meetingFrequency: "Monthly", startedOn: nil,
            howToJoin: "Ask at reception", status: .active, leadID: nil)
        try await ppg.create(on: db)
        let chair = PPGMember(ppgID: ppg.id!, personID: partner, kind: .core, office: .chair, joinedOn: Date())
        try await chair.save(.fixture, on: db)
        let ppgMeeting = PPGMeeting(
            ppgID: ppg.id!, kind: .ppgMeeting, heldOn: Date(), staffPresent: 1, pcnRepresentative: false, notes: "")
        try await ppgMeeting.create(on: db)
        let ppgAction = PPGAction(
            ppgID: ppg.id!, meetingID: ppgMeeting.id!, text: "Act", owner: "Chair", dueOn: nil, raisedOn: Date())
        try await ppgAction.create(on: db)
        world.ppgRef = PPGRef(
            id: ppg.id!, practiceID: acute.id!, organisationIDs: [acute.id!], members: [partner], officers: [partner])
        world.ids[RouteParameter.ppg.name] = ppg.id!.lowercasedString
        world.ids[RouteParameter.ppgMember.name] = chair.id!.lowercasedString
        world.ids[RouteParameter.ppgMeeting.name] = ppgMeeting.id!.lowercasedString
        world.ids[RouteParameter.ppgAction.name] = ppgAction.id!.lowercasedString
        let otherPPG = PPG(
            practiceID: community.id!, name: "Other PPG", meetingFormat: .online, meetingFrequency: "Monthly", startedOn: nil,
            howToJoin: "Ask", status: .needsSupport, leadID: nil)
        try await otherPPG.create(on: db)
        let pair = PPGBuddyPair(buddyID: ppg.id!, supportedID: otherPPG.id!, score: 50, reasons: ["Nearby"], proposedByID: nil)
        pair.status = .active
        try await pair.create(on: db)
        world.ids[RouteParameter.buddyPair.name] = pair.id!.lowercasedString
        try await world.addTraining(runBy: acute.id!, on: db)
        try await world.addPanel(serving: acute.id!, on: db)
        try await world.addCommunity(on: db)
        try await world.addGroup(on: db)
        for (parameter, id) in named { world.ids[parameter.name] = id.lowercasedString }
        world.ids[RouteParameter.token.name] = "sweep-token"
        return world
    }

    /// A programme run by the acute trust with the partner on the team as its patient trainer, and a
    /// cohort whose only team member is the partner not on the team.
    mutating func addTraining(runBy organisationID: UUID, on db: any Database) async throws {
        let trainer = viewers.first { $0.0 == "partner on the team" }!.1.personID
        let learner = viewers.first { $0.0 == "partner not on the team" }!.1.personID
        let programme = TrainingProgramme(organisationID: organisationID, name: "Sweep programme", aims: "Aims", createdByID: nil)
        try await programme.create(on: db)
        try await ProgrammeTrainer(programmeID: programme.id!, personID: trainer, kind: .patient).create(on: db)
        let session = CurriculumSession(programmeID: programme.id!, position: 0, title: "One", outcomes: "Know", minutes: 60)
        session.trainers = [trainer]
        try await session.create(on: db)
        let cohort = TrainingCohort(
            programmeID: programme.id!, name: "Sweep cohort", firstDay: Date(), lastDay: Date().addingTimeInterval(86_400 * 30),
            venue: "Online", teamPlaces: nil)
        try await cohort.create(on: db)
        let team = TrainingTeam(cohortID: cohort.id!, organisationID: organisationID, projectID: nil, name: "Sweep team")
        try await team.create(on: db)
        try await TrainingTeamMember(teamID: team.id!, personID: learner, kind: .patientPartner).save(.fixture, on: db)
        let start = Date().addingTimeInterval(86_400)
        let event = Event(
            title: "Session", summary: "One", kind: .trainingSession, startsAt: start, endsAt: start.addingTimeInterval(3_600),
            capacity: nil, audience: .namedGroup, createdByID: nil)
        try await event.create(on: db)
        let scheduled = CohortSession(cohortID: cohort.id!, curriculumSessionID: session.id!, eventID: event.id!)
        try await scheduled.create(on: db)
        programmeRef = ProgrammeRef(id: programme.id!, organisationID: organisationID, trainers: [trainer])
        cohortRef = CohortRef(id: cohort.id!, programme: programmeRef, teamMembers: [learner])
        for (parameter, id) in [
            (RouteParameter.programme, programme.id!), (.cohort, cohort.id!), (.curriculumSession, session.id!),
            (.cohortSession, scheduled.id!), (.trainingTeam, team.id!),
        ] {
            ids[parameter.name] = id.lowercasedString
        }
        ids[RouteParameter.stage.name] = QuestionnaireStage.before.rawValue
    }

    /// A panel serving the acute trust, chaired by the partner on the team, with a review brought by
    /// the acute trust's staff member, with one agreed point and one action.
    mutating func addPanel(serving organisationID: UUID, on db: any Database) async throws {
        let chair = viewers.first { $0.0 == "partner on the team" }!.1.personID
        let lead = viewers.first { $0.0 == "staff of the project's organisation" }!.1.personID
        let panel = ReviewPanel(
            organisationID: organisationID, name: "Sweep panel", termsOfReference: "Terms", projectsPerMeeting: 3)
        panel.publicSubmissions = true
        try await panel.create(on: db)
        try await PanelMember(
            panelID: panel.id!, personID: chair, role: .chair, termStarts: Date(timeIntervalSince1970: 0), termEnds: nil
        )
        .save(.fixture, on: db)
        let review = PanelReview(
            panelID: panel.id!, projectID: nil, leadID: lead, title: "Sweep review", summary: "About", stage: .planning,
            questions: ["Who is missing?"], alreadyInvolved: "Two partners", preferredDates: "")
        review.status = .feedbackAgreed
        review.agreedAt = Date()
        try await review.create(on: db)
        let point = ReviewPoint(reviewID: review.id!, area: .whoIsMissing, text: "Young carers")
        try await point.create(on: db)
        let action = ReviewAction(reviewID: review.id!, text: "Ask the carers' centre", owner: "Lead", dueOn: nil)
        try await action.create(on: db)
        let followUp = ReviewFollowUp(
            reviewID: review.id!, months: 3, whatChanged: "We asked them", evidenceLinks: ["https://example.org"], levelAfter: nil
        )
        try await followUp.create(on: db)
        panelRef = PanelRef(id: panel.id!, organisationID: organisationID, members: [chair], chairs: [chair])
        reviewRef = ReviewRef(id: review.id!, panel: panelRef, leadID: lead)
        for (parameter, id) in [
            (RouteParameter.panel, panel.id!), (.panelReview, review.id!), (.reviewPoint, point.id!), (.reviewAction, action.id!),
            (.reviewFollowUp, followUp.id!),
        ] {
            ids[parameter.name] = id.lowercasedString
        }
    }

    /// An open opportunity, and a claim by the partner on the team with an expense that has no receipt.
    mutating func addCommunity(on db: any Database) async throws {
        let claimant = viewers.first { $0.0 == "partner on the team" }!.1.personID
        let opportunity = Opportunity(
            title: "Sweep opportunity", summary: "About", kind: .focusGroup, commitment: "One morning", hours: 3, places: 2,
            closesOn: Date().addingTimeInterval(30 * 86_400), contactName: "Coordinator", contactEmail: "c@example.org")
        try await opportunity.create(on: db)
        let claim = Claim(
            personID: claimant, day: Date(), activity: "Focus group", level: .standard, hours: 2, preparationHours: 0)
        try await claim.create(on: db)
        let expense = ClaimExpense(claimID: claim.id!, kind: .mileage, vehicle: .car, miles: 10, amount: Pence(450))
        try await expense.create(on: db)
        claimRef = ClaimRef(id: claim.id!, claimantID: claimant)
        for (parameter, id) in [(RouteParameter.opportunity, opportunity.id!), (.claim, claim.id!), (.claimExpense, expense.id!)]
        {
            ids[parameter.name] = id.lowercasedString
        }
    }

    /// A group chaired by the partner on the team, with a meeting, an agenda item without a paper,
    /// an action, a challenge and a phase.
    mutating func addGroup(on db: any Database) async throws {
        let chair = viewers.first { $0.0 == "partner on the team" }!.1.personID
        let group = GovernanceGroup(
            name: "Sweep group", kind: .checkAndChallenge, purpose: "Checks", quorum: 2, meetingSchedule: "Monthly")
        try await group.create(on: db)
        try await GroupMember(
            groupID: group.id!, personID: chair, role: .chair, termStarts: Date(timeIntervalSince1970: 0), termEnds: nil
        )
        .save(.fixture, on: db)
        let event = Event(
            title: "Sweep group meeting", summary: "", kind: .meeting, startsAt: Date().addingTimeInterval(86_400),
            endsAt: Date().addingTimeInterval(90_000), capacity: nil, audience: .namedGroup, createdByID: nil, isDemo: false)
        try await event.create(on: db)
        let meeting = GroupMeeting(groupID: group.id!, eventID: event.id!)
        try await meeting.create(on: db)
        let item = AgendaItem(meetingID: meeting.id!, position: 1, title: "Welcome", presenter: nil)
        try await item.create(on: db)
        let action = GroupAction(
            groupID: group.id!, meetingID: meeting.id!, text: "Write to the trust", owner: "Chair", dueOn: nil)
        try await action.create(on: db)
        let challenge = Challenge(
            groupID: group.id!, item: "Plan", broughtBy: "Lead", challenge: "Who is missing?", responseAsked: "A list",
            responseDue: nil)
        try await challenge.create(on: db)
        let phase = PlanPhase(
            groupID: group.id!, name: "Explore", startsOn: Date(), endsOn: Date().addingTimeInterval(86_400), aims: "Explore",
            checkpoints: [])
        try await phase.create(on: db)
        groupRef = GroupRef(id: group.id!, members: [chair], chairs: [chair])
        for (parameter, id) in [
            (RouteParameter.group, group.id!), (.groupMeeting, meeting.id!), (.agendaItem, item.id!), (.groupAction, action.id!),
            (.challenge, challenge.id!), (.planPhase, phase.id!),
        ] {
            ids[parameter.name] = id.lowercasedString
        }
    }

    func fill(_ path: [PathComponent]) -> String {
        "/"
            + path.map { component in
                if case .parameter(let name) = component { return ids[name] ?? "missing-\(name)" }
                return component.description
            }.joined(separator: "/")
    }

    /// The rule of `RouteAccess`, worked out from the access policy alone.
    func expectation(_ access: RouteAccess, viewer: Viewer) -> Expectation {
        func decide(sees: Bool, may: Bool) -> Expectation {
            !sees ? .refused(.notFound) : !may ? .refused(.forbidden) : .allowed
        }
        switch access {
        case .public, .signedIn:
            return .allowed
        case .global(let permission):
            return AccessPolicy.allows(viewer, permission) ? .allowed : .refused(.forbidden)
        case .organisation(let permission):
            return decide(
                sees: AccessPolicy.allows(viewer, .viewOrganisation(organisationID)),
                may: AccessPolicy.allows(viewer, permission(organisationID)))
        case .person(let permission):
            return decide(
                sees: AccessPolicy.allows(viewer, .viewPerson(personRef)), may: AccessPolicy.allows(viewer, permission(personRef))
            )
        case .project(let permission):
            return decide(
                sees: AccessPolicy.allows(viewer, .viewProject(projectRef)),
                may: AccessPolicy.allows(viewer, permission(projectRef)))
        case .ppg(let permission):
            return decide(
                sees: AccessPolicy.allows(viewer, .viewPPG(ppgRef)), may: AccessPolicy.allows(viewer, permission(ppgRef)))
        case .programme(let permission):
            return decide(
                sees: AccessPolicy.allows(viewer, .viewProgramme(programmeRef)),
                may: AccessPolicy.allows(viewer, permission(programmeRef)))
        case .cohort(let permission):
            return decide(
                sees: AccessPolicy.allows(viewer, .viewCohort(cohortRef)), may: AccessPolicy.allows(viewer, permission(cohortRef))
            )
        case .panel(let permission):
            return decide(
                sees: AccessPolicy.allows(viewer, .viewPanel(panelRef)), may: AccessPolicy.allows(viewer, permission(panelRef)))
        case .panelReview(let permission):
            return decide(
                sees: AccessPolicy.allows(viewer, .viewReview(reviewRef)), may: AccessPolicy.allows(viewer, permission(reviewRef))
            )
        case .group(let permission):
            return decide(
                sees: AccessPolicy.allows(viewer, .viewGroup(groupRef)), may: AccessPolicy.allows(viewer, permission(groupRef)))
        case .claim(let permission):
            return decide(
                sees: AccessPolicy.allows(viewer, .viewClaim(claimRef)), may: AccessPolicy.allows(viewer, permission(claimRef)))
        case .event(let permission):
            // The world's event is run by the acute trust, so its staff may run it and others may not.
            return AccessPolicy.allows(viewer, permission(organisationID)) ? .allowed : .refused(.forbidden)
        }
    }
}
