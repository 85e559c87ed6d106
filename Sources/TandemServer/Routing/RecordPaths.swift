import Foundation

/// An organisation's pages.
enum OrganisationPath: RecordPath {
    case overview, edit, remove, restore, membership, evidence, recommendations, coProduction

    var parts: [PathPart] {
        switch self {
        case .overview: []
        case .edit: [.fixed("edit")]
        case .remove: [.fixed("remove")]
        case .restore: [.fixed("restore")]
        case .membership: [.fixed("membership")]
        case .evidence: [.fixed("evidence")]
        case .recommendations: [.fixed("recommendations")]
        case .coProduction: [.fixed("co-production")]
        }
    }
}

/// A person's pages.
enum PersonPath: RecordPath {
    case overview, edit, organisations, consent, equality
    case removeOrganisation(Param<UUID>)
    case withdrawConsent(Param<UUID>)
    /// The record of involvement, and the certificates of contribution given.
    case record, certificates
    case certificate(Param<UUID>)

    var parts: [PathPart] {
        switch self {
        case .overview: []
        case .edit: [.fixed("edit")]
        case .organisations: [.fixed("organisations")]
        case .removeOrganisation(let id): [.fixed("organisations"), .id(.organisation, id), .fixed("remove")]
        case .consent: [.fixed("consent")]
        case .withdrawConsent(let id): [.fixed("consent"), .id(.consent, id), .fixed("withdraw")]
        case .equality: [.fixed("equality")]
        case .record: [.fixed("record")]
        case .certificates: [.fixed("certificates")]
        case .certificate(let id): [.fixed("certificates"), .id(.contributionCertificate, id)]
        }
    }
}

/// A survey's pages.
enum SurveyPath: RecordPath {
    case overview, edit, questions, status, results, export, paper
    case editQuestion(Param<UUID>), moveQuestion(Param<UUID>), removeQuestion(Param<UUID>)

    var parts: [PathPart] {
        switch self {
        case .overview: []
        case .edit: [.fixed("edit")]
        case .questions: [.fixed("questions")]
        case .editQuestion(let id): [.fixed("questions"), .id(.question, id), .fixed("edit")]
        case .moveQuestion(let id): [.fixed("questions"), .id(.question, id), .fixed("move")]
        case .removeQuestion(let id): [.fixed("questions"), .id(.question, id), .fixed("remove")]
        case .status: [.fixed("status")]
        case .results: [.fixed("results")]
        case .export: [.fixed("responses.csv")]
        case .paper: [.fixed("paper")]
        }
    }
}

/// An activity's pages.
enum ActivityPath: RecordPath {
    case overview, scores, evidence

    var parts: [PathPart] {
        switch self {
        case .overview: []
        case .scores: [.fixed("scores")]
        case .evidence: [.fixed("evidence")]
        }
    }
}

/// A measure's pages.
enum MeasurePath: RecordPath {
    case overview, points, phases

    var parts: [PathPart] {
        switch self {
        case .overview: []
        case .points: [.fixed("points")]
        case .phases: [.fixed("phases")]
        }
    }
}

/// A story's pages.
enum StoryPath: RecordPath {
    case overview, recording, clips

    var parts: [PathPart] {
        switch self {
        case .overview: []
        case .recording: [.fixed("recording")]
        case .clips: [.fixed("clips")]
        }
    }
}

/// An import's steps.
enum ImportPath: RecordPath {
    case overview, mapping, confirm, progress, cancel, notImported

    var parts: [PathPart] {
        switch self {
        case .overview: []
        case .notImported: [.fixed("rows-not-imported.csv")]
        case .mapping: [.fixed("mapping")]
        case .confirm: [.fixed("confirm")]
        case .progress: [.fixed("progress")]
        case .cancel: [.fixed("cancel")]
        }
    }
}

/// A comment's pages.
enum FeedbackItemPath: RecordPath {
    case overview, code, undoCoding, settle

    var parts: [PathPart] {
        switch self {
        case .overview: []
        case .code: [.fixed("code")]
        case .undoCoding: [.fixed("code"), .fixed("undo")]
        case .settle: [.fixed("settle")]
        }
    }
}

/// A finding's pages.
enum FindingPath: RecordPath {
    case overview, evidence, removeSeveral
    case removeEvidence(Param<UUID>)

    var parts: [PathPart] {
        switch self {
        case .overview: []
        case .evidence: [.fixed("evidence")]
        case .removeSeveral: [.fixed("evidence"), .fixed("remove")]
        case .removeEvidence(let id): [.fixed("evidence"), .id(.findingEvidence, id), .fixed("remove")]
        }
    }
}

/// A recommendation's pages.
enum RecommendationPath: RecordPath {
    case overview, status, updates, publish, review, dueDate
    case updateFile(Param<UUID>)

