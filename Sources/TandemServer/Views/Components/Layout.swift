import Plot
import TandemCore

/// The frame of every page: NHS.UK header with Tandem's name, navigation for
/// the role, skip link, breadcrumbs, footer.
enum Layout {
    static func page(
        title: String, context: PageContext, breadcrumbs crumbs: [Crumb] = [], wide: Bool = false,
        _ content: Markup...
    ) -> HTML {
        page(title: title, context: context, breadcrumbs: crumbs, content: .group(content))
    }

    static func page(title: String, context: PageContext, breadcrumbs crumbs: [Crumb] = [], content: Markup) -> HTML {
        // The frame is written as one string around the page's own content: as
        // nested Plot elements, every level copied everything inside it again.
        let fullTitle = "\(title) - Tandem"
        var html = HTMLFragment(capacity: 24_576)
        html.raw("<head>")
        html.raw(Rendered.headStart)
        html.element("title") { $0.text(fullTitle) }
        html.void("meta", ("name", "twitter:title"), ("content", fullTitle))
        html.void("meta", ("property", "og:title"), ("content", fullTitle))
        html.raw(Rendered.headEnd)
        html.raw("</head><body class=\"tandem\">")
        html.raw(Rendered.skipLink)
        header(context, into: &html)
        if context.isDemo { html.raw(Rendered.demoBanner) }
        html.element("div", ("class", "nhsuk-width-container")) { html in
            breadcrumbs(crumbs, into: &html)
            html.element("main", ("class", "nhsuk-main-wrapper"), ("id", "maincontent"), ("role", "main")) {
                if let flash = context.flash { $0.raw(Blocks.successBanner(flash).render()) }
                $0.raw(content.render())
            }
        }
        html.raw(Rendered.footer)
        html.raw("</body>")
        return HTML(.lang(.english), .raw(html.html))
    }

    /// The parts of the frame that never change, rendered once: building them
    /// as Plot nodes for every request cost more than some pages' own content.
    private enum Rendered {
        static let headStart = Node<HTML.HeadContext>.group(
            .meta(.charset(.utf8)),
            .meta(.name("viewport"), .content("width=device-width, initial-scale=1"))
        ).render()
        static let headEnd = Node<HTML.HeadContext>.group(
            .link(.rel(.stylesheet), .href("/vendor/nhsuk/css/nhsuk-frontend.min.css")),
            .link(.rel(.stylesheet), .href("/css/tandem.css")),
            .link(.rel(.stylesheet), .href("/css/print.css"), .attribute(named: "media", value: "print")),
            .link(.rel(.icon), .href("/images/tandem-mark.svg"), .type("image/svg+xml")),
            .script(.attribute(named: "type", value: "module"), .src("/js/tandem.js"))
        ).render()
        static let skipLink = Layout.skipLink.render()
        static let demoBanner = Layout.demoBanner.render()
        static let footer = Layout.footer.render()
        static let serviceLogo = Node<HTML.BodyContext>.div(
            .class("nhsuk-header__service"),
            element(
                "a", .class("nhsuk-header__service-logo"), .attr("href", "/"), .attr("aria-label", "Tandem homepage"),
                TandemLogo.svg),
            element("a", .class("nhsuk-header__service-name"), .attr("href", "/"), "Tandem")
        ).render()
    }

    private static var skipLink: Markup {
        element(
            "a", .class("nhsuk-skip-link"), .attr("data-module", "nhsuk-skip-link"), .attr("href", "#maincontent"),
            "Skip to main content")
    }

    private static var demoBanner: Markup {
        element(
            "section", .class("tandem-demo-banner"), .attr("aria-label", "Demonstration data"),
            .div(
                .class("nhsuk-width-container"),
                .p(
                    .strong("Demonstration data. "),
                    "Everyone and everything here is made up for trying Tandem out.")))
    }

    private static func header(_ context: PageContext, into html: inout HTMLFragment) {
        html.element("header", ("class", "nhsuk-header"), ("role", "banner"), ("data-module", "nhsuk-header")) { html in
            html.element("div", ("class", "nhsuk-header__container nhsuk-width-container")) { html in
                html.raw(Rendered.serviceLogo)
                html.element("nav", ("class", "nhsuk-header__account"), ("aria-label", "Account")) { html in
                    html.element("ul", ("class", "nhsuk-header__account-list")) { html in
                        account(context, into: &html)
                    }
                }
            }
            let items = Navigation.items(for: context.user)
            if !items.isEmpty { html.raw(renderedNavigation(items, current: context.section)) }
        }
    }

