import TandemCore
import Vapor

/// Governance groups: the group with its terms, members, registers and plan; its meetings.
func governanceRoutes(_ app: Application) {
    app.get(.groups, .signedIn, use: GroupController.list)
    app.get(.newGroup, .global(.manageGroups), use: GroupController.new)
    app.post(.groups, .global(.manageGroups), use: GroupController.create)
    app.get(.group(.key), .group(Permission.viewGroup), use: GroupController.show)
    app.post(.group(.key, .members), .group { _ in .manageGroups }, use: GroupController.addMember)
    app.post(.group(.key, .terms), .group(Permission.runGroup), use: GroupController.addTerms)
    app.post(.group(.key, .meetings), .group(Permission.runGroup), use: GroupController.scheduleMeeting)
    app.post(.group(.key, .challenges), .group(Permission.runGroup), use: GroupController.addChallenge)
    app.post(.group(.key, .challenge(.key)), .group(Permission.runGroup), use: GroupController.updateChallenge)
    app.post(.group(.key, .phases), .group(Permission.runGroup), use: GroupController.addPhase)
    app.post(.group(.key, .phase(.key)), .group(Permission.runGroup), use: GroupController.updatePhase)

    app.get(.groupMeeting(.key), .group(Permission.viewGroup), use: GroupMeetingController.show)
    app.upload(.groupMeeting(.key, .agenda), .group(Permission.runGroup), use: GroupMeetingController.addAgendaItem)
    app.get(.groupMeeting(.key, .paper(.key)), .group(Permission.viewGroup), use: GroupMeetingController.paper)
    app.post(.groupMeeting(.key, .attendance), .group(Permission.runGroup), use: GroupMeetingController.attendance)
    app.post(.groupMeeting(.key, .declarations), .group(Permission.viewGroup), use: GroupMeetingController.declare)
    app.post(.groupMeeting(.key, .decisions), .group(Permission.runGroup), use: GroupMeetingController.decide)
    app.post(.groupMeeting(.key, .actions), .group(Permission.runGroup), use: GroupMeetingController.addAction)
    app.post(.groupMeeting(.key, .action(.key)), .group(Permission.runGroup), use: GroupMeetingController.updateAction)
    app.post(.groupMeeting(.key, .minutes), .group(Permission.runGroup), use: GroupMeetingController.saveMinutes)
    app.post(.groupMeeting(.key, .comments), .group(Permission.viewGroup), use: GroupMeetingController.comment)
    app.post(.groupMeeting(.key, .approve), .group(Permission.runGroup), use: GroupMeetingController.approveMinutes)
    app.post(.groupMeeting(.key, .publication), .group(Permission.runGroup), use: GroupMeetingController.publish)

    // What a group publishes: approved minutes, decisions and papers, for anyone.
    app.get(.group(.key, .published), .public, use: PublishedMinutesController.show)
    app.get(.group(.key, .publishedPaper(.key)), .public, use: PublishedMinutesController.paper)
}
