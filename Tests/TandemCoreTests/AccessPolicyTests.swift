import Foundation
import TandemCore
import Testing

@Suite("Access policy: the role table of DESIGN.md")
struct AccessPolicyTests {
    let acute = UUID(), community = UUID()
    let me = UUID(), someoneElse = UUID()

    func viewer(_ role: AccountRole, organisation: UUID? = nil) -> Viewer {
        Viewer(role: role, personID: me, organisationID: organisation)
    }

    @Test func anonymousMayDoNothing() {
        #expect(!AccessPolicy.allows(nil, .listOrganisations))
        #expect(!AccessPolicy.allows(nil, .viewPerson(PersonRef(id: me, organisationIDs: []))))
        #expect(AccessPolicy.peopleScope(nil) == .nothing)
    }

    @Test func adminMayDoEverything() {
        let admin = viewer(.admin)
        let person = PersonRef(id: someoneElse, organisationIDs: [community])
        for permission: Permission in [
            .manageUsers, .viewAuditLog, .manageMembership, .viewEqualityAnswers(person), .editPerson(person),
        ] {
            #expect(AccessPolicy.allows(admin, permission))
        }
    }

    @Test func coordinatorRunsTheWorkButNotAccountsAuditOrOthersEqualityAnswers() {
        let coordinator = viewer(.coordinator)
        let person = PersonRef(id: someoneElse, organisationIDs: [])
        #expect(AccessPolicy.allows(coordinator, .createPerson))
        #expect(AccessPolicy.allows(coordinator, .manageOrganisations))
        #expect(AccessPolicy.allows(coordinator, .manageConsent(person)))
        #expect(AccessPolicy.allows(coordinator, .viewEqualitySummary))
        #expect(!AccessPolicy.allows(coordinator, .viewEqualityAnswers(person)))
        #expect(!AccessPolicy.allows(coordinator, .manageUsers))
        #expect(!AccessPolicy.allows(coordinator, .viewAuditLog))
        #expect(!AccessPolicy.allows(coordinator, .manageMembership))
    }

    @Test func staffSeeOnlyTheirOwnOrganisation() {
        let staff = viewer(.staff, organisation: acute)
        #expect(AccessPolicy.allows(staff, .viewOrganisation(acute)))
        #expect(!AccessPolicy.allows(staff, .viewOrganisation(community)))
        #expect(AccessPolicy.allows(staff, .viewPerson(PersonRef(id: someoneElse, organisationIDs: [acute, community]))))
        #expect(!AccessPolicy.allows(staff, .viewPerson(PersonRef(id: someoneElse, organisationIDs: [community]))))
        #expect(!AccessPolicy.allows(staff, .editPerson(PersonRef(id: someoneElse, organisationIDs: [acute]))))
        #expect(!AccessPolicy.allows(staff, .manageOrganisations))
        #expect(AccessPolicy.organisationScope(staff) == .organisations([acute]))
        #expect(AccessPolicy.peopleScope(staff) == .organisations([acute]))
    }

    @Test func staffWithoutAnOrganisationSeeNoLists() {
        let staff = viewer(.staff)
        #expect(!AccessPolicy.allows(staff, .listPeople))
        #expect(AccessPolicy.organisationScope(staff) == .nothing)
    }

    @Test func partnersSeeTheirOwnProfileOnly() {
        let partner = viewer(.partner, organisation: acute)
        let mine = PersonRef(id: me, organisationIDs: [acute])
        let theirs = PersonRef(id: someoneElse, organisationIDs: [acute])
        #expect(AccessPolicy.allows(partner, .viewPerson(mine)))
        #expect(AccessPolicy.allows(partner, .editPerson(mine)))
        #expect(AccessPolicy.allows(partner, .manageConsent(mine)))
        #expect(AccessPolicy.allows(partner, .editEqualityAnswers(mine)))
        #expect(!AccessPolicy.allows(partner, .viewPerson(theirs)))
        #expect(!AccessPolicy.allows(partner, .listPeople))
        #expect(!AccessPolicy.allows(partner, .listOrganisations))
        #expect(!AccessPolicy.allows(partner, .viewEqualitySummary))
        #expect(AccessPolicy.peopleScope(partner) == .person(me))
    }

