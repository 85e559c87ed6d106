import Fluent
import Foundation
import TandemCore

/// The lists on each person's home page: what is waiting for them, by role.
/// Each item links to the page where it is done. Request-free, like every page model.
enum WhatNeedsMe {
    /// How many items a list shows before "see all".
    static let shown = 8

    static func lists(for viewer: Viewer, today: Date = Date(), on db: any Database) async throws -> [WorkList] {
        switch viewer.role {
        case .coordinator: try await coordinator(viewer.personID, today: today, on: db)
        case .staff: try await staff(viewer.personID, organisationID: viewer.organisationID, today: today, on: db)
        case .partner: try await partner(viewer.personID, today: today, on: db)
        case .admin: try await admin(viewer.personID, on: db)
        }
    }

    // MARK: coordinator

    static func coordinator(_ personID: UUID, today: Date, on db: any Database) async throws -> [WorkList] {
        let projects = try await ownProjects(of: personID, on: db)
        let ids = projects.compactMap(\.id)
        let titles = Dictionary(projects.map { ($0.id!, $0.title) }, uniquingKeysWith: { a, _ in a })
        let openMilestones = try await ProjectMilestone.query(on: db).filter(\.$project.$id ~~ ids)
            .filter(\.$completedOn == nil).sort(\.$dueOn).all()
        let overdue = openMilestones.filter { $0.isOverdue(today: today) }
        let milestones = WorkList(
            id: "overdue-milestones", heading: "Overdue milestones",
            items: overdue.prefix(shown).map { milestone in
                .init(
                    title: milestone.title, href: SiteURL.project(.value(milestone.$project.id), .proposal).path + "#milestones",
                    detail: titles[milestone.$project.id], deadline: Deadline.of(due: milestone.dueOn, today: today))
            },
            empty: "No milestone is overdue in your projects.")

        let yours = WorkList(
            id: "your-projects", heading: "Your projects",
            items: projects.prefix(shown).map { project in
                let next = openMilestones.first { $0.$project.id == project.id && !$0.isOverdue(today: today) }
                let nextStep =
                    next.map { "Next: \($0.title), \(CalendarDate.long($0.dueOn))" }
                    ?? project.stage.next.map { "Next: move on to \($0.label.lowercased())" } ?? "Closed"
                return .init(
                    title: project.title, href: SiteURL.project(.value(project.id!)).path,
                    detail: "\(project.stage.label). \(nextStep)")
            },
            empty: "You do not manage or belong to any project yet.",
            more: projects.count > shown ? ("All projects", SiteURL.projects.path) : nil)

        let coding = try await toCode(in: projects, on: db)
        let recommendations = try await Recommendation.query(on: db).filter(\.$project.$id ~~ ids)
            .filter(\.$status ~~ RecommendationStatus.allCases.filter(\.isOpen)).all()
        let needingAction =
            recommendations
            .map { ($0, Deadline.of(due: $0.dueOn, today: today)) }
            .filter { $0.0.status == .proposed || $0.1.isOverdue }
            .sorted { $0.1.urgency < $1.1.urgency }
        let decisions = WorkList(
            id: "recommendations-waiting", heading: "Recommendations overdue or waiting for a decision",
            items: needingAction.prefix(shown).map { recommendation, deadline in
                .init(
                    title: recommendation.text, href: SiteURL.recommendation(.value(recommendation.id!)).path,
                    detail: [
                        titles[recommendation.$project.id],
                        recommendation.status == .proposed ? "Waiting for a decision" : recommendation.status.label,
                    ].compactMap { $0 }.joined(separator: ". "),
                    deadline: deadline)
            },
            empty: "No recommendation is overdue or waiting for a decision.")

        let readyImports = try await ImportJob.query(on: db).filter(\.$project.$id ~~ ids)
            .filter(\.$state == .ready).sort(\.$createdAt).all()
        let imports = WorkList(
            id: "imports-waiting", heading: "Imports checked and waiting",
            items: readyImports.prefix(shown).map { job in
                .init(
                    title: job.fileName, href: SiteURL.importJob(.value(job.id!)).path,
                    detail: "\(titles[job.$project.id] ?? ""). Checked: \(counted(job.totalRows, "row", "rows")) ready to import")
            },
            empty: "No import is waiting for you.")
        let dueForReview = try await Resource.query(on: db).filter(\.$status == .published)
            .filter(\.$reviewOn < CalendarDate.startOfDay(today)).sort(\.$reviewOn).range(0..<(shown + 1)).all()
        let reviews = WorkList(
            id: "resources-due-for-review", heading: "Library resources due for review",
            items: dueForReview.prefix(shown).map { resource in
                .init(
                    title: resource.title, href: SiteURL.resource(.value(resource.id!)).path,
                    detail: "Check it is still right, then set a new review date",
                    deadline: Deadline.of(due: resource.reviewOn, today: today))
            },
            empty: "No resource in the library is due for review.",
            more: dueForReview.count > shown
                ? ("All resources due for review", SiteURL.manageResources.path(query: [("review", "overdue")])) : nil)
        let community = try await community(personID, coordinates: true, today: today, on: db)
        return [milestones, coding, decisions] + (community.map { [$0] } ?? []) + [
            yours, imports, reviews, try await messages(personID, on: db),
        ]
    }

