import Foundation
import TandemCore

/// Every setting Tandem reads, in one typed value, read once at start.
/// A malformed setting stops the start with a message naming it, rather than
/// being quietly replaced by a default.
public struct AppConfig: Sendable {
    public enum DatabaseChoice: Sendable, Equatable {
        /// The embedded default: one file.
        case sqliteFile(path: String)
        /// A private in-memory database (tests).
        case sqliteMemory
        /// PostgreSQL, for running several app instances behind a load balancer.
        /// `searchPath` lets tests give each run its own schema.
        case postgres(url: String, searchPath: String?)
    }

    public var database: DatabaseChoice
    public var hostname: String
    public var port: Int
    /// Where people reach Tandem; an https address turns on `Secure` cookies.
    public var publicURL: URL?
    public var bcryptCost: Int
    /// Where uploaded files live.
    public var dataDirectory: String
    /// The largest upload accepted (a story's recording, a feedback file).
    public var maxUploadBytes: Int
    public var demoPassword: String?
    /// A `sendmail`-compatible command (for example `/usr/sbin/sendmail -t`)
    /// that reads a whole message on standard input. Without one, emails wait in the outbox.
    public var sendmailCommand: String?
    /// Months after a change is implemented before its owner is asked whether it has held.
    public var reviewMonths: Int = 6
    /// Reverse proxies whose `X-Forwarded-For` is believed (see `ClientAddress`).
    public var trustedProxies: Set<String> = []
    /// Who runs this Tandem and how to reach them, for the privacy notice and accessibility statement.
    public var service = ServiceContacts()

    public var secureCookies: Bool { publicURL?.scheme == "https" }

    /// A link for an email: the public address and the path, or the path alone when no
    /// public address is set (never built from the request's Host header, which anyone can forge).
    func absoluteURL(_ path: String) -> String { Self.absoluteURL(path, base: publicURL) }

    static func absoluteURL(_ path: String, base: URL?) -> String {
        guard let base = base?.absoluteString else { return path }
        return base.trimmingCharacters(in: CharacterSet(charactersIn: "/")) + path
    }

    public init(
        database: DatabaseChoice, hostname: String = "127.0.0.1", port: Int = 8080,
        publicURL: URL? = nil, bcryptCost: Int = 12, dataDirectory: String = "data", demoPassword: String? = nil,
        maxUploadBytes: Int = 200 << 20
    ) {
        self.database = database
        self.hostname = hostname
        self.port = port
        self.publicURL = publicURL
        self.bcryptCost = bcryptCost
        self.dataDirectory = dataDirectory
        self.demoPassword = demoPassword
        self.maxUploadBytes = maxUploadBytes
    }

