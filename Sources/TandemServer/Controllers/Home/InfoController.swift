import Plot
import Vapor

/// Pages anyone can read: the accessibility statement and the privacy notice.
enum InfoController {
    static func accessibility(req: Request) async throws -> Response {
        let context = try await PageContext.make(req)
        return Layout.page(
            title: "Accessibility statement", context: context,
            .div(
                .class("nhsuk-grid-row"),
                .div(
                    .class("nhsuk-grid-column-two-thirds"),
                    Blocks.heading("Accessibility statement"),
                    Blocks.lead("Tandem is for everyone who helps improve health and care, so it must work for everyone."),
                    Blocks.paragraph(
                        "We aim to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA. Every page is checked automatically with axe in a real browser each time Tandem changes, and we expect no failures."
                    ),
                    Blocks.paragraph(
                        "You should be able to use Tandem with a keyboard alone, with a screen reader, zoomed up to 400%, and without JavaScript. Charts always come with a table of the same figures."
                    ),
                    Blocks.heading("If something does not work for you", level: 2, size: "m"),
                    Blocks.paragraph(
                        "Tell the person who invited you to Tandem, or your project coordinator. You can also record your access and communication needs on your profile, so that every team you work with knows them."
                    )))
        )
        .response()
    }

    static func privacy(req: Request) async throws -> Response {
        let context = try await PageContext.make(req)
        return Layout.page(
            title: "Privacy", context: context,
            .div(
                .class("nhsuk-grid-row"),
                .div(
                    .class("nhsuk-grid-column-two-thirds"),
                    Blocks.heading("How Tandem looks after your information"),
                    Blocks.paragraph(
                        "Tandem keeps only what teams need to work with you: your name, how to contact you, how you are involved and what helps you take part."
                    ),
                    Blocks.bulletList([
                        "You choose what you consent to, for each purpose, and you can withdraw consent at any time. Withdrawal takes effect at once.",
                        "Equality monitoring answers are optional, kept only with your consent, and only ever reported as totals, with groups of fewer than 5 people hidden.",
                        "Anything published is checked by a person first, with names, contact details and other identifying details removed.",
                        "Every change to personal information is recorded: who made it and when.",
                    ]),
                    Blocks.paragraph(
                        "To see, correct or remove what Tandem holds about you, sign in and go to your profile, or ask your coordinator."
                    )))
        )
        .response()
    }
}