    // MARK: staff

    static func staff(_ personID: UUID, organisationID: UUID?, today: Date, on db: any Database) async throws -> [WorkList] {
        let open = RecommendationStatus.allCases.filter(\.isOpen)
        let owned = try await Recommendation.query(on: db)
            .group(.or) { either in
                either.filter(\.$owner.$id == personID)
                if let organisationID { either.filter(\.$organisation.$id == organisationID) }
            }
            .filter(\.$status ~~ open).with(\.$project).all()
            .map { ($0, Deadline.of(due: $0.dueOn, today: today)) }
            .sorted { ($0.1.urgency, $0.0.text) < ($1.1.urgency, $1.0.text) }
        let recommendations = WorkList(
            id: "recommendations-to-act-on", heading: "Recommendations you or your organisation must act on",
            items: owned.prefix(shown).map { recommendation, deadline in
                .init(
                    title: recommendation.text, href: SiteURL.recommendation(.value(recommendation.id!)).path,
                    detail: "\(recommendation.project.title). \(recommendation.status.label)"
                        + (recommendation.$owner.id == personID ? ". You own it" : ""),
                    deadline: deadline)
            },
            empty: "Nothing is waiting for you or your organisation to act on.",
            more: owned.count > shown
                ? organisationID.map {
                    ("All \(owned.count) recommendations", SiteURL.organisation(.value($0), .recommendations).path)
                }
                : nil)

        let asked = try await Recommendation.query(on: db).filter(\.$owner.$id == personID)
            .filter(\.$status == .implemented).filter(\.$reviewRequestedAt != nil).with(\.$project).all()
        let reviews = WorkList(
            id: "reviews-asked", heading: "Has the change held? Reviews asked of you",
            items: asked.prefix(shown).map { recommendation in
                .init(
                    title: recommendation.text, href: SiteURL.recommendation(.value(recommendation.id!)).path + "#review",
                    detail: recommendation.project.title,
                    deadline: Deadline.of(due: recommendation.reviewDueOn, today: today))
            },
            empty: "No review of a change is waiting for you.")

        let projects = try await ProjectController.listQuery(
            scope: organisationID.map { .organisation($0, orMember: personID) } ?? .member(personID),
            filters: .init(organisation: nil, stage: nil, manager: nil, overdueOnly: false), on: db
        ).filter(\.$stage != .closed).sort(\.$createdAt, .descending).all()
        let organisationProjects = WorkList(
            id: "organisation-projects", heading: "Your organisation's projects",
            items: projects.prefix(shown).map {
                .init(title: $0.title, href: SiteURL.project(.value($0.id!)).path, detail: $0.stage.label)
            },
            empty: "Your organisation has no projects in Tandem yet.",
            more: projects.count > shown ? ("All projects", SiteURL.projects.path) : nil)
        let training = try await trainingAndReviews(personID, today: today, on: db)
        let community = try await community(personID, coordinates: false, today: today, on: db)
        return [recommendations, reviews] + (training.map { [$0] } ?? []) + (community.map { [$0] } ?? []) + [
            organisationProjects, try await messages(personID, on: db),
        ]
    }

