import Foundation

/// The texts Swift code reads by name, in one language, as in force for the request (R57).
///
/// The words themselves live in the catalogue (`Catalogue`), beside the features that show them; templates read
/// them by key as `{{t.key}}`. This struct gives Swift code the same texts with names the compiler checks: each
/// `let` is a catalogue key, and decoding it from the catalogue fails (at start-up, and in `CatalogueTests`)
/// if one is missing. A class: every view model reads these texts, and a struct of two hundred strings was copied,
/// string by string, at each read (a tenth of a case page's time in the profile, issue 16).
final class Strings: Sendable, Decodable {
    let personTitle: String
    let logContactTitle: String
    let writeNoteTitle: String
    let intakePersonInvalid: String
    let searchNothingFound: String
    let personPhoneLabel: String
    let personEmailLabel: String
    let personAddressLabel: String
    let navHome: String
    let navAccount: String
    let navAccounts: String
    let signOut: String
    let signInTitle: String
    let signedOutNotice: String
    let signInExpiredNotice: String
    let secondFactorTitle: String
    let setUpTitle: String
    let recoveryCodesTitle: String
    let confirmIdentityTitle: String
    let homeTitle: String
    let homeCoordinator: String
    let homeMediator: String
    let homeReferrer: String
    let homeVictimServices: String
    let emptyVictimServices: String
    let homeSiteLiaison: String
    let homeManager: String
    let homeAuditor: String
    let homeAdmin: String
    let homeParticipant: String
    let emptyParticipant: String
    let accountCount: String
    let accountTitle: String
    let passwordChangedNotice: String
    let passwordsDoNotMatch: String
    let accountsTitle: String
    let statusActive: String
    let statusDisabled: String
    let chooseRole: String
    let roleChangedNotice: String
    let accountDisabledNotice: String
    let accountEnabledNotice: String
    let navCases: String
    let chooseAnAnswer: String
    let casesTitle: String
    let queueTitle: String
    let queueEmpty: String
    let allCasesTitle: String
    let myCasesTitle: String
    let noCases: String
    let regionLabel: String
    let newRequestLink: String
    let requesterTypeLabel: String
    let channelLabel: String
    let languageLabel: String
    let englishName: String
    let frenchName: String
    let caseTitle: String
    let participantsTitle: String
    let noneYet: String
    let timelineTitle: String
    let noNeedsRecorded: String
    let confirmEligibilityTitle: String
    let assignTitle: String
    let startDialogueTitle: String
    let restrictTitle: String
    let recuseTitle: String
    let caseSummaryTitle: String
    let safetyAndAssessmentsTitle: String
    let caseAdministrationTitle: String
    let toDoConfirmEligibility: String
    let toDoReviewSafety: String
    let toDoLinkOffenderRecord: String
    let toDoAssignMediator: String
    let toDoResolveEscalation: String
    let toDoOrderBlocks: String
    let toDoAssessAgain: String
    let toDoConfirmContinuing: String
    let toDoTellOtherParty: String
    let requestRecordedNotice: String
    let stepDoneNotice: String
    let confirmedLabel: String
    let notConfirmedLabel: String
    let navDirectRequests: String
    let directRequestsTitle: String
    let standardOffenderReply: String
    let addParticipantTitle: String
    let consentTitle: String
    let assessmentTitle: String
    let withdrawalTitle: String
    let lettersTitle: String
    let draftLetterTitle: String
    let closeTitle: String
    let assessedUntilLabel: String
    let notAssessedLabel: String
    let assessedNotReadyLabel: String
    let navReferrals: String
    let newReferralLink: String
    let referredLanguageLabel: String
    let statusReceived: String
    let statusInProgress: String
    let statusClosed: String
    let referralSubmittedNotice: String
    let invalidFPS: String
    let invalidUnit: String
    let invalidOffenderName: String
    let siteNotKnownLabel: String
    let personSiteLabel: String
    let invalidDate: String
    let supportPreparedTitle: String
    let meetingsTitle: String
    let byVideoLabel: String
    let notScheduledLabel: String
    let availabilityTitle: String
    let safetyPlanTitle: String
    let safetyPlanMissingLabel: String
    let safetyPlanRecordedLabel: String
    let requestEntryTitle: String
    let bookVideoTitle: String
    let meetingHeldTitle: String
    let proposeMeetingTitle: String
    let navEntryRequests: String
    let entryAnsweredNotice: String
    let noneGivenLabel: String
    let needsTitle: String
    let confirmContinuingTitle: String
    let withdrawalNoticeSentNotice: String
    let safeContactTitle: String
    let noSafeContactLabel: String
    let doNotContactLabel: String
    let messageMayBeLeftLabel: String
    let noMessageLabel: String
    let chooseFileError: String
    let communicationNeedsTitle: String
    let interpreterInLabel: String
    let noCommunicationNeedsLabel: String
    let correctedByLabel: String
    let correctEntryTitle: String
    let ownerYouLabel: String
    let ownerOtherLabel: String
    let recusedNotice: String
    let raiseEscalationTitle: String
    let invalidateTitle: String
    let hasClauseLabel: String
    let noClauseLabel: String
    let orderBlocksLabel: String
    let orderAllowsLabel: String
    let holdTitle: String
    let reassignTitle: String
    let recordOrderTitle: String
    let authorisedConsentTitle: String
    let standardLetterReply: String
    let safetyConcernSentNotice: String
    let tellOtherPartyTitle: String
    let translationLabel: String
    let statisticsTitle: String
    let navStatistics: String
    let chooseAFiscalYear: String
    let statisticsTotal: String
    let aCoordinatorLabel: String
    let recordDisclosureTitle: String
    let informationLogTitle: String
    let navInformationLog: String
    let informationLoggedNotice: String
    let victimServicesOfferedYes: String
    let victimServicesOfferedNo: String
    let informationSheetsTitle: String
    let roleProposedNotice: String
    let roleProposalWithdrawnNotice: String
    let proposedByAnotherLabel: String
    let proposedByYouLabel: String
    let linkCaseTitle: String
    let accessReportTitle: String
    let meetingOfAnotherCaseLabel: String
    let joinMeetingTitle: String
    let navInvestigations: String
    let caseMetadataTitle: String
    let investigationsTitle: String
    let investigationOpenedNotice: String
    let investigationApprovedNotice: String
    let investigationClosedNotice: String
    let investigationAwaitingLabel: String
    let investigationActiveLabel: String
    let investigationEndedLabel: String
    let underInvestigationNotice: String
    let notLinkedYetLabel: String
    let proposeClosureTitle: String
    let navSettings: String
    let settingsTitle: String
    let settingsSavedNotice: String
    let programContactLegend: String
    let programContactHint: String
    let victimServicesContactLegend: String
    let victimServicesContactHint: String
    let otherResourcesLegend: String
    let otherResourcesHint: String
    let regionCodeLabel: String
    let criterionCodeLabel: String
    let criterionLabel: String
    let needCodeLabel: String
    let needLabel: String
    let extractsTitle: String
    let navResearchExtracts: String
    let navDisposals: String
    let extractProposedNotice: String
    let extractApprovedNotice: String
    let navLabels: String
    let labelsTitle: String
    let changedLabelsHeading: String
    let labelsFoundHeading: String
    let labelEditTitle: String
    let labelSavedNotice: String
    let labelResetNotice: String
    let howToReachTitle: String
    let errorTitle: String
}

extension Strings {
    static let en = Strings.decoded(from: Catalogue.builtIn(.en))!
    static let fr = Strings.decoded(from: Catalogue.builtIn(.fr))!

    /// The texts from a catalogue in one language; nil when it lacks one of them.
    static func decoded(from catalog: [String: String]) -> Strings? {
        try? JSONDecoder().decode(Strings.self, from: JSONEncoder().encode(catalog))
    }
}

extension Strings {
    /// The name of an official language from its code ("en", "fr"); any other code as it is.
    func languageName(_ code: String) -> String {
        switch code {
        case "en": self.englishName
        case "fr": self.frenchName
        default: code
        }
    }
}