    @Test func onlyTheActingOrganisationsStaffTheOwnerAndCoordinatorsCommitToAChange() {
        let project = ProjectRef(id: UUID(), organisationID: acute, team: [me])
        let change = ChangeRef(project: project, actingOrganisationID: acute, ownerID: nil)
        // A partner on the team shapes it (proposes, words, adds progress) but never commits the organisation.
        #expect(AccessPolicy.allows(viewer(.partner), .contributeEvidence(project)))
        #expect(!AccessPolicy.allows(viewer(.partner), .commitToChange(change)))
        #expect(
            !AccessPolicy.allows(
                viewer(.partner), .commitToChange(ChangeRef(project: project, actingOrganisationID: acute, ownerID: me))))
        #expect(AccessPolicy.allows(viewer(.staff, organisation: acute), .commitToChange(change)))
        // Staff of another organisation on the team do not speak for the acting one, unless they own it.
        #expect(!AccessPolicy.allows(viewer(.staff, organisation: community), .commitToChange(change)))
        #expect(
            AccessPolicy.allows(
                viewer(.staff, organisation: community),
                .commitToChange(ChangeRef(project: project, actingOrganisationID: acute, ownerID: me))))
        #expect(AccessPolicy.allows(viewer(.coordinator), .commitToChange(change)))
        #expect(AccessPolicy.allows(viewer(.admin), .commitToChange(change)))
    }

    @Test func partnersReadPeoplesWordsWithoutContactDetailsAndStaffOnTheTeamReadThemAsGiven() {
        let project = ProjectRef(id: UUID(), organisationID: acute, team: [me])
        for scope in ConsentScope.allCases {
            #expect(AccessPolicy.textView(viewer(.partner), project, scope) == .withoutContactDetails)
            #expect(AccessPolicy.textView(viewer(.staff, organisation: community), project, scope) == .asGiven)
            #expect(AccessPolicy.textView(viewer(.coordinator), project, scope) == .asGiven)
        }
        let notOnTeam = ProjectRef(id: UUID(), organisationID: acute, team: [someoneElse])
        #expect(AccessPolicy.textView(viewer(.partner), notOnTeam, .public) == .redacted)
        #expect(AccessPolicy.textView(viewer(.staff, organisation: acute), notOnTeam, .team) == .redacted)
        #expect(AccessPolicy.textView(viewer(.staff, organisation: acute), notOnTeam, .organisation) == .asGiven)
        #expect(AccessPolicy.textView(nil, notOnTeam, .public) == .redacted)
    }
}

@Suite("The client's address behind proxies")
struct ClientAddressTests {
    @Test func forwardedForIsBelievedOnlyFromTrustedProxies() {
        let trusted: Set<String> = ["10.0.0.5", "10.0.0.6"]
        // Straight from the client: the header is whatever the client says, so it is ignored.
        #expect(ClientAddress.resolve(peer: "203.0.113.9", forwardedFor: ["198.51.100.1"], trusted: trusted) == "203.0.113.9")
        // Through the proxy: the address it forwarded for.
        #expect(ClientAddress.resolve(peer: "10.0.0.5", forwardedFor: ["198.51.100.1"], trusted: trusted) == "198.51.100.1")
        // A client sending its own header ahead of the proxy's cannot choose its address.
        #expect(
            ClientAddress.resolve(peer: "10.0.0.5", forwardedFor: ["1.2.3.4, 198.51.100.1"], trusted: trusted) == "198.51.100.1")
        // Through two proxies, and a header of rubbish.
        #expect(
            ClientAddress.resolve(peer: "10.0.0.5", forwardedFor: ["198.51.100.1, 10.0.0.6"], trusted: trusted) == "198.51.100.1")
        #expect(ClientAddress.resolve(peer: "10.0.0.5", forwardedFor: ["not-an-address"], trusted: trusted) == "10.0.0.5")
        #expect(ClientAddress.resolve(peer: "10.0.0.5", forwardedFor: [], trusted: trusted) == "10.0.0.5")
    }

    @Test func addressesAreIPv4OrIPv6() {
        for good in ["10.0.0.5", "2001:db8::1", "::1"] { #expect(ClientAddress.isAddress(good), "\(good)") }
        for bad in ["proxy.internal", "10.0.0", "10.0.0.256", "10.0.0.5:8080x", ""] {
            #expect(!ClientAddress.isAddress(bad), "\(bad)")
        }
    }
}

@Suite struct EventAccessTests {
    let trust = UUID(), other = UUID()

    @Test func staffRunTheirOwnOrganisationsEventsAndCoordinatorsRunAny() {
        let staff = Viewer(role: .staff, personID: UUID(), organisationID: trust)
        let coordinator = Viewer(role: .coordinator, personID: UUID(), organisationID: nil)
        let partner = Viewer(role: .partner, personID: UUID(), organisationID: nil)
        #expect(AccessPolicy.allows(staff, .planEvents))
        #expect(AccessPolicy.allows(staff, .manageEvent(organisationID: trust)))
        #expect(!AccessPolicy.allows(staff, .manageEvent(organisationID: other)))
        #expect(!AccessPolicy.allows(staff, .manageEvent(organisationID: nil)), "an event nobody runs is the coordinators'")
        #expect(AccessPolicy.allows(coordinator, .manageEvent(organisationID: other)))
        #expect(!AccessPolicy.allows(partner, .planEvents) && !AccessPolicy.allows(partner, .manageEvent(organisationID: trust)))
        #expect(!AccessPolicy.allows(Viewer(role: .staff, personID: UUID(), organisationID: nil), .planEvents))
    }
}
