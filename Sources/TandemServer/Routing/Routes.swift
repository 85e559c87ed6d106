import TandemCore
import Vapor

/// Every route, grouped by area, with the access it declares (`RouteAccess`).
/// Paths come from `SiteURL`; each handler asks the access policy through the
/// loaders or `req.authorize` before it reads or changes anything.
func routes(_ app: Application) throws {
    // Public: no sign-in needed.
    do {
        app.get(.home, .public, use: HomeController.show)
        app.get(.healthz, .public, use: HealthController.check)
        app.get(.accessibility, .public, use: InfoController.accessibility)
        app.get(.privacy, .public, use: InfoController.privacy)
    }

    // Signing in and out.
    do {
        app.get(.signIn, .public, use: SignInController.show)
        app.post(.signIn, .public, use: SignInController.signIn)
        app.post(.signOut, .signedIn, use: SignInController.signOut)
        app.get(.me, .signedIn, use: SignInController.me)
        app.get(.confirmEmail(.key), .signedIn, use: EmailChangeController.confirm)
        app.get(.forgotPassword, .public, use: PasswordController.forgottenForm)
        app.post(.forgotPassword, .public, use: PasswordController.forgotten)
        app.get(.setPassword(.key), .public, use: PasswordController.chooseForm)
        app.post(.setPassword(.key), .public, use: PasswordController.choose)
    }

    // Organisations.
    do {
        app.get(.organisations, .global(.listOrganisations), use: OrganisationController.list)
        app.get(.newOrganisation, .global(.manageOrganisations), use: OrganisationController.new)
        app.post(.organisations, .global(.manageOrganisations), use: OrganisationController.create)
        app.get(.organisation(.key), .organisation(Permission.viewOrganisation), use: OrganisationController.show)
        app.get(.organisation(.key, .edit), .organisation(always(.manageOrganisations)), use: OrganisationController.edit)
        app.post(.organisation(.key, .edit), .organisation(always(.manageOrganisations)), use: OrganisationController.update)
        app.get(
            .organisation(.key, .remove), .organisation(always(.manageOrganisations)), use: OrganisationController.confirmRemove)
        app.post(.organisation(.key, .remove), .organisation(always(.manageOrganisations)), use: OrganisationController.remove)
        app.post(.organisation(.key, .restore), .organisation(always(.manageOrganisations)), use: OrganisationController.restore)
        app.get(.organisation(.key, .membership), .organisation(always(.manageMembership)), use: MembershipController.edit)
        app.post(.organisation(.key, .membership), .organisation(always(.manageMembership)), use: MembershipController.update)
    }

    // People, their consent and their equality monitoring answers.
    do {
        app.get(.people, .global(.listPeople), use: PersonController.list)
        app.get(.newPerson, .global(.createPerson), use: PersonController.new)
        app.post(.people, .global(.createPerson), use: PersonController.create)
        app.get(.person(.key), .person(Permission.viewPerson), use: PersonController.show)
        app.get(.person(.key, .edit), .person(Permission.editPerson), use: PersonController.edit)
        app.post(.person(.key, .edit), .person(Permission.editPerson), use: PersonController.update)
        app.post(.person(.key, .organisations), .person(always(.createPerson)), use: PersonController.addOrganisation)
        app.post(
            .person(.key, .removeOrganisation(.key)), .person(always(.createPerson)), use: PersonController.removeOrganisation)
        app.get(.person(.key, .consent), .person(Permission.manageConsent), use: ConsentController.show)
        app.post(.person(.key, .consent), .person(Permission.manageConsent), use: ConsentController.give)
        app.post(.person(.key, .withdrawConsent(.key)), .person(Permission.manageConsent), use: ConsentController.withdraw)
        app.get(.person(.key, .equality), .person(Permission.viewEqualityAnswers), use: EqualityController.edit)
        app.post(.person(.key, .equality), .person(Permission.editEqualityAnswers), use: EqualityController.update)
        app.get(.equalitySummary, .global(.viewEqualitySummary), use: EqualityController.summary)
    }

    // Administration.
    do {
        app.get(.auditLog, .global(.viewAuditLog), use: AuditController.list)
        app.get(.users, .global(.manageUsers), use: UserController.list)
        app.get(.newUser, .global(.manageUsers), use: UserController.new)
        app.post(.users, .global(.manageUsers), use: UserController.create)
        app.get(.editUser(.key), .global(.manageUsers), use: UserController.edit)
        app.post(.editUser(.key), .global(.manageUsers), use: UserController.update)
        app.post(.sendPasswordLink(.key), .global(.manageUsers), use: PasswordController.sendLink)
    }

    projectRoutes(app)
    changeRoutes(app)
    eventRoutes(app)
    resourceRoutes(app)
    ppgRoutes(app)
    trainingRoutes(app)
    panelRoutes(app)
    communityRoutes(app)
    governanceRoutes(app)

    // JSON API.
    do {
        app.get(.apiOrganisations, .global(.listOrganisations), use: OrganisationsAPI.list)
    }
}
