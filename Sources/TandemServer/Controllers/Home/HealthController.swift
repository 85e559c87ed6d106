import Fluent
import SQLKit
import Vapor

/// For load balancers and monitoring: is the app up, and can it reach its database?
enum HealthController {
    struct Status: Content, Equatable {
        let status: String
        let database: String
    }

    static func check(req: Request) async -> Response {
        let reachable = await databaseIsReachable(req.db)
        let body = Status(status: reachable ? "ok" : "unavailable", database: reachable ? "ok" : "unreachable")
        // Written by hand so the keys keep the documented order for simple monitors.
        var headers = HTTPHeaders()
        headers.contentType = .json
        return Response(
            status: reachable ? .ok : .serviceUnavailable, headers: headers,
            body: .init(string: #"{"status":"\#(body.status)","database":"\#(body.database)"}"#))
    }

    static func databaseIsReachable(_ db: any Database) async -> Bool {
        guard let sql = db as? any SQLDatabase else { return false }
        do {
            try await sql.raw("SELECT 1").run()
            return true
        } catch {
            return false
        }
    }
}
