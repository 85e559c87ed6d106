import Plot
import TandemCore

/// The line under a comment that says what has been taken out of it, if anything.
enum EvidenceTextNote {
    static func markup(_ view: TextView) -> Markup {
        switch view {
        case .asGiven: .empty
        case .withoutContactDetails:
            Blocks.paragraph(
                "Contact details (phone numbers, emails, NHS and hospital numbers, addresses, dates of birth) have been taken out.",
                classes: "nhsuk-body-s")
        case .redacted:
            Blocks.paragraph("Names, contact details and other personal details have been taken out.", classes: "nhsuk-body-s")
        }
    }
}