    // MARK: patient partner

    static func partner(_ personID: UUID, today: Date, on db: any Database) async throws -> [WorkList] {
        let projects = try await ownProjects(of: personID, on: db)
        let coding = try await toCode(in: projects, on: db)
        let facilitating = try await ActivityFacilitator.query(on: db).filter(\.$person.$id == personID).all(\.$activity.$id)
        let upcoming = try await Activity.query(on: db).filter(\.$id ~~ facilitating)
            .filter(\.$heldOn >= CalendarDate.startOfDay(today)).sort(\.$heldOn).with(\.$project).all()
        let meetings = WorkList(
            id: "meetings", heading: "Meetings and visits coming up",
            items: upcoming.prefix(shown).map { activity in
                .init(
                    title: activity.title, href: SiteURL.activity(.value(activity.id!)).path,
                    detail: [
                        activity.heldOn.map(CalendarDate.long), activity.place.isEmpty ? nil : activity.place,
                        activity.project.title,
                    ]
                    .compactMap { $0 }.joined(separator: ". "))
            },
            empty: "No meeting or visit is planned with you.")
        let yours = WorkList(
            id: "your-projects", heading: "Your projects",
            items: projects.prefix(shown).map { project in
                .init(
                    title: project.title, href: SiteURL.project(.value(project.id!)).path,
                    detail: project.stage.label)
            },
            empty: "You are not on a project team yet. Your coordinator can add you.")
        // Findings written while the team makes sense of the evidence: a partner's view shapes them.
        let shaping = projects.filter { [.analysis, .reporting].contains($0.stage) }
        let titles = Dictionary(projects.map { ($0.id!, $0.title) }, uniquingKeysWith: { a, _ in a })
        let recent = try await Finding.query(on: db).filter(\.$project.$id ~~ shaping.compactMap(\.id))
            .sort(\.$createdAt, .descending).limit(shown).all()
        let findings = WorkList(
            id: "findings-to-look-over", heading: "Findings to look over",
            items: recent.map { finding in
                .init(
                    title: finding.statement, href: SiteURL.finding(.value(finding.id!)).path,
                    detail: "\(titles[finding.$project.id] ?? ""). Add the comments that support it, or say where it falls short."
                )
            },
            empty: "No findings are being written in your projects just now.")
        let training = try await trainingAndReviews(personID, today: today, on: db)
        let community = try await community(personID, coordinates: false, today: today, on: db)
        return [coding, meetings] + (training.map { [$0] } ?? []) + (community.map { [$0] } ?? []) + [
            findings, try await messages(personID, on: db), try await voiceChanged(personID, on: db), yours,
            try await ppgs(of: personID, on: db),
        ]
    }

    /// The PPGs a person belongs to now, with their office.
    static func ppgs(of personID: UUID, on db: any Database) async throws -> WorkList {
        let memberships = try await PPGMember.query(on: db).filter(\.$person.$id == personID).filter(\.$leftOn == nil)
            .with(\.$ppg).all()
        return WorkList(
            id: "your-ppgs", heading: "Your Patient Participation Group",
            items: memberships.map { member in
                .init(
                    title: member.ppg.name, href: SiteURL.ppg(.value(member.$ppg.id)).path,
                    detail: [member.office?.label, member.kind.label].compactMap { $0 }.joined(separator: ". "))
            },
            empty: "You are not a member of a PPG in Tandem.")
    }

    // MARK: admin

    static func admin(_ personID: UUID, on db: any Database) async throws -> [WorkList] {
        let failed = try await OutboxEmail.query(on: db).filter(\.$status == .failed).sort(\.$createdAt, .descending).all()
        let emails = WorkList(
            id: "emails-failed", heading: "Emails that could not be sent",
            items: failed.prefix(shown).map { email in
                .init(title: email.subject, href: SiteURL.outbox.path, detail: email.lastError ?? "No reason was given")
            },
            empty: "Every email has gone or is waiting to go.",
            more: failed.count > shown ? ("The outbox", SiteURL.outbox.path) : nil)
        return [emails, try await messages(personID, on: db)]
    }

