import Fluent
import Foundation
import TandemCore
@testable import TandemServer
import Testing
import VaporTesting

@Suite("Recognition: time and expense claims, approval once, the finance export and the statement")
struct RecognitionTests {
    static func today() -> [(String, String)] {
        let parts = CalendarDate.parts(of: Date())
        return [("on-day", parts.day), ("on-month", parts.month), ("on-year", parts.year)]
    }

    static func claimFields(hours: String = "2", extra: [(String, String)] = []) -> [(String, String)] {
        today() + [("activity", "Check and Challenge meeting"), ("level", "standard"), ("hours", hours)] + extra
    }

    /// Sends a claim form as the browser does (an upload), with or without a receipt.
    @discardableResult
    static func claim(
        _ browser: TestBrowser, fields: [(String, String)], receipt: (name: String, type: String)? = nil
    ) async throws -> TestingHTTPResponse {
        try await browser.upload(
            SiteURL.myClaims.path, field: "receipt", fileName: receipt?.name ?? "",
            contentType: receipt?.type ?? "application/octet-stream",
            data: receipt == nil ? [] : Array("%PDF-1.4 receipt".utf8), fields: fields)
    }

    @Test func aClaimWithAReceiptIsWorkedOutFromTheRateCardAndSeenOnlyByItsPersonAndApprovers() async throws {
        try await withTandem { app in
            let (partner, partnerUser) = try await Fixtures.signedIn(.partner, app: app)
            let (other, _) = try await Fixtures.signedIn(.partner, app: app)
            let (coordinator, _) = try await Fixtures.signedIn(.coordinator, app: app)
            let response = try await Self.claim(
                partner,
                fields: Self.claimFields(
                    hours: "1.5", extra: [("preparation", "0.5"), ("expense", "parking"), ("amount", "4.50")]),
                receipt: ("receipt.pdf", "application/pdf"))
            #expect(response.status == .seeOther)
            let claim = try #require(try await Claim.query(on: app.db).filter(\.$person.$id == partnerUser.$person.id).first())
            // 2 hours at the standard rate in force today (£12.65 from 16 December 2025), under the half-day cap.
            #expect(claim.timePence == 2_530 && claim.expensesPence == 450 && claim.status == .submitted)
            let expense = try #require(try await ClaimExpense.query(on: app.db).filter(\.$claim.$id == claim.id!).first())
            #expect(expense.receiptName == "receipt.pdf" && expense.receiptFile != nil)
            let receipt = SiteURL.claim(.value(claim.id!), .receipt(.value(expense.id!))).path
            #expect(try await partner.get(receipt).status == .ok)
            #expect(try await coordinator.get(receipt).status == .ok)
            #expect(try await other.get(receipt).status == .notFound)
            #expect(try await other.get(SiteURL.claim(.value(claim.id!)).path).status == .notFound)
            #expect(try await partner.get(SiteURL.myTime.path).body.string.contains("£29.80"))
        }
    }