    /// The account links: the person's name and "Sign out", or "Sign in".
    private static func account(_ context: PageContext, into html: inout HTMLFragment) {
        guard let user = context.user else {
            html.element("li", ("class", "nhsuk-header__account-item")) {
                $0.link("Sign in", href: SiteURL.signIn.path, classes: "nhsuk-header__account-link")
            }
            return
        }
        html.element("li", ("class", "nhsuk-header__account-item")) {
            $0.link(user.name, href: SiteURL.person(.value(user.personID)).path, classes: "nhsuk-header__account-link")
        }
        html.element("li", ("class", "nhsuk-header__account-item")) { html in
            html.element(
                "form", ("class", "nhsuk-header__account-form"), ("method", "post"), ("action", SiteURL.signOut.path)
            ) { html in
                html.raw(FormField.csrf(context.csrf).render())
                html.element("button", ("class", "nhsuk-header__account-button"), ("type", "submit")) { $0.text("Sign out") }
            }
        }
    }

    /// The trail of pages above this one, and a back link to the nearest.
    private static func breadcrumbs(_ crumbs: [Crumb], into html: inout HTMLFragment) {
        guard let parent = crumbs.last else { return }
        html.element("nav", ("class", "nhsuk-breadcrumb"), ("aria-label", "Breadcrumb")) { html in
            html.element("ol", ("class", "nhsuk-breadcrumb__list")) { html in
                for crumb in crumbs {
                    html.element("li", ("class", "nhsuk-breadcrumb__list-item")) {
                        $0.link(crumb.title, href: crumb.href, classes: "nhsuk-breadcrumb__link")
                    }
                }
            }
            html.element("a", ("class", "nhsuk-back-link"), ("href", parent.href)) {
                $0.element("span", ("class", "nhsuk-u-visually-hidden")) { $0.text("Back to ") }
                $0.text(parent.title)
            }
        }
    }

    /// The menu depends only on the role's items and the current section, never on
    /// data, so each combination is rendered once and kept: the one cache of markup.
    private static let navigationCache = Cache<String, String>(lifetime: nil, capacity: 256)

    private static func renderedNavigation(_ items: [NavItem], current: NavSection?) -> String {
        let key = "\(current.map { "\($0)" } ?? "-")|" + items.map(\.href).joined(separator: "|")
        if let cached = navigationCache.value(key) { return cached }
        let html = navigation(items, current: current).render()
        navigationCache.store(html, for: key)
        return html
    }

    private static func navigation(_ items: [NavItem], current: NavSection?) -> Markup {
        .nav(
            .class("nhsuk-header__navigation"), .attr("aria-label", "Menu"),
            .div(
                .class("nhsuk-header__navigation-container nhsuk-width-container"),
                .ul(
                    .class("nhsuk-header__navigation-list"),
                    .forEach(items) { item in
                        let isCurrent = item.section == current
                        return .li(
                            .classes("nhsuk-header__navigation-item", isCurrent ? "nhsuk-header__navigation-item--current" : nil),
                            element(
                                "a",
                                .class("nhsuk-header__navigation-link"), .attr("href", item.href),
                                .attr("aria-current", isCurrent ? "true" : nil),
                                isCurrent
                                    ? .strong(.class("nhsuk-header__navigation-item-current-fallback"), .plain(item.label))
                                    : .plain(item.label)))
                    },
                    .li(
                        .class("nhsuk-header__menu"), .attribute(named: "hidden"),
                        element(
                            "button",
                            .class("nhsuk-header__menu-toggle nhsuk-header__navigation-link"), .attr("id", "toggle-menu"),
                            .attr("aria-expanded", "false"), .attr("type", "button"),
                            .span(.class("nhsuk-u-visually-hidden"), "Browse "), "More")))))
    }

    private static var footer: Markup {
        element(
            "footer",
            .class("nhsuk-footer"), .attr("role", "contentinfo"),
            .div(
                .class("nhsuk-width-container"),
                .div(
                    .class("nhsuk-footer__meta"),
                    .h2(.class("nhsuk-u-visually-hidden"), "Support links"),
                    .ul(
                        .class("nhsuk-footer__list"),
                        .li(
                            .class("nhsuk-footer__list-item"),
                            link("Accessibility", href: SiteURL.accessibility.path, classes: "nhsuk-footer__list-item-link")),
                        .li(
                            .class("nhsuk-footer__list-item"),
                            link("Privacy", href: SiteURL.privacy.path, classes: "nhsuk-footer__list-item-link"))),
                    .p(.class("nhsuk-body-s"), "Tandem: improving health and care with patients, carers and communities"))))
    }
}

/// Tandem's mark: two overlapping circles, two partners working together.
enum TandemLogo {
    static var svg: Markup {
        .raw(
            """
            <svg class="nhsuk-header__logo tandem-logo" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 80 40" height="40" width="80" focusable="false" role="img" aria-label="Tandem"><title>Tandem</title><circle cx="27" cy="20" r="15" fill="none" stroke="currentcolor" stroke-width="5"/><circle cx="53" cy="20" r="15" fill="none" stroke="currentcolor" stroke-width="5"/></svg>
            """)
    }
}
