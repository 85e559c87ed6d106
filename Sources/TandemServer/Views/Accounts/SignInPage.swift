import Plot

enum SignInPage {
    struct Model {
        let email: String
        let next: String?
        let errors: FormErrors
        let notice: String?
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        Layout.page(
            title: model.errors.isEmpty ? "Sign in" : "Error: Sign in", context: context,
            .div(
                .class("nhsuk-grid-row"),
                .div(
                    .class("nhsuk-grid-column-one-half"),
                    errorSummary(model.errors),
                    model.notice.map { Blocks.inset(.p(.plain($0))) } ?? .empty,
                    Blocks.heading("Sign in to Tandem"),
                    postForm(
                        action: SiteURL.signIn.path, csrf: context.csrf,
                        model.next.map { FormField.hidden("next", $0) } ?? .empty,
                        FormField.text(
                            "email", label: "Email address", value: model.email, error: model.errors["email"],
                            type: "email", autocomplete: "username", spellcheck: false),
                        FormField.text(
                            "password", label: "Password", value: "", error: model.errors["password"],
                            type: "password", autocomplete: "current-password"),
                        Buttons.submit("Sign in")),
                    .p(link("Forgotten your password?", href: SiteURL.forgotPassword.path)))))
    }
}
