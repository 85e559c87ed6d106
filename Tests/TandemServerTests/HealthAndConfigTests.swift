import Foundation
import SQLKit
@testable import TandemServer
import Testing
import VaporTesting

@Suite("Health check and configuration")
struct HealthAndConfigTests {
    @Test func healthzReportsADatabaseThatAnswers() async throws {
        try await withTandem { app in
            let response = try await app.testing().sendRequest(.GET, SiteURL.healthz.path)
            #expect(response.status == .ok)
            let body = try response.content.decode(HealthController.Status.self)
            #expect(body == .init(status: "ok", database: "ok"))
        }
    }

    @Test func healthzReports503WhenTheDatabaseCannotBeReached() async throws {
        // given: an app whose database is a PostgreSQL server that is not there
        let app = try await Application.make(.testing)
        try await configure(
            app, config: AppConfig(database: .postgres(url: "postgres://tandem:x@127.0.0.1:9/tandem", searchPath: nil)))
        // when
        let response = try await app.testing().sendRequest(.GET, SiteURL.healthz.path)
        // then
        #expect(response.status == .serviceUnavailable)
        #expect(
            try response.content.decode(HealthController.Status.self) == .init(status: "unavailable", database: "unreachable"))
        try await app.asyncShutdown()
    }

    @Test func defaultsAreTheEmbeddedDatabaseOnLoopback() throws {
        let config = try AppConfig.fromEnvironment([:])
        #expect(config.database == .sqliteFile(path: "tandem.sqlite"))
        #expect(config.hostname == "127.0.0.1" && config.port == 8080)
        #expect(!config.secureCookies)
    }

    @Test func theDatabasePathAndPostgresURLAreRead() throws {
        #expect(
            try AppConfig.fromEnvironment(["TANDEM_DATABASE_PATH": "/tmp/x.sqlite"]).database
                == .sqliteFile(path: "/tmp/x.sqlite"))
        let url = "postgres://tandem:secret@db.internal:5432/tandem"
        #expect(try AppConfig.fromEnvironment(["DATABASE_URL": url]).database == .postgres(url: url, searchPath: nil))
    }

    @Test func thePrivacyNoticeAndAccessibilityStatementNameWhoRunsTandemFromTheSettings() throws {
        let config = try AppConfig.fromEnvironment([
            "TANDEM_CONTROLLER_NAME": "Northvale Integrated Care Board", "TANDEM_PRIVACY_CONTACT": "DPO@Northvale.example.nhs.uk",
        ])
        #expect(config.service.controllerName == "Northvale Integrated Care Board")
        #expect(config.service.privacyEmail == "dpo@northvale.example.nhs.uk" && config.service.accessibilityEmail == nil)
        let model = InfoPages.Model(contacts: config.service)
        let privacy = InfoPages.privacy(model, context: Mock.context).render()
        #expect(privacy.contains("Northvale Integrated Care Board runs this Tandem service and is the data controller"))
        #expect(privacy.contains("dpo@northvale.example.nhs.uk") && privacy.contains("Information Commissioner"))
        #expect(privacy.contains("Article 9(2)(a)") && privacy.contains("How long we keep it"))
        let statement = InfoPages.accessibility(model, context: Mock.context).render()
        #expect(statement.contains("write to dpo@northvale.example.nhs.uk") && statement.contains("Enforcement procedure"))
        #expect(statement.contains("Equality Advisory and Support Service") && statement.contains(InfoPages.reviewedOn))
        #expect {
            try AppConfig.fromEnvironment(["TANDEM_ACCESSIBILITY_CONTACT": "not an address"])
        } throws: { error in
            (error as? ConfigurationError)?.description.contains("TANDEM_ACCESSIBILITY_CONTACT") == true
        }
    }

    @Test(arguments: ["mysql://u:p@h/db", "postgres://", "postgres://user@host", "not a url at all"])
    func aMalformedDatabaseURLStopsTheStartNamingTheSetting(url: String) {
        #expect {
            try AppConfig.fromEnvironment(["DATABASE_URL": url])
        } throws: { error in
            (error as? ConfigurationError)?.description.contains("DATABASE_URL") == true
        }
    }

    @Test(arguments: ["eighty", "0", "70000", "-1"])
    func aMalformedPortStopsTheStartNamingTheSetting(port: String) {
        #expect {
            try AppConfig.fromEnvironment(["TANDEM_PORT": port])
        } throws: { error in
            (error as? ConfigurationError)?.description.contains("TANDEM_PORT") == true
        }
    }

    @Test func everyProblemIsReportedAtOnce() {
        #expect {
            try AppConfig.fromEnvironment(["TANDEM_PORT": "x", "DATABASE_URL": "x", "TANDEM_DEMO_PASSWORD": "short"])
        } throws: { error in
            (error as? ConfigurationError)?.problems.count == 3
        }
    }

    @Test func anHTTPSPublicAddressTurnsOnSecureCookies() throws {
        #expect(try AppConfig.fromEnvironment(["TANDEM_PUBLIC_URL": "https://tandem.example.org"]).secureCookies)
    }
}

@Suite("The database the suite runs on")
struct DatabaseChoiceTests {
    /// Guards against a PostgreSQL run that quietly used SQLite.
    @Test func theSuiteUsesTheDatabaseItWasAskedFor() async throws {
        try await withTandem { app in
            let dialect = (app.db as! any SQLDatabase).dialect.name
            #expect(dialect == (TestDatabase.postgresURL == nil ? "sqlite" : "postgresql"))
        }
    }

    @Test func trustedProxiesAreReadAndCheckedAsAddresses() throws {
        #expect(
            try AppConfig.fromEnvironment(["TANDEM_TRUSTED_PROXIES": "10.0.0.5, 2001:db8::1"]).trustedProxies == [
                "10.0.0.5", "2001:db8::1",
            ])
        #expect(try AppConfig.fromEnvironment([:]).trustedProxies.isEmpty)
        #expect(throws: ConfigurationError.self) { try AppConfig.fromEnvironment(["TANDEM_TRUSTED_PROXIES": "proxy.internal"]) }
    }
}
