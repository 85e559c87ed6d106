import Foundation
import Plot

/// The contents list beside every project page (`ProjectPath.contents`), written
/// with `HTMLFragment`: it is on every project page.
enum ProjectContents {
    static func list(_ id: UUID, current: ProjectPath?) -> Markup {
        var html = HTMLFragment(capacity: 2_048)
        html.element("nav", ("class", "nhsuk-contents-list"), ("aria-label", "Pages of this project")) { html in
            html.element("ol", ("class", "nhsuk-contents-list__list")) { html in
                for section in ProjectPath.contents {
                    let label = section.label ?? ""
                    if section == current {
                        html.element("li", ("class", "nhsuk-contents-list__item"), ("aria-current", "page")) { html in
                            html.element("span", ("class", "nhsuk-contents-list__current")) { $0.text(label) }
                        }
                    } else {
                        html.element("li", ("class", "nhsuk-contents-list__item")) { html in
                            html.link(
                                label, href: SiteURL.project(.value(id), section).path, classes: "nhsuk-contents-list__link")
                        }
                    }
                }
            }
        }
        return html.node
    }
}
