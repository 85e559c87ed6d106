import Fluent
import Foundation
import TandemCore
@testable import TandemServer
import Testing
import VaporTesting

@Suite("Governance groups: meetings, quorum, decisions, actions carried, minutes approved, access")
struct GroupTests {
    struct World {
        let coordinator: TestBrowser
        let group: GovernanceGroup
        let chair: (TestBrowser, User)
        let member: (TestBrowser, User)
        let meetings: [GroupMeeting]
    }

    /// A group with a chair and two members, quorum 3, and two meetings a week apart, through its pages.
    static func world(_ app: Application, name: String = "Check and Challenge") async throws -> World {
        let (coordinator, _) = try await Fixtures.signedIn(.coordinator, app: app)
        let empty = try await coordinator.post(SiteURL.groups.path, [("name", name)])
        #expect(empty.status == .badRequest && empty.body.string.contains("Enter the terms of reference"))
        #expect(
            try await coordinator.post(
                SiteURL.groups.path,
                [
                    ("name", name), ("kind", "check_and_challenge"), ("purpose", "We check and challenge the programme."),
                    ("terms", "Three members are a quorum."), ("quorum", "3"), ("schedule", "Monthly"),
                ]
            ).status == .seeOther)
        let group = try #require(try await GovernanceGroup.query(on: app.db).filter(\.$name == name).first())
        let chair = try await Fixtures.signedIn(.partner, app: app)
        let member = try await Fixtures.signedIn(.partner, app: app)
        let other = try await Fixtures.user(
            "other-\(UUID().uuidString.prefix(6).lowercased())@example.org", role: .partner, on: app.db)
        for (email, role) in [(chair.1.email, "chair"), (member.1.email, "member"), (other.email, "member")] {
            #expect(
                try await coordinator.post(
                    SiteURL.group(.value(group.id!), .members).path,
                    [("email", email), ("role", role), ("start-day", "1"), ("start-month", "1"), ("start-year", "2026")]
                ).status == .seeOther)
        }
        for days in [7.0, 14] {
            let day = UKTime.parts(of: Date().addingTimeInterval(days * 86_400))
            #expect(
                try await chair.0.post(
                    SiteURL.group(.value(group.id!), .meetings).path,
                    [
                        ("on-day", String(day.day)), ("on-month", String(day.month)), ("on-year", String(day.year)),
                        ("starts", "18:00"), ("ends", "20:00"), ("venue", "Online"),
                    ]
                ).status == .seeOther)
        }
        let meetings = try await GroupMeeting.query(on: app.db).filter(\.$group.$id == group.id!).with(\.$event).all()
            .sorted { $0.event.startsAt < $1.event.startsAt }
        return World(coordinator: coordinator, group: group, chair: chair, member: member, meetings: meetings)
    }

    @Test func aDecisionShortOfQuorumIsMarkedAnActionIsCarriedAndMinutesAreApprovedAtTheNextMeeting() async throws {
        try await withTandem { app in
            let world = try await Self.world(app)
            let (chair, chairUser) = world.chair
            let (member, _) = world.member
            let first = world.meetings[0], second = world.meetings[1]
            // Every member is on the first meeting's register; two of three present is short of quorum.
            let register = try await EventRegistration.query(on: app.db).filter(\.$event.$id == first.$event.id).all()
            #expect(register.count == 3)
            let fields = register.map { registration -> (String, String) in
                let present = registration.$person.id == chairUser.$person.id || registration.email == world.member.1.email
                return ("attendance-\(registration.id!.lowercasedString)", present ? "present" : "apologies")
            }
            #expect(try await chair.post(SiteURL.groupMeeting(.value(first.id!), .attendance).path, fields).status == .seeOther)
            #expect(try await GroupRegistry.presentCounting(first, on: app.db) == 2)
            #expect(
                try await chair.post(
                    SiteURL.groupMeeting(.value(first.id!), .decisions).path, [("text", "To write to the trust")]
                )
                .status == .seeOther)
            let decision = try #require(try await GroupDecision.query(on: app.db).filter(\.$group.$id == world.group.id!).first())
            #expect(decision.number == 1 && !decision.quorate && decision.present == 2 && decision.quorum == 3)
            let page = try await member.get(SiteURL.groupMeeting(.value(first.id!)).path).body.string
            #expect(page.contains("Not quorate: 2 present, 3 needed"))
            // A member may not record decisions, only the chair.
            #expect(
                try await member.post(SiteURL.groupMeeting(.value(first.id!), .decisions).path, [("text", "No")]).status
                    == .forbidden)
            // An action raised at the first meeting is carried to the second and closed there.
            #expect(
                try await chair.post(
                    SiteURL.groupMeeting(.value(first.id!), .actions).path,
                    [("text", "Ask for the interpreter figures"), ("owner", "Chair")]
                ).status == .seeOther)
            let action = try #require(try await GroupAction.query(on: app.db).filter(\.$group.$id == world.group.id!).first())
            #expect(
                try await chair.get(SiteURL.groupMeeting(.value(second.id!)).path).body.string.contains(
                    "Ask for the interpreter figures"))
            #expect(
                try await chair.post(
                    SiteURL.groupMeeting(.value(second.id!), .action(.value(action.id!))).path,
                    [("status", "done"), ("note", "Figures received")]
                ).status == .seeOther)
            let closed = try #require(try await GroupAction.find(action.id, on: app.db))
            #expect(closed.status == .done && closed.$closedAt.id == second.id)
            // Minutes: the draft cannot be approved; shared, a member comments; the same meeting may not approve them.
            let minutes = SiteURL.groupMeeting(.value(first.id!), .minutes).path
            #expect(try await chair.post(minutes, [("minutes", "Two present."), ("share", "no")]).status == .seeOther)
            let approveAtSecond = SiteURL.groupMeeting(.value(second.id!), .approve).path
            let tooSoon = try await chair.post(approveAtSecond, [("earlier", first.id!.lowercasedString)])
            #expect(tooSoon.status == .badRequest && tooSoon.body.string.contains("Share the draft with members"))
            #expect(try await chair.post(minutes, [("minutes", "Two present."), ("share", "yes")]).status == .seeOther)
            #expect(
                try await member.post(SiteURL.groupMeeting(.value(first.id!), .comments).path, [("comment", "Add my apologies")])
                    .status == .seeOther)
            let sameMeeting = try await chair.post(
                SiteURL.groupMeeting(.value(first.id!), .approve).path, [("earlier", first.id!.lowercasedString)])
            #expect(sameMeeting.status == .badRequest && sameMeeting.body.string.contains("not the one they record"))
            #expect(try await chair.post(approveAtSecond, [("earlier", first.id!.lowercasedString)]).status == .seeOther)
            let approved = try #require(try await GroupMeeting.find(first.id, on: app.db))
            #expect(approved.minutesStatus == .approved && approved.$approvedAt.id == second.id)
            #expect(try await chair.post(minutes, [("minutes", "Changed"), ("share", "no")]).status == .badRequest)
        }
    }

    @Test func papersAndMinutesAreForMembersAndAnotherGroupSeesNothing() async throws {
        try await withTandem { app in
            let world = try await Self.world(app, name: "Steering")
            let other = try await Self.world(app, name: "Other group")
            let meeting = world.meetings[0]
            let (chair, _) = world.chair
            let upload = try await chair.upload(
                SiteURL.groupMeeting(.value(meeting.id!), .agenda).path, field: "paper", fileName: "report.pdf",
                contentType: "application/pdf", data: Array("%PDF-1.4 report".utf8), fields: [("title", "Programme report")])
            #expect(upload.status == .seeOther)
            let refused = try await chair.upload(
                SiteURL.groupMeeting(.value(meeting.id!), .agenda).path, field: "paper", fileName: "page.html",
                contentType: "text/html", data: Array("<p>".utf8), fields: [("title", "A web page")])
            #expect(refused.status == .badRequest && refused.body.string.contains("A paper must be a document"))
            let item = try #require(try await AgendaItem.query(on: app.db).filter(\.$meeting.$id == meeting.id!).first())
            let paper = SiteURL.groupMeeting(.value(meeting.id!), .paper(.value(item.id!))).path
            #expect(try await world.member.0.get(paper).status == .ok)
            #expect(try await other.member.0.get(paper).status == .notFound)
            #expect(try await other.chair.0.get(SiteURL.group(.value(world.group.id!)).path).status == .notFound)
            #expect(try await other.chair.0.get(SiteURL.groupMeeting(.value(meeting.id!)).path).status == .notFound)
            #expect(
                try await other.chair.0.post(SiteURL.groupMeeting(.value(meeting.id!), .decisions).path, [("text", "x")]).status
                    == .notFound)
            let (staff, _) = try await Fixtures.signedIn(.staff, app: app)
            #expect(try await staff.get(SiteURL.group(.value(world.group.id!)).path).status == .notFound)
            #expect(try await world.coordinator.get(paper).status == .ok)
            // The group's list shows each person only their own groups.
            let list = try await world.member.0.get(SiteURL.groups.path).body.string
            #expect(list.contains("Steering") && !list.contains("Other group"))
        }
    }

    @Test func approvedMinutesArePublishedWhenTheChairHasCheckedThemAndThenAnyoneReadsThemAndTheirPapers() async throws {
        try await withTandem { app in
            let world = try await Self.world(app, name: "Published group")
            let (chair, _) = world.chair
            let first = world.meetings[0], second = world.meetings[1]
            #expect(
                try await chair.upload(
                    SiteURL.groupMeeting(.value(first.id!), .agenda).path, field: "paper", fileName: "plan.pdf",
                    contentType: "application/pdf", data: Array("%PDF-1.4 plan".utf8), fields: [("title", "The year's plan")]
                ).status == .seeOther)
            #expect(
                try await chair.post(SiteURL.groupMeeting(.value(first.id!), .decisions).path, [("text", "To adopt the plan")])
                    .status == .seeOther)
            let item = try #require(try await AgendaItem.query(on: app.db).filter(\.$meeting.$id == first.id!).first())
            let publicPage = SiteURL.group(.value(world.group.id!), .published).path
            let publicPaper = SiteURL.group(.value(world.group.id!), .publishedPaper(.value(item.id!))).path
            let visitor = TestBrowser(app)
            let publication = SiteURL.groupMeeting(.value(first.id!), .publication).path
            // Nothing is published yet: the public page and the paper are not found; shared minutes cannot be published.
            #expect(try await visitor.get(publicPage).status == .notFound)
            #expect(try await visitor.get(publicPaper).status == .notFound)
            let minutes = SiteURL.groupMeeting(.value(first.id!), .minutes).path
            #expect(try await chair.post(minutes, [("minutes", "We adopted the plan."), ("share", "yes")]).status == .seeOther)
            let tooEarly = try await chair.post(publication, [("publish", "yes"), ("checked[]", "yes")])
            #expect(tooEarly.status == .badRequest && tooEarly.body.string.contains("Only approved minutes can be published"))
            #expect(
                try await chair.post(
                    SiteURL.groupMeeting(.value(second.id!), .approve).path, [("earlier", first.id!.lowercasedString)]
                ).status == .seeOther)
            // Approved: publishing needs the chair's check, and a member may not publish.
            let unchecked = try await chair.post(publication, [("publish", "yes")])
            #expect(unchecked.status == .badRequest && unchecked.body.string.contains("Confirm that you have checked"))
            #expect(try await world.member.0.post(publication, [("publish", "yes"), ("checked[]", "yes")]).status == .forbidden)
            #expect(try await visitor.get(publicPage).status == .notFound)
            #expect(try await chair.post(publication, [("publish", "yes"), ("checked[]", "yes")]).status == .seeOther)
            let page = try await visitor.get(publicPage)
            #expect(page.status == .ok)
            #expect(page.body.string.contains("We adopted the plan.") && page.body.string.contains("To adopt the plan"))
            #expect(page.body.string.contains("The year&#8217;s plan") || page.body.string.contains("The year's plan"))
            #expect(try await visitor.get(publicPaper).status == .ok)
            // The second meeting's paper route stays closed, and members' own paper route still needs membership.
            #expect(
                try await visitor.get(SiteURL.groupMeeting(.value(first.id!), .paper(.value(item.id!))).path).status
                    != .ok)
            // Withdrawn, the public sees nothing again.
            #expect(try await chair.post(publication, [("publish", "no")]).status == .seeOther)
            #expect(try await visitor.get(publicPage).status == .notFound)
            #expect(try await visitor.get(publicPaper).status == .notFound)
        }
    }
}
