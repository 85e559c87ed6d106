import Foundation
import Plot
import TandemCore
@testable import TandemServer
import Testing

@Suite("Hand-written HTML fragments")
struct HTMLFragmentTests {
    /// The evidence rows as they were written with Plot before `HTMLFragment`
    /// took over: the two must give the same HTML, escaping included.
    private func plotRows(_ rows: [EvidenceLibraryPage.Row]) -> Markup {
        .ul(
            .forEach(rows) { row in
                .li(
                    .class("tandem-evidence"),
                    element("blockquote", .class("tandem-quote"), .p(.plain(row.text))),
                    .p(
                        .class("nhsuk-body-s tandem-evidence__meta"),
                        .plain(EvidenceLibraryPage.meta(row)), " · ",
                        row.project.map { .group(link($0.title, href: SiteURL.project(.value($0.id)).path), " · ") } ?? .empty,
                        link("Open", href: SiteURL.feedbackItem(.value(row.id)).path, hiddenSuffix: "this piece of evidence")))
            })
    }

    @Test func evidenceRowsAreTheSameHTMLAsThePlotMarkupTheyReplace() {
        // given rows with text that needs escaping, with and without a project
        let rows = [
            EvidenceLibraryPage.Row(
                id: UUID(), text: "Tom's <b>care</b> & \"more\" &copy;", method: .patientSurvey,
                occurredOn: Date(timeIntervalSince1970: 1_700_000_000), service: "A&E <Ward 2>", rating: 2,
                project: (UUID(), "Letters \"that\" <work>")),
            EvidenceLibraryPage.Row(
                id: UUID(), text: "Plain words", method: .focusGroup, occurredOn: nil, service: nil,
                rating: nil, project: nil),
        ]
        // when both are rendered
        let fast = element("ul", EvidenceRows.markup(rows)).render()
        let plot = plotRows(rows).render()
        // then they agree, and nothing typed became markup
        #expect(fast == plot)
        #expect(fast.contains("Tom's &lt;b&gt;care&lt;/b&gt; &amp; \"more\" &amp;copy;"))
        #expect(!fast.contains("<b>") && !fast.contains("<Ward"))
    }

    @Test func theProjectContentsListIsTheSameHTMLAsThePlotMarkupItReplaces() {
        let id = UUID()
        for current in [ProjectPath.evidence, nil] {
            let plot = Markup.nav(
                .class("nhsuk-contents-list"), .attr("aria-label", "Pages of this project"),
                .ol(
                    .class("nhsuk-contents-list__list"),
                    .forEach(ProjectPath.contents) { section in
                        section == current
                            ? .li(
                                .class("nhsuk-contents-list__item"), .attr("aria-current", "page"),
                                .span(.class("nhsuk-contents-list__current"), .plain(section.label!)))
                            : .li(
                                .class("nhsuk-contents-list__item"),
                                link(
                                    section.label!, href: SiteURL.project(.value(id), section).path,
                                    classes: "nhsuk-contents-list__link"))
                    }))
            #expect(ProjectContents.list(id, current: current).render() == plot.render())
        }
    }

    @Test func textAndAttributesAreEscapedWhereverTheSpecialCharactersFall() {
        // (An empty value is left out: Plot writes `title`, the fragment `title=""`, which mean the same.)
        let cases = ["plain", "&", "<start", "end>", "mid & dle", "\"quoted\" 'single'", "café & crème <b>", "&&<<>>"]
        for value in cases {
            var html = HTMLFragment()
            html.element("p", ("title", value)) { $0.text(value) }
            #expect(html.html == Markup.p(.attr("title", value), .plain(value)).render())
        }
        #expect(HTMLEscaping.attribute("a \"b\" & 'c' <d>") == "a &quot;b&quot; &amp; &#39;c&#39; &lt;d&gt;")
        #expect(HTMLEscaping.text("a \"b\" & 'c' <d>") == "a \"b\" &amp; 'c' &lt;d&gt;")
    }