    // MARK: shared lists

    /// Projects a person manages or is on the team of, still running, by title.
    static func ownProjects(of personID: UUID, on db: any Database) async throws -> [Project] {
        let memberOf = try await ProjectMember.query(on: db).filter(\.$person.$id == personID).all(\.$project.$id)
        return try await Project.query(on: db)
            .group(.or) { $0.filter(\.$projectManager.$id == personID).filter(\.$id ~~ memberOf) }
            .filter(\.$stage != .closed).sort(\.$title).all()
    }

    /// Comments not yet coded, per project that has any.
    static func toCode(in projects: [Project], on db: any Database) async throws -> WorkList {
        var items: [WorkList.Item] = []
        for project in projects.prefix(shown) {
            let waiting = try await FeedbackItem.query(on: db).filter(\.$project.$id == project.id!)
                .filter(\.$codedAt == nil).count()
            guard waiting > 0 else { continue }
            items.append(
                .init(
                    title: "Code comments for \(project.title)", href: SiteURL.project(.value(project.id!), .coding).path,
                    detail: "\(counted(waiting, "comment", "comments")) waiting to be coded"))
        }
        return WorkList(
            id: "comments-to-code", heading: "Comments waiting to be coded", items: items,
            empty: "Every comment in your projects has been coded.")
    }

    /// The newest messages, unread ones flagged.
    static func messages(_ personID: UUID, on db: any Database) async throws -> WorkList {
        let newest = try await InboxMessage.query(on: db).filter(\.$person.$id == personID)
            .sort(\.$createdAt, .descending).limit(3).all()
        let unread = try await InboxMessage.query(on: db).filter(\.$person.$id == personID).filter(\.$readAt == nil).count()
        return WorkList(
            id: "messages", heading: unread == 0 ? "Messages" : "Messages (\(unread) new)",
            items: newest.map { message in
                .init(
                    title: message.subject, href: SiteURL.inbox.path, detail: "Sent \(CalendarDate.long(message.createdAt))",
                    flag: message.readAt == nil ? "New" : nil)
            },
            empty: "No messages yet.",
            more: ("Your inbox", SiteURL.inbox.path))
    }

    /// Changes made because of what this person said: implemented recommendations
    /// behind findings that use their comments.
    static func voiceChanged(_ personID: UUID, on db: any Database) async throws -> WorkList {
        let own = try await FeedbackItem.query(on: db).filter(\.$contributor.$id == personID).all(\.$id)
        let evidence = try await FindingEvidence.query(on: db).filter(\.$item.$id ~~ own).all()
        let commentByFinding = Dictionary(evidence.map { ($0.$finding.id, $0.$item.id) }, uniquingKeysWith: { a, _ in a })
        let links = try await RecommendationFinding.query(on: db).filter(\.$finding.$id ~~ Set(commentByFinding.keys)).all()
        let changed = try await Recommendation.query(on: db).filter(\.$id ~~ Set(links.map(\.$recommendation.id)))
            .filter(\.$status ~~ [.implemented, .sustained]).sort(\.$implementedOn, .descending).with(\.$project).all()
        return WorkList(
            id: "voice-changed", heading: "What your voice has changed",
            items: changed.prefix(shown).compactMap { recommendation in
                guard let finding = links.first(where: { $0.$recommendation.id == recommendation.id })?.$finding.id,
                    let comment = commentByFinding[finding]
                else { return nil }
                return .init(
                    title: recommendation.text, href: SiteURL.feedbackItem(.value(comment)).path,
                    detail: "\(recommendation.project.title). \(recommendation.status.label)"
                        + (recommendation.implementedOn.map { " on \(CalendarDate.long($0))" } ?? ""))
            },
            empty: "Nothing yet. When a change is made because of what you said, it will show here.")
    }
}
