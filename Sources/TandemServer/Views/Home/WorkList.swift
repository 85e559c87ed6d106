import Plot
import TandemCore

/// One list of things waiting for the signed-in person on their home page:
/// each item links to the page where it is done, with a tag when it is
/// overdue or due soon.
struct WorkList: Sendable {
    struct Item: Sendable {
        let title: String
        let href: String
        var detail: String? = nil
        var deadline: Deadline = .noDate
        /// A word to flag the item when it has no deadline to show, such as "New".
        var flag: String? = nil
    }

    /// The anchor and test hook of the list, such as "overdue-milestones".
    let id: String
    let heading: String
    let items: [Item]
    /// What the list says when nothing is waiting.
    let empty: String
    var more: (text: String, href: String)? = nil

    static func render(_ list: WorkList) -> Markup {
        .section(
            .id(list.id), .attr("aria-labelledby", "\(list.id)-heading"),
            element("h2", .class("nhsuk-heading-m"), .id("\(list.id)-heading"), .plain(list.heading)),
            list.items.isEmpty
                ? Blocks.paragraph(list.empty, classes: "nhsuk-body-s")
                : .ul(
                    .class("nhsuk-list nhsuk-list--border tandem-work-list"),
                    .forEach(list.items) { item in
                        .li(
                            link(item.title, href: item.href),
                            item.deadline.label.map { label in
                                .group(.text(" "), Blocks.tag(label, colour: item.deadline.isOverdue ? "red" : "yellow"))
                            } ?? item.flag.map { .group(.text(" "), Blocks.tag($0, colour: "blue")) } ?? .empty,
                            item.detail.map {
                                .p(.class("nhsuk-body-s nhsuk-u-secondary-text-color nhsuk-u-margin-0"), .plain($0))
                            }
                                ?? .empty)
                    }),
            list.more.map { .p(.class("nhsuk-body-s"), link($0.text, href: $0.href)) } ?? .empty)
    }
}