    /// Reads the settings from environment variables (and `.env` files, which
    /// Vapor has loaded into the environment by the time this runs).
    public static func fromEnvironment(_ env: [String: String] = ProcessInfo.processInfo.environment) throws -> AppConfig {
        var problems: [String] = []
        func value(_ name: String) -> String? {
            guard let raw = env[name]?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else { return nil }
            return raw
        }

        var database = DatabaseChoice.sqliteFile(path: value("TANDEM_DATABASE_PATH") ?? "tandem.sqlite")
        if let url = value("DATABASE_URL") {
            if let problem = PostgresURL.problem(with: url) {
                problems.append("DATABASE_URL \(problem)")
            } else {
                database = .postgres(url: url, searchPath: nil)
            }
        }

        var port = 8080
        if let raw = value("TANDEM_PORT") {
            if let number = Int(raw), (1...65535).contains(number) {
                port = number
            } else {
                problems.append("TANDEM_PORT must be a whole number from 1 to 65535, not '\(raw)'")
            }
        }

        var publicURL: URL?
        if let raw = value("TANDEM_PUBLIC_URL") {
            if let url = URL(string: raw), let scheme = url.scheme, ["http", "https"].contains(scheme), url.host != nil {
                publicURL = url
            } else {
                problems.append("TANDEM_PUBLIC_URL must be a web address such as https://tandem.example.org, not '\(raw)'")
            }
        }

        var cost = 12
        if let raw = value("TANDEM_BCRYPT_COST") {
            if let number = Int(raw), (4...31).contains(number) {
                cost = number
            } else {
                problems.append("TANDEM_BCRYPT_COST must be a whole number from 4 to 31, not '\(raw)'")
            }
        }

        var maxUploadMB = 200
        if let raw = value("TANDEM_MAX_UPLOAD_MB") {
            if let number = Int(raw), (1...10_000).contains(number) {
                maxUploadMB = number
            } else {
                problems.append("TANDEM_MAX_UPLOAD_MB must be a whole number of megabytes from 1 to 10000, not '\(raw)'")
            }
        }

        var reviewMonths = 6
        if let raw = value("TANDEM_REVIEW_MONTHS") {
            if let number = Int(raw), (1...60).contains(number) {
                reviewMonths = number
            } else {
                problems.append("TANDEM_REVIEW_MONTHS must be a whole number of months from 1 to 60, not '\(raw)'")
            }
        }

        var trustedProxies: Set<String> = []
        if let raw = value("TANDEM_TRUSTED_PROXIES") {
            let addresses = raw.split(separator: ",").map { String($0).trimmed }.filter { !$0.isEmpty }
            if let bad = addresses.first(where: { !ClientAddress.isAddress($0) }) {
                problems.append("TANDEM_TRUSTED_PROXIES must be IP addresses separated by commas, such as 10.0.0.5, not '\(bad)'")
            } else {
                trustedProxies = Set(addresses)
            }
        }

        var service = ServiceContacts()
        if let name = value("TANDEM_CONTROLLER_NAME") { service.controllerName = name }
        for (name, keyPath) in [
            ("TANDEM_PRIVACY_CONTACT", \ServiceContacts.privacyEmail),
            ("TANDEM_ACCESSIBILITY_CONTACT", \ServiceContacts.accessibilityEmail),
        ] {
            guard let raw = value(name) else { continue }
            switch EmailAddress.check(raw) {
            case .success(let email): service[keyPath: keyPath] = email
            case .failure: problems.append("\(name) must be an email address such as privacy@example.nhs.uk, not '\(raw)'")
            }
        }

        var demoPassword = value("TANDEM_DEMO_PASSWORD")
        if let password = demoPassword, let problem = PasswordRule.problem(with: password) {
            problems.append("TANDEM_DEMO_PASSWORD: \(problem.message)")
            demoPassword = nil
        }

        guard problems.isEmpty else { throw ConfigurationError(problems: problems) }
        var config = AppConfig(
            database: database, hostname: value("TANDEM_HOST") ?? "127.0.0.1", port: port,
            publicURL: publicURL, bcryptCost: cost, dataDirectory: value("TANDEM_DATA_DIR") ?? "data",
            demoPassword: demoPassword, maxUploadBytes: maxUploadMB << 20)
        config.sendmailCommand = value("TANDEM_SENDMAIL")
        config.reviewMonths = reviewMonths
        config.trustedProxies = trustedProxies
        config.service = service
        return config
    }
}

/// Who runs this Tandem (the data controller) and where people write about their
/// information or about accessibility. Shown on the privacy notice and accessibility statement.
public struct ServiceContacts: Sendable, Equatable {
    public var controllerName = "The organisation that runs this Tandem service"
    public var privacyEmail: String?
    public var accessibilityEmail: String?

    public init() {}
}

/// Raised when settings are missing or malformed; lists every problem at once.
public struct ConfigurationError: Error, CustomStringConvertible {
    public let problems: [String]
    public var description: String {
        "Tandem cannot start because of its settings:\n" + problems.map { "  - \($0)" }.joined(separator: "\n")
    }
}

/// Checks a PostgreSQL connection address before handing it to the driver,
/// so the message can say what is wrong in plain words.
enum PostgresURL {
    static func problem(with raw: String) -> String? {
        let example = "expected postgres://user:password@host:5432/database"
        guard let url = URLComponents(string: raw) else { return "is not a valid address (\(example))" }
        guard let scheme = url.scheme, ["postgres", "postgresql"].contains(scheme) else {
            return "must start with postgres:// (\(example))"
        }
        guard let host = url.host, !host.isEmpty else { return "has no host name (\(example))" }
        if raw.contains("@"), url.user == nil { return "has an @ but no user name (\(example))" }
        if url.user == nil { return "has no user name (\(example))" }
        if url.path.count <= 1 { return "has no database name after the host (\(example))" }
        return nil
    }
}
