import Foundation
import Plot
import TandemCore

/// "You said, we did" for everyone: every organisation and project with published
/// changes, changes made first, and a search across what was changed.
enum YouSaidWeDidIndexPage {
    struct ProjectRow: Sendable {
        let title: String
        let href: String
        /// Changes made (implemented or sustained), of those published.
        let done: Int
        let published: Int
    }

    struct Organisation: Sendable {
        let name: String
        let href: String
        let projects: [ProjectRow]
    }

    struct Match: Sendable {
        let text: String
        let status: RecommendationStatus
        let project: String
        let href: String
    }

    struct Model {
        let search: String
        let organisations: [Organisation]
        let matches: [Match]
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        Layout.page(
            title: "You said, we did", context: context, breadcrumbs: [Crumb(title: "Home", href: SiteURL.home.path)],
            content: .group(
                Blocks.heading("You said, we did"),
                Blocks.lead("What people told the NHS and its partners, and what has changed because of it."),
                getForm(
                    action: SiteURL.youSaidWeDidIndex.path,
                    FormField.text(
                        "q", label: "Search the changes", value: model.search, hint: "For example: parking, waiting, letters",
                        width: "20", spellcheck: true),
                    Buttons.submit("Search", style: .secondary)),
                model.search.isEmpty ? listing(model) : results(model)))
    }

    private static func listing(_ model: Model) -> Markup {
        guard !model.organisations.isEmpty else {
            return Blocks.inset(Blocks.paragraph("No changes have been published yet."))
        }
        return .group(
            model.organisations.map { organisation in
                .group(
                    Blocks.heading(organisation.name, level: 2, size: "m"),
                    .p(link("Everything \(organisation.name) has published", href: organisation.href)),
                    element(
                        "ul", .class("nhsuk-list nhsuk-list--bullet"),
                        .group(
                            organisation.projects.map { project in
                                element(
                                    "li", link(project.title, href: project.href),
                                    .plain(
                                        ": \(counted(project.done, "change made", "changes made")) of \(project.published.commaGrouped) published"
                                    ))
                            })))
            })
    }

    private static func results(_ model: Model) -> Markup {
        guard !model.matches.isEmpty else {
            return Blocks.inset(
                Blocks.paragraph("No published change mentions \u{201C}\(model.search)\u{201D}. Try another word."),
                .p(link("See every change", href: SiteURL.youSaidWeDidIndex.path)))
        }
        return .group(
            Blocks.paragraph(
                "\(counted(model.matches.count, "change mentions", "changes mention")) \u{201C}\(model.search)\u{201D}."),
            .group(
                model.matches.map { match in
                    .div(
                        .class("nhsuk-card"),
                        .div(
                            .class("nhsuk-card__content"),
                            element("h2", .class("nhsuk-card__heading nhsuk-heading-s"), .plain(match.text)),
                            .p(RecommendationView.statusTag(match.status), " ", link(match.project, href: match.href))))
                }))
    }
}
