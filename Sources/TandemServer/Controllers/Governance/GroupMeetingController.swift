import Fluent
import TandemCore
import Vapor

/// A group's meeting: the agenda with papers (members only), attendance and quorum, declarations of
/// interest, numbered decisions marked when taken without quorum, actions raised and carried from
/// earlier meetings, and minutes written, shared for comment and approved at a later meeting.
enum GroupMeetingController {
    static func show(req: Request) async throws -> Response {
        let (meeting, group, ref) = try await req.groupMeeting(Permission.viewGroup)
        return try await render(req, meeting, group, ref: ref)
    }

    /// An agenda item with its paper: a file uploaded (streamed to disk) or a resource from the library.
    static func addAgendaItem(req: Request) async throws -> Response {
        let (meeting, group, ref) = try await req.groupMeeting(Permission.runGroup)
        let files = papers(req.application)
        let incoming = try files.incoming()
        let upload = try await UploadReceiver.receive(
            req, fileField: "paper", to: incoming, maxBytes: req.application.config.maxUploadBytes, fileIsOptional: true)
        let fields = upload?.fields ?? [:]
        let title = (fields["title"] ?? "").trimmed
        let fileName = ((upload?.fileName ?? "") as NSString).lastPathComponent
        let ext = (fileName as NSString).pathExtension.lowercased()
        let hasFile = (upload?.bytes ?? 0) > 0
        var errors = FormErrors()
        if title.isEmpty { errors.add("title", "Enter the agenda item's title") }
        if title.count > TextLimit.title { errors.add("title", "The title must be \(TextLimit.title) characters or fewer") }
        if hasFile, let problem = EvidenceFiles.typeProblem(fileName, what: "A paper") { errors.add("paper", problem) }
        let resourceID = fields["resource"].flatMap(UUID.init(uuidString:))
        if let resourceID, try await Resource.find(resourceID, on: req.db) == nil {
            errors.add("resource", "Choose a paper from the library")
        }
        guard errors.isEmpty else {
            files.discard(incoming)
            return try await render(req, meeting, group, ref: ref, errors: errors, status: .badRequest)
        }
        let position = try await AgendaItem.query(on: req.db).filter(\.$meeting.$id == meeting.savedID).count() + 1
        let presenter = (fields["presenter"] ?? "").trimmed
        let item = AgendaItem(
            meetingID: meeting.savedID, position: position, title: title, presenter: presenter.isEmpty ? nil : presenter)
        item.$resource.id = resourceID
        if hasFile {
            item.paperFile = try files.keep(incoming, extension: ext)
            item.paperName = fileName
        } else {
            files.discard(incoming)
        }
        try await item.create(on: req.db)
        try await req.flash("Item \(position) added to the agenda")
        return req.seeOther(SiteURL.groupMeeting(.value(meeting.savedID)))
    }

    /// A paper, for the group's members only; always a download.
    static func paper(req: Request) async throws -> Response {
        let (meeting, _, _) = try await req.groupMeeting(Permission.viewGroup)
        guard
            let item = try await AgendaItem.query(on: req.db).filter(\.$id == (try req.id(.agendaItem)))
                .filter(\.$meeting.$id == meeting.savedID).first(),
            let file = item.paperFile
        else { throw AppError.notFound }
        return try await papers(req.application).download(file, as: item.paperName, for: req)
    }

    /// Attendance from one grid, written to the meeting's event register.
    static func attendance(req: Request) async throws -> Response {
        let (meeting, _, _) = try await req.groupMeeting(Permission.runGroup)
        let registrations = try await EventRegistration.query(on: req.db).filter(\.$event.$id == meeting.$event.id).all()
        for registration in registrations {
            guard let raw = try req.content.get(String?.self, at: "attendance-\(registration.savedID.lowercasedString)"),
                let attendance = Attendance(rawValue: raw), registration.attendance != attendance
            else { continue }
            registration.attendance = attendance
            try await registration.save(.by(req.auditActor, label: registration.name, fields: ["attendance"]), on: req.db)
        }
        let present = try await GroupRegistry.presentCounting(meeting, on: req.db)
        let group = try await GovernanceGroup.find(meeting.$group.id, on: req.db)
        try await req.flash(
            "Attendance saved. " + GovernanceRules.quorumNote(presentCounting: present, quorum: group?.quorum ?? 1))
        return req.seeOther(SiteURL.groupMeeting(.value(meeting.savedID)))
    }

