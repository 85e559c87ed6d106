import Foundation

/// The person looking at Tandem, as far as access rules care.
public struct Viewer: Sendable, Equatable {
    public let role: AccountRole
    public let personID: UUID
    /// The organisation a staff account works for. Other roles may leave it empty.
    public let organisationID: UUID?

    public init(role: AccountRole, personID: UUID, organisationID: UUID?) {
        self.role = role
        self.personID = personID
        self.organisationID = organisationID
    }
}

/// A person as the access rules see them: who they are and where they belong.
public struct PersonRef: Sendable, Equatable {
    public let id: UUID
    public let organisationIDs: Set<UUID>

    public init(id: UUID, organisationIDs: Set<UUID>) {
        self.id = id
        self.organisationIDs = organisationIDs
    }
}

/// A project as the access rules see it: whose it is and who is on its team.
public struct ProjectRef: Sendable, Equatable {
    public let id: UUID
    public let organisationID: UUID
    public let team: Set<UUID>

    public init(id: UUID, organisationID: UUID, team: Set<UUID>) {
        self.id = id
        self.organisationID = organisationID
        self.team = team
    }
}

/// A recommendation as the access rules see it: its project, the organisation
/// that must act on it and the person who owns it.
public struct ChangeRef: Sendable, Equatable {
    public let project: ProjectRef
    public let actingOrganisationID: UUID
    public let ownerID: UUID?

    public init(project: ProjectRef, actingOrganisationID: UUID, ownerID: UUID?) {
        self.project = project
        self.actingOrganisationID = actingOrganisationID
        self.ownerID = ownerID
    }
}

/// A PPG as the access rules see it: its practice, the organisations above the practice
/// (its PCN and ICB), its current members and its officers.
public struct PPGRef: Sendable, Equatable {
    public let id: UUID
    public let practiceID: UUID
    /// The practice, its PCN and its ICB.
    public let organisationIDs: Set<UUID>
    public let members: Set<UUID>
    public let officers: Set<UUID>

    public init(id: UUID, practiceID: UUID, organisationIDs: Set<UUID>, members: Set<UUID>, officers: Set<UUID>) {
        self.id = id
        self.practiceID = practiceID
        self.organisationIDs = organisationIDs.union([practiceID])
        self.members = members
        self.officers = officers
    }
}

/// A training programme as the access rules see it: the organisation that runs it and its trainers.
public struct ProgrammeRef: Sendable, Equatable {
    public let id: UUID
    public let organisationID: UUID
    public let trainers: Set<UUID>

    public init(id: UUID, organisationID: UUID, trainers: Set<UUID>) {
        self.id = id
        self.organisationID = organisationID
        self.trainers = trainers
    }
}

/// A cohort of a programme as the access rules see it: its programme and the people on its teams.
public struct CohortRef: Sendable, Equatable {
    public let id: UUID
    public let programme: ProgrammeRef
    public let teamMembers: Set<UUID>

    public init(id: UUID, programme: ProgrammeRef, teamMembers: Set<UUID>) {
        self.id = id
        self.programme = programme
        self.teamMembers = teamMembers
    }
}

/// A peer review panel as the access rules see it: the organisation it serves, its members and chairs.
public struct PanelRef: Sendable, Equatable {
    public let id: UUID
    public let organisationID: UUID
    public let members: Set<UUID>
    public let chairs: Set<UUID>

    public init(id: UUID, organisationID: UUID, members: Set<UUID>, chairs: Set<UUID>) {
        self.id = id
        self.organisationID = organisationID
        self.members = members.union(chairs)
        self.chairs = chairs
    }
}

/// A project brought to a panel: its panel and the project lead who submitted it.
public struct ReviewRef: Sendable, Equatable {
    public let id: UUID
    public let panel: PanelRef
    public let leadID: UUID?

    public init(id: UUID, panel: PanelRef, leadID: UUID?) {
        self.id = id
        self.panel = panel
        self.leadID = leadID
    }
}

/// A governance group as the access rules see it: its members serving today and its chairs.
public struct GroupRef: Sendable, Equatable {
    public let id: UUID
    public let members: Set<UUID>
    public let chairs: Set<UUID>