    @Test func aTableIsTheSameHTMLAsThePlotMarkupItReplaces() {
        let columns = [TableColumn(heading: "Method <kind>"), TableColumn(heading: "Count", numeric: true)]
        let rows: [[Markup]] = [
            [.plain("Survey & more"), .plain("1,204")], [link("Focus group", href: "/a?b=1&c=2"), .plain("7")],
        ]
        let plot = Markup.div(
            .class("nhsuk-table-container"), .attr("tabindex", "0"), .attr("role", "region"),
            .attr("aria-label", "Evidence \"by\" method"),
            .table(
                .class("nhsuk-table"),
                .caption(
                    .classes("nhsuk-table__caption", "nhsuk-table__caption--s", "nhsuk-u-visually-hidden"),
                    .plain("Evidence \"by\" method")),
                .thead(
                    .class("nhsuk-table__head"),
                    .tr(
                        .class("nhsuk-table__row"),
                        .th(.class("nhsuk-table__header"), .attr("scope", "col"), .plain("Method <kind>")),
                        .th(.class("nhsuk-table__header nhsuk-table__header--numeric"), .attr("scope", "col"), .plain("Count")))),
                .tbody(
                    .class("nhsuk-table__body"),
                    .tr(
                        .class("nhsuk-table__row"), .td(.class("nhsuk-table__cell"), .plain("Survey & more")),
                        .td(.class("nhsuk-table__cell nhsuk-table__cell--numeric"), .plain("1,204"))),
                    .tr(
                        .class("nhsuk-table__row"), .td(.class("nhsuk-table__cell"), link("Focus group", href: "/a?b=1&c=2")),
                        .td(.class("nhsuk-table__cell nhsuk-table__cell--numeric"), .plain("7"))))))
        let fast = dataTable(
            caption: "Evidence \"by\" method", captionSize: "s", captionHidden: true, columns: columns, rows: rows)
        #expect(fast.render() == plot.render())
    }

    @Test func thePageFrameCarriesTheTitleTrailAndContentEscaped() {
        let user = CurrentUser(
            userID: UUID(), personID: UUID(), name: "Sam <O'Neil>", email: "sam@example.org", role: .coordinator,
            organisationID: nil)
        let context = PageContext(user: user, csrfToken: "tok\"en", flash: "Saved & done", section: .projects, isDemo: true)
        let html = Layout.page(
            title: "Evidence <new>", context: context,
            breadcrumbs: [Crumb(title: "Projects", href: SiteURL.projects.path), Crumb(title: "A & B", href: "/projects/1")],
            content: .p("Hello")
        ).render()
        #expect(html.hasPrefix("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"/>"))
        #expect(html.contains("<title>Evidence &lt;new&gt; - Tandem</title>"))
        #expect(html.contains("content=\"Evidence &lt;new&gt; - Tandem\""))
        #expect(html.contains(">Sam &lt;O'Neil&gt;</a>"))
        #expect(html.contains("name=\"_csrf\" value=\"tok&quot;en\""))
        #expect(html.contains("<a href=\"/projects/1\" class=\"nhsuk-breadcrumb__link\">A &amp; B</a>"))
        #expect(html.contains("<span class=\"nhsuk-u-visually-hidden\">Back to </span>A &amp; B</a></nav>"))
        #expect(html.contains("Saved &amp; done"))
        #expect(html.contains("tandem-demo-banner"))
        #expect(html.contains("<main class=\"nhsuk-main-wrapper\" id=\"maincontent\" role=\"main\">"))
        #expect(html.contains("<p>Hello</p></main></div><footer"))
        #expect(html.hasSuffix("</footer></body></html>"))
        // Signed out: a sign-in link and no menu.
        let anonymous = Layout.page(title: "Sign in", context: .anonymous, content: .empty).render()
        #expect(anonymous.contains(">Sign in</a>") && !anonymous.contains("nhsuk-header__navigation"))
    }