    /// A member declares an interest (their own).
    static func declare(req: Request) async throws -> Response {
        let (meeting, group, ref) = try await req.groupMeeting(Permission.viewGroup)
        switch try req.content.decode(MeetingEntryForm.self).validateText(missing: "Say what the interest is") {
        case .failure(let errors):
            return try await render(
                req, meeting, group, ref: ref, errors: errors.renamed { "declaration-\($0)" }, status: .badRequest)
        case .success(let text):
            try await InterestDeclaration(meetingID: meeting.savedID, personID: try req.requireUser().personID, text: text)
                .create(on: req.db)
            try await req.flash("Your declaration is recorded")
            return req.seeOther(SiteURL.groupMeeting(.value(meeting.savedID)))
        }
    }

    /// A decision, numbered in the group's log, with the quorum at the time; marked when not quorate.
    static func decide(req: Request) async throws -> Response {
        let (meeting, group, ref) = try await req.groupMeeting(Permission.runGroup)
        switch try req.content.decode(MeetingEntryForm.self).validateText(missing: "Write the decision") {
        case .failure(let errors):
            return try await render(
                req, meeting, group, ref: ref, errors: errors.renamed { "decision-\($0)" }, status: .badRequest)
        case .success(let text):
            let present = try await GroupRegistry.presentCounting(meeting, on: req.db)
            let decision = try await req.db.transaction { db in
                let number = (try await GroupDecision.query(on: db).filter(\.$group.$id == group.savedID).max(\.$number) ?? 0) + 1
                let decision = GroupDecision(
                    groupID: group.savedID, meetingID: meeting.savedID, number: number, text: text, present: present,
                    quorum: group.quorum)
                try await decision.create(on: db)
                return decision
            }
            try await req.flash(
                "Decision \(decision.number) recorded. "
                    + GovernanceRules.quorumNote(presentCounting: present, quorum: group.quorum))
            return req.seeOther(SiteURL.groupMeeting(.value(meeting.savedID)))
        }
    }

    static func addAction(req: Request) async throws -> Response {
        let (meeting, group, ref) = try await req.groupMeeting(Permission.runGroup)
        switch try req.content.decode(MeetingEntryForm.self).validateAction() {
        case .failure(let errors):
            return try await render(
                req, meeting, group, ref: ref, errors: errors.renamed { $0 == "due" ? $0 : "action-\($0)" }, status: .badRequest)
        case .success(let valid):
            try await GroupAction(
                groupID: group.savedID, meetingID: meeting.savedID, text: valid.text, owner: valid.owner, dueOn: valid.due
            ).create(on: req.db)
            try await req.flash("Action added to the log")
            return req.seeOther(SiteURL.groupMeeting(.value(meeting.savedID)))
        }
    }

    /// An action's status, updated at this meeting; done or dropped closes it here.
    static func updateAction(req: Request) async throws -> Response {
        let (meeting, group, _) = try await req.groupMeeting(Permission.runGroup)
        guard
            let action = try await GroupAction.query(on: req.db).filter(\.$id == (try req.id(.groupAction)))
                .filter(\.$group.$id == group.savedID).first(),
            let status = (try req.content.get(String?.self, at: "status")).flatMap(GroupActionStatus.init(rawValue:))
        else { throw AppError.notFound }
        let note = (try req.content.get(String?.self, at: "note") ?? "").trimmed
        action.status = status
        if !note.isEmpty { action.updateNote = String(note.prefix(TextLimit.short)) }
        action.$closedAt.id = status.isCarried ? nil : meeting.savedID
        try await action.save(on: req.db)
        try await req.flash("Action \(status.isCarried ? "carried forward" : status.label.lowercased())")
        return req.seeOther(SiteURL.groupMeeting(.value(meeting.savedID)).path + "#actions")
    }

