import Foundation

/// How a person may read a piece of evidence.
public enum TextView: Sendable, Equatable {
    /// As it was given: names, contact details and all.
    case asGiven
    /// People's words and names, with contact details taken out (phone numbers,
    /// emails, NHS and hospital numbers, addresses, postcodes, dates of birth).
    case withoutContactDetails
    /// With names and contact details taken out.
    case redacted

    /// Whether the viewer reads the whole text as given; only then may they search it as given.
    public var isAsGiven: Bool { self == .asGiven }
}

extension AccessPolicy {
    /// Which text of an item a viewer reads. Beyond the team, the consent scope
    /// decides (see `Permission.readAsGiven`). Patient partners on the team need
    /// people's words, not their contact details, so contact details always reach
    /// them redacted; names follow the consent scope as for anyone on the team.
    public static func textView(_ viewer: Viewer?, _ project: ProjectRef, _ scope: ConsentScope) -> TextView {
        guard allows(viewer, .readAsGiven(project, scope)) else { return .redacted }
        return viewer?.role == .partner ? .withoutContactDetails : .asGiven
    }
}
