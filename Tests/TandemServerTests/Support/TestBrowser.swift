import Foundation
import NIOHTTP1
@testable import TandemServer
import Testing
import VaporTesting

/// A browser for tests: keeps the session cookie between requests, picks up
/// the CSRF token from each page, and sends forms the way a browser does.
final class TestBrowser: @unchecked Sendable {
    let app: Application
    private(set) var cookie: String?
    /// The anonymous visitor's form cookie (see `AnonymousFormToken`).
    private(set) var formCookie: String?
    private(set) var csrf: String?

    init(_ app: Application) { self.app = app }

    @discardableResult
    func get(_ path: String) async throws -> TestingHTTPResponse {
        let response = try await app.testing().sendRequest(.GET, path, headers: headers())
        remember(response)
        return response
    }

    /// Posts a form. The CSRF token of the current session is added unless told not to.
    @discardableResult
    func post(
        _ path: String, _ fields: [(String, String)] = [], csrf includeCSRF: Bool = true
    ) async throws -> TestingHTTPResponse {
        var all = fields
        if includeCSRF, let csrf { all.append(("_csrf", csrf)) }
        var headers = headers()
        headers.contentType = .urlEncodedForm
        let body = ByteBuffer(string: Self.encode(all))
        let response = try await app.testing().sendRequest(.POST, path, headers: headers, body: body)
        remember(response)
        return response
    }

    /// Uploads a file as a browser sends it: `multipart/form-data`, with the CSRF token in the address.
    @discardableResult
    func upload(
        _ path: String, field: String, fileName: String, contentType: String, data: [UInt8],
        fields: [(String, String)] = [], csrf includeCSRF: Bool = true
    ) async throws -> TestingHTTPResponse {
        let boundary = "----TandemTestBoundary\(UUID().uuidString.prefix(8))"
        var body = ByteBuffer()
        for (name, value) in fields {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        body.writeString(
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(field)\"; filename=\"\(fileName)\"\r\nContent-Type: \(contentType)\r\n\r\n"
        )
        body.writeBytes(data)
        body.writeString("\r\n--\(boundary)--\r\n")
        var headers = headers()
        headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        let target = includeCSRF ? path + (path.contains("?") ? "&" : "?") + "_csrf=" + (csrf ?? "") : path
        let response = try await app.testing().sendRequest(.POST, target, headers: headers, body: body)
        remember(response)
        return response
    }

    /// Signs in through the real form, as a person would.
    @discardableResult
    func signIn(_ email: String, password: String = Fixtures.password) async throws -> TestingHTTPResponse {
        try await get("/sign-in")
        let response = try await post("/sign-in", [("email", email), ("password", password)])
        try await get("/")  // picks up the new session's CSRF token
        return response
    }

    func setCookie(_ value: String?) { cookie = value }

    /// The `Cookie` header this browser sends, for requests made by hand.
    var cookieHeader: String? { headers().first(name: .cookie) }

    private func headers() -> HTTPHeaders {
        var headers = HTTPHeaders()
        let cookies = [
            cookie.map { "\(SessionMiddleware.cookieName)=\($0)" }, formCookie.map { "\(AnonymousFormToken.cookieName)=\($0)" },
        ]
        .compactMap { $0 }
        if !cookies.isEmpty { headers.add(name: .cookie, value: cookies.joined(separator: "; ")) }
        return headers
    }

    private func remember(_ response: TestingHTTPResponse) {
        for header in response.headers[.setCookie] {
            if header.hasPrefix("\(SessionMiddleware.cookieName)=") {
                let value = header.dropFirst(SessionMiddleware.cookieName.count + 1).prefix { $0 != ";" }
                cookie = value.isEmpty ? nil : String(value)
            } else if header.hasPrefix("\(AnonymousFormToken.cookieName)=") {
                let value = header.dropFirst(AnonymousFormToken.cookieName.count + 1).prefix { $0 != ";" }
                formCookie = value.isEmpty ? nil : String(value)
            }
        }
        if let token = Self.csrfToken(in: response.body.string) { csrf = token }
    }

    static func csrfToken(in html: String) -> String? {
        guard let range = html.range(of: #"name="_csrf" value="([^"]+)""#, options: .regularExpression) else { return nil }
        let match = html[range]
        return match.split(separator: "\"").dropFirst(3).first.map(String.init)
    }

    static func encode(_ fields: [(String, String)]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return fields.map { name, value in
            "\(name.addingPercentEncoding(withAllowedCharacters: allowed)!)=\(value.addingPercentEncoding(withAllowedCharacters: allowed)!)"
        }.joined(separator: "&")
    }
}

extension TestingHTTPResponse {
    var location: String? { headers.first(name: .location) }
}
