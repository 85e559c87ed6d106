/// The six equality monitoring answers, kept as columns both on a person's
/// answers and on a survey response; read and written by question id (see
/// `EqualityMonitoring.questions`).
protocol EqualityFields: AnyObject {
    var ageBand: String? { get set }
    var sex: String? { get set }
    var genderIdentity: String? { get set }
    var ethnicGroup: String? { get set }
    var disability: String? { get set }
    var carer: String? { get set }
}

extension EqualityFields {
    private static func field(_ questionID: String) -> ReferenceWritableKeyPath<Self, String?>? {
        switch questionID {
        case "age_band": \.ageBand
        case "sex": \.sex
        case "gender_identity": \.genderIdentity
        case "ethnic_group": \.ethnicGroup
        case "disability": \.disability
        case "carer": \.carer
        default: nil
        }
    }

    subscript(equality questionID: String) -> String? {
        get { Self.field(questionID).flatMap { self[keyPath: $0] } }
        set { if let field = Self.field(questionID) { self[keyPath: field] = newValue } }
    }
}
