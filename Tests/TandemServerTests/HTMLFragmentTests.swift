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
        .ul(.forEach(rows) { row in
            .li(.class("tandem-evidence"),
                element("blockquote", .class("tandem-quote"), .p(.plain(row.text))),
                .p(.class("nhsuk-body-s tandem-evidence__meta"),
                   .plain(EvidenceLibraryPage.meta(row)), " · ",
                   row.project.map { .group(link($0.title, href: SiteURL.project(.value($0.id)).path), " · ") } ?? .empty,
                   link("Open", href: SiteURL.feedbackItem(.value(row.id)).path, hiddenSuffix: "this piece of evidence")))
        })
    }

    @Test func evidenceRowsAreTheSameHTMLAsThePlotMarkupTheyReplace() {
        // given rows with text that needs escaping, with and without a project
        let rows = [
            EvidenceLibraryPage.Row(id: UUID(), text: "Tom's <b>care</b> & \"more\" &copy;", method: .patientSurvey,
                                    occurredOn: Date(timeIntervalSince1970: 1_700_000_000), service: "A&E <Ward 2>", rating: 2,
                                    project: (UUID(), "Letters \"that\" <work>")),
            EvidenceLibraryPage.Row(id: UUID(), text: "Plain words", method: .focusGroup, occurredOn: nil, service: nil,
                                    rating: nil, project: nil),
        ]
        // when both are rendered
        let fast = element("ul", EvidenceLibraryPage.evidenceRows(rows)).render()
        let plot = plotRows(rows).render()
        // then they agree, and nothing typed became markup
        #expect(fast == plot)
        #expect(fast.contains("Tom's &lt;b&gt;care&lt;/b&gt; &amp; \"more\" &amp;copy;"))
        #expect(!fast.contains("<b>") && !fast.contains("<Ward"))
    }

    @Test func theProjectContentsListIsTheSameHTMLAsThePlotMarkupItReplaces() {
        let id = UUID()
        for current in [ProjectSection.evidence, nil] {
            let plot = Markup.nav(
                .class("nhsuk-contents-list"), .attr("aria-label", "Pages of this project"),
                .ol(.class("nhsuk-contents-list__list"),
                    .forEach(ProjectSection.allCases) { section in
                        section == current
                            ? .li(.class("nhsuk-contents-list__item"), .attr("aria-current", "page"),
                                  .span(.class("nhsuk-contents-list__current"), .plain(section.label)))
                            : .li(.class("nhsuk-contents-list__item"),
                                  link(section.label, href: section.href(id), classes: "nhsuk-contents-list__link"))
                    }))
            #expect(ProjectFrame.contents(id, current: current).render() == plot.render())
        }
    }
}
