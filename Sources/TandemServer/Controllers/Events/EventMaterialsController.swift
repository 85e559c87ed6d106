import Fluent
import TandemCore
import Vapor

/// An event's slides, handout or recording, published to the resource library in one step
/// from the event's page.
enum EventMaterialsController {
    static func publish(req: Request) async throws -> Response {
        let event = try await EventController.find(req)
        let incoming = try await ResourceLibrary.receive(req, field: "materials-file")
        let form = EventMaterialsForm(fields: incoming.fields)
        if let problem = incoming.problem {
            var errors = FormErrors()
            errors.add("materials-file", problem)
            return try await EventController.render(
                req, event: event, errors: errors, materialsForm: form, status: incoming.problemStatus)
        }
        switch form.validate(fileName: incoming.fileName, hasFile: incoming.hasFile) {
        case .failure(let errors):
            incoming.discard()
            return try await EventController.render(req, event: event, errors: errors, materialsForm: form, status: .badRequest)
        case .success(let valid):
            let maker = try await req.ownOrganisationName()
            let resource = try await ResourceLibrary.publishMaterials(
                of: event, title: valid.title, kind: valid.kind, incoming: incoming, type: valid.type,
                madeBy: maker ?? "The event's organisers", by: req.currentUser?.personID, on: req.db, app: req.application)
            try await req.flash("\u{201C}\(resource.title)\u{201D} is published in the library")
            return req.seeOther(SiteURL.event(.value(try event.requireID())))
        }
    }
}
