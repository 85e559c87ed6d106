import Fluent
import TandemCore
import Vapor

/// The public PPG directory, without signing in: every practice, whether it has a PPG and how
/// it meets, and "I would like to join", which reaches the PPG's chair and practice lead
/// through their inbox and email. No member is named.
enum PublicPPGController {
    static let perPage = 25

    static func directory(req: Request) async throws -> Response {
        let q = (try? req.query.get(String.self, at: "q"))?.trimmed ?? ""
        var query = Organisation.query(on: req.db).filter(\.$kind == .gpPractice).filter(\.$archivedAt == nil)
        if !q.isEmpty {
            let words = q.lowercased()
            let district = q.uppercased().split(separator: " ").first.map(String.init) ?? ""
            query = query.group(.or) { group in
                group.filter(\.$searchText ~~ words)
                group.filter(\.$postcode =~ (district + " "))
                group.filter(\.$postcode == district)
            }
        }
        let total = try await query.count()
        let pagination = Pagination(page: req.requestedPage, perPage: perPage, totalItems: total)
        let practices = try await query.sort(\.$name).range(pagination.offset..<(pagination.offset + perPage)).all()
        let ppgs = try await PPG.query(on: req.db).filter(\.$practice.$id ~~ practices.map(\.savedID)).filter(
            \.$status != .closed
        ).all()
        let byPractice = Dictionary(ppgs.map { ($0.$practice.id, $0) }, uniquingKeysWith: { a, _ in a })
        let model = PPGDirectoryPage.Model(
            q: q,
            rows: practices.map { practice in
                let ppg = byPractice[practice.savedID]
                return .init(
                    practiceID: practice.savedID, practice: practice.name, postcode: practice.postcode,
                    format: ppg?.meetingFormat, hasPPG: ppg != nil)
            }, pagination: pagination)
        return PPGDirectoryPage.render(model, context: try await PageContext.make(req)).response()
    }

    static func practice(req: Request) async throws -> Response {
        let (practice, ppg) = try await find(req)
        return try await render(req, practice, ppg, form: PPGJoinForm(), errors: FormErrors())
    }

    static func join(req: Request) async throws -> Response {
        let (practice, found) = try await find(req)
        guard let ppg = found else { throw AppError.notFound }
        let form = try req.content.decode(PPGJoinForm.self)
        switch form.validate() {
        case .failure(let errors):
            return try await render(req, practice, ppg, form: form, errors: errors, status: .badRequest)
        case .success(let valid):
            try await req.db.transaction { db in
                _ = try await ContactConsent.record(
                    .address(valid.email, name: valid.name), howGiven: "Asked to join \(ppg.name) on the public PPG directory",
                    on: db)
                for person in try await PPGRegistry.contacts(ppg, on: db) {
                    try await PersonMessage.send(
                        to: person, subject: "Someone would like to join \(ppg.name)",
                        body: """
                            \(valid.name) asked to join \(ppg.name) through the public PPG directory, and agreed to be contacted.

                            Email: \(valid.email)
                            Phone: \(valid.phone ?? "not given")

                            Please get in touch to welcome them, and add them as a member in Tandem when they join.
                            """,
                        link: SiteURL.ppg(.value(try ppg.requireID())).path, on: db)
                }
            }
            // Said on the page the visitor is sent to: a visitor without an account may have no session to carry a message.
            return req.seeOther(SiteURL.ppgDirectoryPractice(.value(practice.savedID)).path(query: [("sent", "yes")]))
        }
    }

    private static func find(_ req: Request) async throws -> (Organisation, PPG?) {
        guard let practice = try await Organisation.find(try req.id(.organisation), on: req.db), practice.kind == .gpPractice,
            practice.archivedAt == nil
        else { throw AppError.notFound }
        let ppg = try await PPG.query(on: req.db).filter(\.$practice.$id == practice.savedID).filter(\.$status != .closed).first()
        return (practice, ppg)
    }

    private static func render(
        _ req: Request, _ practice: Organisation, _ ppg: PPG?, form: PPGJoinForm, errors: FormErrors,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let model = PPGDirectoryPracticePage.Model(
            sent: (try? req.query.get(String.self, at: "sent")) == "yes", practiceID: practice.savedID, practice: practice.name,
            postcode: practice.postcode,
            ppg: ppg.map { (name: $0.name, format: $0.meetingFormat, frequency: $0.meetingFrequency, howToJoin: $0.howToJoin) },
            form: form, errors: errors)
        return PPGDirectoryPracticePage.render(model, context: try await PageContext.withForm(req)).response(status)
    }
}