    @Test func aSummaryListIsTheSameHTMLAsThePlotMarkupItReplaces() {
        let rows = [
            SummaryRow("Name & role", text: "Sam <O'Neil>", action: ("Change", "/people/1/edit?x=1&y=2")),
            SummaryRow("Phone", text: nil), SummaryRow("Stage", .strong("Fieldwork")),
        ]
        func plot(_ rows: [SummaryRow], border: Bool) -> Markup {
            let anyActions = rows.contains { $0.action != nil }
            return element(
                "dl",
                [.classes("nhsuk-summary-list", border ? nil : "nhsuk-summary-list--no-border")]
                    + rows.map { row in
                        .div(
                            .classes(
                                "nhsuk-summary-list__row",
                                anyActions && row.action == nil ? "nhsuk-summary-list__row--no-actions" : nil),
                            element("dt", .class("nhsuk-summary-list__key"), .plain(row.key)),
                            element("dd", .class("nhsuk-summary-list__value"), row.value),
                            row.action.map { action in
                                element(
                                    "dd", .class("nhsuk-summary-list__actions"),
                                    link(action.text, href: action.href, hiddenSuffix: row.key.lowercased()))
                            } ?? .empty)
                    })
        }
        for border in [true, false] {
            #expect(summaryList(rows, border: border).render() == plot(rows, border: border).render())
            #expect(
                summaryList(Array(rows.dropFirst()), border: border).render()
                    == plot(Array(rows.dropFirst()), border: border).render())
        }
    }

    @Test func elementsCloseWhatTheyOpenAndVoidElementsAreWrittenAsPlotWritesThem() {
        let title = "Tom's <care> & \"more\""
        var html = HTMLFragment()
        html.void("meta", ("property", "og:title"), ("content", title))
        html.element("p", ("class", "nhsuk-body")) { $0.text(title) }
        // The head's meta elements were written by hand before `void`, escaped with `HTMLEscaping.attribute`.
        let handWritten = "<meta property=\"og:title\" content=\"\(HTMLEscaping.attribute(title))\"/>"
        let plot = handWritten + Markup.p(.class("nhsuk-body"), .plain(title)).render()
        #expect(html.html == plot)
    }

    @Test func aTableOfTextIsTheSameHTMLAsTheTableOfPlainMarkup() {
        let rows = [["Waiting & delays", "55", "27%"], ["<Staff> attitude", "12", "6%"]]
        let columns = [
            TableColumn(heading: "Theme"), TableColumn(heading: "Comments", numeric: true),
            TableColumn(heading: "Share", numeric: true),
        ]
        let fast = dataTable(caption: "Themes", columns: columns, textRows: rows).render()
        let plain = dataTable(caption: "Themes", columns: columns, rows: rows.map { $0.map { Markup.plain($0) } }).render()
        #expect(fast == plain)
        #expect(fast.contains("Waiting &amp; delays") && fast.contains("&lt;Staff&gt; attitude"))
    }

    /// The parts every field shares, as Plot writes them.
    private func plotParts(_ id: String, label: String, hint: String, error: String) -> [Markup] {
        [
            element("label", .class("nhsuk-label"), .attr("for", id), .plain(label)),
            .div(.class("nhsuk-hint"), .id("\(id)-hint"), .plain(hint)),
            element(
                "span", .class("nhsuk-error-message"), .id("\(id)-error"),
                element("span", .class("nhsuk-u-visually-hidden"), .plain("Error: ")), .plain(error)),
        ]
    }

    @Test func aTextFieldIsTheSameHTMLAsThePlotMarkupItReplaces() {
        let (hint, error, value) = ("Like \"Ward 7\" & <b>", "Enter a name <now>", "Tom's & co")
        let plot = Markup.div(
            .class("nhsuk-form-group nhsuk-form-group--error"),
            .group(plotParts("name", label: "Name & title", hint: hint, error: error)),
            voidElement(
                "input",
                [
                    .value("class", "nhsuk-input nhsuk-input--width-10 nhsuk-input--error"), .value("id", "name"),
                    .value("name", "name"), .value("type", "text"), .value("value", value),
                    .value("autocomplete", "name"), .value("aria-describedby", "name-hint name-error"),
                ]))
        let fast = FormField.text(
            "name", label: "Name & title", value: value, error: error, hint: hint, width: "10", autocomplete: "name")
        #expect(fast.render() == plot.render())
    }

    @Test func aSelectIsTheSameHTMLAsThePlotMarkupItReplaces() {
        let options = [FormField.Option(value: "a&b", label: "A & B"), .init(value: "<c>", label: "\"C\"")]
        let plot = Markup.div(
            .class("nhsuk-form-group nhsuk-form-group--error"),
            .group(plotParts("kind", label: "Kind", hint: "Pick one", error: "Select a kind")),
            element(
                "select", .class("nhsuk-select nhsuk-select--error"), .id("kind"), .attr("name", "kind"),
                .attr("aria-describedby", "kind-hint kind-error"),
                element("option", .attr("value", "a&b"), .plain("A & B")),
                element("option", .attr("value", "<c>"), .attr("selected", "selected"), .plain("\"C\""))))
        let fast = FormField.select(
            "kind", label: "Kind", options: options, selected: "<c>", error: "Select a kind", hint: "Pick one")
        #expect(fast.render() == plot.render())
    }

    /// (Plot writes `href` as given; the fragment escapes it, so the Plot side is written escaped.)
    @Test func paginationIsTheSameHTMLAsThePlotMarkupItReplaces() {
        let page = Pagination(page: 2, perPage: 25, totalItems: 80)
        func item(_ direction: String, _ edge: String, _ title: String, _ number: Int) -> Markup {
            element(
                "li", .class("nhsuk-pagination-item--\(edge)"),
                .a(
                    .class("nhsuk-pagination__link nhsuk-pagination__link--\(direction)"), .href("/p?page=\(number)&amp;x=1"),
                    .span(.class("nhsuk-pagination__title"), .plain(title)),
                    .span(.class("nhsuk-u-visually-hidden"), .plain(":")),
                    .span(.class("nhsuk-pagination__page"), .plain("Page \(number) of 4"))))
        }
        let plot = Markup.group(
            .p(.class("nhsuk-body-s"), .plain("Showing 26 to 50 of 80 comments & notes")),
            element(
                "nav", .class("nhsuk-pagination"), .attr("role", "navigation"), .attr("aria-label", "Pagination"),
                element(
                    "ul", .class("nhsuk-list nhsuk-pagination__list"), item("prev", "previous", "Previous", 1),
                    item("next", "next", "Next", 3))))
        let fast = pagination(page, href: { "/p?page=\($0)&x=1" }, noun: "comments & notes")
        #expect(fast.render() == plot.render())
    }

    /// The ranked list's cells as they were written with Plot before `RankedInterestCells`.
    private func plotCells(_ row: RankedInterestPage.Row, index: Int) -> [Markup] {
        [
            row.status == .selected
                ? Blocks.tag("Selected", colour: "green")
                : .div(
                    .class("nhsuk-checkboxes nhsuk-checkboxes--small"),
                    .div(
                        .class("nhsuk-checkboxes__item"),
                        .input(
                            .class("nhsuk-checkboxes__input"), .type(.checkbox), .name("selected[]"),
                            .value(row.interestID.lowercasedString), .id("select-\(index)")),
                        .label(
                            .class("nhsuk-label nhsuk-checkboxes__label"), .for("select-\(index)"),
                            .span(.class("nhsuk-u-visually-hidden"), .text("Select \(row.name)"))))),
            .group(
                .strong(.text(row.name)),
                row.fromPublicPage ? .text(" (from the public page)") : .empty,
                .p(.class("nhsuk-body-s"), .text(row.note)),
                .p(.class("nhsuk-body-s"), .text(row.availability.label))),
            .text(String(row.score)),
            row.reasons.isEmpty
                ? .text("No particular fit found")
                : .ul(.class("nhsuk-list nhsuk-list--bullet nhsuk-body-s"), .forEach(row.reasons) { .li(.text($0)) }),
        ]
    }

    @Test func theRankedListsCellsAreTheSameHTMLAsThePlotMarkupTheyReplace() {
        let rows = [
            RankedInterestPage.Row(
                interestID: UUID(), name: "Tom <b>O'Neil</b> & \"Co\"", note: "I'm free <after> 5 & weekends",
                availability: .partly, score: 8, reasons: ["Lived experience the opportunity wants: Carer", "A < B & \"C\""],
                reaches: ["Young carers (under 25)"], status: .interested, fromPublicPage: true),
            RankedInterestPage.Row(
                interestID: UUID(), name: "Ann", note: "", availability: .unknown, score: -3, reasons: [], reaches: [],
                status: .selected, fromPublicPage: false),
        ]
        for (index, row) in rows.enumerated() {
            let fast = RankedInterestCells.cells(row, index: index).map { $0.render() }
            let plot = plotCells(row, index: index).map { $0.render() }
            #expect(fast == plot)
            #expect(!fast.joined().contains("<b>") && !fast.joined().contains("<after>"))
        }
    }
}
