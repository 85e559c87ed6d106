/// Common access and communication needs, offered as ticks so that teams
/// plan for them. People can also describe needs in their own words.
public enum AccessNeed: String, CaseIterable, Codable, Sendable {
    case bslInterpreter = "bsl_interpreter"
    case largePrint = "large_print"
    case easyRead = "easy_read"
    case stepFreeAccess = "step_free_access"
    case hearingLoop = "hearing_loop"
    case captions
    case screenReaderFriendly = "screen_reader"
    case interpreter = "spoken_language_interpreter"
    case quietSpace = "quiet_space"
    case extraTime = "extra_time"

    public var label: String {
        switch self {
        case .bslInterpreter: "British Sign Language (BSL) interpreter"
        case .largePrint: "Large print"
        case .easyRead: "Easy read"
        case .stepFreeAccess: "Step-free access"
        case .hearingLoop: "Hearing loop"
        case .captions: "Captions on video calls"
        case .screenReaderFriendly: "Documents that work with a screen reader"
        case .interpreter: "Spoken language interpreter"
        case .quietSpace: "A quiet space or breaks"
        case .extraTime: "Extra time, or papers sent in advance"
        }
    }
}
