import Fluent
import TandemCore
import Vapor

/// Each person's choice to be paid, volunteer, donate or take a lower amount, with their own limit
/// and payment reference; every change is a new record with its date, in the audit log.
enum PaymentChoiceController {
    static func show(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let current = try await PaymentChoices.current(user.personID, on: req.db)
        return try await render(req, form: current.map(PaymentChoiceForm.init) ?? PaymentChoiceForm(), errors: FormErrors())
    }

    static func save(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let form = try req.content.decode(PaymentChoiceForm.self)
        switch form.validate() {
        case .failure(let errors):
            return try await render(req, form: form, errors: errors, status: .badRequest)
        case .success(let valid):
            let record = PaymentChoiceRecord(
                personID: user.personID, choice: valid.choice, publicBodyStaff: valid.publicBodyStaff)
            record.limitPence = valid.limit?.amount.value
            record.limitFrom = valid.limit?.from
            record.limitTo = valid.limit?.to
            record.paymentReference = valid.reference
            let person = try await Person.find(user.personID, on: req.db)
            try await record.save(
                .by(req.auditActor, label: person?.name ?? "Payment choice", fields: ["choice", "limit", "payment_reference"]),
                on: req.db)
            try await req.flash("Your choice is saved: \(valid.choice.label.lowercased())")
            return req.seeOther(SiteURL.myTime)
        }
    }

    static func render(
        _ req: Request, form: PaymentChoiceForm, errors: FormErrors, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let user = try req.requireUser()
        let history = try await PaymentChoices.history(user.personID, on: req.db)
        let model = PaymentChoicePage.Model(
            history: history.map { ($0.paymentChoice.label, $0.chosenAt) }, form: form, errors: errors)
        return PaymentChoicePage.render(model, context: try await PageContext.make(req, section: .time)).response(status)
    }
}
