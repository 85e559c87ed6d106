import Fluent
import Foundation
import Vapor

/// Sends the outbox's waiting emails through the configured `sendmail`-compatible
/// command, in the background. Without a command they stay in the outbox,
/// where admins can see them.
actor OutboxDelivery {
    /// After this many failed tries an email is marked as not sent.
    static let maximumAttempts = 5

    private var running: Task<Void, Never>?
    private var askedAgain = false

    nonisolated func deliverSoon(_ app: Application) {
        guard let command = app.config.sendmailCommand else { return }
        let db = app.db, logger = app.logger
        Task { await self.start(command: command, db: db, logger: logger) }
    }

    private func start(command: String, db: any Database, logger: Logger) {
        guard running == nil else { askedAgain = true; return }
        running = Task {
            do { try await Self.deliverWaiting(command: command, on: db) } catch { logger.report(error: error) }
            self.finished(command: command, db: db, logger: logger)
        }
    }

    private func finished(command: String, db: any Database, logger: Logger) {
        running = nil
        if askedAgain { askedAgain = false; start(command: command, db: db, logger: logger) }
    }

    func waitForAll() async {
        while let task = running { await task.value }
    }

    /// Sends every waiting email once; returns how many went.
    @discardableResult
    static func deliverWaiting(command: String, on db: any Database) async throws -> Int {
        let waiting = try await OutboxEmail.query(on: db).filter(\.$status == OutboxStatus.queued)
            .sort(\.$createdAt).limit(200).all()
        var sent = 0
        for email in waiting {
            email.attempts += 1
            do {
                try await send(email, command: command)
                email.status = OutboxStatus.sent
                email.sentAt = Date()
                email.lastError = nil
                sent += 1
            } catch {
                email.lastError = String(describing: error)
                if email.attempts >= maximumAttempts { email.status = OutboxStatus.failed }
            }
            try await email.save(on: db)
        }
        return sent
    }

    struct CommandFailed: Error, CustomStringConvertible {
        let status: Int32
        let output: String
        var description: String { "The mail command ended with status \(status): \(output)" }
    }

    /// Runs the command through the shell with the whole message on standard input.
    static func send(_ email: OutboxEmail, command: String) async throws {
        // A command that exits without reading its input would otherwise end
        // Tandem with SIGPIPE when the message is written to it; ignored, the
        // write fails quietly and the command's exit status says what happened.
        signal(SIGPIPE, SIG_IGN)
        let message = rfc822(email)
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", command]
            let input = Pipe(), output = Pipe()
            process.standardInput = input
            process.standardOutput = output
            process.standardError = output
            process.terminationHandler = { process in
                let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                if process.terminationStatus == 0 {
                    continuation.resume()
                } else {
                    continuation.resume(
                        throwing: CommandFailed(status: process.terminationStatus, output: String(text.prefix(500))))
                }
            }
            do {
                try process.run()
                // A command that exits without reading its input closes the pipe; its exit status tells what happened.
                try? input.fileHandleForWriting.write(contentsOf: Data(message.utf8))
                try? input.fileHandleForWriting.close()
            } catch {
                continuation.resume(throwing: error)
            }
        }
    }

    static func rfc822(_ email: OutboxEmail) -> String {
        // Header lines must not carry a line break a reader could use to add headers.
        func header(_ text: String) -> String {
            text.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
        }
        guard let name = email.attachmentName, let type = email.attachmentType, let file = email.attachmentBody else {
            return """
                To: \(header(email.toAddress))
                Subject: \(header(email.subject))
                MIME-Version: 1.0
                Content-Type: text/plain; charset=utf-8

                \(email.body)

                """
        }
        // With a file: the words and the file as two parts, the file in base64 lines of 76.
        let boundary = "tandem-\(UUID().uuidString.lowercased())"
        let encoded = Data(file.utf8).base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn])
            .replacingOccurrences(of: "\r", with: "\n")
        let fileName = header(name).replacingOccurrences(of: "\"", with: "")
        return """
            To: \(header(email.toAddress))
            Subject: \(header(email.subject))
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="\(boundary)"

            --\(boundary)
            Content-Type: text/plain; charset=utf-8
            Content-Transfer-Encoding: 8bit

            \(email.body)

            --\(boundary)
            Content-Type: \(header(type)); name="\(fileName)"
            Content-Disposition: attachment; filename="\(fileName)"
            Content-Transfer-Encoding: base64

            \(encoded)
            --\(boundary)--

            """
    }
}
