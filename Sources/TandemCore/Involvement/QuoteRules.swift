import Foundation

/// When a piece of evidence may be quoted where the public can read it: a
/// coder has marked it quotable, and whoever gave it agreed to it being
/// read by anyone (without names or other personal details).
public enum QuoteRules {
    public enum Refusal: Error, Equatable, Sendable {
        case notMarkedQuotable
        case noPublicationConsent

        public var message: String {
            switch self {
            case .notMarkedQuotable:
                "This comment has not been marked as quotable. Mark it quotable on the coding screen first."
            case .noPublicationConsent:
                "The person who gave this comment has not agreed to it being published, so it cannot be used as a quote"
            }
        }
    }

    public static func check(quotable: Bool, scope: ConsentScope) throws(Refusal) {
        guard scope == .public else { throw .noPublicationConsent }
        guard quotable else { throw .notMarkedQuotable }
    }

    public static func mayQuote(quotable: Bool, scope: ConsentScope) -> Bool {
        quotable && scope == .public
    }
}
