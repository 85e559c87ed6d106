import TandemCore
import Vapor

extension Request {
    /// The `page` asked for in the address, safe for arithmetic (see `Pagination.requestedPage`).
    /// Every list reads its page through this, never as `Int` straight from the query.
    var requestedPage: Int? { Pagination.requestedPage(query[String.self, at: "page"]) }
}

extension Request {
    /// The client's own address, through trusted proxies (see `ClientAddress`).
    var clientAddress: String? {
        ClientAddress.resolve(
            peer: remoteAddress?.ipAddress, forwardedFor: headers[.xForwardedFor],
            trusted: application.config.trustedProxies)
    }
}

extension Request {
    /// A whole web address for a path, for something read away from the page (a QR code):
    /// the public address when one is set (`TANDEM_PUBLIC_URL`), otherwise the host this
    /// request came to.
    func wholeURL(_ path: String) -> String {
        if application.config.publicURL != nil { return application.config.absoluteURL(path) }
        guard let host = headers.first(name: .host), !host.isEmpty else { return path }
        return "http://\(host)\(path)"
    }
}
