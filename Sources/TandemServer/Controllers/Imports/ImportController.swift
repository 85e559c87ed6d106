import Fluent
import TandemCore
import Vapor

/// Importing a CSV file of feedback from the web: upload, map the columns,
/// check every row, then import all or nothing. Checking and importing run
/// in the background with visible progress, so a large file never holds a
/// page open.
enum ImportController {
    static func start(req: Request) async throws -> Response {
        let (project, _) = try await req.project(Permission.contributeEvidence)
        return try await renderStart(req, project: project, error: nil)
    }

    static func upload(req: Request) async throws -> Response {
        let (project, _) = try await req.project(Permission.contributeEvidence)
        let jobID = UUID()
        let storedName = "\(jobID.lowercasedString).csv"
        let path = filePath(req.application, storedName)
        guard
            let upload = try await UploadReceiver.receive(
                req, fileField: "file", to: path, maxBytes: req.application.config.maxUploadBytes)
        else { return try await renderStart(req, project: project, error: "Choose a CSV file to upload", status: .badRequest) }
        let fileName = (upload.fileName as NSString).lastPathComponent
        let job = ImportJob(
            projectID: try project.requireID(), createdByID: req.currentUser?.personID, fileName: fileName, storedName: storedName
        )
        job.id = jobID
        do {
            let header = try FeedbackImporter.header(path: path)
            job.mapping = ImportMapping.guess(from: header).map(encode)
        } catch let error as CSVError {
            try? FileManager.default.removeItem(atPath: path)
            return try await renderStart(
                req, project: project,
                error:
                    "This file cannot be read as CSV (\(error.description)). Save it from your spreadsheet as \"CSV UTF-8\" and try again.",
                status: .badRequest)
        }
        try await job.create(on: req.db)
        return req.seeOther(SiteURL.importJob(.value(jobID)))
    }

    static func show(req: Request) async throws -> Response {
        let (job, project, _) = try await req.owned(ImportJob.self, Permission.contributeEvidence)
        return try await renderJob(req, job: job, project: project, input: nil, errors: FormErrors())
    }

    /// Saves the column mapping and starts checking every row.
    static func saveMapping(req: Request) async throws -> Response {
        let (job, project, _) = try await req.owned(ImportJob.self, Permission.contributeEvidence)
        guard job.state != .done, !(try await isRunning(req, job)) else {
            throw AppError.conflict("This file is already being imported")
        }
        let form = try req.content.decode(ImportMappingForm.self)
        let valid: ImportMappingForm.Valid
        switch form.validate(header: try FeedbackImporter.header(path: filePath(req.application, job.storedName))) {
        case .failure(let errors):
            return try await renderJob(req, job: job, project: project, input: form, errors: errors, status: .badRequest)
        case .success(let value): valid = value
        }
        let (mapping, scope) = (valid.mapping, valid.scope)
        job.mapping = encode(mapping)
        job.consentScope = scope
        job.state = ImportJob.Status.checking
        job.heartbeatAt = Date()
        job.problems = []
        job.problemCount = 0
        try await job.save(on: req.db)
        await ImportRunner.check(job, app: req.application)
        return req.seeOther(SiteURL.importJob(.value(try job.requireID())))
    }

    /// Imports a checked file: one without problems, or one with problems when the person
    /// chose to import the rows without them (`skip-problems=yes`) and skip the rest.
    static func confirm(req: Request) async throws -> Response {
        let (job, _, _) = try await req.owned(ImportJob.self, Permission.contributeEvidence)
        let skipProblems = (try? req.content.get(String.self, at: "skip-problems")) == "yes"
        let allowed = job.state == .ready || (job.state == .invalid && skipProblems && job.importableRows > 0)
        guard allowed, !(try await isRunning(req, job)) else {
            throw AppError.conflict("Only a file that has been checked, with rows to import, can be imported")
        }
        job.skipProblemRows = skipProblems && job.state == .invalid
        job.state = ImportJob.Status.importing
        job.heartbeatAt = Date()
        try await req.db.transaction { db in
            try await job.save(on: db)
            try await AuditTrail.importStarted(
                job, rows: job.skipProblemRows ? job.importableRows : job.totalRows - job.withoutCommentRows,
                by: req.auditActor, on: db)
        }
        await ImportRunner.run(job, app: req.application, addedBy: req.currentUser?.personID)
        return req.seeOther(SiteURL.importJob(.value(try job.requireID())))
    }

    static func cancel(req: Request) async throws -> Response {
        let (job, project, _) = try await req.owned(ImportJob.self, Permission.contributeEvidence)
        guard ![.importing, .done].contains(job.state), !(try await isRunning(req, job)) else {
            throw AppError.conflict("This import cannot be cancelled now")
        }
        try? FileManager.default.removeItem(atPath: filePath(req.application, job.storedName))
        try? FileManager.default.removeItem(atPath: filePath(req.application, job.notImportedName))
        try await job.delete(on: req.db)
        try await req.flash("Import cancelled. Nothing was imported and the file has been removed.")
        return req.seeOther(SiteURL.project(.value(try project.requireID()), .import))
    }

