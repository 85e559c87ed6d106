import Foundation
import TandemCore

/// Made-up patient comments for the demo, in the voice of Friends and Family
/// Test free text: praise, complaints and mixed feelings about waiting,
/// staff, medicines, information, food, parking and getting home. A few
/// carry names and phone numbers, as real comments do, so the demo shows
/// them being taken out.
enum DemoComments {
    static let services = [
        "Emergency department", "Outpatients", "Maternity", "Ward 7", "Ward 12", "Discharge lounge", "Pharmacy",
        "Physiotherapy", "Radiology", "Children's ward", "Day surgery", "Community nursing",
    ]

    private static let praise = [
        "The nurses on {service} were kind and explained everything to me",
        "Staff were friendly and made me feel safe",
        "The doctor listened to me and took my worries seriously",
        "I was seen quickly and everyone was very professional",
        "The care my mum received was excellent from start to finish",
        "Reception staff were welcoming and helpful",
        "The physio gave me exercises I could actually do at home",
        "Everything was clean and the ward was calm at night",
        "They treated my dad with dignity and patience",
        "The midwife was wonderful and supported my birth plan",
    ]

    private static let problems = [
        "I waited {hours} hours for my medicines before I could go home",
        "Nobody told us what was happening or how long the wait would be",
        "Parking cost £{pounds} and there were no spaces near the entrance",
        "The discharge letter was full of jargon I did not understand",
        "My appointment was cancelled twice without any explanation",
        "The food was cold and there was nothing I could eat with my diabetes",
        "It was too noisy on the ward to sleep",
        "I could not get through on the phone to rearrange my appointment",
        "Staff talked over me to my daughter as if I was not there",
        "There was no hearing loop at the desk so I missed my name being called",
        "The signs to the clinic were confusing and I got lost",
        "We were sent home without the equipment we were promised",
        "Transport arrived {hours} hours late to take me home",
        "The waiting room had nowhere for my wheelchair",
    ]

    private static let endings = [
        "", "", "", " Thank you.", " Please sort out the pharmacy.", " Overall I would come back.",
        " It spoilt an otherwise good visit.", " Please listen to carers more.",
        " Ask for {name}, she was brilliant.", " Call me on {phone} if you want to hear more.",
    ]

    private static let names = ["Sister Jones", "Dr Patel", "Nurse Kelly", "Ahmed on reception", "Joanne"]

    struct Comment {
        let text: String
        let rating: Int
        let service: String
    }

    static func make(_ random: inout SeededGenerator) -> Comment {
        let service = services.randomElement(using: &random)!
        let mood = Int.random(in: 0..<10, using: &random)
        let text: String
        let rating: Int
        switch mood {
        case 0..<5:
            text = pick(praise, &random, service: service) + "."
            rating = Int.random(in: 1...2, using: &random)
        case 5..<8:
            text = pick(problems, &random, service: service) + "."
            rating = Int.random(in: 3...5, using: &random)
        default:
            text =
                pick(praise, &random, service: service) + ", but " + lowerFirst(pick(problems, &random, service: service)) + "."
            rating = Int.random(in: 2...3, using: &random)
        }
        return Comment(
            text: text + fill(endings.randomElement(using: &random)!, &random, service: service), rating: rating, service: service
        )
    }

    private static func pick(_ options: [String], _ random: inout SeededGenerator, service: String) -> String {
        fill(options.randomElement(using: &random)!, &random, service: service)
    }

    private static func fill(_ template: String, _ random: inout SeededGenerator, service: String) -> String {
        template
            .replacingOccurrences(of: "{service}", with: service)
            .replacingOccurrences(of: "{hours}", with: String(Int.random(in: 2...7, using: &random)))
            .replacingOccurrences(of: "{pounds}", with: String(Int.random(in: 4...12, using: &random)))
            .replacingOccurrences(of: "{name}", with: names.randomElement(using: &random)!)
            .replacingOccurrences(of: "{phone}", with: String(format: "07700 900%03d", Int.random(in: 0..<1000, using: &random)))
    }

    private static func lowerFirst(_ text: String) -> String {
        text.prefix(2) == "I " ? text : text.prefix(1).lowercased() + text.dropFirst()
    }
}
