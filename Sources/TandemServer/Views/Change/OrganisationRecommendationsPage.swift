import Foundation
import Plot
import TandemCore

/// The recommendations an organisation must act on.
enum OrganisationRecommendationsPage {
    struct Model {
        let organisationID: UUID
        let organisationName: String
        let rows: [RecommendationRow]
        let filter: String
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let here = SiteURL.organisation(.value(model.organisationID), .recommendations)
        let overdue = model.rows.filter(\.isOverdue).count
        return OrganisationFrame.page(
            "Recommendations to act on", title: "Recommendations", organisation: (model.organisationID, model.organisationName),
            context: context,
            Blocks.paragraph(
                "Every recommendation \(model.organisationName) has been asked to act on, across all its projects. Overdue ones come first."
            ),
            overdue > 0
                ? Blocks.warning(
                    "\(counted(overdue, "recommendation is", "recommendations are")) overdue",
                    Blocks.paragraph(
                        "They are listed first. Agree a new date with the project team, or record what has been done, so that the people whose feedback led to them can be told."
                    )) : .empty,
            getForm(
                action: here.path,
                FormField.select(
                    "show", label: "Show",
                    options: [
                        .init(value: "open", label: "Still to act on"), .init(value: "overdue", label: "Overdue only"),
                        .init(value: "all", label: "All, including finished and declined"),
                    ], selected: model.filter),
                Buttons.submit("Show", style: .secondary, small: true)),
            RecommendationView.table(model.rows, caption: "Recommendations", showProject: true),
            .p(link("The public You said, we did page", href: SiteURL.youSaidWeDid(.value(model.organisationID)).path)))
    }
}
