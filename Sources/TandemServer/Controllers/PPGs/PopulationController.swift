import Fluent
import TandemCore
import Vapor

/// Practices' registered populations: the coordinators' upload of NHS Digital's files, and each
/// PPG's page of its practice's patients with the ethnic groups of its area.
enum PopulationController {
    static func page(req: Request) async throws -> Response {
        try req.authorize(.managePPGs)
        return try await renderUpload(req, outcome: nil, errors: FormErrors())
    }

    /// The file is streamed to disk, read whole (a bad row stops it and names the line), then kept.
    static func upload(req: Request) async throws -> Response {
        try req.authorize(.managePPGs)
        let path = "\(req.application.config.dataDirectory)/imports/population-\(UUID().lowercasedString).csv"
        defer { try? FileManager.default.removeItem(atPath: path) }
        var errors = FormErrors()
        do {
            guard
                let upload = try await UploadReceiver.receive(
                    req, fileField: "file", to: path, maxBytes: req.application.config.maxUploadBytes)
            else {
                errors.add("file", "Choose a CSV file from NHS Digital to import")
                return try await renderUpload(req, outcome: nil, errors: errors, status: .badRequest)
            }
            guard upload.fileName.lowercased().hasSuffix(".csv") else {
                errors.add("file", "The file must be a CSV file (.csv), as NHS Digital publishes them")
                return try await renderUpload(req, outcome: nil, errors: errors, status: .badRequest)
            }
            let read = try await PopulationImport.read(path: path)
            let outcome = try await PopulationImport.save(read.0, rows: read.rows, on: req.db)
            return try await renderUpload(req, outcome: outcome, errors: errors)
        } catch let problem as PopulationReader.Problem {
            errors.add("file", "Nothing was imported. \(problem.description)")
        } catch let problem as CSVError {
            errors.add("file", "Nothing was imported. The file is not valid CSV: \(problem.description)")
        } catch AppError.tooLarge(let message), AppError.badRequest(let message) {
            errors.add("file", message)
        }
        return try await renderUpload(req, outcome: nil, errors: errors, status: .badRequest)
    }

    private static func renderUpload(
        _ req: Request, outcome: PopulationImport.Outcome?, errors: FormErrors, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let latest = try await RegisteredPopulation.query(on: req.db).sort(\.$extractDate, .descending).first()
        let practices = try await RegisteredPopulation.query(on: req.db).unique().all(\.$practice.$id).count
        let model = PopulationUploadPage.Model(
            outcome: outcome, practicesWithPopulation: practices, latestExtract: latest?.extractDate, errors: errors,
            maxUploadMB: req.application.config.maxUploadBytes >> 20)
        return PopulationUploadPage.render(model, context: try await PageContext.withForm(req, section: .ppgs)).response(status)
    }

    static func practice(req: Request) async throws -> Response {
        let (ppg, ref) = try await req.ppg(Permission.viewPPG)
        return try await renderPractice(req, ppg, ref: ref, form: nil, errors: FormErrors())
    }

    /// The ethnic groups of the practice's area, in the census categories, with their source and date.
    static func saveEthnicity(req: Request) async throws -> Response {
        let (ppg, ref) = try await req.ppg(Permission.runPPG)
        let form = try EthnicityForm(decoding: req)
        switch form.validate() {
        case .failure(let errors):
            return try await renderPractice(req, ppg, ref: ref, form: form, errors: errors, status: .badRequest)
        case .success(let valid):
            try await PracticeEthnicity(
                practiceID: ppg.$practice.id, percentages: valid.percentages, source: valid.source, asOf: valid.asOf,
                enteredByID: req.currentUser?.personID
            ).create(on: req.db)
            try await PPGHealthChecks.refresh(ppg, on: req.db)
            try await req.flash("Ethnic groups saved")
            return req.seeOther(SiteURL.ppg(.value(try ppg.requireID()), .population))
        }
    }

    private static func renderPractice(
        _ req: Request, _ ppg: PPG, ref: PPGRef, form: EthnicityForm?, errors: FormErrors, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let practice = try await ppg.$practice.get(on: req.db)
        let populations = try await RegisteredPopulation.query(on: req.db).filter(\.$practice.$id == practice.savedID)
            .sort(\.$extractDate, .descending).limit(6).all()
        let ethnicity = try await PracticeEthnicity.query(on: req.db).filter(\.$practice.$id == practice.savedID)
            .sort(\.$asOf, .descending).first()
        let model = PracticePopulationPage.Model(
            ppgID: try ppg.requireID(), ppgName: ppg.name, practice: practice.name, latest: populations.first,
            extracts: populations.map { ($0.extractDate, $0.total) }, ethnicity: ethnicity,
            mayEdit: AccessPolicy.allows(try req.requireUser().viewer, .runPPG(ref)),
            form: form ?? EthnicityForm(ethnicity), errors: errors)
        return PracticePopulationPage.render(model, context: try await PageContext.withForm(req, section: .ppgs)).response(status)
    }
}
