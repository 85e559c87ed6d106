import Vapor

/// The errors Tandem's own code raises. The error middleware turns each into
/// the right status and an NHS-style page (or JSON under /api).
enum AppError: Error, Equatable {
    case notFound
    case forbidden
    case signInRequired
    case invalidCSRFToken
    case tooManySignInAttempts(retryAfterSeconds: Int)
    case badRequest(String)
    case conflict(String)
    case tooLarge(String)
}

extension AppError: AbortError {
    var status: HTTPResponseStatus {
        switch self {
        case .notFound: .notFound
        case .forbidden, .invalidCSRFToken: .forbidden
        case .signInRequired: .unauthorized
        case .tooManySignInAttempts: .tooManyRequests
        case .badRequest: .badRequest
        case .conflict: .conflict
        case .tooLarge: .payloadTooLarge
        }
    }

    var reason: String {
        switch self {
        case .notFound: "Page not found"
        case .forbidden: "You do not have access to this page"
        case .signInRequired: "You need to sign in to see this page"
        case .invalidCSRFToken: "This form has expired or was sent from somewhere else"
        case .tooManySignInAttempts(let seconds):
            // Says to wait, never that an account is locked: the limit may have been reached by someone else.
            "Too many attempts to sign in from here or to this account. Wait \(max(1, (seconds + 59) / 60)) minute\(seconds > 60 ? "s" : ""), then try again"
        case .badRequest(let message), .conflict(let message), .tooLarge(let message): message
        }
    }

    var headers: HTTPHeaders {
        if case .tooManySignInAttempts(let seconds) = self { return ["Retry-After": String(seconds)] }
        return [:]
    }
}
