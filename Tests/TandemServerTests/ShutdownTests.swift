import Foundation
@testable import TandemServer
import Testing
import VaporTesting

@Suite("Stopping the server")
struct ShutdownTests {
    /// A request still being answered when the server is told to stop is
    /// answered with the database still open, and stopping waits for it.
    @Test func aRequestInFlightIsAnsweredBeforeTheDatabasesClose() async throws {
        // given: a running server (its own in-memory SQLite: this is about the order of shutdown)
        let app = try await Application.make(.testing)
        try await configure(
            app,
            config: AppConfig(
                database: .sqliteMemory, bcryptCost: 4,
                dataDirectory: NSTemporaryDirectory() + "shutdown-" + UUID().uuidString))
        try await app.autoMigrate()
        try await app.server.start(address: .hostname("127.0.0.1", port: 0))
        let port = try #require(app.http.server.shared.localAddress?.port)
        let browser = TestBrowser(app)
        try await browser.get(SiteURL.signIn.path)
        let cookie = try #require(browser.cookieHeader), csrf = try #require(browser.csrf)

        // and: a sign-in whose form has only partly arrived
        let body = "email=nobody%40example.org&password=wrong-password&_csrf=\(csrf)"
        let connection = try RawConnection(port: port)
        try connection.send(
            "POST /sign-in HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: \(cookie)\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: \(body.utf8.count)\r\n\r\n"
                + String(body.prefix(10)))
        // Give the server time to read the head, even when other tests keep it busy:
        // a pause, then a whole request on another connection answered after it.
        try await Task.sleep(for: .milliseconds(500))
        let probe = try RawConnection(port: port)
        try probe.send("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        #expect(probe.receiveAll().hasPrefix("HTTP/1.1 200"))

        // when: the application is stopped, and then the rest of the form arrives
        let stopping = Task { try await app.asyncShutdown() }
        try await Task.sleep(for: .milliseconds(300))
        #expect(!app.didShutdown, "stopping waits for the request in flight")
        try connection.send(String(body.dropFirst(10)))
        let response = connection.receiveAll()
        try await stopping.value

        // then: it was answered as usual (a wrong password), and the application stopped
        #expect(response.hasPrefix("HTTP/1.1 401"), "\(response.prefix(200))")
        #expect(app.didShutdown)
    }
}