    @Test func badClaimsAreRefusedInWordsAndNothingIsSaved() async throws {
        try await withTandem { app in
            let (partner, _) = try await Fixtures.signedIn(.partner, app: app)
            let tomorrow = CalendarDate.parts(of: Date().addingTimeInterval(86_400))
            let cases: [([(String, String)], (String, String)?, String)] = [
                (
                    [
                        ("on-day", tomorrow.day), ("on-month", tomorrow.month), ("on-year", tomorrow.year),
                        ("activity", "Meeting"),
                        ("level", "standard"), ("hours", "2"),
                    ], nil, "today or in the past"
                ),
                (Self.claimFields(hours: "25"), nil, "There are only 24 hours in a day"),
                (Self.claimFields(extra: [("expense", "mileage"), ("vehicle", "car")]), nil, "Enter how many miles"),
                (
                    Self.claimFields(extra: [("expense", "fare"), ("amount", "3.20")]), ("ticket.html", "text/html"),
                    "A receipt must be a photo or a PDF"
                ),
                (Self.claimFields(extra: [("expense", "fare"), ("amount", "3.20")]), nil, "Add a receipt for the fare"),
            ]
            for (fields, receipt, message) in cases {
                let response = try await Self.claim(partner, fields: fields, receipt: receipt)
                #expect(response.status == .badRequest, "\(message)")
                #expect(response.body.string.contains(message), "expected \u{201C}\(message)\u{201D}")
                #expect(
                    response.body.string.contains("value=\"Meeting\"")
                        || response.body.string.contains("Check and Challenge meeting"))
            }
            // Someone else's time record cannot be claimed.
            let other = try await Fixtures.person("Someone else", on: app.db)
            let record = TimeRecord(
                personID: other.id!, eventID: nil, kind: .trainingDelivered, activity: "Their session", day: Date(), hours: 2,
                preparationHours: 1)
            try await record.create(on: app.db)
            let theirs = try await Self.claim(
                partner, fields: Self.claimFields(extra: [("time-record", record.id!.lowercasedString)]))
            #expect(theirs.status == .badRequest && theirs.body.string.contains("not yours to claim"))
            #expect(try await Claim.query(on: app.db).count() == 0)
            #expect(try await ClaimExpense.query(on: app.db).count() == 0)
            let receipts = MyTimeController.receipts(app).directory
            let left = (try? FileManager.default.contentsOfDirectory(atPath: receipts)) ?? []
            #expect(left.isEmpty, "refused uploads leave nothing: \(left)")
        }
    }

    /// Two approvers (or one in two tabs) approving at the same moment approve it once: one is told
    /// someone else decided first, the audit log has one approval, and the export has the claim once.
    @Test func approvingAClaimTwiceAtOnceApprovesItOnceAndExportsItOnce() async throws {
        try await withTandem { app in
            let (partner, partnerUser) = try await Fixtures.signedIn(.partner, app: app)
            let (first, firstUser) = try await Fixtures.signedIn(.coordinator, app: app)
            let (second, secondUser) = try await Fixtures.signedIn(.coordinator, app: app)
            for _ in 0..<8 { #expect(try await Self.claim(partner, fields: Self.claimFields()).status == .seeOther) }
            let claims = try await Claim.query(on: app.db).filter(\.$person.$id == partnerUser.$person.id).all()
            #expect(claims.count == 8)
            // Through the services directly, many times at once.
            for claim in claims.prefix(6) {
                let approvers = [firstUser.$person.id, secondUser.$person.id]
                let results = try await withThrowingTaskGroup(of: Claims.Decision.self) { group in
                    for approver in approvers {
                        group.addTask {
                            let copy = try #require(try await Claim.find(claim.id, on: app.db))
                            return try await Claims.decide(
                                copy, to: .approved,
                                approver: Viewer(role: .coordinator, personID: approver, organisationID: nil),
                                actor: AuditActor(personID: approver, label: "Approver"), reason: nil, on: app.db)
                        }
                    }
                    return try await group.reduce(into: []) { $0.append($1) }
                }
                #expect(results.filter { $0 == .done }.count == 1, "\(results)")
                #expect(results.filter { $0 == .alreadyDecided(.approved) }.count == 1, "\(results)")
            }
            // Through the pages: two tabs post the same approval.
            let claim = claims[6]
            let path = SiteURL.claim(.value(claim.id!), .decision).path
            async let a = first.post(path, [("decision", "approved")])
            async let b = second.post(path, [("decision", "approved")])
            let (ra, rb) = try await (a, b)
            #expect(ra.status == .seeOther && rb.status == .seeOther)
            let approvals = try await AuditEntry.query(on: app.db).filter(\.$recordType == AuditRecordType.claim.rawValue)
                .filter(\.$action == AuditAction.statusChanged.rawValue).all()
            #expect(approvals.count == 7)
            let fresh = try #require(try await Claim.find(claim.id, on: app.db))
            #expect(fresh.status == .approved)
            // The export for today has each of the seven approved claims once, and not the one still waiting.
            let (csv, count) = try await RecognitionReports.financeCSV(
                from: Calendar.utc.startOfDay(for: Date()), to: Date().addingTimeInterval(86_400), on: app.db)
            #expect(count == 7)
            for approved in claims.prefix(7) {
                #expect(csv.components(separatedBy: approved.id!.lowercasedString).count == 2)
            }
            #expect(!csv.contains(claims[7].id!.lowercasedString))
            // Paying twice at once pays once too.
            async let p1 = first.post(path, [("decision", "paid")])
            async let p2 = second.post(path, [("decision", "paid")])
            _ = try await (p1, p2)
            #expect(try await Claim.find(claim.id, on: app.db)?.status == .paid)
            #expect(
                try await AuditEntry.query(on: app.db).filter(\.$recordType == AuditRecordType.claim.rawValue)
                    .filter(\.$action == AuditAction.statusChanged.rawValue).count() == 8)
        }
    }

    @Test func approversMayNotApproveTheirOwnAndAQueryGoesBackWithTheAnswer() async throws {
        try await withTandem { app in
            let (coordinator, coordinatorUser) = try await Fixtures.signedIn(.coordinator, app: app)
            let (partner, partnerUser) = try await Fixtures.signedIn(.partner, app: app)
            #expect(try await Self.claim(coordinator, fields: Self.claimFields()).status == .seeOther)
            let own = try #require(try await Claim.query(on: app.db).filter(\.$person.$id == coordinatorUser.$person.id).first())
            let refused = try await coordinator.post(SiteURL.claim(.value(own.id!), .decision).path, [("decision", "approved")])
            #expect(refused.status == .badRequest && refused.body.string.contains("You cannot approve your own claim"))
            #expect(try await Claim.find(own.id, on: app.db)?.status == .submitted)

            #expect(try await Self.claim(partner, fields: Self.claimFields()).status == .seeOther)
            let claim = try #require(try await Claim.query(on: app.db).filter(\.$person.$id == partnerUser.$person.id).first())
            let decision = SiteURL.claim(.value(claim.id!), .decision).path
            let noReason = try await coordinator.post(decision, [("decision", "queried")])
            #expect(noReason.status == .badRequest && noReason.body.string.contains("Say what needs answering"))
            #expect(
                try await coordinator.post(decision, [("decision", "queried"), ("reason", "Which meeting was it?")]).status
                    == .seeOther)
            let message = try #require(
                try await InboxMessage.query(on: app.db).filter(\.$person.$id == partnerUser.$person.id).first())
            #expect(message.subject.contains("A question about your claim") && message.body.contains("Which meeting was it?"))
            #expect(try await partner.get(SiteURL.myTime.path).body.string.contains("Which meeting was it?"))
            #expect(
                try await coordinator.post(SiteURL.claim(.value(claim.id!), .answer).path, [("answer", "Mine")]).status
                    == .forbidden)
            #expect(
                try await partner.post(SiteURL.claim(.value(claim.id!), .answer).path, [("answer", "The March one")]).status
                    == .seeOther)
            let answered = try #require(try await Claim.find(claim.id, on: app.db))
            #expect(answered.status == .submitted && answered.answer == "The March one")
        }
    }

    @Test func aLimitSomeoneSetIsWarnedAboutBeforeApprovalAndStaffOfPublicBodiesDeclare() async throws {
        try await withTandem { app in
            let (coordinator, _) = try await Fixtures.signedIn(.coordinator, app: app)
            let (partner, partnerUser) = try await Fixtures.signedIn(.partner, app: app)
            let start = CalendarDate.parts(of: Date().addingTimeInterval(-30 * 86_400))
            let end = CalendarDate.parts(of: Date().addingTimeInterval(30 * 86_400))
            #expect(
                try await partner.post(
                    SiteURL.myPayment.path,
                    [
                        ("choice", "paid"), ("limit", "20.00"), ("limit-from-day", start.day), ("limit-from-month", start.month),
                        ("limit-from-year", start.year), ("limit-to-day", end.day), ("limit-to-month", end.month),
                        ("limit-to-year", end.year), ("reference", "PAY-0042"), ("public-body[]", "yes"),
                    ]
                ).status == .seeOther)
            #expect(
                try await AuditEntry.query(on: app.db).filter(\.$recordType == AuditRecordType.paymentChoice.rawValue).count()
                    == 1)
            let undeclared = try await Self.claim(partner, fields: Self.claimFields())
            #expect(undeclared.status == .badRequest && undeclared.body.string.contains("outside their job and working time"))
            #expect(try await Self.claim(partner, fields: Self.claimFields(extra: [("declared[]", "yes")])).status == .seeOther)
            let claim = try #require(try await Claim.query(on: app.db).filter(\.$person.$id == partnerUser.$person.id).first())
            #expect(claim.timePence == 2_530 && claim.declaredOutsideWork)
            let page = try await coordinator.get(SiteURL.claim(.value(claim.id!)).path).body.string
            #expect(page.contains("over the £20.00 they set") && page.contains("PAY-0042"))
            let decision = SiteURL.claim(.value(claim.id!), .decision).path
            let unchecked = try await coordinator.post(decision, [("decision", "approved")])
            #expect(unchecked.status == .badRequest && unchecked.body.string.contains("confirm you asked them"))
            #expect(try await coordinator.post(decision, [("decision", "approved"), ("checked[]", "yes")]).status == .seeOther)
            let (csv, _) = try await RecognitionReports.financeCSV(
                from: Calendar.utc.startOfDay(for: Date()), to: Date().addingTimeInterval(86_400), on: app.db)
            #expect(csv.contains("PAY-0042") && csv.contains("25.30"))
            // The statement shows the hours and the payment.
            let statement = try await partner.get(SiteURL.myStatement.path).body.string
            #expect(statement.contains("£25.30") && statement.contains("Check and Challenge meeting"))
        }
    }

    @Test func aRiseAppliesFromItsDayAndTheCardSaysItIsAnExampleUntilConfirmed() async throws {
        try await withTandem { app in
            let (admin, _) = try await Fixtures.signedIn(.admin, app: app)
            let (coordinator, _) = try await Fixtures.signedIn(.coordinator, app: app)
            #expect(try await coordinator.get(SiteURL.rateCard.path).body.string.contains("These are examples"))
            #expect(try await coordinator.post(SiteURL.rateCardConfirm.path, []).status == .forbidden)
            let from = CalendarDate.parts(of: Date().addingTimeInterval(-86_400))
            #expect(
                try await admin.post(
                    SiteURL.rateCardRates.path,
                    [
                        ("level", "standard"), ("from-day", from.day), ("from-month", from.month), ("from-year", from.year),
                        ("hourly", "14.00"),
                    ]
                ).status == .seeOther)
            #expect(try await admin.post(SiteURL.rateCardConfirm.path, []).status == .seeOther)
            let page = try await coordinator.get(SiteURL.rateCard.path).body.string
            #expect(!page.contains("These are examples") && page.contains("£14.00"))
            let (partner, partnerUser) = try await Fixtures.signedIn(.partner, app: app)
            let old = CalendarDate.parts(of: Date().addingTimeInterval(-3 * 86_400))
            #expect(
                try await Self.claim(
                    partner,
                    fields: [
                        ("on-day", old.day), ("on-month", old.month), ("on-year", old.year), ("activity", "Before the rise"),
                        ("level", "standard"), ("hours", "1"),
                    ]
                ).status == .seeOther)
            #expect(try await Self.claim(partner, fields: Self.claimFields(hours: "1")).status == .seeOther)
            let claims = try await Claim.query(on: app.db).filter(\.$person.$id == partnerUser.$person.id).sort(\.$day).all()
            #expect(claims.map(\.timePence) == [1_265, 1_400])
        }
    }
}
