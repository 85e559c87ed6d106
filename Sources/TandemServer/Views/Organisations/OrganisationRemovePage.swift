import Plot

enum OrganisationRemovePage {
    struct Model {
        let organisation: OrganisationSummary
        let references: OrganisationController.References
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let org = model.organisation
        let archiving = model.references.isReferenced
        return Layout.page(
            title: "Remove \(org.name)", context: context,
            breadcrumbs: [
                Crumb(title: "Organisations", href: SiteURL.organisations.path), Crumb(title: org.name, href: org.href),
            ],
            .div(
                .class("nhsuk-grid-row"),
                .div(
                    .class("nhsuk-grid-column-two-thirds"),
                    Blocks.heading(archiving ? "Archive \(org.name)?" : "Delete \(org.name)?"),
                    archiving
                        ? .group(
                            Blocks.paragraph("\(org.name) cannot be deleted because other records refer to it:"),
                            Blocks.bulletList(model.references.descriptions),
                            Blocks.paragraph(
                                "It will be archived instead: kept, so that those records still make sense, but no longer offered in lists and forms. You can restore it at any time."
                            ))
                        : Blocks.warning(
                            "This cannot be undone",
                            Blocks.paragraph("Nothing refers to \(org.name), so it will be deleted completely.")),
                    postForm(
                        action: SiteURL.organisation(.value(org.id), .remove).path, csrf: context.csrf,
                        Buttons.submit(archiving ? "Archive organisation" : "Delete organisation", style: .warning)),
                    .p(link("Cancel", href: org.href)))))
    }
}
