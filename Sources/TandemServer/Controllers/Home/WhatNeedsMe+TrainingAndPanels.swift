import Fluent
import Foundation
import TandemCore

extension WhatNeedsMe {
    /// Training questionnaires to answer, and peer reviews waiting for the person as a panel chair,
    /// a panel member or a project lead; nil for someone with no part in either.
    static func trainingAndReviews(_ personID: UUID, today: Date, on db: any Database) async throws -> WorkList? {
        var items: [WorkList.Item] = []
        // Questionnaires: before the first session, and after the last (within 10 working days of the last day).
        let cohorts = try await TrainingRegistry.cohortsOnTeams(personID, on: db)
        let responses =
            cohorts.isEmpty
            ? []
            : try await QuestionnaireResponse.query(on: db).filter(\.$person.$id == personID)
                .filter(\.$cohort.$id ~~ cohorts.map(\.savedID)).all()
        for cohort in cohorts {
            let answered = Set(responses.filter { $0.$cohort.id == cohort.savedID }.map(\.stage))
            let after = cohort.lastDay <= today
            let stage: QuestionnaireStage? =
                !answered.contains(.before) && !after ? .before : after && !answered.contains(.after) ? .after : nil
            guard let stage else { continue }
            items.append(
                .init(
                    title: "\(cohort.name): the questionnaire \(stage.label.lowercased())",
                    href: SiteURL.cohort(.value(cohort.savedID), .questionnaire(.value(stage.rawValue))).path,
                    detail: "About 5 minutes. Your answers are seen only in totals.",
                    deadline: Deadline.of(
                        due: stage == .before ? cohort.firstDay : WorkingDays.adding(10, to: cohort.lastDay), today: today)))
        }
        let panels = try await PanelMember.query(on: db).filter(\.$person.$id == personID).with(\.$panel).all()
            .filter { $0.isServing(on: Calendar.utc.startOfDay(for: today)) }
        let chaired = panels.filter { $0.role == .chair }.map(\.$panel.id)
        if !chaired.isEmpty {
            for review in try await PanelReview.query(on: db).filter(\.$panel.$id ~~ chaired).filter(\.$status == .submitted)
                .all()
            {
                items.append(
                    .init(
                        title: "Triage: \(review.title)", href: SiteURL.panelReview(.value(review.savedID)).path,
                        detail: "Accept it for a meeting, ask for more information or say it is not for the panel",
                        deadline: Deadline.of(due: ReviewRules.triageDue(submitted: review.submittedAt), today: today)))
            }
        }
        let served = panels.map(\.$panel.id)
        if !served.isEmpty {
            let accepted = try await PanelReview.query(on: db).filter(\.$panel.$id ~~ served).filter(\.$status == .accepted)
                .with(\.$meeting) { $0.with(\.$event) }.all()
            for review in accepted {
                items.append(
                    .init(
                        title: "Read the pack: \(review.title)", href: SiteURL.panelReview(.value(review.savedID)).path,
                        detail: "Add your first thoughts, then your feedback at the meeting",
                        deadline: Deadline.of(due: review.meeting?.event.startsAt, today: today)))
            }
        }
        let led = try await PanelReview.query(on: db).filter(\.$lead.$id == personID)
            .filter(\.$status ~~ [.moreInformation, .feedbackAgreed]).all()
        let ledIDs = led.map(\.savedID)
        let openPoints =
            ledIDs.isEmpty
            ? [] : try await ReviewPoint.query(on: db).filter(\.$review.$id ~~ ledIDs).filter(\.$response == nil).all()
        let followUps = ledIDs.isEmpty ? [] : try await ReviewFollowUp.query(on: db).filter(\.$review.$id ~~ ledIDs).all()
        for review in led {
            let unanswered = openPoints.filter { $0.$review.id == review.savedID }.count
            let done = Set(followUps.filter { $0.$review.id == review.savedID }.map(\.months))
            let nextFollowUp = review.agreedAt.flatMap { ReviewRules.followUps(after: $0).first { !done.contains($0.months) } }
            let detail: String
            let due: Date?
            if review.status == .moreInformation {
                (detail, due) = ("The panel asked for more information", nil)
            } else if unanswered > 0 {
                (detail, due) = ("Reply to \(unanswered) point\(unanswered == 1 ? "" : "s") of the panel's feedback", nil)
            } else if let nextFollowUp {
                (detail, due) = ("Tell the panel what changed by \(nextFollowUp.months) months", nextFollowUp.due)
            } else {
                continue
            }
            items.append(
                .init(
                    title: review.title, href: SiteURL.panelReview(.value(review.savedID)).path, detail: detail,
                    deadline: Deadline.of(due: due, today: today)))
        }
        guard !items.isEmpty else { return nil }
        let sorted = items.sorted { ($0.deadline.urgency, $0.title) < ($1.deadline.urgency, $1.title) }
        return WorkList(
            id: "training-and-reviews", heading: "Training and peer review", items: Array(sorted.prefix(shown)),
            empty: "Nothing is waiting for you.")
    }
}