    public init(id: UUID, members: Set<UUID>, chairs: Set<UUID>) {
        self.id = id
        self.members = members.union(chairs)
        self.chairs = chairs
    }
}

/// A claim for time and expenses: whose it is.
public struct ClaimRef: Sendable, Equatable {
    public let id: UUID
    public let claimantID: UUID

    public init(id: UUID, claimantID: UUID) {
        self.id = id
        self.claimantID = claimantID
    }
}

/// Everything a route may ask permission for. Adding a route means adding
/// (or reusing) a case here, so the whole role table stays in this one file.
public enum Permission: Sendable, Equatable {
    case listOrganisations
    case viewOrganisation(UUID)
    case manageOrganisations
    case manageMembership
    case listPeople
    case viewPerson(PersonRef)
    case createPerson
    case editPerson(PersonRef)
    case manageConsent(PersonRef)
    /// Per-person equality monitoring answers: only the person and admins, ever.
    case viewEqualityAnswers(PersonRef)
    case editEqualityAnswers(PersonRef)
    /// Aggregate equality figures, with small numbers suppressed.
    case viewEqualitySummary
    case viewAuditLog
    case manageUsers
    case listProjects
    case createProject
    case viewProject(ProjectRef)
    /// Change the proposal, team, plan and stage; use the project as a template.
    case manageProject(ProjectRef)
    /// Add evidence: activities, stories, paper survey responses, quotes, imports.
    case contributeEvidence(ProjectRef)
    /// What only the team sees: team members' access needs, survey responses as given (the CSV export).
    case seeTeamDetails(ProjectRef)
    case viewOrganisationEvidence(UUID)
    /// Evidence as it was given, before names and contact details are taken
    /// out, and a story's recording and transcript (which cannot be redacted).
    /// The team always may; beyond the team, the consent scope decides.
    case readAsGiven(ProjectRef, ConsentScope)
    /// Commit an organisation to a change: agree or decline a recommendation, say
    /// it is in progress or implemented, record whether it has held. That tells
    /// the public and the people behind it, so it is for the owner, the acting
    /// organisation's staff and coordinators; partners shape recommendations
    /// (`contributeEvidence`) but never speak for an organisation.
    case commitToChange(ChangeRef)
    /// Plan events and see the list of them: coordinators and admins, and staff for their own organisation.
    case planEvents
    /// Run one event (change, publish, cancel, see registrations with access needs, take
    /// attendance), given the organisation that runs it: coordinators and admins any event,
    /// staff their own organisation's.
    case manageEvent(organisationID: UUID?)
    /// Keep the public resource library: add, change, publish and withdraw resources; see their use.
    case manageResources
    /// The PPG registry's list: coordinators everything; staff the PPGs of their practice, PCN or ICB.
    case listPPGs
    /// One PPG's page: its members, the practice's, PCN's and ICB's staff, coordinators.
    case viewPPG(PPGRef)
    /// The PPG's own work (members, meetings, actions, self-assessment, buddy answers): its
    /// officers, the practice's staff and coordinators.
    case runPPG(PPGRef)
    /// Across the ICB: add PPGs, import populations, word the self-assessment, propose buddies.
    case managePPGs
    /// Set up training programmes, their curricula, trainers and cohorts: coordinators.
    case manageProgrammes
    /// A programme's page: its trainers, the staff of the organisation that runs it, coordinators.
    case viewProgramme(ProgrammeRef)
    /// A cohort's page and its report (aggregates only): the programme's viewers and the people on its teams.
    case viewCohort(CohortRef)
    /// A cohort's sessions, teams, attendance and certificates: its programme's trainers and coordinators.
    case runCohort(CohortRef)
    /// Set up peer review panels and their members: coordinators.
    case managePanels
    /// A panel's page: its members, coordinators, and staff (who bring projects to it).
    case viewPanel(PanelRef)
    /// Bring a project to the panel: staff.
    case submitToPanel(PanelRef)
    /// The panel's own work across its reviews (meetings, the list of submissions, its report): its members.
    case workOnPanel(PanelRef)
    /// A review: the panel's members (its pack), the project lead who brought it, coordinators.
    case viewReview(ReviewRef)
    /// Triage and agree the feedback: the panel's chairs.
    case chairReview(ReviewRef)
    /// First thoughts and structured feedback: the panel's members.
    case giveReviewFeedback(ReviewRef)
    /// Reply to the feedback and record follow-ups: the project lead.
    case answerReview(ReviewRef)
    /// Say where an agreed action stands: the project lead and the panel's chairs.
    case trackReviewActions(ReviewRef)
    /// Post involvement opportunities, rank and select the people interested, see the community's reach: coordinators.
    case manageOpportunities
    /// A claim and its receipts: the person who made it and those who approve claims.
    case viewClaim(ClaimRef)
    /// Approve, query and mark claims paid, and export them for finance: coordinators (never their own claim).
    case approveClaims
    /// Change the rate card and confirm it: admins.
    case manageRateCard
    /// Set up governance groups and their members: coordinators.
    case manageGroups
    /// A group's page, papers, minutes and logs: its members serving today, coordinators.
    case viewGroup(GroupRef)
    /// A group's meetings, agenda, attendance, decisions, actions, minutes and registers: its chair and vice-chair, coordinators.
    case runGroup(GroupRef)
    /// A person's record of involvement and certificates of contribution: the person, coordinators.
    case viewInvolvementRecord(PersonRef)
    /// Give a partner a certificate of contribution: coordinators.
    case recogniseContribution
}

