import Fluent
import Foundation
import NIOHTTP1
import SQLKit
@testable import TandemServer
import Testing
import VaporTesting

/// Every route, as every role and as an anonymous visitor, with the values an
/// attacker or a careless user sends: huge and negative numbers, very long
/// text, bad UUIDs, bad dates, invalid UTF-8 and missing fields. None may
/// answer with a server error, and the server must still answer afterwards.
@Suite("Hostile input on every route")
struct HostileInputTests {
    static let longText = String(repeating: "Quigley 07700 900123 ", count: 250)
    /// Numbers that overflow, go below zero, are not whole, or are not numbers.
    static let numbers = ["9223372036854775807", "-1", "0", "1e99", "abc"]

    @Test func noRouteAnswersWithAServerErrorWhateverItIsSent() async throws {
        try await withTandem { app in
            _ = try await DemoGenerator(scale: 1, passwordHash: try Bcrypt.hash(Fixtures.password, cost: 4)).load(on: app.db)
            let ids = try await Self.realIDs(app.db)
            let routes = app.routes.all.filter { $0.path.map(\.description) != ["sign-out"] }
            var fieldNames: Set<String> = ["name", "title", "text", "email", "password", "page", "q", "status", "reason", "note"]
            var failures: [String] = []
            var requests = 0
            let roles = ["admin", "coordinator", "staff", "partner", nil] as [String?]
            for role in roles {
                let browser = TestBrowser(app)
                if let role {
                    try await browser.signIn("\(role)@demo.example.org")
                } else {
                    try await browser.get(SiteURL.signIn.path)
                }
                for route in routes {
                    for (index, path) in Self.paths(route, ids: ids).enumerated() {
                        // Bad ids in the path are tried plainly; real ones with everything else hostile too.
                        let plainOnly = index > 0
                        if route.method == .GET {
                            // The page as linked, then with every number and text in its address made hostile.
                            for query in [""] + (plainOnly ? [] : Self.numbers.map { "?" + Self.hostileQuery(number: $0) }) {
                                let response = try await browser.get(path + query)
                                requests += 1
                                fieldNames.formUnion(Self.fieldNames(in: response.body.string))
                                if response.status.code >= 500 {
                                    failures.append("\(role ?? "anonymous") GET \(path + query): \(response.status.code)")
                                }
                            }
                        } else {
                            let bodies = Self.hostileBodies(fieldNames: fieldNames, csrf: browser.csrf ?? "")
                            for body in plainOnly ? [bodies.last!] : bodies {
                                var headers = HTTPHeaders()
                                headers.contentType = .urlEncodedForm
                                if let cookie = browser.cookieHeader { headers.add(name: .cookie, value: cookie) }
                                let response = try await app.testing().sendRequest(
                                    route.method, path + "?page=-1", headers: headers, body: body)
                                requests += 1
                                if response.status.code >= 500 {
                                    failures.append(
                                        "\(role ?? "anonymous") \(route.method) \(path): \(response.status.code) \(response.body.string.prefix(200))"
                                    )
                                }
                            }
                        }
                    }
                }
            }
            #expect(
                failures.isEmpty,
                "\(failures.count) of \(requests) requests failed:\n\(failures.prefix(30).joined(separator: "\n"))")
            #expect(requests > 1_500)
            // Still up, and still answering.
            #expect(try await app.testing().sendRequest(.GET, SiteURL.healthz.path).status == .ok)
            #expect(try await TestBrowser(app).signIn("coordinator@demo.example.org").status == .seeOther)
        }
    }

    /// The route's path with real ids of the demo (so handlers get past their
    /// lookups), and again with a bad UUID and invalid UTF-8 in every parameter.
    static func paths(_ route: Route, ids: [String: String]) -> [String] {
        func path(_ value: (String) -> String) -> String {
            "/"
                + route.path.map { component -> String in
                    switch component {
                    case .constant(let text): text
                    case .parameter(let name): value(name)
                    default: "x"
                    }
                }.joined(separator: "/")
        }
        guard route.path.contains(where: { if case .parameter = $0 { true } else { false } }) else { return [path { $0 }] }
        return [path { ids[$0] ?? UUID().uuidString.lowercased() }, path { _ in "not-a-uuid" }, path { _ in "%FF%FE" }]
    }

    /// One real record of each kind the routes name, from the demo.
    static func realIDs(_ db: any Database) async throws -> [String: String] {
        let tables = [
            "organisationID": "organisations", "personID": "people", "consentID": "consent_records", "userID": "users",
            "projectID": "projects", "surveyID": "surveys", "questionID": "survey_questions", "activityID": "activities",
            "checklistID": "checklists", "measureID": "measures", "storyID": "stories", "jobID": "import_jobs",
            "itemID": "feedback_items", "findingID": "findings", "recommendationID": "recommendations",
            "updateID": "recommendation_updates", "themeID": "themes", "milestoneID": "project_milestones",
            "memberID": "project_members", "messageID": "messages",
        ]
        var ids: [String: String] = [:]
        let sql = db as! any SQLDatabase
        for (name, table) in tables {
            if let id = try? await sql.raw("SELECT id FROM \(ident: table) LIMIT 1").first(decodingColumn: "id", as: UUID.self) {
                ids[name] = id.uuidString.lowercased()
            }
        }
        return ids
    }

    static func hostileQuery(number: String) -> String {
        let text = number == numbers[0] ? longText.addingPercentEncoding(withAllowedCharacters: .alphanumerics)! : "%FF" + number
        return [
            "page=\(number)", "q=\(text)", "from=31%2F02%2F2026", "to=\(number)", "by=%FF%FE", "mode=%00", "skip=not-a-uuid,%FF",
            "show=\(number)", "organisation=\(number)", "stage=%FF", "manager=abc", "method=\(number)", "source=\(number)",
            "next=%2F%09%2Fevil.example", "type=\(number)", "actor=zz", "subject=%FF", "kind=\(number)", "role=\(number)",
            "archived=\(number)", "overdue=\(number)", "person=%FF",
        ].joined(separator: "&")
    }

    /// Bodies for a form: every field a huge or negative number, every field very long,
    /// invalid UTF-8, a bad date, and nothing at all (missing fields).
    static func hostileBodies(fieldNames: Set<String>, csrf: String) -> [ByteBuffer] {
        let names = fieldNames.sorted()
        func form(_ value: String) -> ByteBuffer {
            ByteBuffer(string: (names.map { "\($0)=\(value)" } + ["_csrf=\(csrf)"]).joined(separator: "&"))
        }
        var bodies = [numbers[0], numbers[1], numbers[3]].map(form)
        bodies.append(form(longText.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!))
        bodies.append(form("%FF%FE%C0%80"))
        bodies.append(form("31%2F02%2F2026"))
        var raw = ByteBuffer(string: "_csrf=\(csrf)&name=")
        raw.writeBytes([0xFF, 0xFE, 0xC0, 0x80])  // invalid UTF-8 as raw bytes, not percent-encoded
        bodies.append(raw)
        bodies.append(ByteBuffer(string: "_csrf=\(csrf)"))
        return bodies
    }

    static func fieldNames(in html: String) -> Set<String> {
        var names: Set<String> = []
        var rest = Substring(html)
        while let range = rest.range(of: " name=\"") {
            let after = rest[range.upperBound...]
            guard let end = after.firstIndex(of: "\"") else { break }
            let name = String(after[..<end])
            if name != "_csrf", !name.isEmpty, name.count < 40 { names.insert(name) }
            rest = after[end...]
        }
        return names
    }
}
