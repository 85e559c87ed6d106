import Fluent
import TandemCore
import Vapor

/// A person's Tandem inbox; and, for admins, the outbox of emails.
enum InboxController {
    static let pageSize = 25

    static func inbox(req: Request) async throws -> Response {
        let (model, unreadIDs) = try await inboxModel(
            personID: try req.requireUser().personID, page: req.requestedPage, on: req.db)
        // Opening the inbox reads what it shows.
        if !unreadIDs.isEmpty {
            try await InboxMessage.query(on: req.db).filter(\.$id ~~ unreadIDs).set(\.$readAt, to: Date()).update()
        }
        return InboxPage.render(model, context: try await PageContext.make(req, section: .inbox)).response()
    }

    /// A page of the person's messages, and which of them are new.
    static func inboxModel(personID: UUID, page: Int?, on db: any Database) async throws -> (InboxPage.Model, unread: [UUID]) {
        let query = InboxMessage.query(on: db).filter(\.$person.$id == personID)
        let pagination = Pagination(page: page, perPage: pageSize, totalItems: try await query.copy().count())
        let messages = try await query.sort(\.$createdAt, .descending).sort(\.$id)
            .range(pagination.offset..<(pagination.offset + pageSize)).all()
        let model = InboxPage.Model(
            messages: messages.map {
                .init(subject: $0.subject, body: $0.body, link: $0.link, sentAt: $0.createdAt, isNew: $0.readAt == nil)
            },
            pagination: pagination)
        return (model, messages.filter { $0.readAt == nil }.compactMap(\.id))
    }

    static func outbox(req: Request) async throws -> Response {
        try req.authorize(.manageUsers)
        let model = try await outboxModel(
            page: req.requestedPage, mailCommandSet: req.application.config.sendmailCommand != nil, on: req.db)
        return OutboxPage.render(model, context: try await PageContext.withForm(req, section: .outbox)).response()
    }

    static func outboxModel(page: Int?, mailCommandSet: Bool, on db: any Database) async throws -> OutboxPage.Model {
        let pagination = Pagination(
            page: page, perPage: pageSize,
            totalItems: try await OutboxEmail.query(on: db).count())
        let emails = try await OutboxEmail.query(on: db).sort(\.$createdAt, .descending).sort(\.$id)
            .range(pagination.offset..<(pagination.offset + pageSize)).all()
        return OutboxPage.Model(
            emails: emails.map {
                .init(
                    id: $0.id!, to: $0.toAddress, subject: $0.subject, status: $0.status, attempts: $0.attempts,
                    lastError: $0.lastError, queuedAt: $0.createdAt, sentAt: $0.sentAt)
            },
            pagination: pagination,
            mailCommandSet: mailCommandSet)
    }

    /// Tries the waiting emails again now.
    static func sendNow(req: Request) async throws -> Response {
        try req.authorize(.manageUsers)
        guard req.application.config.sendmailCommand != nil else {
            throw AppError.badRequest("No mail command is set, so emails cannot be sent. Set TANDEM_SENDMAIL and restart Tandem.")
        }
        req.application.services.outboxDelivery.deliverSoon(req.application)
        try await req.flash("Sending the waiting emails. Refresh the page in a moment to see how it went.")
        return req.seeOther(SiteURL.outbox)
    }

    /// One email as it was queued: to whom, what it said, and why it could not be sent.
    static func email(req: Request) async throws -> Response {
        try req.authorize(.manageUsers)
        guard let email = try await OutboxEmail.find(try req.id(.outboxEmail), on: req.db) else { throw AppError.notFound }
        let model = OutboxEmailPage.Model(
            id: try email.requireID(), to: email.toAddress, subject: email.subject, body: email.body, status: email.status,
            attempts: email.attempts, lastError: email.lastError, queuedAt: email.createdAt, sentAt: email.sentAt,
            mailCommandSet: req.application.config.sendmailCommand != nil, attachmentName: email.attachmentName)
        return OutboxEmailPage.render(model, context: try await PageContext.withForm(req, section: .outbox)).response()
    }

    /// Tries a failed email again from the start, or queues a sent one again as a new email.
    static func resend(req: Request) async throws -> Response {
        try req.authorize(.manageUsers)
        guard let email = try await OutboxEmail.find(try req.id(.outboxEmail), on: req.db) else { throw AppError.notFound }
        let queued: OutboxEmail
        switch email.status {
        case .queued:
            queued = email
        case .failed:
            email.status = .queued
            email.attempts = 0
            email.lastError = nil
            try await email.save(on: req.db)
            queued = email
        case .sent:
            queued = OutboxEmail(personID: email.$person.id, to: email.toAddress, subject: email.subject, body: email.body)
            (queued.attachmentName, queued.attachmentType, queued.attachmentBody) =
                (email.attachmentName, email.attachmentType, email.attachmentBody)
            try await queued.create(on: req.db)
        }
        req.application.services.outboxDelivery.deliverSoon(req.application)
        try await req.flash(
            req.application.config.sendmailCommand == nil
                ? "Queued again. No mail command is set, so it will wait in the outbox."
                : "Queued again. Refresh in a moment to see whether it went.")
        return req.seeOther(SiteURL.outboxEmail(.value(try queued.requireID())))
    }
}
