import Foundation
import Plot
import TandemCore
import Vapor

/// The public library: a search box, filters by topic, kind and audience, and the results.
enum ResourceLibraryPage {
    /// The search as it is in the address (`/resources?q=...&kind=...`).
    struct Search: Content, Sendable, Equatable {
        var q: String?
        var kind: String?
        var topic: String?
        var audience: String?

        init(q: String? = nil, kind: String? = nil, topic: String? = nil, audience: String? = nil) {
            (self.q, self.kind, self.topic, self.audience) = (q, kind, topic, audience)
        }

        var filters: ResourceSearch.Filters {
            ResourceSearch.Filters(
                terms: ResourceSearch.terms(q), kind: kind.flatMap(ResourceKind.init(rawValue:)), topic: topic.nonBlank,
                audience: audience.flatMap(ResourceAudience.init(rawValue:)))
        }

        var isFiltered: Bool { filters != ResourceSearch.Filters() }

        func query(page: Int? = nil) -> [(String, String?)] {
            [("q", q), ("kind", kind), ("topic", topic), ("audience", audience), ("page", page.map(String.init))]
        }
    }

    struct Model {
        let search: Search
        let topics: [TopicCount]
        let rows: [ResourceSearch.Row]
        let pagination: Pagination
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let search = model.search
        return Layout.page(
            title: "Resources", context: context, breadcrumbs: [Crumb(title: "Home", href: SiteURL.home.path)],
            content: .group(
                Blocks.heading("Resources"),
                Blocks.lead(
                    "Free guides, templates, slides and recordings for Patient Participation Groups, patient partners and staff. Use them, share them and adapt them under each one's licence."
                ),
                .div(
                    .class("nhsuk-grid-row"),
                    .div(.class("nhsuk-grid-column-one-third"), filters(model)),
                    .div(
                        .class("nhsuk-grid-column-two-thirds"),
                        .p(
                            .class("nhsuk-body"), .attr("role", "status"),
                            .plain(
                                model.pagination.totalItems == 0
                                    ? "No resources match."
                                    : "\(counted(model.pagination.totalItems, "resource", "resources"))"
                                        + (search.isFiltered ? " match." : "."))),
                        model.rows.isEmpty
                            ? Blocks.inset(
                                Blocks.paragraph(
                                    search.isFiltered
                                        ? "Try fewer or different words, or clear the filters."
                                        : "Nothing has been published yet. Please look again soon."),
                                search.isFiltered
                                    ? .p(link("Clear the search and filters", href: SiteURL.resources.path)) : .empty)
                            : results(model.rows),
                        pagination(
                            model.pagination, href: { SiteURL.resources.path(query: search.query(page: $0)) }, noun: "resources")
                    ))))
    }

    private static func filters(_ model: Model) -> Markup {
        let search = model.search
        return getForm(
            action: SiteURL.resources.path,
            FormField.text(
                "q", label: "Search the library", value: search.q, hint: "For example: agenda template, easy read, AGM",
                type: "search", labelSize: "s"),
            FormField.select(
                "topic", label: "Topic",
                options: model.topics.map { .init(value: $0.topic, label: "\($0.topic) (\($0.count.commaGrouped))") },
                selected: search.topic, blankLabel: "Any topic"),
            FormField.select(
                "kind", label: "Kind", options: ResourceKind.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                selected: search.kind, blankLabel: "Any kind"),
            FormField.select(
                "audience", label: "For",
                options: ResourceAudience.allCases.filter { $0 != .anyone }.map { .init(value: $0.rawValue, label: $0.label) },
                selected: search.audience, blankLabel: "Anyone"),
            Buttons.submit("Search", style: .secondary),
            search.isFiltered ? .p(link("Clear the search and filters", href: SiteURL.resources.path)) : .empty)
    }

    private static func results(_ rows: [ResourceSearch.Row]) -> Markup {
        var html = HTMLFragment(capacity: 512 * rows.count)
        html.element("ul", ("class", "nhsuk-list nhsuk-list--border")) { html in
            for row in rows {
                html.element("li") { html in
                    html.element("h2", ("class", "nhsuk-heading-s nhsuk-u-margin-bottom-1")) {
                        $0.link(row.title, href: SiteURL.publicResource(.value(row.slug)).path)
                    }
                    html.element("p", ("class", "nhsuk-body-s nhsuk-u-margin-bottom-1 nhsuk-u-secondary-text-color")) {
                        $0.text(row.kind.label + (row.publishedAt.map { " · published \(CalendarDate.long($0))" } ?? ""))
                    }
                    html.element("p", ("class", "nhsuk-body-s")) { $0.text(row.summary) }
                }
            }
        }
        return html.node
    }
}

