import Plot
import TandemCore

/// Choosing one's own password: asking for a link, and the page the link opens.
enum PasswordPages {
    struct ForgottenModel {
        let email: String
        let errors: FormErrors
    }

    static func forgotten(_ model: ForgottenModel, context: PageContext) -> HTML {
        column(
            model.errors.isEmpty ? "Forgotten your password?" : "Error: Forgotten your password?", context: context,
            errorSummary(model.errors),
            Blocks.heading("Forgotten your password?"),
            Blocks.paragraph(
                "Enter the email address you sign in with. If it has a Tandem account, we will email a link to choose a new password. The link works once, for \(AccountLinkPurpose.passwordReset.lifetimeText)."
            ),
            postForm(
                action: SiteURL.forgotPassword.path, csrf: context.csrf,
                FormField.text(
                    "email", label: "Email address", value: model.email, error: model.errors["email"], type: "email",
                    autocomplete: "username", spellcheck: false),
                Buttons.submit("Send me a link")))
    }

    /// The same answer whether or not the address has an account, so the form cannot be
    /// used to find out who has one.
    static func linkSent(context: PageContext) -> HTML {
        column(
            "Check your email", context: context,
            Blocks.heading("Check your email"),
            Blocks.paragraph(
                "If that address has a Tandem account, a link to choose a new password is on its way. It works once, for \(AccountLinkPurpose.passwordReset.lifetimeText)."
            ),
            Blocks.paragraph("Nothing arrived? Check your spam folder, or ask a Tandem admin in your organisation."),
            .p(link("Back to sign in", href: SiteURL.signIn.path)))
    }

    struct ChooseModel {
        let token: String
        let purpose: AccountLinkPurpose
        let email: String
        let errors: FormErrors
    }

    static func choose(_ model: ChooseModel, context: PageContext) -> HTML {
        let title = model.purpose == .invitation ? "Choose your password" : "Choose a new password"
        return column(
            (model.errors.isEmpty ? "" : "Error: ") + title, context: context,
            errorSummary(model.errors),
            Blocks.heading(title, caption: model.email),
            Blocks.paragraph(
                "Use \(PasswordRule.minimumLength) characters or more. Three or four ordinary words you will remember make a strong password."
            ),
            postForm(
                action: SiteURL.setPassword(.value(model.token)).path, csrf: context.csrf,
                FormField.text(
                    "password", label: "Password", value: "", error: model.errors["password"], type: "password",
                    autocomplete: "new-password"),
                FormField.text(
                    "password-confirmation", label: "Type the password again", value: "",
                    error: model.errors["password-confirmation"], type: "password", autocomplete: "new-password"),
                Buttons.submit("Save password")))
    }

    static func unusable(_ state: AccountLinkState, context: PageContext) -> HTML {
        column(
            "This link no longer works", context: context,
            Blocks.heading("This link no longer works"),
            Blocks.paragraph(
                state == .used
                    ? "It has already been used. Each link works once."
                    : "It has expired, or it is not a Tandem link. Links work for a short time only."),
            .p(link("Get a new link", href: SiteURL.forgotPassword.path)))
    }

    private static func column(_ title: String, context: PageContext, _ content: Markup...) -> HTML {
        Layout.page(
            title: title, context: context,
            .div(.class("nhsuk-grid-row"), .div(.class("nhsuk-grid-column-one-half"), .group(content))))
    }
}
