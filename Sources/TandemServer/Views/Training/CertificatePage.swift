import Foundation
import Plot
import TandemCore

/// A completion certificate: printable on one landscape page (the print style), naming the
/// person, the programme, its dates and the patient and staff trainers who delivered it.
enum CertificatePage {
    struct Model {
        let cohortID: UUID
        let cohortName: String
        let programmeID: UUID
        let programmeName: String
        let organisation: String
        let person: String
        let number: String
        let issuedOn: Date
        let firstDay: Date
        let lastDay: Date
        let patientTrainers: [String]
        let staffTrainers: [String]
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        Layout.page(
            title: "Certificate for \(model.person) - \(model.programmeName)", context: context,
            breadcrumbs: [
                Crumb(title: "Training programmes", href: SiteURL.programmes.path),
                Crumb(title: model.cohortName, href: SiteURL.cohort(.value(model.cohortID)).path),
            ],
            content: certificateFrame(
                kind: "Certificate of completion", title: model.programmeName, person: model.person,
                body: [
                    .p(
                        .text(
                            "completed \(model.programmeName) in the \(model.cohortName) cohort, from \(CalendarDate.long(model.firstDay)) to \(CalendarDate.long(model.lastDay)), run by \(model.organisation)."
                        )),
                    model.patientTrainers.isEmpty
                        ? .empty
                        : .p(
                            .strong(.text("Delivered by patient trainer\(model.patientTrainers.count == 1 ? "" : "s") ")),
                            .text(list(model.patientTrainers))),
                    model.staffTrainers.isEmpty
                        ? .empty
                        : .p(
                            .text("with staff trainer\(model.staffTrainers.count == 1 ? "" : "s") \(list(model.staffTrainers))")),
                ],
                footer: "Certificate \(model.number), issued on \(CalendarDate.long(model.issuedOn))"))
    }

    /// "Ann, Bob and Cath".
    static func list(_ names: [String]) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + names.last!
    }
}
