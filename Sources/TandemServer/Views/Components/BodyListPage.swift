import Foundation
import Plot

/// The list page of the bodies people serve on (peer review panels, governance groups): what they
/// are, a button to set one up for those who may, and the ones the viewer may open.
enum BodyListPage {
    struct Row {
        let href: String
        let name: String
        let detail: String
    }

    struct Model {
        /// "Peer review panels".
        let title: String
        let intro: String
        /// The button to set one up, for those who may.
        let add: (label: String, href: String)?
        /// What an empty list says.
        let empty: String
        /// The columns' headings: the body ("Panel") and what the second column says of it ("Serves").
        let noun: String
        let detailHeading: String
        let rows: [Row]
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        Layout.page(
            title: model.title, context: context, breadcrumbs: [Crumb(title: "Home", href: SiteURL.home.path)],
            content: .group(
                Blocks.heading(model.title),
                Blocks.paragraph(model.intro),
                model.add.map { Buttons.link($0.label, href: $0.href) } ?? .empty,
                model.rows.isEmpty
                    ? Blocks.inset(Blocks.paragraph(model.empty))
                    : dataTable(
                        caption: model.title, captionHidden: true,
                        columns: [TableColumn(heading: model.noun), TableColumn(heading: model.detailHeading)],
                        rows: model.rows.map { [.a(.href($0.href), .text($0.name)), .text($0.detail)] })))
    }
}
