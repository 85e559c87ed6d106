/// A kind of personal data the redactor finds, and the marker that replaces it.
public enum PersonalDataKind: String, Codable, CaseIterable, Sendable {
    case name, nhsNumber = "nhs_number", phone, email, postcode, dateOfBirth = "date_of_birth", address, reference

    public var marker: String {
        switch self {
        case .name: "[name]"
        case .nhsNumber: "[NHS number]"
        case .phone: "[phone]"
        case .email: "[email]"
        case .postcode: "[postcode]"
        case .dateOfBirth: "[date of birth]"
        case .address: "[address]"
        case .reference: "[reference]"
        }
    }

    /// Which kind wins when two findings overlap.
    var priority: Int {
        switch self {
        case .email: 8
        case .nhsNumber: 7
        case .dateOfBirth: 6
        case .address: 5
        case .postcode: 4
        case .phone: 3
        case .reference: 2
        case .name: 1
        }
    }
}

/// Something personal found in a text: what it is and where (UTF-16 offsets,
/// as web pages and NSRange count them).
public struct PersonalDataFinding: Codable, Sendable, Equatable {
    public let kind: PersonalDataKind
    public let start: Int
    public let end: Int
    public let text: String
}

public struct RedactionResult: Codable, Sendable, Equatable {
    public let redacted: String
    public let findings: [PersonalDataFinding]
}
