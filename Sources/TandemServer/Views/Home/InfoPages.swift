import Foundation
import Plot
import TandemCore

/// The privacy notice and the accessibility statement, with who runs this Tandem
/// and how to reach them taken from the settings (`ServiceContacts`).
enum InfoPages {
    /// When these texts were last reviewed; change it with the texts.
    static let reviewedOn = "29 November 2026"

    struct Model {
        let contacts: ServiceContacts
        /// Where to write: the setting, or "your coordinator" when none is set.
        var privacyContact: String { contacts.privacyEmail ?? "the coordinator who invited you" }
        var accessibilityContact: String {
            contacts.accessibilityEmail ?? contacts.privacyEmail ?? "the coordinator who invited you"
        }
    }

    static func privacy(_ model: Model, context: PageContext) -> HTML {
        page(
            "Privacy notice", context: context,
            Blocks.heading("Privacy notice"),
            Blocks.lead("How Tandem uses your information, why, for how long, and your rights."),
            section("Who is responsible for your information"),
            Blocks.paragraph(
                "\(model.contacts.controllerName) runs this Tandem service and is the data controller for the information in it. To ask about your information, or to use any of your rights, write to \(model.privacyContact)."
            ),
            section("What we hold"),
            Blocks.bulletList([
                "Your name, the name you like to be called, and how to contact you (email, phone, postcode district).",
                "How you are involved: your roles, the organisations and projects you work with, and your time.",
                "Your access and communication needs, and, if you tell us, your lived experience. These can be about your health.",
                "Equality monitoring answers (such as age, ethnic group, disability), only if you choose to give them.",
                "What you tell us: comments, survey answers and stories, under the choice you made about who may read them.",
                "Records of what you consented to and when, and of changes made to your information.",
                "For people with an account: sign-in records, including the internet address used, to keep accounts safe.",
            ]),
            section("Why we use it, and the lawful basis"),
            dataTable(
                caption: "Purposes and lawful bases", captionHidden: true,
                columns: [.init(heading: "What we use it for"), .init(heading: "Lawful basis (UK GDPR)")],
                rows: [
                    [
                        .plain("Running improvement projects with you, and keeping in touch about your involvement"),
                        .plain(
                            "Public task, Article 6(1)(e), for NHS bodies; legitimate interests, Article 6(1)(f), for charities and other organisations"
                        ),
                    ],
                    [
                        .plain("Telling you what changed because of what you said (\u{201C}You said, we did\u{201D})"),
                        .plain("Your consent, Article 6(1)(a), which you can withdraw at any time"),
                    ],
                    [
                        .plain("Equality monitoring, to check that we hear from everyone"),
                        .plain(
                            "Your explicit consent, Articles 6(1)(a) and 9(2)(a); only ever reported as totals, with groups of fewer than 5 hidden"
                        ),
                    ],
                    [
                        .plain("Your access needs and lived experience, so that you can take part"),
                        .plain("Your explicit consent, Article 9(2)(a), as they can be about your health"),
                    ],
                    [
                        .plain("Quoting what you said in reports and on public pages"),
                        .plain("Your consent, for each use you agree to; names and other identifying details are removed first"),
                    ],
                    [
                        .plain("Keeping accounts and information safe, and the audit log"),
                        .plain(
                            "Legitimate interests, Article 6(1)(f), and our duty to keep personal data secure, Article 5(1)(f)"),
                    ],
                ]),
            section("Who sees it"),
            Blocks.bulletList([
                "The team of each project you take part in. Staff of other organisations see only their own organisation's work.",
                "Organisations asked to act on a recommendation see comments with names, phone numbers and other details removed.",
                "The public sees only what was published: changes made, and quotes people agreed to, checked by a person first.",
                "Companies that host Tandem or send its emails, under contract and only on our instructions.",
                "We never sell your information or use it for marketing.",
            ]),
            section("How long we keep it"),
            Blocks.bulletList([
                "Signed-in sessions end after 8 hours without use and are then deleted.",
                "Records of sign-in attempts, used to slow down password guessing, are deleted after an hour.",
                "The audit log (who changed information, and who signed in when) is kept so that both can be checked.",
                "Everything else is kept while your involvement or the project continues, and is removed when you ask, unless the law requires us to keep it.",
                "If you withdraw consent, it takes effect at once: for example, a withdrawn quote is no longer published.",
            ]),
            section("Your rights"),
            Blocks.paragraph(
                "You can ask to see the information we hold about you, to have it corrected or deleted, to restrict or object to its use, and to withdraw any consent. Signed-in people can see and change most of it on their profile. Otherwise write to \(model.privacyContact). We will answer within one month."
            ),
            section("Cookies"),
            Blocks.paragraph(
                "Tandem uses only the cookies it needs to work: one that keeps you signed in and one that protects forms. It does not use analytics or advertising cookies, so it does not ask for cookie consent."
            ),
            section("If you are unhappy"),
            Blocks.paragraph(
                "Please tell us first at \(model.privacyContact). You can also complain to the Information Commissioner's Office (ICO), the UK's independent regulator for data protection: ico.org.uk/make-a-complaint or 0303 123 1113."
            ),
            Blocks.paragraph("This notice was last reviewed on \(reviewedOn).", classes: "nhsuk-body-s"))
    }

