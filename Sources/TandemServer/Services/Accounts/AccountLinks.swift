import Fluent
import Foundation
import TandemCore
import Vapor

/// Sends and redeems the single-use links that let people set their own password: the
/// invitation to a new account and the reset someone asks for. The email goes through
/// the outbox like every other; an earlier unused link of the same kind stops working.
enum AccountLinks {
    /// Makes a link for `user` and puts its email in the outbox, in one transaction.
    static func send(
        _ purpose: AccountLinkPurpose, to user: User, name: String, config: AppConfig, on db: any Database
    ) async throws {
        let token = SessionToken.generate()
        let userID = try user.requireID()
        let link = config.absoluteURL(SiteURL.setPassword(.value(token)).path)
        try await db.transaction { db in
            try await AccountLink.query(on: db).filter(\.$user.$id == userID).filter(\.$purpose == purpose)
                .filter(\.$usedAt == nil).delete()
            try await AccountLink(userID: userID, purpose: purpose, tokenHash: SessionToken.hash(token)).create(on: db)
            try await OutboxEmail(
                personID: user.$person.id, to: user.email, subject: subject(purpose),
                body: body(purpose, name: name, link: link)
            ).create(on: db)
        }
    }

    /// The link a token opens, whatever its state: the page says why a used or expired one does not work.
    static func find(token: String, on db: any Database) async throws -> AccountLink? {
        try await AccountLink.query(on: db).filter(\.$tokenHash == SessionToken.hash(token)).with(\.$user).first()
    }

    /// When the last reset link for this account was made, for `PasswordResetLimit`.
    static func lastReset(for userID: UUID, on db: any Database) async throws -> Date? {
        try await AccountLink.query(on: db).filter(\.$user.$id == userID).filter(\.$purpose == .passwordReset)
            .sort(\.$createdAt, .descending).first()?.createdAt
    }

    private static func subject(_ purpose: AccountLinkPurpose) -> String {
        switch purpose {
        case .invitation: "You have been invited to Tandem"
        case .passwordReset: "Choose a new password for Tandem"
        }
    }

    private static func body(_ purpose: AccountLinkPurpose, name: String, link: String) -> String {
        switch purpose {
        case .invitation:
            """
            Hello \(name),

            An account has been made for you on Tandem, where patients, carers and staff improve care together.

            To start, choose your own password by opening this link within \(purpose.lifetimeText):
            \(link)

            The link works once. If it has expired, use "Forgotten your password?" on the sign-in page to get a new one.
            """
        case .passwordReset:
            """
            Hello \(name),

            Someone, we hope you, asked to choose a new password for your Tandem account.

            To choose one, open this link within \(purpose.lifetimeText):
            \(link)

            The link works once. If it was not you, you can ignore this email: your password has not changed.
            """
        }
    }
}
