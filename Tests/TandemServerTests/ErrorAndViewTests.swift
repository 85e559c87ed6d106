import Foundation
import Plot
import TandemCore
@testable import TandemServer
import Testing
import VaporTesting

@Suite("Error pages and views")
struct ErrorAndViewTests {
    struct Boom: Error {}

    @Test func aServerFaultShowsTheStyled500WithoutDetails() async throws {
        try await withTandem { app in
            app.get("explode") { _ -> String in throw Boom() }
            let response = try await app.testing().sendRequest(.GET, "/explode")
            #expect(response.status == .internalServerError)
            #expect(response.body.string.contains("Sorry, there is a problem with the service"))
            #expect(!response.body.string.contains("Boom"))
        }
    }

    @Test func theOrganisationListRendersFromAModelWithoutAServer() {
        // given
        let model = OrganisationListPage.Model(
            organisations: [], filters: .init(search: "zz", kind: .icb), pagination: Pagination(page: 1, totalItems: 0),
            canCreate: false)
        // when
        let html = OrganisationListPage.render(model, context: .anonymous).render()
        // then
        #expect(html.contains("No organisations match your search"))
        #expect(!html.contains("Add an organisation"))
        #expect(html.contains(#"<option value="icb" selected="selected">"#))
    }

    @Test func formFieldsCarryTheirErrorsAndHints() {
        var errors = FormErrors()
        errors.add("ods-code", "ODS code must be 3 to 6 characters")
        let field = FormField.text("ods-code", label: "ODS code", value: "R1", error: errors["ods-code"], hint: "Like RX1")
        let html = field.render()
        #expect(html.contains("nhsuk-form-group--error"))
        #expect(html.contains(#"aria-describedby="ods-code-hint ods-code-error""#))
        #expect(html.contains(#"<span class="nhsuk-u-visually-hidden">Error: </span>ODS code must be 3 to 6 characters"#))
        #expect(errorSummary(errors).render().contains(##"<a href="#ods-code">"##))
    }

    @Test func textAndAttributesAreEscapedExactlyOnce() {
        let node = Markup.div(.attr("title", "Tom's \"best\" <ward> & more"), .plain("<b>&copy; café</b> 5 > 3"))
        #expect(
            node.render()
                == #"<div title="Tom&#39;s &quot;best&quot; &lt;ward&gt; &amp; more">&lt;b&gt;&amp;copy; café&lt;/b&gt; 5 &gt; 3</div>"#
        )
        #expect(HTMLEscaping.text("Nothing to escape: ünïcode") == "Nothing to escape: ünïcode")
    }

    @Test func navigationLeavesOutWhatARoleCannotUse() {
        let partner = CurrentUser(
            userID: UUID(), personID: UUID(), name: "Pat", email: "p@example.org", role: .partner, organisationID: nil)
        #expect(
            Navigation.items(for: partner).map(\.label) == [
                "Home", "Your projects", "Opportunities", "Your time", "Training", "Review panels", "Groups", "Messages",
                "Your profile",
            ])
        #expect(Navigation.items(for: nil).isEmpty)
    }

    @Test func linksBuiltFromSiteURLMatchTheirRoutes() {
        let id = UUID()
        #expect(SiteURL.organisation(.value(id), .edit).path == SiteURL.organisation(.value(id), .edit).path)
        #expect(
            SiteURL.organisation(.key, .edit).pathComponents.map(\.description) == ["organisations", ":organisationID", "edit"])
        #expect(SiteURL.people.path(query: [("q", "a+b & c"), ("role", nil)]) == SiteURL.people.path + "?q=a%2Bb%20%26%20c")
    }
}
