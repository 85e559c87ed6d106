import Foundation
import TandemCore
import Vapor

/// Part of a story's transcript kept as evidence: it must be the storyteller's words as transcribed.
struct ClipForm: Content, Sendable {
    var clip: String?

    /// - Parameter transcript: the transcript as this viewer reads it, which the clip is checked against.
    func validate(transcript: String) -> Result<String, FormErrors> {
        var errors = FormErrors()
        let clip = errors.check(
            FieldRules.requiredText(
                clip, maximum: TextLimit.long, missing: "Copy the part of the transcript to keep", name: "The clip"),
            "clip")
        if let clip, !Transcript.contains(transcript, clip) {
            errors.add("clip", "The clip must be copied word for word from the transcript")
        }
        return errors.result { clip }
    }
}
