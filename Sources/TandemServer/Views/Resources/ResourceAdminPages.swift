import Foundation
import Plot
import TandemCore
import Vapor

/// The coordinators' list of every resource, with drafts, withdrawn ones and overdue reviews.
enum ResourceAdminListPage {
    struct Search: Content, Sendable, Equatable {
        var q: String?
        var status: String?
        var kind: String?
        /// "overdue": only published resources whose review date has passed.
        var review: String?

        var filters: ResourceSearch.Filters {
            let status = status.flatMap(ResourceStatus.init(rawValue:))
            return ResourceSearch.Filters(
                terms: ResourceSearch.terms(q), kind: kind.flatMap(ResourceKind.init(rawValue:)),
                statuses: review == "overdue" ? [.published] : status.map { [$0] } ?? ResourceStatus.allCases,
                reviewBefore: review == "overdue" ? CalendarDate.startOfDay(Date()) : nil)
        }

        func query(page: Int? = nil) -> [(String, String?)] {
            [("q", q), ("status", status), ("kind", kind), ("review", review), ("page", page.map(String.init))]
        }
    }

    struct Model {
        let search: Search
        let rows: [ResourceSearch.Row]
        let pagination: Pagination
        let overdueReviews: Int
        let today: Date
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let search = model.search
        return Layout.page(
            title: "Resource library", context: context, breadcrumbs: [Crumb(title: "Home", href: SiteURL.home.path)],
            content: .group(
                Blocks.heading("Resource library"),
                Blocks.paragraph(
                    "Guides, templates, slides and recordings. Published resources are free to everyone on the public Resources pages."
                ),
                Buttons.group(
                    Buttons.link("Add a resource", href: SiteURL.newResource.path),
                    Buttons.link("Most and least used", href: SiteURL.resourceUsage.path, style: .secondary)),
                model.overdueReviews > 0 && search.review != "overdue"
                    ? Blocks.warning(
                        "\(counted(model.overdueReviews, "resource is", "resources are")) due for review",
                        .p(
                            link(
                                "See the resources due for review",
                                href: SiteURL.manageResources.path(query: [("review", "overdue")]))))
                    : .empty,
                getForm(
                    action: SiteURL.manageResources.path,
                    search.review == "overdue" ? FormField.hidden("review", "overdue") : .empty,
                    .div(
                        .class("tandem-filters"),
                        FormField.text("q", label: "Search", value: search.q, type: "search"),
                        FormField.select(
                            "status", label: "Status",
                            options: ResourceStatus.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                            selected: search.status, blankLabel: "Any"),
                        FormField.select(
                            "kind", label: "Kind",
                            options: ResourceKind.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                            selected: search.kind, blankLabel: "Any"),
                        Buttons.submit("Search", style: .secondary))),
                model.rows.isEmpty
                    ? Blocks.inset(Blocks.paragraph("No resources match. Add one, or change the search."))
                    : dataTable(
                        caption: search.review == "overdue"
                            ? "Resources due for review" : "\(counted(model.pagination.totalItems, "resource", "resources"))",
                        columns: [
                            .init(heading: "Resource"), .init(heading: "Kind"), .init(heading: "Status"),
                            .init(heading: "Review"),
                        ],
                        rows: model.rows.map { row in
                            let overdue = ResourceRules.reviewOverdue(
                                reviewOn: row.reviewOn, status: row.status, today: model.today)
                            return [
                                link(row.title, href: SiteURL.resource(.value(row.id)).path), .plain(row.kind.label),
                                Blocks.tag(row.status.label, colour: row.status == .published ? "green" : "grey"),
                                overdue
                                    ? Blocks.tag("Overdue", colour: "red")
                                    : .plain(row.reviewOn.map(CalendarDate.short) ?? ""),
                            ]
                        }),
                pagination(
                    model.pagination, href: { SiteURL.manageResources.path(query: search.query(page: $0)) }, noun: "resources")))
    }
}

