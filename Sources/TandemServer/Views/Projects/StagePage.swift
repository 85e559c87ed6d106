import Plot
import TandemCore

enum StagePage {
    struct Model {
        let header: ProjectHeader
        let problems: [String]
        let errors: FormErrors
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let current = model.header.stage
        return ProjectFrame.page(
            "Stage", project: model.header, section: .overview, context: context, errors: model.errors,
            element(
                "ul",
                [.class("nhsuk-task-list")]
                    + ProjectStage.allCases.map { stage in
                        element(
                            "li", .class("nhsuk-task-list__item"),
                            .div(.class("nhsuk-task-list__name-and-hint"), .plain(stage.label)),
                            .div(
                                .class("nhsuk-task-list__status"),
                                stage.position < current.position
                                    ? Blocks.tag("Done", colour: "green")
                                    : stage == current ? Blocks.tag("Now", colour: "blue") : .plain("To come")))
                    }),
            nextStep(model, csrf: context.csrf))
    }

    private static func nextStep(_ model: Model, csrf: String) -> Markup {
        guard let next = model.header.stage.next else { return Blocks.paragraph("The project is closed.") }
        guard model.problems.isEmpty else {
            return Blocks.warning("Before moving to \(next.label.lowercased())", Blocks.bulletList(model.problems))
        }
        return postForm(
            action: SiteURL.project(.value(model.header.id), .stage).path, csrf: csrf,
            Blocks.paragraph("Everything needed for the next stage is in place."),
            Buttons.submit("Move to \(next.label.lowercased())"))
    }
}