/// Which records of a kind a viewer may see in a list.
public enum Scope: Sendable, Equatable {
    case everything
    case organisations(Set<UUID>)
    case person(UUID)
    case nothing
}

/// The role table of DESIGN.md, in code. Every route asks this type.
public enum AccessPolicy {
    public static func allows(_ viewer: Viewer?, _ permission: Permission) -> Bool {
        guard let viewer else { return false }
        if viewer.role == .admin { return true }
        let isSelf: (PersonRef) -> Bool = { $0.id == viewer.personID }
        let sharesOrganisation: (PersonRef) -> Bool = { person in
            guard let own = viewer.organisationID else { return false }
            return person.organisationIDs.contains(own)
        }
        switch (viewer.role, permission) {
        case (.coordinator, .viewEqualityAnswers(let person)), (.coordinator, .editEqualityAnswers(let person)):
            return isSelf(person)
        case (.coordinator, .manageMembership), (.coordinator, .viewAuditLog), (.coordinator, .manageUsers),
            (.coordinator, .manageRateCard):
            return false
        case (.coordinator, _):
            return true

        case (.staff, .listOrganisations), (.staff, .listPeople):
            return viewer.organisationID != nil
        case (.staff, .viewOrganisation(let id)):
            return id == viewer.organisationID
        case (.staff, .viewPerson(let person)):
            return isSelf(person) || sharesOrganisation(person)
        case (.staff, .editPerson(let person)), (.staff, .manageConsent(let person)),
            (.staff, .viewEqualityAnswers(let person)), (.staff, .editEqualityAnswers(let person)):
            return isSelf(person)
        case (.staff, .listProjects):
            return viewer.organisationID != nil
        case (.staff, .viewProject(let project)), (.staff, .contributeEvidence(let project)):
            return project.organisationID == viewer.organisationID || project.team.contains(viewer.personID)
        case (.staff, .seeTeamDetails(let project)):
            return project.team.contains(viewer.personID)
        case (.staff, .viewOrganisationEvidence(let organisation)):
            return organisation == viewer.organisationID
        case (.staff, .readAsGiven(let project, let scope)):
            return project.team.contains(viewer.personID) || (scope != .team && project.organisationID == viewer.organisationID)
        case (.staff, .planEvents):
            return viewer.organisationID != nil
        case (.staff, .manageEvent(let organisationID)):
            return organisationID != nil && organisationID == viewer.organisationID
        case (.staff, .listPPGs):
            return viewer.organisationID != nil
        case (.staff, .viewPPG(let ppg)):
            return viewer.organisationID.map(ppg.organisationIDs.contains) == true || ppg.members.contains(viewer.personID)
        case (.staff, .runPPG(let ppg)):
            return viewer.organisationID == ppg.practiceID || ppg.officers.contains(viewer.personID)
        case (.partner, .viewPPG(let ppg)):
            return ppg.members.contains(viewer.personID)
        case (.partner, .runPPG(let ppg)):
            return ppg.officers.contains(viewer.personID)
        case (.staff, .viewProgramme(let programme)):
            return programme.organisationID == viewer.organisationID || programme.trainers.contains(viewer.personID)
        case (.partner, .viewProgramme(let programme)):
            return programme.trainers.contains(viewer.personID)
        case (.staff, .viewCohort(let cohort)), (.partner, .viewCohort(let cohort)):
            return allows(viewer, .viewProgramme(cohort.programme)) || cohort.teamMembers.contains(viewer.personID)
        case (.staff, .runCohort(let cohort)), (.partner, .runCohort(let cohort)):
            return cohort.programme.trainers.contains(viewer.personID)
        case (.staff, .viewPanel):
            return true
        case (.partner, .viewPanel(let panel)), (.staff, .workOnPanel(let panel)), (.partner, .workOnPanel(let panel)):
            return panel.members.contains(viewer.personID)
        case (.staff, .submitToPanel):
            return true
        case (.staff, .viewReview(let review)), (.partner, .viewReview(let review)):
            return review.panel.members.contains(viewer.personID) || review.leadID == viewer.personID
        case (.staff, .chairReview(let review)), (.partner, .chairReview(let review)):
            return review.panel.chairs.contains(viewer.personID)
        case (.staff, .giveReviewFeedback(let review)), (.partner, .giveReviewFeedback(let review)):
            return review.panel.members.contains(viewer.personID)
        case (.staff, .answerReview(let review)), (.partner, .answerReview(let review)):
            return review.leadID == viewer.personID
        case (.staff, .trackReviewActions(let review)), (.partner, .trackReviewActions(let review)):
            return review.leadID == viewer.personID || review.panel.chairs.contains(viewer.personID)
        case (.staff, .commitToChange(let change)):
            return change.ownerID == viewer.personID || change.actingOrganisationID == viewer.organisationID

        case (.partner, .viewPerson(let person)), (.partner, .editPerson(let person)),
            (.partner, .manageConsent(let person)), (.partner, .viewEqualityAnswers(let person)),
            (.partner, .editEqualityAnswers(let person)), (.partner, .viewInvolvementRecord(let person)),
            (.staff, .viewInvolvementRecord(let person)):
            return isSelf(person)
        case (.partner, .listProjects):
            return true
        case (.staff, .viewClaim(let claim)), (.partner, .viewClaim(let claim)):
            return claim.claimantID == viewer.personID
        case (.staff, .viewGroup(let group)), (.partner, .viewGroup(let group)):
            return group.members.contains(viewer.personID)
        case (.staff, .runGroup(let group)), (.partner, .runGroup(let group)):
            return group.chairs.contains(viewer.personID)
        case (.partner, .viewProject(let project)), (.partner, .contributeEvidence(let project)),
            (.partner, .seeTeamDetails(let project)), (.partner, .readAsGiven(let project, _)):
            return project.team.contains(viewer.personID)

        default:
            return false
        }
    }

