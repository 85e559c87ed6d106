import Plot
import TandemCore

/// The evidence library's rows, written with `HTMLFragment`: a page lists 25 of
/// them and they are most of its elements.
enum EvidenceRows {
    /// `terms` are the words searched for: each matching word is marked.
    static func markup(_ rows: [EvidenceLibraryPage.Row], terms: [String] = []) -> Markup {
        var fragment = HTMLFragment(capacity: rows.count * 700)
        for row in rows {
            fragment.element("li", ("class", "tandem-evidence")) { html in
                html.element("blockquote", ("class", "tandem-quote")) { html in
                    // Counting characters walks the whole text: only texts of more than 600 bytes can be too long.
                    html.element("p") { html in
                        let text =
                            row.text.utf8.count > 600 && row.text.count > 600 ? String(row.text.prefix(597)) + "..." : row.text
                        guard !terms.isEmpty else { return html.text(text) }
                        for segment in Highlight.segments(text, terms: terms) {
                            if segment.isMatch {
                                html.element("mark", ("class", "tandem-match")) { $0.text(segment.text) }
                            } else {
                                html.text(segment.text)
                            }
                        }
                    }
                }
                html.element("p", ("class", "nhsuk-body-s tandem-evidence__meta")) { html in
                    html.text(EvidenceLibraryPage.meta(row) + " · ")
                    if let project = row.project {
                        html.link(project.title, href: SiteURL.project(.value(project.id)).path)
                        html.text(" · ")
                    }
                    html.link("Open", href: SiteURL.feedbackItem(.value(row.id)).path, hiddenSuffix: "this piece of evidence")
                }
            }
        }
        return fragment.node
    }
}
