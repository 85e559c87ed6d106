import Foundation
import Plot

/// The frame of the pages that belong to an organisation (its evidence, the
/// recommendations it must act on, and the areas to come: a practice's PPG, its
/// groups): the counterpart of `ProjectFrame`. The organisation's name captions
/// the heading and leads back to its page.
enum OrganisationFrame {
    static func page(
        _ heading: String, title: String? = nil, organisation: (id: UUID, name: String), context: PageContext,
        errors: FormErrors = FormErrors(), _ content: Markup...
    ) -> HTML {
        Layout.page(
            title: (errors.isEmpty ? "" : "Error: ") + "\(title ?? heading) - \(organisation.name)", context: context,
            breadcrumbs: [
                Crumb(title: "Organisations", href: SiteURL.organisations.path),
                Crumb(title: organisation.name, href: SiteURL.organisation(.value(organisation.id)).path),
            ],
            content: .group(errorSummary(errors), Blocks.heading(heading, caption: organisation.name), .group(content)))
    }
}