    var parts: [PathPart] {
        switch self {
        case .overview: []
        case .status: [.fixed("status")]
        case .updates: [.fixed("updates")]
        case .publish: [.fixed("publish")]
        case .updateFile(let id): [.fixed("updates"), .id(.recommendationUpdate, id), .fixed("file")]
        case .review: [.fixed("review")]
        case .dueDate: [.fixed("due-date")]
        }
    }
}

/// An event's pages for its organisers.
enum EventPath: RecordPath {
    case overview, edit, status, attendance, export, materials, checkIn, walkIn, message, closing, feedback
    /// The page a registration's QR code opens on the organiser's phone.
    case checkInCode(Param<String>)

    var parts: [PathPart] {
        switch self {
        case .overview: []
        case .edit: [.fixed("edit")]
        case .message: [.fixed("message")]
        case .closing: [.fixed("closing")]
        case .feedback: [.fixed("feedback")]
        case .checkIn: [.fixed("check-in")]
        case .checkInCode(let code): [.fixed("check-in"), .text(.checkInCode, code)]
        case .walkIn: [.fixed("walk-in")]
        case .materials: [.fixed("materials")]
        case .export: [.fixed("registrations.csv")]
        case .status: [.fixed("status")]
        case .attendance: [.fixed("attendance")]
        }
    }
}

/// A resource's pages for the coordinators who keep the library.
enum ResourcePath: RecordPath {
    case overview, edit, files, status
    case removeFile(Param<UUID>)

    var parts: [PathPart] {
        switch self {
        case .overview: []
        case .edit: [.fixed("edit")]
        case .files: [.fixed("files")]
        case .status: [.fixed("status")]
        case .removeFile(let id): [.fixed("files"), .id(.resourceFile, id), .fixed("remove")]
        }
    }
}

/// A PPG's pages.
enum PPGPath: RecordPath {
    case overview, edit, status, members, meetings, newMeeting, improvements, health, judgements, population
    case selfAssessment, newSelfAssessment, statement, statementDocument
    case buddy(Param<UUID>)
    case buddyAnswer(Param<UUID>)
    case buddyAgreement(Param<UUID>)
    case buddyContact(Param<UUID>)
    case buddyReview(Param<UUID>)
    case buddyEnd(Param<UUID>)
    case leave(Param<UUID>)
    case meeting(Param<UUID>)
    case actions(Param<UUID>)
    case action(Param<UUID>)

    var parts: [PathPart] {
        switch self {
        case .overview: []
        case .edit: [.fixed("edit")]
        case .status: [.fixed("status")]
        case .members: [.fixed("members")]
        case .leave(let id): [.fixed("members"), .id(.ppgMember, id), .fixed("leave")]
        case .meetings: [.fixed("meetings")]
        case .newMeeting: [.fixed("meetings"), .fixed("new")]
        case .meeting(let id): [.fixed("meetings"), .id(.ppgMeeting, id)]
        case .actions(let id): [.fixed("meetings"), .id(.ppgMeeting, id), .fixed("actions")]
        case .action(let id): [.fixed("actions"), .id(.ppgAction, id)]
        case .improvements: [.fixed("improvements")]
        case .health: [.fixed("health-check")]
        case .judgements: [.fixed("health-check"), .fixed("judgements")]
        case .population: [.fixed("population")]
        case .selfAssessment: [.fixed("self-assessment")]
        case .newSelfAssessment: [.fixed("self-assessment"), .fixed("new")]
        case .statement: [.fixed("statement")]
        case .statementDocument: [.fixed("statement.docx")]
        case .buddy(let id): [.fixed("buddies"), .id(.buddyPair, id)]
        case .buddyAnswer(let id): [.fixed("buddies"), .id(.buddyPair, id), .fixed("answer")]
        case .buddyAgreement(let id): [.fixed("buddies"), .id(.buddyPair, id), .fixed("agreement")]
        case .buddyContact(let id): [.fixed("buddies"), .id(.buddyPair, id), .fixed("contacts")]
        case .buddyReview(let id): [.fixed("buddies"), .id(.buddyPair, id), .fixed("reviews")]
        case .buddyEnd(let id): [.fixed("buddies"), .id(.buddyPair, id), .fixed("end")]
        }
    }
}

/// A training programme's pages.
enum ProgrammePath: RecordPath {
    case overview, edit, trainers, sessions, statements, completion, newCohort, cohorts
    case session(Param<UUID>)

    var parts: [PathPart] {
        switch self {
        case .overview: []
        case .edit: [.fixed("edit")]
        case .trainers: [.fixed("trainers")]
        case .sessions: [.fixed("sessions")]
        case .session(let id): [.fixed("sessions"), .id(.curriculumSession, id)]
        case .statements: [.fixed("statements")]
        case .completion: [.fixed("completion")]
        case .newCohort: [.fixed("cohorts"), .fixed("new")]
        case .cohorts: [.fixed("cohorts")]
        }
    }
}

/// A cohort's pages.
enum CohortPath: RecordPath {
    case overview, sessions, teams, attendance, report, certificates
    case teamMembers(Param<UUID>)
    case questionnaire(Param<String>)
    case feedback(Param<UUID>)
    case certificate(Param<UUID>)