/// One resource: what it is, its files in each format with size and type, its licence,
/// the event it came from, and "Was this useful?".
enum ResourcePage {
    struct File: Sendable {
        let id: UUID
        let format: String
        let type: String
        let size: String
        let fileName: String
    }

    struct EventLink: Sendable {
        let id: UUID
        let title: String
        let when: String
    }

    struct Model {
        let slug: String
        let title: String
        let summary: String
        let kind: ResourceKind
        let topics: [String]
        let audiences: [ResourceAudience]
        let link: String?
        let licence: ResourceLicence
        let madeBy: String
        let permission: String?
        let publishedAt: Date?
        let files: [File]
        let event: EventLink?
    }

    static func render(
        _ model: Model, errors: FormErrors, typed: (useful: String?, comment: String?), context: PageContext
    ) -> HTML {
        Layout.page(
            title: (errors.isEmpty ? "" : "Error: ") + model.title, context: context,
            breadcrumbs: [
                Crumb(title: "Home", href: SiteURL.home.path), Crumb(title: "Resources", href: SiteURL.resources.path),
            ],
            content: .div(
                .class("nhsuk-grid-row"),
                .div(
                    .class("nhsuk-grid-column-two-thirds"),
                    errorSummary(errors),
                    Blocks.heading(model.title, caption: model.kind.label),
                    Blocks.lead(model.summary),
                    downloads(model),
                    summaryList(
                        [
                            SummaryRow("Made by", text: model.madeBy),
                            model.publishedAt.map { SummaryRow("Published", text: CalendarDate.long($0)) },
                            SummaryRow("For", text: model.audiences.map(\.label).joined(separator: ", ")),
                            model.topics.isEmpty
                                ? nil
                                : SummaryRow(
                                    "Topics",
                                    .group(
                                        .forEach(model.topics) { topic in
                                            .group(
                                                link(topic, href: SiteURL.resources.path(query: [("topic", topic)])), " ")
                                        })),
                            SummaryRow(
                                "Licence",
                                model.licence.address.map { link(model.licence.label, href: $0) }
                                    ?? .plain(model.licence.label)),
                            model.permission.map { SummaryRow("Permission to share", text: $0) },
                            model.event.map { event in
                                SummaryRow(
                                    "From the event",
                                    .group(
                                        link(event.title, href: SiteURL.publicEvent(.value(event.id)).path),
                                        .plain(", \(event.when)")))
                            },
                        ].compactMap { $0 }),
                    feedback(model, errors: errors, typed: typed, csrf: context.csrf))))
    }

    private static func downloads(_ model: Model) -> Markup {
        .group(
            model.link.map { address in
                .p(Buttons.link("Open the resource", href: address), .span(.class("nhsuk-body-s"), " (on another website)"))
            } ?? .empty,
            model.files.isEmpty
                ? .empty
                : .group(
                    Blocks.heading(model.files.count == 1 ? "Download" : "Formats", level: 2, size: "m"),
                    .ul(
                        .class("nhsuk-list"),
                        .forEach(model.files) { file in
                            .li(
                                link(
                                    "\(file.format): \(file.type), \(file.size)",
                                    href: SiteURL.resourceDownload(.value(model.slug), .value(file.id)).path),
                                .span(.class("nhsuk-body-s nhsuk-u-secondary-text-color"), .plain(" \(file.fileName)")))
                        })))
    }

    private static func feedback(
        _ model: Model, errors: FormErrors, typed: (useful: String?, comment: String?), csrf: String
    ) -> Markup {
        postForm(
            action: SiteURL.resourceUseful(.value(model.slug)).path, csrf: csrf,
            FormField.radios(
                "useful", legend: "Was this useful?",
                options: [.init(value: "yes", label: "Yes"), .init(value: "no", label: "No")], selected: typed.useful,
                error: errors["useful"], inline: true),
            FormField.textarea(
                "comment", label: "Tell us more (optional)", value: typed.comment, error: errors["comment"],
                hint: "Please do not include your name or anything personal: we keep only your answer.", rows: 3,
                maxLength: 1_000),
            Buttons.submit("Send", style: .secondary))
    }
}