    /// The minutes: saved as a draft, or shared with members for comment.
    static func saveMinutes(req: Request) async throws -> Response {
        let (meeting, group, ref) = try await req.groupMeeting(Permission.runGroup)
        let text = (try req.content.get(String?.self, at: "minutes") ?? "").trimmed
        let to: MinutesStatus = (try req.content.get(String?.self, at: "share")) == "yes" ? .shared : .draft
        if let problem = GovernanceRules.minutesProblem(from: meeting.minutesStatus, to: to, approvingAtLaterMeeting: false) {
            return try await render(req, meeting, group, ref: ref, errors: .one("minutes", problem), status: .badRequest)
        }
        guard !text.isEmpty, text.count <= TextLimit.long else {
            return try await render(
                req, meeting, group, ref: ref, errors: .one("minutes", "Write the minutes"), status: .badRequest)
        }
        meeting.minutes = text
        meeting.minutesStatus = to
        try await meeting.save(on: req.db)
        if to == .shared {
            for member in try await GroupRegistry.members(of: group.savedID, on: req.db) {
                try await PersonMessage.send(
                    to: member.person, subject: "Draft minutes to comment on: \(group.name)",
                    body:
                        "The draft minutes of the meeting on \(CalendarDate.long(meeting.event.startsAt)) are ready. Add any comments before the next meeting approves them.",
                    link: SiteURL.groupMeeting(.value(meeting.savedID)).path, on: req.db)
            }
        }
        try await req.flash(to == .shared ? "Draft minutes shared with the members for comment" : "Draft minutes saved")
        return req.seeOther(SiteURL.groupMeeting(.value(meeting.savedID)).path + "#the-minutes")
    }

    static func comment(req: Request) async throws -> Response {
        let (meeting, group, ref) = try await req.groupMeeting(Permission.viewGroup)
        guard meeting.minutesStatus == .shared else {
            return try await render(
                req, meeting, group, ref: ref, errors: .one("comment", "The minutes are not open for comment"),
                status: .badRequest)
        }
        let text = (try req.content.get(String?.self, at: "comment") ?? "").trimmed
        guard !text.isEmpty, text.count <= TextLimit.short else {
            return try await render(
                req, meeting, group, ref: ref, errors: .one("comment", "Write your comment"), status: .badRequest)
        }
        try await MinutesComment(meetingID: meeting.savedID, personID: try req.requireUser().personID, text: text).create(
            on: req.db)
        try await req.flash("Your comment is added")
        return req.seeOther(SiteURL.groupMeeting(.value(meeting.savedID)).path + "#the-minutes")
    }

    /// At this meeting, the shared minutes of an earlier one are approved.
    static func approveMinutes(req: Request) async throws -> Response {
        let (meeting, group, ref) = try await req.groupMeeting(Permission.runGroup)
        guard let earlierID = (try req.content.get(String?.self, at: "earlier")).flatMap(UUID.init(uuidString:)),
            let earlier = try await GroupMeeting.query(on: req.db).filter(\.$id == earlierID).filter(
                \.$group.$id == group.savedID
            )
            .with(\.$event).first()
        else { throw AppError.notFound }
        let later = earlier.event.startsAt < meeting.event.startsAt
        if let problem = GovernanceRules.minutesProblem(
            from: earlier.minutesStatus, to: .approved, approvingAtLaterMeeting: later)
        {
            return try await render(req, meeting, group, ref: ref, errors: .one("approve", problem), status: .badRequest)
        }
        earlier.minutesStatus = .approved
        earlier.$approvedAt.id = meeting.savedID
        try await earlier.save(on: req.db)
        try await req.flash("Minutes of \(CalendarDate.long(earlier.event.startsAt)) approved")
        return req.seeOther(SiteURL.groupMeeting(.value(meeting.savedID)).path + "#the-minutes")
    }

    /// Publishes the meeting's approved minutes, decisions and papers beyond the members (after the chair
    /// confirms they hold nothing that should stay within the group), or withdraws them.
    static func publish(req: Request) async throws -> Response {
        let (meeting, group, ref) = try await req.groupMeeting(Permission.runGroup)
        let form = try req.content.decode(PublicationForm.self)
        let publish = form.publishing
        if publish {
            if let problem = GovernanceRules.publishProblem(minutes: meeting.minutesStatus) {
                return try await render(req, meeting, group, ref: ref, errors: .one("checked", problem), status: .badRequest)
            }
            guard form.hasChecked else {
                return try await render(
                    req, meeting, group, ref: ref,
                    errors: .one("checked", "Confirm that you have checked the minutes, decisions and papers first"),
                    status: .badRequest)
            }
        }
        meeting.published = publish
        try await meeting.save(on: req.db)
        try await req.flash(
            publish
                ? "Published: anyone can read these minutes, decisions and papers" : "Withdrawn: only members can read them now")
        return req.seeOther(SiteURL.groupMeeting(.value(meeting.savedID)).path + "#the-minutes")
    }

    // MARK: - Page model

