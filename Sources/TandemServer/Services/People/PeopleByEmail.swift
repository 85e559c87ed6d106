import Fluent
import Foundation
import TandemCore

/// People named by their email address (an account's, or a person's own) on a form: who runs
/// an event, a PPG's members and its practice lead.
enum PeopleByEmail {
    /// The people with these addresses, in order; or the addresses nobody in Tandem has.
    static func find(_ emails: [String], on db: any Database) async throws -> (people: [UUID], unknown: [String]) {
        guard !emails.isEmpty else { return ([], []) }
        var byEmail: [String: UUID] = [:]
        for user in try await User.query(on: db).filter(\.$email ~~ emails).all() {
            byEmail[user.email.lowercased()] = user.$person.id
        }
        for person in try await Person.query(on: db).filter(\.$email ~~ emails).all() {
            if let email = person.email?.lowercased(), byEmail[email] == nil { byEmail[email] = person.id }
        }
        let unknown = emails.filter { byEmail[$0] == nil }
        return (emails.compactMap { byEmail[$0] }, unknown)
    }

    /// The problem to show beside the field when some addresses are not found.
    static func problem(_ unknown: [String]) -> String {
        "No one in Tandem has the address \(unknown.joined(separator: ", ")). Check it, or add the person in People first."
    }

}
