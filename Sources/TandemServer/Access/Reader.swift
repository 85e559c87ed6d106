import TandemCore

/// Evidence text as one viewer may read it (`AccessPolicy.textView`): as it was
/// given, without contact details, or without names and contact details. Page
/// models take the viewer, handlers `req.reader`.
struct Reader: Sendable {
    let viewer: Viewer?

    func text(_ item: FeedbackItem, _ ref: ProjectRef) -> String {
        text(item.text, redacted: item.redactedText, scope: item.consentScope, ref)
    }

    func text(_ text: String, redacted: String, scope: ConsentScope, _ ref: ProjectRef) -> String {
        view(ref, scope) == .redacted ? redacted : teamText(text, scope: scope, ref)
    }

    /// Text kept only as given (a story's transcript, an answer in a survey's export), for
    /// someone on the team: as given, or for a partner without contact details.
    func teamText(_ text: String, scope: ConsentScope, _ ref: ProjectRef) -> String {
        view(ref, scope) == .withoutContactDetails ? Redactor().redactContactDetails(text) : text
    }

    func view(_ ref: ProjectRef, _ scope: ConsentScope) -> TextView { AccessPolicy.textView(viewer, ref, scope) }
}

extension Viewer {
    var reader: Reader { Reader(viewer: self) }

    func can(_ permission: Permission) -> Bool { AccessPolicy.allows(self, permission) }
}
