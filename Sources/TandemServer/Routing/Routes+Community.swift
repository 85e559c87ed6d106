import TandemCore
import Vapor

/// The community of patient partners: involvement opportunities (and the public page to get involved),
/// and recognition of people's time (their time and claims, approval, finance, the rate card) and beyond
/// money (the record of involvement and certificates of contribution).
func communityRoutes(_ app: Application) {
    app.get(.opportunities, .signedIn, use: OpportunityController.list)
    app.get(.newOpportunity, .global(.manageOpportunities), use: OpportunityController.new)
    app.post(.opportunities, .global(.manageOpportunities), use: OpportunityController.create)
    app.get(.opportunity(.key), .signedIn, use: OpportunityController.show)
    app.post(.opportunity(.key, .interest), .signedIn, use: OpportunityController.expressInterest)
    app.get(.opportunity(.key, .interested), .global(.manageOpportunities), use: OpportunitySelectionController.ranked)
    app.post(.opportunity(.key, .selection), .global(.manageOpportunities), use: OpportunitySelectionController.select)
    app.post(.opportunity(.key, .close), .global(.manageOpportunities), use: OpportunitySelectionController.close)
    app.get(.myOpportunities, .signedIn, use: OpportunityController.suggestions)
    app.get(.communityReach, .global(.manageOpportunities), use: CommunityReachController.show)
    app.get(.getInvolved, .public, use: GetInvolvedController.list)
    app.get(.getInvolvedOpportunity(.key), .public, use: GetInvolvedController.show)
    app.post(.getInvolvedOpportunity(.key), .public, use: GetInvolvedController.expressInterest)

    app.get(.myTime, .signedIn, use: MyTimeController.show)
    app.upload(.myClaims, .signedIn, use: MyTimeController.claim)
    app.get(.myPayment, .signedIn, use: PaymentChoiceController.show)
    app.post(.myPayment, .signedIn, use: PaymentChoiceController.save)
    app.get(.myStatement, .signedIn, use: MyTimeController.statement)
    app.get(.myRecord, .signedIn, use: InvolvementRecordController.mine)
    app.get(.person(.key, .record), .person(Permission.viewInvolvementRecord), use: InvolvementRecordController.show)
    app.post(.person(.key, .certificates), .person(always(.recogniseContribution)), use: InvolvementRecordController.issue)
    app.get(
        .person(.key, .certificate(.key)), .person(Permission.viewInvolvementRecord), use: InvolvementRecordController.certificate
    )
    app.get(.recognition, .global(.approveClaims), use: ClaimApprovalController.list)
    app.get(.financeExport, .global(.approveClaims), use: ClaimApprovalController.export)
    app.get(.claim(.key), .claim(Permission.viewClaim), use: ClaimApprovalController.show)
    app.post(.claim(.key, .decision), .claim { _ in .approveClaims }, use: ClaimApprovalController.decide)
    app.post(.claim(.key, .answer), .claim(Permission.viewClaim), use: MyTimeController.answer)
    app.get(.claim(.key, .receipt(.key)), .claim(Permission.viewClaim), use: ClaimApprovalController.receipt)
    app.get(.rateCard, .global(.approveClaims), use: RateCardController.show)
    app.post(.rateCardRates, .global(.manageRateCard), use: RateCardController.addRate)
    app.post(.rateCardConfirm, .global(.manageRateCard), use: RateCardController.confirm)
}