    /// The rows that will not be (or were not) imported, as CSV to correct and upload again.
    static func notImported(req: Request) async throws -> Response {
        let (job, _, _) = try await req.owned(ImportJob.self, Permission.contributeEvidence)
        let path = filePath(req.application, job.notImportedName)
        guard FileManager.default.fileExists(atPath: path) else { throw AppError.notFound }
        let response = try await req.fileio.asyncStreamFile(at: path, mediaType: HTTPMediaType(type: "text", subType: "csv"))
        let name = ((job.fileName as NSString).deletingPathExtension) + " - rows not imported.csv"
        response.headers.contentDisposition = .init(.attachment, filename: name)
        response.headers.replaceOrAdd(name: .cacheControl, value: "private, no-store")
        return response
    }

    /// For the progress line on the page, which asks every second or two.
    static func progress(req: Request) async throws -> Response {
        let (job, _, _) = try await req.owned(ImportJob.self, Permission.contributeEvidence)
        let entry = await req.application.services.importProgress.entry(try job.requireID())
        struct Body: Content {
            let status: String
            let processed: Int?
            let total: Int?
            let message: String
        }
        let message = ImportJobPage.progressText(state: job.state, processed: entry?.processed, total: job.totalRows)
        return try await Body(status: job.state.rawValue, processed: entry?.processed, total: job.totalRows, message: message)
            .encodeResponse(for: req)
    }

    static func filePath(_ app: Application, _ storedName: String) -> String {
        "\(app.config.dataDirectory)/imports/\(storedName)"
    }

    static func encode(_ mapping: ImportMapping) -> String {
        String(decoding: (try? JSONEncoder().encode(mapping)) ?? Data(), as: UTF8.self)
    }

    static func decode(_ mapping: String?) -> ImportMapping? {
        mapping.flatMap { try? JSONDecoder().decode(ImportMapping.self, from: Data($0.utf8)) }
    }

    private static func isRunning(_ req: Request, _ job: ImportJob) async throws -> Bool {
        await req.application.services.importProgress.isRunning(try job.requireID())
    }

    private static func renderStart(
        _ req: Request, project: Project, error: String?, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let model = try await startModel(
            project, error: error, maxUploadMB: req.application.config.maxUploadBytes >> 20, on: req.db)
        return ImportStartPage.render(model, context: try await PageContext.withForm(req, section: .projects)).response(status)
    }

    static func startModel(
        _ project: Project, error: String?, maxUploadMB: Int, on db: any Database
    ) async throws -> ImportStartPage.Model {
        let jobs = try await ImportJob.query(on: db).filter(\.$project.$id == project.requireID()).sort(\.$createdAt, .descending)
            .range(..<20).all()
        var errors = FormErrors()
        if let error { errors.add("file", error) }
        return ImportStartPage.Model(
            header: try await ProjectController.header(project, on: db),
            jobs: jobs.map {
                .init(id: $0.id!, fileName: $0.fileName, state: $0.state, imported: $0.importedRows, createdAt: $0.createdAt)
            },
            maxUploadMB: maxUploadMB, errors: errors)
    }

    private static func renderJob(
        _ req: Request, job: ImportJob, project: Project, input: ImportMappingForm?, errors: FormErrors,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let model = try await jobModel(
            job, project: project, input: input, errors: errors, file: filePath(req.application, job.storedName),
            notImportedFile: filePath(req.application, job.notImportedName),
            progress: req.application.services.importProgress, on: req.db)
        return ImportJobPage.render(model, context: try await PageContext.withForm(req, section: .projects)).response(status)
    }

    /// An import's page: `file` is where its upload waits, `progress` what the running import has done.
    static func jobModel(
        _ job: ImportJob, project: Project, input: ImportMappingForm?, errors: FormErrors, file: String,
        notImportedFile: String, progress: ImportProgress, on db: any Database
    ) async throws -> ImportJobPage.Model {
        let jobID = try job.requireID()
        var header: [String] = [], sample: [CSVRecord] = []
        if job.state != .done, let preview = try? CSVFileReader.preview(path: file) {
            (header, sample) = preview
        }
        let mapping = decode(job.mapping)
        func text(_ value: Int?) -> String? { value.map(String.init) }
        let shown =
            input
            ?? ImportMappingForm(
                text: text(mapping?.text), date: text(mapping?.date), service: text(mapping?.service),
                rating: text(mapping?.rating), question: text(mapping?.question), scope: job.consentScope.rawValue)
        return ImportJobPage.Model(
            header: try await ProjectController.header(project, on: db), id: jobID, fileName: job.fileName, state: job.state,
            isRunning: await progress.isRunning(jobID), processed: await progress.entry(jobID)?.processed,
            columns: header, sample: sample.map(\.fields), input: shown, totalRows: job.totalRows, importedRows: job.importedRows,
            duplicateRows: job.duplicateRows, problems: job.problems, problemCount: job.problemCount,
            withoutCommentRows: job.withoutCommentRows, withoutCommentLines: job.withoutCommentLines ?? [],
            importableRows: job.importableRows, problemRowsSkipped: job.problemRowsSkipped,
            hasNotImportedFile: FileManager.default.fileExists(atPath: notImportedFile),
            scope: job.consentScope, errors: errors)
    }
}