    static func accessibility(_ model: Model, context: PageContext) -> HTML {
        page(
            "Accessibility statement", context: context,
            Blocks.heading("Accessibility statement for Tandem"),
            Blocks.lead("Tandem is for everyone who helps improve health and care, so it must work for everyone."),
            Blocks.paragraph(
                "\(model.contacts.controllerName) runs this service. You should be able to use it with a keyboard alone, with a screen reader or voice control, zoomed up to 400% without text spilling off the screen, on a phone, and without JavaScript."
            ),
            section("How accessible Tandem is"),
            Blocks.paragraph("We know some parts are not fully accessible:"),
            Blocks.bulletList([
                "Charts are pictures of figures. Each has a text description and a table of the same figures beside it, but the chart itself cannot be explored with a screen reader.",
                "Word reports are made from the same content as the web report, with headings and table headers, but have not been checked with every screen reader.",
                "Recordings of stories uploaded by teams may not have captions or transcripts.",
                "Comments imported from other systems are shown as written, and may contain abbreviations or unclear language.",
            ]),
            section("Feedback and contact information"),
            Blocks.paragraph(
                "If you need information in a different format (large print, easy read, audio, or another language), or you find a problem not listed here, write to \(model.accessibilityContact). We will reply within 5 working days. You can also record your access and communication needs on your profile, so every team you work with knows them."
            ),
            section("Enforcement procedure"),
            Blocks.paragraph(
                "The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018. If you are not happy with how we respond to your complaint, contact the Equality Advisory and Support Service (EASS). In Northern Ireland, contact the Equality Commission for Northern Ireland."
            ),
            section("Technical information about this website's accessibility"),
            Blocks.paragraph(
                "This website is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard, because of the issues listed above."
            ),
            section("What we are doing to improve accessibility"),
            Blocks.paragraph(
                "Every page is checked automatically with axe in a real browser each time Tandem changes, and a change that fails those checks is not released. We are adding transcripts to recordings and reviewing the Word reports with screen reader users."
            ),
            section("Preparation of this statement"),
            Blocks.paragraph(
                "This statement was prepared on \(reviewedOn) and last reviewed on \(reviewedOn). Tandem was last tested on \(reviewedOn), by automated checks of every page in a real browser and by keyboard tests of the main journeys."
            ))
    }

    private static func section(_ title: String) -> Markup { Blocks.heading(title, level: 2, size: "m") }

    private static func page(_ title: String, context: PageContext, _ content: Markup...) -> HTML {
        Layout.page(
            title: title, context: context,
            .div(.class("nhsuk-grid-row"), .div(.class("nhsuk-grid-column-two-thirds"), .group(content))))
    }
}
