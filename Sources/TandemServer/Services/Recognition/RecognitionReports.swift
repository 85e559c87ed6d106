import Fluent
import Foundation
import TandemCore

/// What recognition reports read: the finance export for a period and each person's yearly statement.
enum RecognitionReports {
    /// The claims approved in a period (approved or since paid), each once, with the payment
    /// reference of the person: finance pays from this, and Tandem never holds bank details.
    static func financeCSV(from: Date, to: Date, on db: any Database) async throws -> (csv: String, claims: Int) {
        let claims = try await Claim.query(on: db).filter(\.$status ~~ [ClaimStatus.approved, .paid])
            .filter(\.$decidedAt >= from).filter(\.$decidedAt < to).with(\.$person).sort(\.$decidedAt).all()
        let choices = try await PaymentChoices.current(of: Set(claims.map(\.$person.id)), on: db)
        var csv = CSVWriter.row([
            "claim", "payment reference", "name", "day of activity", "activity", "hours", "preparation hours",
            "time payment", "expenses", "total", "payment choice", "approved", "status",
        ])
        for claim in claims {
            let choice = choices[claim.$person.id]
            csv += CSVWriter.row([
                claim.savedID.lowercasedString, choice?.paymentReference ?? "", claim.person.name, CalendarDate.iso(claim.day),
                claim.activity, hours(claim.hours), hours(claim.preparationHours), Pence(claim.timePence).decimal,
                Pence(claim.expensesPence).decimal, claim.total.decimal,
                PaymentChoice.Kind(rawValue: claim.paymentChoice)?.label ?? claim.paymentChoice,
                claim.decidedAt.map(CalendarDate.iso) ?? "", claim.status.label,
            ])
        }
        return (csv, claims.count)
    }

    static func hours(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    struct Statement: Sendable {
        struct Line: Sendable {
            let day: Date
            let activity: String
            let hours: Double
            let time: Pence
            let expenses: Pence
            let status: ClaimStatus
        }

        let taxYear: Int
        let lines: [Line]
        var hours: Double { lines.reduce(0) { $0 + $1.hours } }
        var payments: Pence { lines.filter { $0.status == .approved || $0.status == .paid }.reduce(.zero) { $0 + $1.time } }
        var expenses: Pence {
            lines.filter { $0.status == .approved || $0.status == .paid }.reduce(.zero) { $0 + $1.expenses }
        }
        var waiting: Pence {
            lines.filter { $0.status == .submitted || $0.status == .queried }.reduce(.zero) { $0 + $1.time + $1.expenses }
        }
    }

    /// A person's year (the tax year from 6 April): every claim with its hours, payments and expenses.
    static func statement(_ personID: UUID, taxYear: Int, on db: any Database) async throws -> Statement {
        let (start, end) = taxYearSpan(taxYear)
        let claims = try await Claim.query(on: db).filter(\.$person.$id == personID).filter(\.$day >= start)
            .filter(\.$day < end).sort(\.$day).all()
        return Statement(
            taxYear: taxYear,
            lines: claims.map {
                .init(
                    day: $0.day, activity: $0.activity, hours: $0.hours + $0.preparationHours, time: Pence($0.timePence),
                    expenses: Pence($0.expensesPence), status: $0.status)
            })
    }

    static func taxYearSpan(_ year: Int) -> (Date, Date) {
        (
            Calendar.utc.date(from: DateComponents(year: year, month: 4, day: 6))!,
            Calendar.utc.date(from: DateComponents(year: year + 1, month: 4, day: 6))!
        )
    }
}
