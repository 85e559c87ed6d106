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