    var parts: [PathPart] {
        switch self {
        case .overview: []
        case .sessions: [.fixed("sessions")]
        case .teams: [.fixed("teams")]
        case .teamMembers(let id): [.fixed("teams"), .id(.trainingTeam, id), .fixed("members")]
        case .attendance: [.fixed("attendance")]
        case .questionnaire(let stage): [.fixed("questionnaire"), .text(.stage, stage)]
        case .feedback(let id): [.fixed("sessions"), .id(.cohortSession, id), .fixed("feedback")]
        case .report: [.fixed("report")]
        case .certificates: [.fixed("certificates")]
        case .certificate(let id): [.fixed("certificates"), .id(.person, id)]
        }
    }
}

/// A peer review panel's pages.
enum PanelPath: RecordPath {
    case overview, members, meetings, submit, report

    var parts: [PathPart] {
        switch self {
        case .overview: []
        case .members: [.fixed("members")]
        case .meetings: [.fixed("meetings")]
        case .submit: [.fixed("submit")]
        case .report: [.fixed("report")]
        }
    }
}

/// A project's review by a panel.
enum ReviewPath: RecordPath {
    case overview, triage, information, thoughts, feedback, agree, actions, followUps, close, time
    case reply(Param<UUID>)
    case action(Param<UUID>)
    case followUpFile(Param<UUID>)

    var parts: [PathPart] {
        switch self {
        case .overview: []
        case .triage: [.fixed("triage")]
        case .information: [.fixed("more-information")]
        case .thoughts: [.fixed("first-thoughts")]
        case .feedback: [.fixed("feedback")]
        case .agree: [.fixed("agreed-feedback")]
        case .reply(let id): [.fixed("points"), .id(.reviewPoint, id), .fixed("reply")]
        case .actions: [.fixed("actions")]
        case .action(let id): [.fixed("actions"), .id(.reviewAction, id)]
        case .followUps: [.fixed("follow-ups")]
        case .followUpFile(let id): [.fixed("follow-ups"), .id(.reviewFollowUp, id), .fixed("file")]
        case .close: [.fixed("close")]
        case .time: [.fixed("time")]
        }
    }
}

/// An involvement opportunity's pages.
enum OpportunityPath: RecordPath {
    case overview, interest, interested, selection, close

    var parts: [PathPart] {
        switch self {
        case .overview: []
        case .close: [.fixed("close")]
        case .interest: [.fixed("interest")]
        case .interested: [.fixed("interested")]
        case .selection: [.fixed("selection")]
        }
    }
}

/// A claim's pages: the approver's view, the decision, the claimant's answer to a query, a receipt.
enum ClaimPath: RecordPath {
    case overview, decision, answer
    case receipt(Param<UUID>)

    var parts: [PathPart] {
        switch self {
        case .overview: []
        case .decision: [.fixed("decision")]
        case .answer: [.fixed("answer")]
        case .receipt(let id): [.fixed("receipts"), .id(.claimExpense, id)]
        }
    }
}

/// A governance group's pages and registers.
enum GroupPath: RecordPath {
    case overview, members, terms, meetings, challenges, phases
    case challenge(Param<UUID>)
    case phase(Param<UUID>)
    /// What the group has published beyond its members (public), and a published meeting's paper.
    case published
    case publishedPaper(Param<UUID>)

    var parts: [PathPart] {
        switch self {
        case .overview: []
        case .members: [.fixed("members")]
        case .terms: [.fixed("terms")]
        case .meetings: [.fixed("meetings")]
        case .challenges: [.fixed("challenges")]
        case .phases: [.fixed("plan")]
        case .challenge(let id): [.fixed("challenges"), .id(.challenge, id)]
        case .phase(let id): [.fixed("plan"), .id(.planPhase, id)]
        case .published: [.fixed("published")]
        case .publishedPaper(let id): [.fixed("published"), .fixed("papers"), .id(.agendaItem, id)]
        }
    }
}

/// A group meeting's pages: its agenda and papers, attendance, declarations, decisions, actions and minutes.
enum GroupMeetingPath: RecordPath {
    case overview, agenda, attendance, declarations, decisions, actions, minutes, comments, approve, publication
    case paper(Param<UUID>)
    case action(Param<UUID>)

    var parts: [PathPart] {
        switch self {
        case .overview: []
        case .agenda: [.fixed("agenda")]
        case .attendance: [.fixed("attendance")]
        case .declarations: [.fixed("declarations")]
        case .decisions: [.fixed("decisions")]
        case .actions: [.fixed("actions")]
        case .minutes: [.fixed("minutes")]
        case .comments: [.fixed("minutes"), .fixed("comments")]
        case .approve: [.fixed("minutes"), .fixed("approval")]
        case .publication: [.fixed("publication")]
        case .paper(let id): [.fixed("agenda"), .id(.agendaItem, id), .fixed("paper")]
        case .action(let id): [.fixed("actions"), .id(.groupAction, id)]
        }
    }
}