/// Adding a resource, or changing its details.
enum ResourceFormPage {
    struct Model {
        /// nil while adding.
        let id: UUID?
        let title: String?
        let form: ResourceForm
        let errors: FormErrors
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let input = model.form, errors = model.errors
        let heading = model.id == nil ? "Add a resource" : "Change the details"
        let action = model.id.map { SiteURL.resource(.value($0), .edit) } ?? SiteURL.manageResources
        var crumbs = [Crumb(title: "Resource library", href: SiteURL.manageResources.path)]
        if let id = model.id, let title = model.title {
            crumbs.append(Crumb(title: title, href: SiteURL.resource(.value(id)).path))
        }
        return Layout.page(
            title: (errors.isEmpty ? "" : "Error: ") + heading, context: context, breadcrumbs: crumbs,
            content: .div(
                .class("nhsuk-grid-row"),
                .div(
                    .class("nhsuk-grid-column-two-thirds"),
                    errorSummary(errors),
                    Blocks.heading(heading),
                    postForm(
                        action: action.path, csrf: context.csrf,
                        FormField.text("title", label: "Title", value: input.title, error: errors["title"]),
                        FormField.textarea(
                            "summary", label: "Summary", value: input.summary, error: errors["summary"],
                            hint: "What it is and who it helps, in a sentence or two. The library's search reads it.", rows: 3,
                            maxLength: 600),
                        FormField.select(
                            "kind", label: "Kind",
                            options: ResourceKind.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                            selected: input.kind, error: errors["kind"], blankLabel: "Choose"),
                        FormField.text(
                            "topics", label: "Topics (optional)", value: input.topics, error: errors["topics"],
                            hint: "Separate them with commas, for example: PPG support, Accessibility, Meetings"),
                        FormField.checkboxes(
                            "audiences", legend: "Who it is for",
                            options: ResourceAudience.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                            selected: Set(input.audiences ?? []), error: errors["audiences"], small: true),
                        FormField.text(
                            "link", label: "Web address (for a link to a resource elsewhere; optional)", value: input.link,
                            error: errors["link"], hint: "Leave empty when you will upload the file here", type: "url",
                            spellcheck: false),
                        FormField.text("made-by", label: "Made by", value: input.madeBy, error: errors["made-by"]),
                        FormField.text(
                            "permission", label: "Permission to share", value: input.permission, error: errors["permission"],
                            hint: "Needed before publishing. For example: Made by us, or Shared with NAPP's permission, May 2026"),
                        FormField.select(
                            "licence", label: "Licence",
                            options: ResourceLicence.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                            selected: input.licence, error: errors["licence"]),
                        FormField.date(
                            "review", legend: "Review by (optional)", value: input.reviewDate, error: errors["review"],
                            hint: "Leave empty for two years after publishing. For example, 1 6 2028"),
                        Buttons.submit(model.id == nil ? "Save as a draft" : "Save")))))
    }
}

/// A resource as its keepers see it: details, files in each format, publishing, and use.
enum ResourceAdminPage {
    struct Model {
        let id: UUID
        let slug: String
        let title: String
        let summary: String
        let kind: ResourceKind
        let status: ResourceStatus
        let topics: [String]
        let audiences: [ResourceAudience]
        let link: String?
        let licence: ResourceLicence
        let madeBy: String
        let permission: String?
        let publishedAt: Date?
        let reviewOn: Date?
        let reviewOverdue: Bool
        let event: (id: UUID, title: String)?
        let files: [ResourcePage.File]
        let downloadsByMonth: [(month: String, downloads: Int)]
        let usefulYes: Int
        let usefulNo: Int
        let comments: [(useful: Bool, text: String, at: Date)]
        let fileForm: ResourceFileForm
        let errors: FormErrors
        let confirmingRemoval: UUID?
        let maxUploadMB: Int
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        Layout.page(
            title: (model.errors.isEmpty ? "" : "Error: ") + model.title, context: context,
            breadcrumbs: [
                Crumb(title: "Home", href: SiteURL.home.path),
                Crumb(title: "Resource library", href: SiteURL.manageResources.path),
            ],
            content: .group(
                errorSummary(model.errors),
                Blocks.heading(model.title, caption: "\(model.kind.label) · \(model.status.label)"),
                model.reviewOverdue
                    ? Blocks.warning(
                        "Due for review", Blocks.paragraph("Check it is still right, then set a new review date under Change."))
                    : .empty,
                model.status == .published
                    ? .p(link("See it as the public does", href: SiteURL.publicResource(.value(model.slug)).path)) : .empty,
                details(model),
                files(model, csrf: context.csrf),
                status(model, csrf: context.csrf),
                use(model)))
    }