    static func render(
        _ req: Request, _ meeting: GroupMeeting, _ group: GovernanceGroup, ref: GroupRef, errors: FormErrors = FormErrors(),
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let viewer = try req.requireUser().viewer
        let db = req.db
        let members = try await GroupRegistry.members(of: group.savedID, on: db)
        let roles = Dictionary(members.map { ($0.$person.id, $0.role) }, uniquingKeysWith: { a, _ in a })
        let agenda = try await AgendaItem.query(on: db).filter(\.$meeting.$id == meeting.savedID).with(\.$resource)
            .sort(\.$position).all()
        let register = try await EventRegistration.query(on: db).filter(\.$event.$id == meeting.$event.id)
            .filter(\.$status != .cancelled).all().sorted { $0.name < $1.name }
        let present = try await GroupRegistry.presentCounting(meeting, on: db)
        let declarations = try await InterestDeclaration.query(on: db).filter(\.$meeting.$id == meeting.savedID)
            .with(\.$person).all()
        let decisions = try await GroupDecision.query(on: db).filter(\.$meeting.$id == meeting.savedID).sort(\.$number).all()
        let meetings = try await GroupMeeting.query(on: db).filter(\.$group.$id == group.savedID).with(\.$event).all()
        let days = Dictionary(meetings.map { ($0.savedID, $0.event.startsAt) }, uniquingKeysWith: { a, _ in a })
        // Actions raised here, and those carried from earlier meetings (still open, or closed at this one).
        let actions = try await GroupAction.query(on: db).filter(\.$group.$id == group.savedID).all().filter { action in
            let raised = days[action.$raisedAt.id] ?? .distantPast
            return action.$raisedAt.id == meeting.savedID
                || (raised < meeting.event.startsAt && (action.status.isCarried || action.$closedAt.id == meeting.savedID))
        }
        let comments = try await MinutesComment.query(on: db).filter(\.$meeting.$id == meeting.savedID).with(\.$person)
            .sort(\.$createdAt).all()
        let toApprove = meetings.filter { $0.minutesStatus == .shared && $0.event.startsAt < meeting.event.startsAt }
            .sorted { $0.event.startsAt < $1.event.startsAt }
        let library =
            viewer.can(.runGroup(ref))
            ? try await Resource.query(on: db).sort(\.$title).range(..<200).all() : []
        let model = GroupMeetingPage.Model(
            id: meeting.savedID, groupID: group.savedID, groupName: group.name,
            when: UKTime.span(from: meeting.event.startsAt, to: meeting.event.endsAt), venue: meeting.event.venue ?? "Online",
            eventID: meeting.$event.id, quorum: group.quorum, presentCounting: present,
            agenda: agenda.map {
                .init(
                    id: $0.savedID, position: $0.position, title: $0.title, presenter: $0.presenter, paperName: $0.paperName,
                    resource: $0.resource.map { (title: $0.title, slug: $0.slug) })
            },
            register: register.map { registration in
                .init(
                    id: registration.savedID, name: registration.name,
                    role: registration.$person.id.flatMap { roles[$0] }?.label ?? "Guest", attendance: registration.attendance)
            },
            declarations: declarations.map { ($0.person.displayName, $0.text) },
            decisions: decisions.map {
                .init(
                    number: $0.number, text: $0.text, meeting: "",
                    quorum: GovernanceRules.quorumNote(presentCounting: $0.present, quorum: $0.quorum), quorate: $0.quorate)
            },
            actions: actions.map {
                .init(
                    id: $0.savedID, text: $0.text, owner: $0.owner, due: $0.dueOn, status: $0.status,
                    raised: days[$0.$raisedAt.id].map(CalendarDate.long) ?? "", note: $0.updateNote)
            },
            minutes: meeting.minutes, minutesStatus: meeting.minutesStatus, published: meeting.published,
            approvedAt: meeting.$approvedAt.id.flatMap { days[$0] },
            comments: comments.map { ($0.person.displayName, $0.text) },
            toApprove: toApprove.map { (id: $0.savedID, when: CalendarDate.long($0.event.startsAt)) },
            library: library.map { .init(value: $0.savedID.lowercasedString, label: $0.title) },
            mayRun: viewer.can(.runGroup(ref)), errors: errors)
        return GroupMeetingPage.render(model, context: try await PageContext.make(req, section: .groups)).response(status)
    }

    static func papers(_ app: Application) -> EvidenceFiles { EvidenceFiles(app, folder: "group-papers") }
}
