import Fluent
import TandemCore
import Vapor

/// What a governance group has published beyond its members, for anyone: the approved minutes,
/// decisions and papers of the meetings its chair published. Nothing else of the group is shown, and
/// a group that has published nothing is not found.
enum PublishedMinutesController {
    static func show(req: Request) async throws -> Response {
        let (group, meetings) = try await published(req)
        let meetingIDs = meetings.map(\.savedID)
        let decisions = try await GroupDecision.query(on: req.db).filter(\.$meeting.$id ~~ meetingIDs).sort(\.$number).all()
        let agenda = try await AgendaItem.query(on: req.db).filter(\.$meeting.$id ~~ meetingIDs).with(\.$resource)
            .sort(\.$position).all()
        let terms = try await GroupTermsVersion.query(on: req.db).filter(\.$group.$id == group.savedID)
            .sort(\.$version, .descending).first()
        let model = PublishedMinutesPage.Model(
            groupID: group.savedID, name: group.name, purpose: group.purpose, terms: terms?.text,
            meetings: meetings.map { meeting in
                .init(
                    when: CalendarDate.long(meeting.event.startsAt), minutes: meeting.minutes,
                    decisions: decisions.filter { $0.$meeting.id == meeting.savedID }.map {
                        .init(
                            number: $0.number, text: $0.text, meeting: "",
                            quorum: GovernanceRules.quorumNote(presentCounting: $0.present, quorum: $0.quorum),
                            quorate: $0.quorate)
                    },
                    papers: agenda.filter { $0.$meeting.id == meeting.savedID }.map { item in
                        .init(
                            title: item.title, paperID: item.paperFile == nil ? nil : item.savedID,
                            resource: item.resource.flatMap { $0.status == .published ? ($0.title, $0.slug) : nil })
                    })
            })
        return PublishedMinutesPage.render(model, context: try await PageContext.make(req, section: .groups)).response()
    }

    /// An uploaded paper of a published meeting.
    static func paper(req: Request) async throws -> Response {
        let (_, meetings) = try await published(req)
        guard
            let item = try await AgendaItem.query(on: req.db).filter(\.$id == (try req.id(.agendaItem)))
                .filter(\.$meeting.$id ~~ meetings.map(\.savedID)).first(),
            let file = item.paperFile
        else { throw AppError.notFound }
        return try await GroupMeetingController.papers(req.application).download(file, as: item.paperName, for: req)
    }

    /// The group and its published meetings (approved minutes only), newest first; not found when there are none.
    private static func published(_ req: Request) async throws -> (GovernanceGroup, [GroupMeeting]) {
        guard let group = try await GovernanceGroup.find(try req.id(.group), on: req.db) else { throw AppError.notFound }
        let meetings = try await GroupMeeting.query(on: req.db).filter(\.$group.$id == group.savedID)
            .filter(\.$published == true).filter(\.$minutesStatus == .approved).with(\.$event).all()
            .sorted { $0.event.startsAt > $1.event.startsAt }
        guard !meetings.isEmpty else { throw AppError.notFound }
        return (group, meetings)
    }
}