    private static func details(_ model: Model) -> Markup {
        let edit = (text: "Change", href: SiteURL.resource(.value(model.id), .edit).path)
        return summaryList([
            SummaryRow("Summary", text: model.summary, action: edit),
            SummaryRow("Topics", text: model.topics.isEmpty ? nil : TopicTags.text(model.topics), empty: "None"),
            SummaryRow("For", text: model.audiences.map(\.label).joined(separator: ", ")),
            SummaryRow("Web address", text: model.link, empty: "None: the file is kept here"),
            SummaryRow("Made by", text: model.madeBy),
            SummaryRow("Permission to share", text: model.permission, empty: "Not given yet: needed before publishing"),
            SummaryRow("Licence", text: model.licence.label),
            SummaryRow("Published", text: model.publishedAt.map(CalendarDate.long), empty: "Not yet"),
            SummaryRow("Review by", text: model.reviewOn.map(CalendarDate.long), empty: "Two years after publishing"),
            model.event.map { SummaryRow("From the event", link($0.title, href: SiteURL.event(.value($0.id)).path)) }
                ?? SummaryRow("From the event", text: nil, empty: "None"),
        ])
    }

    private static func files(_ model: Model, csrf: String) -> Markup {
        let form = model.fileForm, errors = model.errors
        return .group(
            Blocks.heading("Files", level: 2, size: "m"),
            model.files.isEmpty
                ? Blocks.inset(
                    Blocks.paragraph(model.link == nil ? "No file yet. Upload the resource below." : "No files: it is a link."))
                : dataTable(
                    caption: "Files", captionHidden: true,
                    columns: [
                        .init(heading: "Format"), .init(heading: "File"), .init(heading: "Size"), .init(heading: "Action"),
                    ],
                    rows: model.files.map { file in
                        [
                            .plain(file.format), .plain("\(file.fileName) (\(file.type))"), .plain(file.size),
                            model.confirmingRemoval == file.id
                                ? postForm(
                                    action: SiteURL.resource(.value(model.id), .removeFile(.value(file.id))).path, csrf: csrf,
                                    FormField.hidden("confirm", "yes"),
                                    Blocks.paragraph(
                                        "Remove this file? People can no longer download it.", classes: "nhsuk-body-s"),
                                    Buttons.submit("Yes, remove it", style: .warning))
                                : postForm(
                                    action: SiteURL.resource(.value(model.id), .removeFile(.value(file.id))).path, csrf: csrf,
                                    Buttons.submit("Remove \(file.format.lowercased()) file", style: .secondary, small: true)),
                        ]
                    }),
            uploadForm(
                action: SiteURL.resource(.value(model.id), .files), csrf: csrf,
                Blocks.heading("Upload a file", level: 3, size: "s"),
                FormField.select(
                    "format", label: "Which version is it?",
                    options: ResourceFormat.allCases.map { .init(value: $0.rawValue, label: $0.label) }, selected: form.format,
                    error: errors["format"], hint: "A new file of the same version replaces the old one."),
                FormField.text(
                    "language", label: "Language, for a translation", value: form.language, error: errors["language"],
                    hint: "In its own name, for example Polski or Cymraeg"),
                FormField.file(
                    "file", label: "File", error: errors["file"],
                    hint:
                        "PDF, Word, PowerPoint, Excel or OpenDocument, a picture, audio or video; up to \(model.maxUploadMB) MB."),
                Buttons.submit("Upload", style: .secondary)))
    }

