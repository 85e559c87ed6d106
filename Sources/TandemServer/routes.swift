import Vapor

/// Every route, grouped by area. Paths come from `SiteURL`; each handler asks
/// the access policy (`req.authorize`) before it reads or changes anything.
func routes(_ app: Application) throws {
    // Public: no sign-in needed.
    do {
        app.get(SiteURL.home.pathComponents, use: HomeController.show)
        app.get(SiteURL.healthz.pathComponents, use: HealthController.check)
        app.get(SiteURL.accessibility.pathComponents, use: InfoController.accessibility)
        app.get(SiteURL.privacy.pathComponents, use: InfoController.privacy)
    }

    // Signing in and out.
    do {
        app.get(SiteURL.signIn.pathComponents, use: SignInController.show)
        app.post(SiteURL.signIn.pathComponents, use: SignInController.signIn)
        app.post(SiteURL.signOut.pathComponents, use: SignInController.signOut)
        app.get(SiteURL.me.pathComponents, use: SignInController.me)
        app.get(SiteURL.confirmEmail(.key).pathComponents, use: EmailChangeController.confirm)
    }

    // Organisations.
    do {
        app.get(SiteURL.organisations.pathComponents, use: OrganisationController.list)
        app.get(SiteURL.newOrganisation.pathComponents, use: OrganisationController.new)
        app.post(SiteURL.organisations.pathComponents, use: OrganisationController.create)
        app.get(SiteURL.organisation(.key).pathComponents, use: OrganisationController.show)
        app.get(SiteURL.organisation(.key, .edit).pathComponents, use: OrganisationController.edit)
        app.post(SiteURL.organisation(.key, .edit).pathComponents, use: OrganisationController.update)
        app.get(SiteURL.organisation(.key, .remove).pathComponents, use: OrganisationController.confirmRemove)
        app.post(SiteURL.organisation(.key, .remove).pathComponents, use: OrganisationController.remove)
        app.post(SiteURL.organisation(.key, .restore).pathComponents, use: OrganisationController.restore)
        app.get(SiteURL.organisation(.key, .membership).pathComponents, use: MembershipController.edit)
        app.post(SiteURL.organisation(.key, .membership).pathComponents, use: MembershipController.update)
    }

    // People, their consent and their equality monitoring answers.
    do {
        app.get(SiteURL.people.pathComponents, use: PersonController.list)
        app.get(SiteURL.newPerson.pathComponents, use: PersonController.new)
        app.post(SiteURL.people.pathComponents, use: PersonController.create)
        app.get(SiteURL.person(.key).pathComponents, use: PersonController.show)
        app.get(SiteURL.person(.key, .edit).pathComponents, use: PersonController.edit)
        app.post(SiteURL.person(.key, .edit).pathComponents, use: PersonController.update)
        app.post(SiteURL.person(.key, .organisations).pathComponents, use: PersonController.addOrganisation)
        app.post(SiteURL.person(.key, .removeOrganisation(.key)).pathComponents, use: PersonController.removeOrganisation)
        app.get(SiteURL.person(.key, .consent).pathComponents, use: ConsentController.show)
        app.post(SiteURL.person(.key, .consent).pathComponents, use: ConsentController.give)
        app.post(SiteURL.person(.key, .withdrawConsent(.key)).pathComponents, use: ConsentController.withdraw)
        app.get(SiteURL.person(.key, .equality).pathComponents, use: EqualityController.edit)
        app.post(SiteURL.person(.key, .equality).pathComponents, use: EqualityController.update)
        app.get(SiteURL.equalitySummary.pathComponents, use: EqualityController.summary)
    }

    // Administration.
    do {
        app.get(SiteURL.auditLog.pathComponents, use: AuditController.list)
        app.get(SiteURL.users.pathComponents, use: UserController.list)
        app.get(SiteURL.newUser.pathComponents, use: UserController.new)
        app.post(SiteURL.users.pathComponents, use: UserController.create)
        app.get(SiteURL.editUser(.key).pathComponents, use: UserController.edit)
        app.post(SiteURL.editUser(.key).pathComponents, use: UserController.update)
    }

    projectRoutes(app)
    changeRoutes(app)

    // JSON API.
    do {
        app.get(SiteURL.apiOrganisations.pathComponents, use: OrganisationsAPI.list)
    }
}
