import Foundation
import Plot
import TandemCore

enum UserListPage {
    struct Row: Sendable {
        let account: AccountSummary
        let personName: String
        let personID: UUID
    }

    struct Model {
        let users: [Row]
        let pagination: Pagination
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        Layout.page(
            title: "Accounts", context: context,
            Blocks.heading("Accounts"),
            Blocks.paragraph(
                "Everyone who can sign in to Tandem, and what they can do. To give someone an account, add them as a person first."
            ),
            Buttons.link("Create an account", href: SiteURL.newUser.path),
            model.users.isEmpty
                ? Blocks.inset(.p("There are no accounts yet."))
                : .group(
                    dataTable(
                        caption: "Accounts",
                        columns: [
                            .init(heading: "Person"), .init(heading: "Signs in with"), .init(heading: "Access"),
                            .init(heading: "Organisation"), .init(heading: "Status"), .init(heading: "Action"),
                        ],
                        rows: model.users.map { row in
                            [
                                link(row.personName, href: SiteURL.person(.value(row.personID)).path), .plain(row.account.email),
                                .plain(row.account.role.label), .plain(row.account.organisationName ?? ""),
                                row.account.isActive
                                    ? Blocks.tag("Active", colour: "green") : Blocks.tag("Suspended", colour: "grey"),
                                link(
                                    "Change", href: SiteURL.editUser(.value(row.account.id)).path,
                                    hiddenSuffix: "account for \(row.personName)"),
                            ]
                        }),
                    pagination(model.pagination, href: { SiteURL.users.path(query: [("page", String($0))]) }, noun: "accounts")))
    }
}

enum UserFormPage {
    struct Model {
        let input: AccountForm
        let errors: FormErrors
        let editingID: UUID?
        let personName: String?
        let personOptions: [FormField.Option]
        let organisationOptions: [FormField.Option]
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let editing = model.editingID != nil
        let title = editing ? "Change account for \(model.personName ?? "person")" : "Create an account"
        let action = model.editingID.map { SiteURL.editUser(.value($0)).path } ?? SiteURL.users.path
        let input = model.input
        let errors = model.errors
        return Layout.page(
            title: (errors.isEmpty ? "" : "Error: ") + title, context: context,
            breadcrumbs: [Crumb(title: "Accounts", href: SiteURL.users.path)],
            .div(
                .class("nhsuk-grid-row"),
                .div(
                    .class("nhsuk-grid-column-two-thirds"),
                    errorSummary(errors),
                    Blocks.heading(title),
                    postForm(
                        action: action, csrf: context.csrf,
                        editing
                            ? .empty
                            : FormField.select(
                                "person", label: "Person", options: model.personOptions, selected: input.person,
                                error: errors["person"], blankLabel: "Select a person"),
                        FormField.text(
                            "email", label: "Email address to sign in with", value: input.email, error: errors["email"],
                            type: "email", autocomplete: "off", spellcheck: false),
                        FormField.radios(
                            "role", legend: "What can this account do?",
                            options: AccountRole.allCases.map {
                                .init(value: $0.rawValue, label: $0.label, hint: $0.explanation)
                            },
                            selected: input.role, error: errors["role"]),
                        FormField.select(
                            "organisation", label: "Organisation", options: model.organisationOptions,
                            selected: input.organisation,
                            error: errors["organisation"],
                            hint: "Required for NHS and partner staff: they only see this organisation's work.",
                            blankLabel: "None"),
                        editing
                            ? FormField.radios(
                                "active", legend: "Can this account sign in?",
                                options: [.init(value: "yes", label: "Yes"), .init(value: "no", label: "No, suspend it")],
                                selected: input.active, error: errors["active"], inline: true) : .empty,
                        editing
                            ? .empty
                            : Blocks.inset(
                                Blocks.paragraph(
                                    "The person gets an email inviting them to choose their own password. Nobody else ever knows it."
                                )),
                        Buttons.submit(editing ? "Save changes" : "Create account and send the invitation")),
                    passwordLink(model, csrf: context.csrf),
                    .p(link("Cancel", href: SiteURL.users.path)))))
    }

    /// Instead of typing a password for someone: a link for them to choose one.
    private static func passwordLink(_ model: Model, csrf: String) -> Markup {
        guard let id = model.editingID else { return .empty }
        return .group(
            Blocks.heading("Password", level: 2, size: "s"),
            Blocks.paragraph(
                "Tandem admins never set or see passwords. Send the person a link to choose a new one; it works once, for \(AccountLinkPurpose.passwordReset.lifetimeText)."
            ),
            postForm(
                action: SiteURL.sendPasswordLink(.value(id)).path, csrf: csrf,
                Buttons.submit("Send a link to choose a new password", style: .secondary)))
    }
}