    private static func status(_ model: Model, csrf: String) -> Markup {
        let action = SiteURL.resource(.value(model.id), .status).path
        func button(_ target: ResourceStatus, _ text: String, _ style: ButtonStyle) -> Markup {
            postForm(action: action, csrf: csrf, FormField.hidden("status", target.rawValue), Buttons.submit(text, style: style))
        }
        let buttons: Markup =
            switch model.status {
            case .draft: button(.published, "Publish to the library", .primary)
            case .published: button(.withdrawn, "Withdraw from the library", .secondary)
            case .withdrawn: .group(button(.published, "Publish again", .primary), button(.draft, "Back to draft", .secondary))
            }
        return .div(
            .id("status"),
            Blocks.heading("Publishing", level: 2, size: "m"),
            model.errors["status"].map { Blocks.paragraph($0, classes: "nhsuk-error-message") } ?? .empty,
            buttons)
    }

    private static func use(_ model: Model) -> Markup {
        .group(
            Blocks.heading("Use", level: 2, size: "m"),
            summaryList([
                SummaryRow("Downloads", text: model.downloadsByMonth.map(\.downloads).reduce(0, +).commaGrouped),
                SummaryRow("Was it useful?", text: "\(model.usefulYes.commaGrouped) yes, \(model.usefulNo.commaGrouped) no"),
            ]),
            model.downloadsByMonth.isEmpty
                ? .empty
                : dataTable(
                    caption: "Downloads by month", captionSize: "s",
                    columns: [.init(heading: "Month"), .init(heading: "Downloads", numeric: true)],
                    rows: model.downloadsByMonth.map { [.plain(monthName($0.month)), .plain($0.downloads.commaGrouped)] }),
            model.comments.isEmpty
                ? .empty
                : .group(
                    Blocks.heading("What people said", level: 3, size: "s"),
                    .ul(
                        .class("nhsuk-list nhsuk-list--border"),
                        .forEach(model.comments) { comment in
                            .li(
                                Blocks.tag(comment.useful ? "Useful" : "Not useful", colour: comment.useful ? "green" : "grey"),
                                .plain(" \(CalendarDate.short(comment.at)): "), .plain(comment.text))
                        })))
    }

    /// "2026-11" as "November 2026".
    static func monthName(_ month: String) -> String {
        let parts = month.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 2, (1...12).contains(parts[1]) else { return month }
        return "\(CalendarDate.monthNames[parts[1] - 1]) \(parts[0])"
    }
}

/// Which published resources are used most and least.
enum ResourceUsagePage {
    struct Model {
        let since: String
        let most: [ResourceDownloadCounts.Usage]
        let least: [ResourceDownloadCounts.Usage]
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        func table(_ caption: String, _ rows: [ResourceDownloadCounts.Usage]) -> Markup {
            dataTable(
                caption: caption, captionSize: "m",
                columns: [
                    .init(heading: "Resource"), .init(heading: "Downloads", numeric: true),
                    .init(heading: "Useful", numeric: true),
                    .init(heading: "Not useful", numeric: true),
                ],
                rows: rows.map { row in
                    [
                        link(row.title, href: SiteURL.resource(.value(row.id)).path), .plain(row.downloads.commaGrouped),
                        .plain(row.yes.commaGrouped), .plain(row.no.commaGrouped),
                    ]
                })
        }
        return Layout.page(
            title: "Most and least used resources", context: context,
            breadcrumbs: [Crumb(title: "Resource library", href: SiteURL.manageResources.path)],
            content: .group(
                Blocks.heading("Most and least used resources"),
                Blocks.paragraph(
                    "Downloads of published resources since \(ResourceAdminPage.monthName(model.since)), with the answers to \u{201C}Was this useful?\u{201D}. A resource nobody uses may need a better title or summary, or may be due to be withdrawn."
                ),
                model.most.isEmpty
                    ? Blocks.inset(Blocks.paragraph("Nothing is published yet."))
                    : .group(table("Most used", model.most), table("Least used", model.least))))
    }
}