    /// The organisations whose records a viewer may list.
    public static func organisationScope(_ viewer: Viewer?) -> Scope {
        guard let viewer else { return .nothing }
        switch viewer.role {
        case .admin, .coordinator: return .everything
        case .staff: return viewer.organisationID.map { .organisations([$0]) } ?? .nothing
        case .partner: return .nothing
        }
    }

    /// The people a viewer may list.
    public static func peopleScope(_ viewer: Viewer?) -> Scope {
        guard let viewer else { return .nothing }
        switch viewer.role {
        case .admin, .coordinator: return .everything
        case .staff: return viewer.organisationID.map { .organisations([$0]) } ?? .person(viewer.personID)
        case .partner: return .person(viewer.personID)
        }
    }
}

/// Which projects a viewer may list.
public enum ProjectScope: Sendable, Equatable {
    case everything
    case organisation(UUID, orMember: UUID)
    case member(UUID)
    case nothing
}

extension AccessPolicy {
    public static func projectScope(_ viewer: Viewer?) -> ProjectScope {
        guard let viewer else { return .nothing }
        switch viewer.role {
        case .admin, .coordinator: return .everything
        case .staff: return viewer.organisationID.map { .organisation($0, orMember: viewer.personID) } ?? .member(viewer.personID)
        case .partner: return .member(viewer.personID)
        }
    }
}
