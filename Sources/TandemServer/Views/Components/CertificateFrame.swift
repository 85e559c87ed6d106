import Plot

/// A certificate as printed: one landscape page (the print style) with its kind, what it is for,
/// the person's name, what they did, and its number. Training's completion certificates and the
/// community's certificates of contribution are both written with it.
func certificateFrame(kind: String, title: String, person: String, body: [Markup], footer: String) -> Markup {
    .group(
        .div(
            .class("tandem-no-print"),
            Blocks.paragraph("Print this page, or save it as a PDF from your browser's print menu.")),
        .div(
            .class("tandem-certificate"),
            .p(.class("nhsuk-body-l"), .text(kind)),
            .h1(.class("nhsuk-heading-l"), .text(title)),
            .p(.text("This is to certify that")),
            .p(.class("tandem-certificate__name"), .text(person)),
            .group(body),
            .p(.class("nhsuk-body-s"), .text(footer))))
}
