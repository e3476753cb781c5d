/// Every fixed piece of text on RO's pages, in English and French.
///
/// One `let` per message and two values, `.en` and `.fr`: the memberwise initialiser makes a missing
/// translation a compile error. Templates reach these as `{{t.name}}`; `Views` refuses at start-up any
/// template that names a key not defined here.
struct Strings: Sendable, Codable {
    // Layout
    let appName: String
    let skipToContent: String
    let otherLanguageName: String
    let mainNavigation: String
    let navHome: String
    let navAccount: String
    let navAccounts: String
    let signOut: String
    let signedInAs: String
    let footerFirewall: String
    let footerFictional: String
    // Sign-in
    let signInTitle: String
    let signInIntro: String
    let usernameLabel: String
    let passwordLabel: String
    let signInButton: String
    let signedOutNotice: String
    let errorSummaryTitle: String
    // Home
    let homeTitle: String
    let welcome: String
    let yourRole: String
    let homeCoordinator: String
    let homeMediator: String
    let homeReferrer: String
    let emptyReferrer: String
    let homeVictimServices: String
    let emptyVictimServices: String
    let homeSiteLiaison: String
    let homeManager: String
    let homeAuditor: String
    let homeAdmin: String
    let homeParticipant: String
    let emptyParticipant: String
    let manageAccountsLink: String
    let accountCount: String
    // Audit
    let auditIntegrity: String
    let auditIntact: String
    let auditBroken: String
    let auditRecent: String
    let auditEmpty: String
    let auditPosition: String
    let auditTime: String
    let auditRole: String
    let auditAction: String
    let auditOutcome: String
    // Account
    let accountTitle: String
    let accountDetails: String
    let displayNameLabel: String
    let roleLabel: String
    let changePasswordTitle: String
    let currentPasswordLabel: String
    let newPasswordLabel: String
    let confirmPasswordLabel: String
    let passwordHint: String
    let changePasswordButton: String
    let passwordChangedNotice: String
    let passwordsDoNotMatch: String
    // Accounts (admin)
    let accountsTitle: String
    let accountsIntro: String
    let accountsTableCaption: String
    let statusLabel: String
    let actionsLabel: String
    let statusActive: String
    let statusDisabled: String
    let createAccountTitle: String
    let temporaryPasswordLabel: String
    let createAccountButton: String
    let changeRoleButton: String
    let newRoleLabel: String
    let chooseRole: String
    let disableButton: String
    let enableButton: String
    let yourOwnAccount: String
    let accountCreatedNotice: String
    let roleChangedNotice: String
    let accountDisabledNotice: String
    let accountEnabledNotice: String
    // Cases
    let navCases: String
    let chooseAnAnswer: String
    let casesTitle: String
    let queueTitle: String
    let queueEmpty: String
    let allCasesTitle: String
    let myCasesTitle: String
    let noCases: String
    let referenceLabel: String
    let stageLabel: String
    let regionLabel: String
    let waitingLabel: String
    let openedLabel: String
    let newRequestLink: String
    let requesterTypeLabel: String
    let channelLabel: String
    let languageLabel: String
    let englishName: String
    let frenchName: String
    let recordRequestButton: String
    let requestIntro: String
    let caseTitle: String
    let participantsTitle: String
    let participantLanguage: String
    let withdrewLabel: String
    let mediatorsLabel: String
    let noneYet: String
    let timelineTitle: String
    let timelineWhen: String
    let timelineWhat: String
    let timelineWho: String
    let nextStepsTitle: String
    let noNeedsRecorded: String
    let recordNeedsLink: String
    let confirmEligibilityTitle: String
    let assignTitle: String
    let startDialogueTitle: String
    let restrictTitle: String
    let recuseTitle: String
    let stepNotOffered: String
    let backToLink: String
    let stepsHereLabel: String
    let caseSummaryTitle: String
    let safetyAndAssessmentsTitle: String
    let caseAdministrationTitle: String
    let caseAreasLabel: String
    let caseRecordTitle: String
    let caseToDoTitle: String
    let toDoConfirmEligibility: String
    let toDoReviewSafety: String
    let toDoLinkOffenderRecord: String
    let toDoAssignMediator: String
    let toDoResolveEscalation: String
    let toDoOrderBlocks: String
    let toDoAssessAgain: String
    let toDoConfirmContinuing: String
    let toDoTellOtherParty: String
    let noStepsHere: String
    let startAssessmentButton: String
    let confirmEligibilityButton: String
    let reviewSafetyButton: String
    let assignMediatorLabel: String
    let assignButton: String
    let noMediators: String
    let closeIneligibleButton: String
    let requestRecordedNotice: String
    let stepDoneNotice: String
    let eligibilityLabel: String
    let confirmedLabel: String
    let notConfirmedLabel: String
    let navDirectRequests: String
    let directRequestsTitle: String
    let directRequestsIntro: String
    let offenderLanguageLabel: String
    let logAndReplyButton: String
    let directRequestsCount: String
    let replyTitle: String
    let replyNote: String
    let standardOffenderReply: String
    let addParticipantTitle: String
    let participantRoleLabel: String
    let addParticipantButton: String
    let consentTitle: String
    let personLabel: String
    let purposeLabel: String
    let decisionLabel: String
    let recordButton: String
    let assessmentTitle: String
    let safetyConcernsLabel: String
    let privacyConcernsLabel: String
    let readyLabel: String
    let withdrawalTitle: String
    let withdrawalHint: String
    let mayReturnLabel: String
    let withdrawButton: String
    let beginPreparationButton: String
    let approachButton: String
    let followUpButton: String
    let backToDialogueButton: String
    let resumeButton: String
    let lettersTitle: String
    let noLetters: String
    let draftLetterTitle: String
    let senderLabel: String
    let recipientLabel: String
    let letterTextLabel: String
    let draftButton: String
    let itemFromTo: String
    let itemStateLabel: String
    let submitForReviewButton: String
    let approveButton: String
    let returnButton: String
    let senderSharesButton: String
    let recipientOptsInButton: String
    let releaseButton: String
    let deliveredButton: String
    let acknowledgedButton: String
    let closeTitle: String
    let reasonLabel: String
    let closeButton: String
    let reopenButton: String
    let episodeOfLabel: String
    let assessedUntilLabel: String
    let consentsGivenLabel: String
    let notAssessedLabel: String
    let navReferrals: String
    let referralsIntro: String
    let newReferralLink: String
    let referralFormIntro: String
    let fpsLabel: String
    let referredLanguageLabel: String
    let staffUnitLabel: String
    let interestDateLabel: String
    let safetyNotedLabel: String
    let submitReferralButton: String
    let statusReceived: String
    let statusInProgress: String
    let statusClosed: String
    let referralSubmittedNotice: String
    let invalidFPS: String
    let invalidUnit: String
    let invalidDate: String
    let dialogueFormLabel: String
    let startDialogueButton: String
    let supportPreparedTitle: String
    let meetingsTitle: String
    let noMeetings: String
    let placeLabel: String
    let byVideoLabel: String
    let scheduledLabel: String
    let notScheduledLabel: String
    let attendeesLabel: String
    let availabilityFromLabel: String
    let availabilityTitle: String
    let entryStatusLabel: String
    let safetyPlanTitle: String
    let safetyPlanMissingLabel: String
    let safetyPlanRecordedLabel: String
    let arrivalLabel: String
    let departureLabel: String
    let requestEntryTitle: String
    let entryRequestHint: String
    let meetingDateLabel: String
    let meetingTimeLabel: String
    let videoTimeLabel: String
    let roomNeedsLabel: String
    let offenderNameLabel: String
    let entrantNameLabel: String
    let identityLabel: String
    let accessibilityEscortLabel: String
    let securityNotesLabel: String
    let sendEntryRequestButton: String
    let bookVideoTitle: String
    let bookVideoButton: String
    let meetingHeldTitle: String
    let attendedLegend: String
    let meetingNoteLabel: String
    let confirmMeetingButton: String
    let postponeButton: String
    let cancelMeetingButton: String
    let proposeMeetingTitle: String
    let meetingFormLabel: String
    let siteLabel: String
    let proposeButton: String
    let navEntryRequests: String
    let entryRequestsIntro: String
    let noEntryRequests: String
    let purposeLabelSite: String
    let purposeROMeeting: String
    let entrantsLabel: String
    let approveEntryButton: String
    let declineEntryTitle: String
    let declineButton: String
    let otherTimeTitle: String
    let proposeTimeButton: String
    let entryAnsweredNotice: String
    let siteNameLabel: String
    let meetingStateLabel: String
    let participantLanguageLabel: String
    let remindersTitle: String
    let reminderLabel: String
    let dueLabel: String
    let overdueLabel: String
    let itemFormLabel: String
    let earlierEpisodeLink: String
    let reopenedAsLabel: String
    let laterEpisodeLink: String
    let noneGivenLabel: String
    let needsTitle: String
    let needsHint: String
    let ownWordsLabel: String
    let confirmContinuingTitle: String
    let confirmContinuingHint: String
    let confirmContinuingButton: String
    let withdrawalNoticeTitle: String
    let withdrawalNoticeHint: String
    let withdrawalNoticeButton: String
    let sideOffender: String
    let sideVictim: String
    let offenderWantsToStopLabel: String
    let withdrawalNoticeSentNotice: String
    let safeContactTitle: String
    let safeChannelsLegend: String
    let mayLeaveMessageLabel: String
    let safeTimesLabel: String
    let safeContactLabel: String
    let noSafeContactLabel: String
    let doNotContactLabel: String
    let messageMayBeLeftLabel: String
    let noMessageLabel: String
    let chooseFileError: String
    let filesTitle: String
    let addFileLabel: String
    let addFileHint: String
    let addFileButton: String
    let removeFileButton: String
    let downloadFileLink: String
    let fileSizeLabel: String
    let fileWithdrawnNote: String
    let communicationNeedsTitle: String
    let interpreterLabel: String
    let accessibilityLegend: String
    let accessibilityNotesLabel: String
    let communicationLabel: String
    let interpreterInLabel: String
    let noCommunicationNeedsLabel: String
    let timelineEntry: String
    let correctedByLabel: String
    let correctEntryTitle: String
    let correctEntryHint: String
    let entryNumberLabel: String
    let correctionNoteLabel: String
    let recordCorrectionButton: String
    let ownerLabel: String
    let ownerYouLabel: String
    let ownerOtherLabel: String
    let takeOwnershipButton: String
    let accessTitle: String
    let restrictedToLabel: String
    let notRestrictedLabel: String
    let restrictLegend: String
    let restrictHint: String
    let restrictButton: String
    let liftRestrictionButton: String
    let recuseHint: String
    let recuseButton: String
    let recusedNotice: String
    let safetyTitle: String
    let raiseEscalationTitle: String
    let escalationCategoryLabel: String
    let raiseButton: String
    let openEscalationsTitle: String
    let noOpenEscalations: String
    let resolveButton: String
    let invalidateTitle: String
    let triggerLabel: String
    let invalidateButton: String
    let ordersTitle: String
    let noOrders: String
    let orderKindLabel: String
    let roClauseLabel: String
    let hasClauseLabel: String
    let noClauseLabel: String
    let orderBlocksLabel: String
    let orderAllowsLabel: String
    let amendedButton: String
    let approveDespiteButton: String
    let clauseTitle: String
    let clauseHint: String
    let holdTitle: String
    let reviewDateLabel: String
    let holdButton: String
    let reassignTitle: String
    let secondMediatorLabel: String
    let noneOption: String
    let reassignButton: String
    let confirmRepresentativeButton: String
    let redactLabel: String
    let redactButton: String
    let withdrawItemButton: String
    let closeReasonHint: String
    let recordOrderTitle: String
    let byAuthorisedPersonLabel: String
    let authorisedConsentTitle: String
    let authorisedConsentHint: String
    let authorisedRequiredLabel: String
    let needsAuthorisedConsentLabel: String
    let orderIssuerLabel: String
    let orderDateLabel: String
    let orderWordingLabel: String
    let requestKindLabel: String
    let letterRequestsCount: String
    let standardLetterReply: String
    let safetyConcernSentNotice: String
    let siteConcernHint: String
    let tellOtherPartyTitle: String
    let tellOtherPartyHint: String
    let afterWithdrawalOfLabel: String
    let otherPartyToldButton: String
    let translationLabel: String
    let addTranslationTitle: String
    let translationLanguageLabel: String
    let translatorLabel: String
    let translationTextLabel: String
    let addTranslationButton: String
    let statisticsTitle: String
    let navStatistics: String
    let statisticsIntro: String
    let statisticsSuppression: String
    let fiscalYearLabel: String
    let showButton: String
    let chooseAFiscalYear: String
    let statisticsCategory: String
    let statisticsCount: String
    let statisticsHidden: String
    let statisticsTotal: String
    let statisticsDefinitionsVersion: String
    let aCoordinatorLabel: String
    let noticeGivenLabel: String
    let noticeSummary: String
    let noticeVersionLabel: String
    let disclosuresTitle: String
    let disclosuresHint: String
    let noDisclosures: String
    let disclosureDateHeading: String
    let disclosureCategoryHeading: String
    let disclosureBasisHeading: String
    let disclosureRecipientHeading: String
    let disclosureApproverHeading: String
    let recordDisclosureTitle: String
    let disclosureBasisLabel: String
    let disclosureRecipientLabel: String
    let disclosureDateLabel: String
    let informationLogTitle: String
    let navInformationLog: String
    let informationLogIntro: String
    let informationRecipientLabel: String
    let informationChannelLabel: String
    let informationLanguageLabel: String
    let informationMaterialsLegend: String
    let victimServicesOfferedLabel: String
    let logInformationButton: String
    let informationLoggedNotice: String
    let recentInformationTitle: String
    let noRecentInformation: String
    let informationWhenHeading: String
    let informationMaterialsHeading: String
    let informationVictimServicesHeading: String
    let victimServicesOfferedYes: String
    let victimServicesOfferedNo: String
    let informationSheetsTitle: String
    let informationSheetsIntro: String
    let printHint: String
    let roleProposedNotice: String
    let roleProposalWithdrawnNotice: String
    let proposedByAnotherLabel: String
    let proposedByYouLabel: String
    let approveRoleButton: String
    let withdrawProposalButton: String
    let linkedCasesTitle: String
    let linkedCasesHint: String
    let noLinkedCases: String
    let linkedRelationHeading: String
    let linkCaseTitle: String
    let linkReferenceLabel: String
    let linkRelationLabel: String
    let linkCaseButton: String
    let unlinkCaseButton: String
    let acknowledgementLabel: String
    let acknowledgementChannelLabel: String
    let recordAcknowledgementButton: String
    let accessReportTitle: String
    let accessReportIntro: String
    let accessReportWho: String
    let accessReportLink: String
    let backToCaseLink: String
    let jointWithLabel: String
    let meetingOfAnotherCaseLabel: String
    let joinMeetingTitle: String
    let joinMeetingHint: String
    let jointMeetingLabel: String
    let joinMeetingButton: String
    let navInvestigations: String
    let auditCase: String
    let caseMetadataLink: String
    let caseMetadataTitle: String
    let caseMetadataIntro: String
    let pseudonymLabel: String
    let aboutLabel: String
    let investigationsTitle: String
    let investigationsIntro: String
    let investigationsOnCase: String
    let openInvestigationTitle: String
    let groundsLabel: String
    let openInvestigationButton: String
    let investigationOpenedNotice: String
    let investigationApprovedNotice: String
    let investigationClosedNotice: String
    let approveInvestigationButton: String
    let closeInvestigationButton: String
    let readCaseContentLink: String
    let investigationStatusLabel: String
    let investigationAwaitingLabel: String
    let investigationActiveLabel: String
    let investigationEndedLabel: String
    let askedByLabel: String
    let approvedByLabel: String
    let groundsHeading: String
    let investigationsEmpty: String
    let underInvestigationNotice: String
    let offenderRecordLabel: String
    let notLinkedYetLabel: String
    let linkOffenderRecordButton: String
    let proposeClosureTitle: String
    let proposeClosureHint: String
    let proposeClosureButton: String
    let navSettings: String
    let settingsTitle: String
    let settingsIntro: String
    let settingsSavedNotice: String
    let serviceStandardsLegend: String
    let programContactLegend: String
    let programContactHint: String
    let victimServicesContactLegend: String
    let victimServicesContactHint: String
    let otherResourcesLegend: String
    let otherResourcesHint: String
    let englishTextLabel: String
    let frenchTextLabel: String
    let regionsLegend: String
    let regionsHint: String
    let regionCodeLabel: String
    let eligibilityCriteriaLegend: String
    let eligibilitySettingsLegend: String
    let eligibilitySettingsHint: String
    let criterionCodeLabel: String
    let criterionLabel: String
    let retentionLegend: String
    let retentionHint: String
    let retentionLabel: String
    let addedNeedsLegend: String
    let addedNeedsHint: String
    let needCodeLabel: String
    let needLabel: String
    let needSideLabel: String
    let extractsTitle: String
    let navResearchExtracts: String
    let extractsIntro: String
    let extractPurposeLabel: String
    let extractPurposeHint: String
    let proposeExtractButton: String
    let extractsListTitle: String
    let extractProposedByLabel: String
    let approveExtractButton: String
    let produceExtractLink: String
    let extractsEmpty: String
    let extractProposedNotice: String
    let extractApprovedNotice: String
    let navLabels: String
    let labelsTitle: String
    let labelsIntro: String
    let labelSearchLabel: String
    let labelSearchButton: String
    let changedLabelsHeading: String
    let labelsFoundHeading: String
    let labelKeyColumn: String
    let labelChangedMark: String
    let noLabelsFound: String
    let noChangedLabels: String
    let backToLabelsLink: String
    let labelEditTitle: String
    let builtInEnglishLabel: String
    let builtInFrenchLabel: String
    let labelWordingHint: String
    let saveLabelButton: String
    let resetLabelButton: String
    let labelSavedNotice: String
    let labelResetNotice: String
    let saveSettingsButton: String
    let howToReachTitle: String
    let otherResourcesTitle: String
    // Errors
    let errorTitle: String
    let requestIDLabel: String
    let goHome: String
}

extension Strings {
    static let en = Strings(
        appName: "Restorative Opportunities",
        skipToContent: "Skip to main content",
        otherLanguageName: "Français",
        mainNavigation: "Main",
        navHome: "Home",
        navAccount: "My account",
        navAccounts: "Accounts",
        signOut: "Sign out",
        signedInAs: "Signed in as",
        footerFirewall: "Taking part has no effect on sentence or parole decisions. Nothing here is shared with the people who make them.",
        footerFictional: "Demonstration data: every name and case here is fictional.",
        signInTitle: "Sign in",
        signInIntro: "For Restorative Opportunities staff and mediators.",
        usernameLabel: "User name",
        passwordLabel: "Password",
        signInButton: "Sign in",
        signedOutNotice: "You are signed out.",
        errorSummaryTitle: "There is a problem",
        homeTitle: "Home",
        welcome: "Welcome,",
        yourRole: "Your role:",
        homeCoordinator: "Requests and referrals waiting for assessment are listed in Cases, oldest first, with every case’s stage.",
        homeMediator: "The cases assigned to you are listed in Cases.",
        homeReferrer: "Refer an offender who expressed interest, and follow the status of your referrals.",
        emptyReferrer: "You have not submitted any referrals.",
        homeVictimServices: "The requests you submitted with a victim’s consent will be listed here.",
        emptyVictimServices: "You have not submitted any requests.",
        homeSiteLiaison: "Entry requests for meetings at your sites will be listed here.",
        homeManager: "The program's statistics for each fiscal year, with small numbers hidden.",
        homeAuditor: "The audit log records every sign-in, account change and access to case data. It holds no case content.",
        homeAdmin: "You manage accounts and roles. Administrators never see case content.",
        homeParticipant: "The status of your request will be shown here.",
        emptyParticipant: "There is nothing new.",
        manageAccountsLink: "Manage accounts",
        accountCount: "Accounts:",
        auditIntegrity: "Integrity of the audit log",
        auditIntact: "Intact. Entries checked:",
        auditBroken: "Broken. First broken entry:",
        auditRecent: "Latest entries",
        auditEmpty: "The audit log is empty.",
        auditPosition: "Entry",
        auditTime: "Time (UTC)",
        auditRole: "Role",
        auditAction: "Action",
        auditOutcome: "Outcome",
        accountTitle: "My account",
        accountDetails: "Account details",
        displayNameLabel: "Name",
        roleLabel: "Role",
        changePasswordTitle: "Change password",
        currentPasswordLabel: "Current password",
        newPasswordLabel: "New password",
        confirmPasswordLabel: "New password again",
        passwordHint: "At least 12 characters. A phrase of several words is easiest to remember.",
        changePasswordButton: "Change password",
        passwordChangedNotice: "Your password was changed. Your other sessions were signed out.",
        passwordsDoNotMatch: "The two new passwords are not the same.",
        accountsTitle: "Accounts",
        accountsIntro:
            "Each account has one role. A role change one administrator proposes takes effect once a second administrator makes the same change; disabling an account takes effect at once.",
        accountsTableCaption: "All accounts",
        statusLabel: "Status",
        actionsLabel: "Actions",
        statusActive: "Active",
        statusDisabled: "Disabled",
        createAccountTitle: "Create an account",
        temporaryPasswordLabel: "Temporary password",
        createAccountButton: "Create account",
        changeRoleButton: "Change role",
        newRoleLabel: "New role for",
        chooseRole: "Choose a role.",
        disableButton: "Disable",
        enableButton: "Enable",
        yourOwnAccount: "Your own account",
        accountCreatedNotice: "The account was created.",
        roleChangedNotice: "The role was changed.",
        accountDisabledNotice: "The account was disabled.",
        accountEnabledNotice: "The account was enabled.",
        navCases: "Cases",
        chooseAnAnswer: "Choose an answer for:",
        casesTitle: "Cases",
        queueTitle: "Waiting for assessment, oldest first",
        queueEmpty: "No requests or referrals are waiting.",
        allCasesTitle: "All cases, latest change first",
        myCasesTitle: "Cases assigned to you",
        noCases: "There are no cases yet.",
        referenceLabel: "Reference",
        stageLabel: "Stage",
        regionLabel: "Region",
        waitingLabel: "Waiting (days)",
        openedLabel: "Opened",
        newRequestLink: "Record a victim’s request",
        requesterTypeLabel: "Who is asking",
        channelLabel: "Received by",
        languageLabel: "Official language of the person asking",
        englishName: "English",
        frenchName: "French",
        recordRequestButton: "Record the request",
        requestIntro:
            "Requests from the victim side reach the unit directly, registered or not. Names and contact details are recorded with the participant, in the case file.",
        caseTitle: "Case",
        participantsTitle: "Participants",
        participantLanguage: "language:",
        withdrewLabel: "withdrew",
        mediatorsLabel: "Mediators",
        noneYet: "None yet",
        timelineTitle: "Timeline",
        timelineWhen: "When (UTC)",
        timelineWhat: "What happened",
        timelineWho: "Role",
        nextStepsTitle: "Next steps",
        noNeedsRecorded: "none recorded yet",
        recordNeedsLink: "Record needs:",
        confirmEligibilityTitle: "Is the request eligible?",
        assignTitle: "Assign a mediator",
        startDialogueTitle: "How will the dialogue take place?",
        restrictTitle: "Restrict access to this case",
        recuseTitle: "Recuse yourself from this case",
        stepNotOffered: "This step is not open to you at this stage of the case.",
        backToLink: "Back:",
        stepsHereLabel: "Steps in this part of the case",
        caseSummaryTitle: "Summary",
        safetyAndAssessmentsTitle: "Safety",
        caseAdministrationTitle: "Administration",
        caseAreasLabel: "Parts of this case",
        caseRecordTitle: "Case record",
        caseToDoTitle: "What needs doing now",
        toDoConfirmEligibility: "Confirm that the request is eligible before a mediator is assigned.",
        toDoReviewSafety: "Review the referral’s safety section before a mediator is assigned.",
        toDoLinkOffenderRecord: "Link the offender’s record (FPS number) before a mediator is assigned.",
        toDoAssignMediator: "Assign a mediator: the request is ready.",
        toDoResolveEscalation: "An open safety concern blocks letters, releases and meetings until a coordinator resolves it.",
        toDoOrderBlocks: "A no-contact order or condition blocks exchanges until it is amended or approved.",
        toDoAssessAgain: "Assessment missing or out of date: assess before the next step with",
        toDoConfirmContinuing: "A withdrawal notice waits for your check:",
        toDoTellOtherParty: "Tell the other party of a withdrawal:",
        noStepsHere: "There is no step for you at this stage.",
        startAssessmentButton: "Start the assessment",
        confirmEligibilityButton: "Confirm eligibility",
        reviewSafetyButton: "Mark the safety section reviewed",
        assignMediatorLabel: "Mediator to assign",
        assignButton: "Assign",
        noMediators: "No active mediator account exists yet.",
        closeIneligibleButton: "Close as not eligible",
        requestRecordedNotice: "The request was recorded.",
        stepDoneNotice: "Done. The timeline shows the step.",
        eligibilityLabel: "Eligibility",
        confirmedLabel: "Confirmed",
        notConfirmedLabel: "Not confirmed",
        navDirectRequests: "Direct requests",
        directRequestsTitle: "Requests sent directly by offenders",
        directRequestsIntro:
            "Two kinds of request get a standard reply and open no case: an offender’s own request to take part (the program takes referrals from CSC staff only), and a request for a participation letter, certificate or progress report for a release or sentence process (RO never issues one). Log that one came and send the standard reply in the writer’s official language. Nothing else is kept: no name, no letter, no case.",
        offenderLanguageLabel: "Official language of the person who wrote",
        logAndReplyButton: "Log it and show the reply",
        directRequestsCount: "Logged so far:",
        replyTitle: "The reply to send",
        replyNote: "Send this reply as written. It neither confirms nor denies that anyone has contacted the program.",
        standardOffenderReply:
            "Thank you for your letter. The Restorative Opportunities program cannot accept requests sent directly by people serving a sentence. If you are interested in the program, please speak with your parole officer or another Correctional Service Canada staff member, such as a chaplain, an Elder or a psychologist. They can tell you more and refer you to the program.",
        addParticipantTitle: "Add a person",
        participantRoleLabel: "Role in the case",
        addParticipantButton: "Add",
        consentTitle: "Record a consent",
        personLabel: "Person",
        purposeLabel: "For",
        decisionLabel: "Decision",
        recordButton: "Record",
        assessmentTitle: "Record an assessment (safety, privacy, readiness)",
        safetyConcernsLabel: "Safety concerns",
        privacyConcernsLabel: "Privacy concerns",
        readyLabel: "Ready for the next step",
        withdrawalTitle: "Record a withdrawal",
        withdrawalHint:
            "No reason is asked. The person may come back later. The other party is told only that the process paused or stopped, with a reason only if the person agrees (R18): for a final withdrawal, tell them before you record it.",
        mayReturnLabel: "The person may come back (put the case on hold rather than close it)",
        withdrawButton: "Record the withdrawal",
        beginPreparationButton: "Begin preparation",
        approachButton: "Record that the other party was approached",
        followUpButton: "Start follow-up",
        backToDialogueButton: "Back to dialogue",
        resumeButton: "Resume",
        lettersTitle: "Letters and messages",
        noLetters: "No letters or messages yet.",
        draftLetterTitle: "Enter a letter or a message",
        senderLabel: "From",
        recipientLabel: "To",
        letterTextLabel: "Text: the letter, the mediator’s summary of the message, or what a video message is about",
        draftButton: "Save the draft",
        itemFromTo: "From → to",
        itemStateLabel: "State",
        submitForReviewButton: "Submit for review",
        approveButton: "Approve",
        returnButton: "Return",
        senderSharesButton: "Sender agrees to share it",
        recipientOptsInButton: "Recipient chooses to receive it",
        releaseButton: "Release",
        deliveredButton: "Record delivery",
        acknowledgedButton: "Record receipt",
        closeTitle: "Close the case",
        reasonLabel: "Reason",
        closeButton: "Close",
        reopenButton: "Reopen in a new episode",
        episodeOfLabel: "Reopens",
        assessedUntilLabel: "Assessment current",
        consentsGivenLabel: "Consents given:",
        notAssessedLabel: "No current assessment",
        navReferrals: "My referrals",
        referralsIntro:
            "For each referral you see only whether it was received, is in progress or is closed. What happens inside stays confidential, and nothing about it affects sentence or parole decisions.",
        newReferralLink: "Refer an offender",
        referralFormIntro:
            "Refer a person serving a federal sentence who told you they are interested in Restorative Opportunities and accept responsibility for the harm.",
        fpsLabel: "FPS number",
        referredLanguageLabel: "Official language of the person referred",
        staffUnitLabel: "Your unit (institution or parole office)",
        interestDateLabel: "Date the interest was expressed (YYYY-MM-DD)",
        safetyNotedLabel: "There are safety concerns the national unit must review",
        submitReferralButton: "Submit the referral",
        statusReceived: "Received",
        statusInProgress: "In progress",
        statusClosed: "Closed",
        referralSubmittedNotice: "The referral was submitted.",
        invalidFPS: "Enter the FPS number: 1 to 12 letters and digits.",
        invalidUnit: "Enter your unit (at most 120 characters).",
        invalidDate: "Enter a date as YYYY-MM-DD, not in the future.",
        dialogueFormLabel: "Form of dialogue",
        startDialogueButton: "Start the dialogue",
        supportPreparedTitle: "Support person prepared",
        meetingsTitle: "Meetings",
        noMeetings: "No meeting planned.",
        placeLabel: "Place",
        byVideoLabel: "By video",
        scheduledLabel: "Date and time",
        notScheduledLabel: "not set yet",
        attendeesLabel: "Who will attend",
        availabilityFromLabel: "Availability gathered from",
        availabilityTitle: "Availability, gathered separately",
        entryStatusLabel: "Entry request",
        safetyPlanTitle: "Safety plan",
        safetyPlanMissingLabel: "not recorded yet",
        safetyPlanRecordedLabel: "recorded",
        arrivalLabel: "How the parties arrive separately",
        departureLabel: "How the parties leave separately",
        requestEntryTitle: "Request entry from the site",
        entryRequestHint:
            "The site receives only these fields, with the purpose “RO meeting”: never addresses, contact details, the offence, needs or what was said.",
        meetingDateLabel: "Date (YYYY-MM-DD)",
        meetingTimeLabel: "Time at the site (HH:MM)",
        videoTimeLabel: "Time, Ottawa (HH:MM)",
        roomNeedsLabel: "Room needs",
        offenderNameLabel: "Offender’s name",
        entrantNameLabel: "Name of entrant:",
        identityLabel: "Identity details the site requires:",
        accessibilityEscortLabel: "Accessibility and escort needs",
        securityNotesLabel: "Security notes",
        sendEntryRequestButton: "Send the entry request",
        bookVideoTitle: "Book the video meeting",
        bookVideoButton: "Book",
        meetingHeldTitle: "Record the meeting as held",
        attendedLegend: "Who was there",
        meetingNoteLabel: "Short note",
        confirmMeetingButton: "Confirm the meeting",
        postponeButton: "Postpone",
        cancelMeetingButton: "Cancel the meeting",
        proposeMeetingTitle: "Propose a meeting",
        meetingFormLabel: "Kind of meeting",
        siteLabel: "Site, for a meeting in person",
        proposeButton: "Propose",
        navEntryRequests: "Entry requests",
        entryRequestsIntro: "Requests to facilitate entry to Restorative Opportunities meetings at your sites. Each shows only what the site needs.",
        noEntryRequests: "No entry requests for your sites.",
        purposeLabelSite: "Purpose",
        purposeROMeeting: "RO meeting",
        entrantsLabel: "Entrants",
        approveEntryButton: "Approve entry",
        declineEntryTitle: "Decline entry",
        declineButton: "Decline",
        otherTimeTitle: "Propose another time",
        proposeTimeButton: "Propose this time",
        entryAnsweredNotice: "Your answer was recorded.",
        siteNameLabel: "Site",
        meetingStateLabel: "Meeting status",
        participantLanguageLabel: "Official language of this person",
        remindersTitle: "Reminders",
        reminderLabel: "To do",
        dueLabel: "Due",
        overdueLabel: "(overdue)",
        itemFormLabel: "Kind",
        earlierEpisodeLink: "the earlier episode and its history",
        reopenedAsLabel: "Reopened as",
        laterEpisodeLink: "the new episode",
        noneGivenLabel: "None given",
        needsTitle: "Needs: what each person wants from the process",
        needsHint: "Never a target or a score. Anything else goes under “Other”, in the person’s own words.",
        ownWordsLabel: "Other, in their own words",
        confirmContinuingTitle: "Withdrawal notice to confirm",
        confirmContinuingHint:
            "Someone outside the case heard this person say they want to stop. Their releases and meetings are frozen until you check with them: record the withdrawal, or that they wish to continue.",
        confirmContinuingButton: "They wish to continue",
        withdrawalNoticeTitle: "Someone said they want to stop",
        withdrawalNoticeHint: "Tell the RO team: the mediator will check with the person. You will not see the case.",
        withdrawalNoticeButton: "Send the notice",
        sideOffender: "The offender",
        sideVictim: "The victim or their representative",
        offenderWantsToStopLabel: "If the offender tells you they want to stop",
        withdrawalNoticeSentNotice: "Notice sent. The mediator will check with the person.",
        safeContactTitle: "Safe contact",
        safeChannelsLegend: "Safe ways to reach them (none: do not contact)",
        mayLeaveMessageLabel: "A message may be left",
        safeTimesLabel: "When contact is safe",
        safeContactLabel: "Safe contact:",
        noSafeContactLabel: "not recorded yet",
        doNotContactLabel: "do not contact",
        messageMayBeLeftLabel: "a message may be left",
        noMessageLabel: "no message",
        chooseFileError: "Choose a file to add.",
        filesTitle: "Files",
        addFileLabel: "Add a file",
        addFileHint:
            "Letters take scanned pages (PDF, JPEG, PNG); video messages take an MP4 or WebM video or an audio recording. The file’s name is not kept.",
        addFileButton: "Add the file",
        removeFileButton: "Remove",
        downloadFileLink: "Download",
        fileSizeLabel: "Size",
        fileWithdrawnNote: "no longer available: the sender withdrew",
        communicationNeedsTitle: "Interpreter and accessibility",
        interpreterLabel: "Interpreter in (language; leave empty if none is needed)",
        accessibilityLegend: "Accessibility needs",
        accessibilityNotesLabel: "Notes (required with “other”)",
        communicationLabel: "Interpreter and accessibility:",
        interpreterInLabel: "interpreter in",
        noCommunicationNeedsLabel: "none recorded",
        timelineEntry: "Entry",
        correctedByLabel: "corrected by entry",
        correctEntryTitle: "Correct an entry",
        correctEntryHint:
            "Entries are never changed or deleted: a correction is a new entry that names the one it corrects. To put a record right, also record it again (an assessment, a preference).",
        entryNumberLabel: "Entry number",
        correctionNoteLabel: "What was wrong, and what is right",
        recordCorrectionButton: "Record the correction",
        ownerLabel: "Owning coordinator",
        ownerYouLabel: "you",
        ownerOtherLabel: "another coordinator",
        takeOwnershipButton: "Take ownership",
        accessTitle: "Who may see this case",
        restrictedToLabel: "Restricted: the assigned mediators and the coordinators named here only. Coordinators named:",
        notRestrictedLabel: "Every coordinator, and the assigned mediators.",
        restrictLegend: "Restrict to these coordinators",
        restrictHint: "For example witness protection, or staff who know a party. Everyone else gets “not found”, in lists too.",
        restrictButton: "Restrict access",
        liftRestrictionButton: "Lift the restriction",
        recuseHint: "If you know a party or should not work on this case, recuse yourself: it will be “not found” for you.",
        recuseButton: "Recuse myself",
        recusedNotice: "You recused yourself: that case no longer appears for you.",
        safetyTitle: "Safety, orders and case administration",
        raiseEscalationTitle: "Raise a safety concern",
        escalationCategoryLabel: "What it concerns",
        raiseButton: "Raise the concern",
        openEscalationsTitle: "Open safety concerns",
        noOpenEscalations: "No open safety concern.",
        resolveButton: "Mark resolved",
        invalidateTitle: "Something changed: redo the assessments",
        triggerLabel: "What changed",
        invalidateButton: "Mark assessments out of date",
        ordersTitle: "No-contact orders and conditions",
        noOrders: "None recorded.",
        orderKindLabel: "Kind",
        roClauseLabel: "It already allows RO (it has the RO clause)",
        hasClauseLabel: "has the RO clause",
        noClauseLabel: "no RO clause",
        orderBlocksLabel: "blocks exchanges",
        orderAllowsLabel: "does not block exchanges",
        amendedButton: "The Board amended it",
        approveDespiteButton: "Approve the exchange (two coordinators needed)",
        clauseTitle: "Clause to propose for a new condition",
        clauseHint: "Pass it on to the case management team; RO writes nothing to OMS. The French wording is to be confirmed.",
        holdTitle: "Put on hold",
        reviewDateLabel: "Review on (YYYY-MM-DD; empty: in 90 days)",
        holdButton: "Put on hold",
        reassignTitle: "Reassign",
        secondMediatorLabel: "Second mediator (co-mediation, optional)",
        noneOption: "None",
        reassignButton: "Reassign",
        confirmRepresentativeButton: "Confirm the representative’s authority",
        redactLabel: "Redacted version (the original is kept)",
        redactButton: "Save the redacted version",
        withdrawItemButton: "The sender withdraws it",
        closeReasonHint:
            "Completion reasons apply after follow-up; screening reasons before dialogue. A withdrawal closes a case when it is recorded.",
        recordOrderTitle: "Record an order or condition",
        byAuthorisedPersonLabel: "Given by the authorised person (parent, guardian, substitute decision-maker)",
        authorisedConsentTitle: "Minor or person lacking capacity",
        authorisedConsentHint: "Their own agreement and an authorised person’s consent are then both needed for every purpose.",
        authorisedRequiredLabel: "An authorised person’s consent is needed as well",
        needsAuthorisedConsentLabel: "Consents count only with an authorised person’s as well.",
        orderIssuerLabel: "Issued by (court or Parole Board office)",
        orderDateLabel: "Date (YYYY-MM-DD)",
        orderWordingLabel: "Wording, as written",
        requestKindLabel: "What was asked",
        letterRequestsCount: "Requests for participation letters logged so far:",
        standardLetterReply:
            "Thank you for your letter. The Restorative Opportunities program does not issue participation letters, certificates or progress reports for parole, release or sentence processes. Taking part in Restorative Opportunities is voluntary and confidential, and it has no effect on sentence or parole decisions. Everyone who asks receives this same answer.",
        safetyConcernSentNotice: "The safety concern was sent to the national RJ unit. Nothing else about the case is shown here.",
        siteConcernHint: "A concern about safety or security for this meeting goes to the national RJ unit; the meeting waits until it is resolved.",
        tellOtherPartyTitle: "Tell the other party",
        tellOtherPartyHint: "Tell them only that the process paused. Give a reason only if the person who withdrew agreed to it.",
        afterWithdrawalOfLabel: "After the withdrawal of",
        otherPartyToldButton: "The other party was told",
        translationLabel: "Translation",
        addTranslationTitle: "Add a translation",
        translationLanguageLabel: "Into",
        translatorLabel: "Translated by",
        translationTextLabel: "Translated text (of the latest version)",
        addTranslationButton: "Add the translation",
        statisticsTitle: "Statistics",
        navStatistics: "Statistics",
        statisticsIntro:
            "Counts for one fiscal year (April 1 to March 31), derived from what was recorded in the cases and the standard-reply log; nothing here was entered separately, and no case can be opened from this page.",
        statisticsSuppression:
            "An x marks a hidden count: a small one, or one hidden with it so that no small count can be worked out from the total (an x may stand for zero). The smallest count shown is",
        fiscalYearLabel: "Fiscal year",
        showButton: "Show",
        chooseAFiscalYear: "Choose a fiscal year from the list.",
        statisticsCategory: "Category",
        statisticsCount: "Number",
        statisticsHidden: "hidden: small number",
        statisticsTotal: "Total",
        statisticsDefinitionsVersion: "Counted under the indicator definitions",
        aCoordinatorLabel: "a coordinator",
        noticeGivenLabel: "The confidentiality notice was given to this person (needed to record their agreement to take part)",
        noticeSummary: "Read the confidentiality notice",
        noticeVersionLabel: "Version",
        disclosuresTitle: "Disclosures",
        disclosuresHint:
            "Information leaves RO only for safety or under a legal duty. Each disclosure is recorded by the coordinator who approves it (R37).",
        noDisclosures: "No information has left RO for this case.",
        disclosureDateHeading: "Date",
        disclosureCategoryHeading: "Category",
        disclosureBasisHeading: "Legal basis",
        disclosureRecipientHeading: "Recipient",
        disclosureApproverHeading: "Approved by",
        recordDisclosureTitle: "Record a disclosure",
        disclosureBasisLabel: "Legal basis (the law, order or policy relied on)",
        disclosureRecipientLabel: "Recipient (an organisation or office)",
        disclosureDateLabel: "Date of the disclosure (YYYY-MM-DD)",
        informationLogTitle: "Information given",
        navInformationLog: "Information given",
        informationLogIntro:
            "Log each time you give information about Restorative Opportunities, even when no request follows (R46). Record a kind of person, never a name.",
        informationRecipientLabel: "Given to",
        informationChannelLabel: "How",
        informationLanguageLabel: "Language",
        informationMaterialsLegend: "Materials",
        victimServicesOfferedLabel: "Information about Victim Services was offered too",
        logInformationButton: "Log",
        informationLoggedNotice: "Logged.",
        recentInformationTitle: "What you logged lately",
        noRecentInformation: "You have not logged any information given yet.",
        informationWhenHeading: "When (UTC)",
        informationMaterialsHeading: "Materials",
        informationVictimServicesHeading: "Victim Services offered",
        victimServicesOfferedYes: "yes",
        victimServicesOfferedNo: "no",
        informationSheetsTitle: "Information sheets",
        informationSheetsIntro: "Sheets to print or send, each in English and French, with the version printed on it (R48).",
        printHint: "Print this page to hand it out: both languages fit on one sheet.",
        roleProposedNotice: "Role change proposed: a second administrator must make the same change.",
        roleProposalWithdrawnNotice: "Role change proposal withdrawn.",
        proposedByAnotherLabel: "Proposed by another administrator:",
        proposedByYouLabel: "You proposed, waiting for a second administrator:",
        approveRoleButton: "Approve the proposed role",
        withdrawProposalButton: "Withdraw the proposal",
        linkedCasesTitle: "Linked cases",
        linkedCasesHint:
            "Other cases about the same offender, or from the same victim side about another offender. Each stays a separate file: nothing is merged, and each person’s consents and assessments stay in their own case.",
        noLinkedCases: "No linked case.",
        linkedRelationHeading: "Link",
        linkCaseTitle: "Link another case",
        linkReferenceLabel: "Reference of the other case (for example RO-2026-0007)",
        linkRelationLabel: "What the two cases share",
        linkCaseButton: "Link the cases",
        unlinkCaseButton: "Remove this link",
        acknowledgementLabel: "Acknowledgement to the requester",
        acknowledgementChannelLabel: "How the acknowledgement was sent",
        recordAcknowledgementButton: "Record that it was sent",
        accessReportTitle: "Who looked at case",
        accessReportIntro:
            "Every reading and change of this file, and every refused attempt, from the tamper-evident audit log, newest first. It names no one outside the staff who work on cases and holds nothing of the file’s content.",
        accessReportWho: "Who",
        accessReportLink: "Who looked at this file",
        backToCaseLink: "Back to case",
        jointWithLabel: "Joint with",
        meetingOfAnotherCaseLabel: "a meeting of another case",
        joinMeetingTitle: "Hold together with a linked case’s meeting",
        joinMeetingHint:
            "One meeting for people in linked cases: each case keeps its own attendees and checks, and neither is confirmed or held until every case passes its own.",
        jointMeetingLabel: "Meeting of the linked case",
        joinMeetingButton: "Join the meetings",
        navInvestigations: "Investigations",
        auditCase: "Case",
        caseMetadataLink: "Metadata",
        caseMetadataTitle: "Case metadata",
        caseMetadataIntro:
            "What happened in this case, when, and by which role. People appear under pseudonyms, and nothing anyone wrote is shown. To read the content, ask for an investigation below: a second auditor must approve it.",
        pseudonymLabel: "Pseudonym",
        aboutLabel: "About",
        investigationsTitle: "Investigations",
        investigationsIntro:
            "Requests to read a case’s content. Another auditor approves each one; the auditor who asked may then read that case, and nothing else, for 14 days. Every reading shows in the case’s access report. A request nobody approves lapses after 7 days.",
        investigationsOnCase: "Investigations of this case",
        openInvestigationTitle: "Ask to read this case’s content",
        groundsLabel: "Grounds: the complaint, suspected breach or request, and why the content is needed",
        openInvestigationButton: "Ask for an investigation",
        investigationOpenedNotice: "Investigation requested. Another auditor must approve it before you can read the case.",
        investigationApprovedNotice: "Investigation approved.",
        investigationClosedNotice: "Investigation closed.",
        approveInvestigationButton: "Approve",
        closeInvestigationButton: "Close",
        readCaseContentLink: "Read the case file",
        investigationStatusLabel: "Status",
        investigationAwaitingLabel: "Waiting for a second auditor until",
        investigationActiveLabel: "Open until",
        investigationEndedLabel: "Ended",
        askedByLabel: "Asked by",
        approvedByLabel: "Approved by",
        groundsHeading: "Grounds",
        investigationsEmpty: "No investigation was asked for in the last 90 days.",
        underInvestigationNotice: "Read only, under investigation, until",
        offenderRecordLabel: "Offender’s record (FPS number)",
        notLinkedYetLabel: "not linked yet",
        linkOffenderRecordButton: "Link the record",
        proposeClosureTitle: "Propose closing the case",
        proposeClosureHint: "The coordinator decides and closes the case. A completion carries no judgment of success (R41).",
        proposeClosureButton: "Propose closure",
        navSettings: "Program settings",
        settingsTitle: "Program settings",
        settingsIntro:
            "Values this program sets for itself (R57). A change applies at once to every case, page and reminder, and is recorded in the audit log.",
        settingsSavedNotice: "The settings are saved.",
        serviceStandardsLegend: "Service standards and periods",
        programContactLegend: "How to reach the Restorative Justice Division",
        programContactHint: "Shown on the public information sheets (R47). No personal names.",
        victimServicesContactLegend: "How to reach Victim Services",
        victimServicesContactHint:
            "Shown on the public information sheets, which say that information about the offender comes from Victim Services (R38, R47).",
        otherResourcesLegend: "Other resources",
        otherResourcesHint: "Offered by the coordinator when a request is not eligible (R10).",
        englishTextLabel: "In English",
        frenchTextLabel: "In French",
        regionsLegend: "Regions",
        regionsHint:
            "Cases and sites belong to one of these regions. Add a region on an empty row; rename one by changing its names. A region stays once listed, because cases, sites and statistics keep its code.",
        regionCodeLabel: "Code",
        eligibilityCriteriaLegend: "Eligibility criteria: tick each one that holds",
        eligibilitySettingsLegend: "Eligibility criteria",
        eligibilitySettingsHint:
            "A coordinator ticks each of these on the case page before assigning mediators; if one does not hold, the case closes as ineligible. Add a criterion on an empty row; remove one by clearing its row. A case confirmed before a criterion was added is asked again.",
        criterionCodeLabel: "Code",
        criterionLabel: "Criterion",
        retentionLegend: "Retention",
        retentionHint:
            "How long a closed case is kept before it is reviewed for disposal (§7.3), counted from its closure; while a later episode of the case is open, the clock stops. A change applies to every closed case at once.",
        retentionLabel: "Kept",
        addedNeedsLegend: "Needs added to the catalogue",
        addedNeedsHint:
            "The needs of §6 (V01 to V07, O01 to O07, C01, and “other, in their own words”) are always offered; their names are labels. Add the program’s own here, for people harmed, the offender or community members, with a code of 2 to 8 capital letters and digits. A need stays once listed, because cases keep its code; it can be renamed.",
        needCodeLabel: "Code",
        needLabel: "Need",
        needSideLabel: "Offered to",
        extractsTitle: "Research extracts",
        navResearchExtracts: "Research extracts",
        extractsIntro:
            "A study that links RO with CSC’s offender records (OMS) receives RO data only through an extract: one coordinator states the study and its purpose, a second coordinator approves, and only then can it be produced. It lists, for each case whose offender agreed to research use, the FPS number with codes and counts (fiscal year, region, source, stage, forms, meetings held, closure reason): no names, no RO reference, no dates, no words anyone wrote. Each production is recorded in the audit log.",
        extractPurposeLabel: "The study and its purpose",
        extractPurposeHint: "Name the study, who runs it and why it needs the link with OMS. The approver reads this; it is not written to the logs.",
        proposeExtractButton: "Propose the extract",
        extractsListTitle: "Extracts proposed",
        extractProposedByLabel: "Proposed by",
        approveExtractButton: "Approve",
        produceExtractLink: "Produce the extract (CSV)",
        extractsEmpty: "No research extract has been proposed.",
        extractProposedNotice: "The extract is proposed. Another coordinator must approve it before it can be produced.",
        extractApprovedNotice: "The extract is approved; either of you may now produce it.",
        navLabels: "Labels",
        labelsTitle: "Labels and program name",
        labelsIntro:
            "Every text on these pages has a label. Give any label your program’s own wording, in English, French or both; the program’s name is the label appName. A change shows on every page within a few seconds, on every server.",
        labelSearchLabel: "Find a label by its key or its words",
        labelSearchButton: "Find",
        changedLabelsHeading: "Labels with your wording",
        labelsFoundHeading: "Labels found:",
        labelKeyColumn: "Label",
        labelChangedMark: "(changed)",
        noLabelsFound: "No label has this key or these words.",
        noChangedLabels: "Every label has its built-in wording.",
        backToLabelsLink: "Back to the labels",
        labelEditTitle: "Label",
        builtInEnglishLabel: "Built-in wording in English",
        builtInFrenchLabel: "Built-in wording in French",
        labelWordingHint: "Leave a language empty to keep its built-in wording.",
        saveLabelButton: "Save the wording",
        resetLabelButton: "Reset to the built-in wording",
        labelSavedNotice: "The wording was saved; every page shows it.",
        labelResetNotice: "The label has its built-in wording again.",
        saveSettingsButton: "Save the settings",
        howToReachTitle: "How to reach us",
        otherResourcesTitle: "Other resources to offer the requester (R10)",
        errorTitle: "This did not work",
        requestIDLabel: "Reference for support:",
        goHome: "Go to the home page"
    )

    static let fr = Strings(
        appName: "Possibilités de justice réparatrice",
        skipToContent: "Passer au contenu principal",
        otherLanguageName: "English",
        mainNavigation: "Principale",
        navHome: "Accueil",
        navAccount: "Mon compte",
        navAccounts: "Comptes",
        signOut: "Se déconnecter",
        signedInAs: "Session ouverte par",
        footerFirewall:
            "La participation n’a aucun effet sur les décisions relatives à la peine ou à la libération conditionnelle. Rien ici n’est communiqué aux personnes qui les prennent.",
        footerFictional: "Données de démonstration : tous les noms et dossiers sont fictifs.",
        signInTitle: "Connexion",
        signInIntro: "Pour le personnel et les médiateurs des Possibilités de justice réparatrice.",
        usernameLabel: "Nom d’utilisateur",
        passwordLabel: "Mot de passe",
        signInButton: "Se connecter",
        signedOutNotice: "Vous êtes déconnecté.",
        errorSummaryTitle: "Il y a un problème",
        homeTitle: "Accueil",
        welcome: "Bienvenue,",
        yourRole: "Votre rôle :",
        homeCoordinator:
            "Les demandes et les aiguillages en attente d’évaluation sont énumérés dans Dossiers, du plus ancien au plus récent, avec l’étape de chaque dossier.",
        homeMediator: "Les dossiers qui vous sont confiés sont énumérés dans Dossiers.",
        homeReferrer: "Aiguillez un délinquant qui a exprimé son intérêt et suivez l’état de vos aiguillages.",
        emptyReferrer: "Vous n’avez soumis aucun aiguillage.",
        homeVictimServices: "Les demandes que vous avez soumises avec le consentement d’une victime seront énumérées ici.",
        emptyVictimServices: "Vous n’avez soumis aucune demande.",
        homeSiteLiaison: "Les demandes d’accès pour des rencontres dans vos sites seront énumérées ici.",
        homeManager: "Les statistiques du programme pour chaque exercice, les petits nombres étant masqués.",
        homeAuditor:
            "Le journal d’audit consigne chaque connexion, chaque modification de compte et chaque accès aux données des dossiers. Il ne contient aucun contenu de dossier.",
        homeAdmin: "Vous gérez les comptes et les rôles. Les administrateurs ne voient jamais le contenu des dossiers.",
        homeParticipant: "L’état de votre demande sera présenté ici.",
        emptyParticipant: "Il n’y a rien de nouveau.",
        manageAccountsLink: "Gérer les comptes",
        accountCount: "Comptes :",
        auditIntegrity: "Intégrité du journal d’audit",
        auditIntact: "Intact. Entrées vérifiées :",
        auditBroken: "Rompu. Première entrée rompue :",
        auditRecent: "Dernières entrées",
        auditEmpty: "Le journal d’audit est vide.",
        auditPosition: "Entrée",
        auditTime: "Heure (UTC)",
        auditRole: "Rôle",
        auditAction: "Action",
        auditOutcome: "Résultat",
        accountTitle: "Mon compte",
        accountDetails: "Détails du compte",
        displayNameLabel: "Nom",
        roleLabel: "Rôle",
        changePasswordTitle: "Changer le mot de passe",
        currentPasswordLabel: "Mot de passe actuel",
        newPasswordLabel: "Nouveau mot de passe",
        confirmPasswordLabel: "Nouveau mot de passe, encore une fois",
        passwordHint: "Au moins 12 caractères. Une phrase de plusieurs mots est plus facile à retenir.",
        changePasswordButton: "Changer le mot de passe",
        passwordChangedNotice: "Votre mot de passe a été changé. Vos autres sessions ont été fermées.",
        passwordsDoNotMatch: "Les deux nouveaux mots de passe ne sont pas identiques.",
        accountsTitle: "Comptes",
        accountsIntro:
            "Chaque compte a un seul rôle. Un changement de rôle proposé par une administratrice ou un administrateur prend effet quand une deuxième personne effectue le même changement; la désactivation d’un compte prend effet immédiatement.",
        accountsTableCaption: "Tous les comptes",
        statusLabel: "État",
        actionsLabel: "Actions",
        statusActive: "Actif",
        statusDisabled: "Désactivé",
        createAccountTitle: "Créer un compte",
        temporaryPasswordLabel: "Mot de passe temporaire",
        createAccountButton: "Créer le compte",
        changeRoleButton: "Changer le rôle",
        newRoleLabel: "Nouveau rôle pour",
        chooseRole: "Choisissez un rôle.",
        disableButton: "Désactiver",
        enableButton: "Réactiver",
        yourOwnAccount: "Votre propre compte",
        accountCreatedNotice: "Le compte a été créé.",
        roleChangedNotice: "Le rôle a été changé.",
        accountDisabledNotice: "Le compte a été désactivé.",
        accountEnabledNotice: "Le compte a été réactivé.",
        navCases: "Dossiers",
        chooseAnAnswer: "Choisissez une réponse pour :",
        casesTitle: "Dossiers",
        queueTitle: "En attente d’évaluation, du plus ancien au plus récent",
        queueEmpty: "Aucune demande ni aucun aiguillage n’est en attente.",
        allCasesTitle: "Tous les dossiers, du plus récemment modifié au plus ancien",
        myCasesTitle: "Dossiers qui vous sont confiés",
        noCases: "Il n’y a pas encore de dossier.",
        referenceLabel: "Référence",
        stageLabel: "Étape",
        regionLabel: "Région",
        waitingLabel: "En attente (jours)",
        openedLabel: "Ouvert le",
        newRequestLink: "Consigner la demande d’une victime",
        requesterTypeLabel: "Qui fait la demande",
        channelLabel: "Reçue par",
        languageLabel: "Langue officielle de la personne qui fait la demande",
        englishName: "Anglais",
        frenchName: "Français",
        recordRequestButton: "Consigner la demande",
        requestIntro:
            "Les demandes de la partie victime parviennent directement à l’unité, que la personne soit inscrite ou non. Les noms et coordonnées sont consignés avec la personne, dans le dossier.",
        caseTitle: "Dossier",
        participantsTitle: "Personnes participantes",
        participantLanguage: "langue :",
        withdrewLabel: "s’est retirée",
        mediatorsLabel: "Médiateurs",
        noneYet: "Aucun pour l’instant",
        timelineTitle: "Chronologie",
        timelineWhen: "Quand (UTC)",
        timelineWhat: "Ce qui s’est passé",
        timelineWho: "Rôle",
        nextStepsTitle: "Prochaines étapes",
        noNeedsRecorded: "aucun consigné pour l’instant",
        recordNeedsLink: "Consigner les besoins :",
        confirmEligibilityTitle: "La demande est-elle admissible ?",
        assignTitle: "Confier le dossier à une personne médiatrice",
        startDialogueTitle: "Comment le dialogue se déroulera-t-il ?",
        restrictTitle: "Restreindre l’accès à ce dossier",
        recuseTitle: "Vous récuser de ce dossier",
        stepNotOffered: "Cette étape ne vous est pas ouverte à ce stade du dossier.",
        backToLink: "Retour :",
        stepsHereLabel: "Étapes de cette partie du dossier",
        caseSummaryTitle: "Résumé",
        safetyAndAssessmentsTitle: "Sécurité",
        caseAdministrationTitle: "Administration",
        caseAreasLabel: "Parties de ce dossier",
        caseRecordTitle: "Fiche du dossier",
        caseToDoTitle: "Ce qu’il faut faire maintenant",
        toDoConfirmEligibility: "Confirmez l’admissibilité de la demande avant de confier le dossier à une personne médiatrice.",
        toDoReviewSafety: "Examinez la section sur la sécurité du renvoi avant de confier le dossier à une personne médiatrice.",
        toDoLinkOffenderRecord: "Liez le dossier du délinquant (numéro SED) avant de confier le dossier à une personne médiatrice.",
        toDoAssignMediator: "Confiez le dossier à une personne médiatrice : la demande est prête.",
        toDoResolveEscalation:
            "Une préoccupation de sécurité ouverte bloque les lettres, les transmissions et les rencontres jusqu’à ce qu’une coordonnatrice ou un coordonnateur la règle.",
        toDoOrderBlocks: "Une ordonnance ou condition de non-communication bloque les échanges jusqu’à sa modification ou son approbation.",
        toDoAssessAgain: "Évaluation absente ou périmée : évaluez avant la prochaine étape avec",
        toDoConfirmContinuing: "Un avis de retrait attend votre vérification :",
        toDoTellOtherParty: "Informez l’autre partie d’un retrait :",
        noStepsHere: "Aucune étape ne vous revient à cette étape du dossier.",
        startAssessmentButton: "Commencer l’évaluation",
        confirmEligibilityButton: "Confirmer l’admissibilité",
        reviewSafetyButton: "Indiquer que la section sur la sécurité a été examinée",
        assignMediatorLabel: "Médiateur à désigner",
        assignButton: "Désigner",
        noMediators: "Aucun compte de médiateur actif n’existe encore.",
        closeIneligibleButton: "Fermer : non admissible",
        requestRecordedNotice: "La demande a été consignée.",
        stepDoneNotice: "C’est fait. La chronologie indique l’étape.",
        eligibilityLabel: "Admissibilité",
        confirmedLabel: "Confirmée",
        notConfirmedLabel: "Non confirmée",
        navDirectRequests: "Demandes directes",
        directRequestsTitle: "Demandes envoyées directement par des délinquants",
        directRequestsIntro:
            "Deux types de demandes reçoivent une réponse type et n’ouvrent aucun dossier : la demande de participation d’un délinquant lui-même (le programme n’accepte que les aiguillages du personnel du SCC), et la demande d’une lettre de participation, d’une attestation ou d’un rapport d’étape pour un processus de mise en liberté ou de peine (la JR n’en délivre jamais). Consignez qu’une demande est arrivée et envoyez la réponse type dans la langue officielle de la personne qui a écrit. Rien d’autre n’est conservé : ni nom, ni lettre, ni dossier.",
        offenderLanguageLabel: "Langue officielle de la personne qui a écrit",
        logAndReplyButton: "Consigner et afficher la réponse",
        directRequestsCount: "Consignées jusqu’ici :",
        replyTitle: "La réponse à envoyer",
        replyNote: "Envoyez cette réponse telle quelle. Elle ne confirme ni ne nie que quiconque a communiqué avec le programme.",
        standardOffenderReply:
            "Merci de votre lettre. Le programme Possibilités de justice réparatrice ne peut pas accepter les demandes envoyées directement par des personnes qui purgent une peine. Si le programme vous intéresse, veuillez en parler à votre agent de libération conditionnelle ou à un autre membre du personnel du Service correctionnel du Canada, par exemple un aumônier, un Aîné ou un psychologue. Ces personnes pourront vous renseigner et vous diriger vers le programme.",
        addParticipantTitle: "Ajouter une personne",
        participantRoleLabel: "Rôle dans le dossier",
        addParticipantButton: "Ajouter",
        consentTitle: "Consigner un consentement",
        personLabel: "Personne",
        purposeLabel: "Pour",
        decisionLabel: "Décision",
        recordButton: "Consigner",
        assessmentTitle: "Consigner une évaluation (sécurité, vie privée, état de préparation)",
        safetyConcernsLabel: "Préoccupations de sécurité",
        privacyConcernsLabel: "Préoccupations liées à la vie privée",
        readyLabel: "Prête pour la prochaine étape",
        withdrawalTitle: "Consigner un retrait",
        withdrawalHint:
            "Aucun motif n’est demandé. La personne pourra revenir plus tard. L’autre partie apprend seulement que le processus est en pause ou terminé, avec un motif seulement si la personne y consent (R18) : pour un retrait définitif, informez-la avant de le consigner.",
        mayReturnLabel: "La personne pourrait revenir (mettre le dossier en pause plutôt que le fermer)",
        withdrawButton: "Consigner le retrait",
        beginPreparationButton: "Commencer la préparation",
        approachButton: "Consigner que l’autre partie a été approchée",
        followUpButton: "Commencer le suivi",
        backToDialogueButton: "Revenir au dialogue",
        resumeButton: "Reprendre",
        lettersTitle: "Lettres et messages",
        noLetters: "Aucune lettre ni aucun message pour l’instant.",
        draftLetterTitle: "Saisir une lettre ou un message",
        senderLabel: "De",
        recipientLabel: "À",
        letterTextLabel: "Texte : la lettre, le résumé du message par le médiateur, ou le sujet d’un message vidéo",
        draftButton: "Enregistrer le brouillon",
        itemFromTo: "De → à",
        itemStateLabel: "État",
        submitForReviewButton: "Soumettre à l’examen",
        approveButton: "Approuver",
        returnButton: "Retourner",
        senderSharesButton: "L’auteur accepte de la transmettre",
        recipientOptsInButton: "La personne destinataire choisit de la recevoir",
        releaseButton: "Transmettre",
        deliveredButton: "Consigner la remise",
        acknowledgedButton: "Consigner la réception",
        closeTitle: "Fermer le dossier",
        reasonLabel: "Motif",
        closeButton: "Fermer",
        reopenButton: "Rouvrir dans un nouvel épisode",
        episodeOfLabel: "Rouvre",
        assessedUntilLabel: "Évaluation à jour",
        consentsGivenLabel: "Consentements donnés :",
        notAssessedLabel: "Aucune évaluation à jour",
        navReferrals: "Mes aiguillages",
        referralsIntro:
            "Pour chaque aiguillage, vous voyez seulement s’il a été reçu, s’il est en cours ou s’il est fermé. Ce qui s’y passe reste confidentiel et n’a aucun effet sur les décisions relatives à la peine ou à la libération conditionnelle.",
        newReferralLink: "Aiguiller un délinquant",
        referralFormIntro:
            "Aiguillez une personne qui purge une peine fédérale, qui vous a dit s’intéresser aux Possibilités de justice réparatrice et qui accepte la responsabilité du tort causé.",
        fpsLabel: "Numéro SED",
        referredLanguageLabel: "Langue officielle de la personne aiguillée",
        staffUnitLabel: "Votre unité (établissement ou bureau de libération conditionnelle)",
        interestDateLabel: "Date où l’intérêt a été exprimé (AAAA-MM-JJ)",
        safetyNotedLabel: "Il y a des préoccupations de sécurité que l’unité nationale doit examiner",
        submitReferralButton: "Soumettre l’aiguillage",
        statusReceived: "Reçu",
        statusInProgress: "En cours",
        statusClosed: "Fermé",
        referralSubmittedNotice: "L’aiguillage a été soumis.",
        invalidFPS: "Entrez le numéro SED : de 1 à 12 lettres et chiffres.",
        invalidUnit: "Entrez votre unité (au plus 120 caractères).",
        invalidDate: "Entrez une date au format AAAA-MM-JJ, qui n’est pas dans le futur.",
        dialogueFormLabel: "Forme de dialogue",
        startDialogueButton: "Commencer le dialogue",
        supportPreparedTitle: "Personne de soutien préparée",
        meetingsTitle: "Rencontres",
        noMeetings: "Aucune rencontre prévue.",
        placeLabel: "Lieu",
        byVideoLabel: "Par vidéo",
        scheduledLabel: "Date et heure",
        notScheduledLabel: "pas encore fixées",
        attendeesLabel: "Personnes présentes",
        availabilityFromLabel: "Disponibilités recueillies auprès de",
        availabilityTitle: "Disponibilités, recueillies séparément",
        entryStatusLabel: "Demande d’entrée",
        safetyPlanTitle: "Plan de sécurité",
        safetyPlanMissingLabel: "pas encore consigné",
        safetyPlanRecordedLabel: "consigné",
        arrivalLabel: "Comment les parties arrivent séparément",
        departureLabel: "Comment les parties repartent séparément",
        requestEntryTitle: "Demander l’entrée à l’établissement",
        entryRequestHint:
            "L’établissement reçoit seulement ces champs, avec l’objet « Rencontre PJR » : jamais d’adresse, de coordonnées, d’infraction, de besoins ni de propos.",
        meetingDateLabel: "Date (AAAA-MM-JJ)",
        meetingTimeLabel: "Heure à l’établissement (HH:MM)",
        videoTimeLabel: "Heure d’Ottawa (HH:MM)",
        roomNeedsLabel: "Besoins de salle",
        offenderNameLabel: "Nom du délinquant ou de la délinquante",
        entrantNameLabel: "Nom de la personne qui entre :",
        identityLabel: "Pièces d’identité exigées par l’établissement :",
        accessibilityEscortLabel: "Besoins d’accessibilité et d’escorte",
        securityNotesLabel: "Notes de sécurité",
        sendEntryRequestButton: "Envoyer la demande d’entrée",
        bookVideoTitle: "Réserver la rencontre par vidéo",
        bookVideoButton: "Réserver",
        meetingHeldTitle: "Consigner la tenue de la rencontre",
        attendedLegend: "Personnes présentes",
        meetingNoteLabel: "Brève note",
        confirmMeetingButton: "Confirmer la rencontre",
        postponeButton: "Reporter",
        cancelMeetingButton: "Annuler la rencontre",
        proposeMeetingTitle: "Proposer une rencontre",
        meetingFormLabel: "Type de rencontre",
        siteLabel: "Établissement, pour une rencontre en personne",
        proposeButton: "Proposer",
        navEntryRequests: "Demandes d’entrée",
        entryRequestsIntro:
            "Demandes visant à faciliter l’entrée aux rencontres de Possibilités de justice réparatrice dans vos établissements. Chacune montre seulement ce dont l’établissement a besoin.",
        noEntryRequests: "Aucune demande d’entrée pour vos établissements.",
        purposeLabelSite: "Objet",
        purposeROMeeting: "Rencontre PJR",
        entrantsLabel: "Personnes qui entreront",
        approveEntryButton: "Approuver l’entrée",
        declineEntryTitle: "Refuser l’entrée",
        declineButton: "Refuser",
        otherTimeTitle: "Proposer un autre moment",
        proposeTimeButton: "Proposer ce moment",
        entryAnsweredNotice: "Votre réponse a été consignée.",
        siteNameLabel: "Établissement",
        meetingStateLabel: "État de la rencontre",
        participantLanguageLabel: "Langue officielle de cette personne",
        remindersTitle: "Rappels",
        reminderLabel: "À faire",
        dueLabel: "Échéance",
        overdueLabel: "(en retard)",
        itemFormLabel: "Type",
        earlierEpisodeLink: "l’épisode précédent et son historique",
        reopenedAsLabel: "Rouvert sous",
        laterEpisodeLink: "le nouvel épisode",
        noneGivenLabel: "Aucune indication",
        needsTitle: "Besoins : ce que chaque personne attend de la démarche",
        needsHint: "Jamais une cible ni une note. Tout le reste va sous « Autre », dans les propres mots de la personne.",
        ownWordsLabel: "Autre, dans ses propres mots",
        confirmContinuingTitle: "Avis de retrait à confirmer",
        confirmContinuingHint:
            "Une personne hors du dossier a entendu cette personne dire qu’elle veut arrêter. Ses transmissions et rencontres sont suspendues jusqu’à votre vérification : consignez le retrait, ou sa volonté de continuer.",
        confirmContinuingButton: "Elle veut continuer",
        withdrawalNoticeTitle: "Une personne a dit vouloir arrêter",
        withdrawalNoticeHint: "Informez l’équipe PJR : le médiateur vérifiera auprès de la personne. Vous ne verrez pas le dossier.",
        withdrawalNoticeButton: "Envoyer l’avis",
        sideOffender: "Le délinquant ou la délinquante",
        sideVictim: "La victime ou son représentant",
        offenderWantsToStopLabel: "Si le délinquant vous dit vouloir arrêter",
        withdrawalNoticeSentNotice: "Avis envoyé. Le médiateur vérifiera auprès de la personne.",
        safeContactTitle: "Contact sécuritaire",
        safeChannelsLegend: "Moyens sécuritaires de la joindre (aucun : ne pas communiquer)",
        mayLeaveMessageLabel: "Un message peut être laissé",
        safeTimesLabel: "Moments où le contact est sécuritaire",
        safeContactLabel: "Contact sécuritaire :",
        noSafeContactLabel: "pas encore consigné",
        doNotContactLabel: "ne pas communiquer",
        messageMayBeLeftLabel: "un message peut être laissé",
        noMessageLabel: "aucun message",
        chooseFileError: "Choisissez un fichier à ajouter.",
        filesTitle: "Fichiers",
        addFileLabel: "Ajouter un fichier",
        addFileHint:
            "Les lettres prennent des pages numérisées (PDF, JPEG, PNG); les messages vidéo prennent une vidéo MP4 ou WebM ou un enregistrement audio. Le nom du fichier n’est pas conservé.",
        addFileButton: "Ajouter le fichier",
        removeFileButton: "Retirer",
        downloadFileLink: "Télécharger",
        fileSizeLabel: "Taille",
        fileWithdrawnNote: "n’est plus disponible : la personne qui l’a envoyé s’est retirée",
        communicationNeedsTitle: "Interprétation et accessibilité",
        interpreterLabel: "Interprète en (langue; laisser vide si aucun n’est nécessaire)",
        accessibilityLegend: "Besoins d’accessibilité",
        accessibilityNotesLabel: "Notes (obligatoires avec « autre »)",
        communicationLabel: "Interprétation et accessibilité :",
        interpreterInLabel: "interprète en",
        noCommunicationNeedsLabel: "aucun besoin consigné",
        timelineEntry: "Entrée",
        correctedByLabel: "corrigée par l’entrée",
        correctEntryTitle: "Corriger une entrée",
        correctEntryHint:
            "Les entrées ne sont jamais modifiées ni supprimées : une correction est une nouvelle entrée qui nomme celle qu’elle corrige. Pour rectifier un renseignement, consignez-le aussi de nouveau (une évaluation, une préférence).",
        entryNumberLabel: "Numéro de l’entrée",
        correctionNoteLabel: "Ce qui était inexact, et ce qui est exact",
        recordCorrectionButton: "Consigner la correction",
        ownerLabel: "Coordination responsable",
        ownerYouLabel: "vous",
        ownerOtherLabel: "une autre coordonnatrice ou un autre coordonnateur",
        takeOwnershipButton: "Prendre en charge",
        accessTitle: "Qui peut voir ce dossier",
        restrictedToLabel: "Restreint : seuls les médiateurs désignés et les membres de la coordination nommés ici. Membres nommés :",
        notRestrictedLabel: "Toute la coordination, et les médiateurs désignés.",
        restrictLegend: "Restreindre à ces membres de la coordination",
        restrictHint:
            "Par exemple la protection des témoins, ou du personnel qui connaît une partie. Pour toute autre personne, le dossier est « introuvable », listes comprises.",
        restrictButton: "Restreindre l’accès",
        liftRestrictionButton: "Lever la restriction",
        recuseHint: "Si vous connaissez une partie ou ne devriez pas travailler sur ce dossier, récusez-vous : il sera « introuvable » pour vous.",
        recuseButton: "Me récuser",
        recusedNotice: "Vous vous êtes récusé ou récusée : ce dossier n’apparaît plus pour vous.",
        safetyTitle: "Sécurité, ordonnances et gestion du dossier",
        raiseEscalationTitle: "Signaler une préoccupation de sécurité",
        escalationCategoryLabel: "Ce qu’elle concerne",
        raiseButton: "Signaler la préoccupation",
        openEscalationsTitle: "Préoccupations de sécurité ouvertes",
        noOpenEscalations: "Aucune préoccupation de sécurité ouverte.",
        resolveButton: "Marquer comme réglée",
        invalidateTitle: "Un changement : refaire les évaluations",
        triggerLabel: "Ce qui a changé",
        invalidateButton: "Marquer les évaluations comme périmées",
        ordersTitle: "Ordonnances et conditions de non-communication",
        noOrders: "Aucune consignée.",
        orderKindLabel: "Type",
        roClauseLabel: "Elle permet déjà la JR (elle contient la clause de JR)",
        hasClauseLabel: "contient la clause de JR",
        noClauseLabel: "sans clause de JR",
        orderBlocksLabel: "bloque les échanges",
        orderAllowsLabel: "ne bloque pas les échanges",
        amendedButton: "La Commission l’a modifiée",
        approveDespiteButton: "Approuver l’échange (deux coordinations requises)",
        clauseTitle: "Clause à proposer pour une nouvelle condition",
        clauseHint: "Transmettez-la à l’équipe de gestion de cas; la JR n’écrit rien dans le SGD. Le libellé français reste à confirmer.",
        holdTitle: "Mettre en suspens",
        reviewDateLabel: "Revoir le (AAAA-MM-JJ; vide : dans 90 jours)",
        holdButton: "Mettre en suspens",
        reassignTitle: "Réaffecter",
        secondMediatorLabel: "Deuxième médiateur (comédiation, facultatif)",
        noneOption: "Aucun",
        reassignButton: "Réaffecter",
        confirmRepresentativeButton: "Confirmer le pouvoir de la personne représentante",
        redactLabel: "Version caviardée (l’originale est conservée)",
        redactButton: "Enregistrer la version caviardée",
        withdrawItemButton: "L’auteur le retire",
        closeReasonHint:
            "Les motifs d’achèvement s’appliquent après le suivi; les motifs d’écartement avant le dialogue. Un retrait ferme le dossier lorsqu’il est consigné.",
        recordOrderTitle: "Consigner une ordonnance ou une condition",
        byAuthorisedPersonLabel: "Donné par la personne autorisée (parent, tuteur, mandataire)",
        authorisedConsentTitle: "Personne mineure ou inapte",
        authorisedConsentHint: "Son propre accord et le consentement d’une personne autorisée sont alors tous deux requis pour chaque fin.",
        authorisedRequiredLabel: "Le consentement d’une personne autorisée est aussi requis",
        needsAuthorisedConsentLabel: "Les consentements ne comptent qu’avec celui d’une personne autorisée.",
        orderIssuerLabel: "Émise par (tribunal ou bureau de la Commission)",
        orderDateLabel: "Date (AAAA-MM-JJ)",
        orderWordingLabel: "Libellé, tel qu’il est écrit",
        requestKindLabel: "Ce qui a été demandé",
        letterRequestsCount: "Demandes de lettres de participation consignées jusqu’ici :",
        standardLetterReply:
            "Merci de votre lettre. Le programme Possibilités de justice réparatrice ne délivre ni lettre de participation, ni attestation, ni rapport d’étape pour les processus de libération conditionnelle, de mise en liberté ou de peine. La participation aux Possibilités de justice réparatrice est volontaire et confidentielle, et elle n’a aucun effet sur les décisions relatives à la peine ou à la libération conditionnelle. Toutes les personnes qui le demandent reçoivent cette même réponse.",
        safetyConcernSentNotice: "La préoccupation de sécurité a été transmise à l’unité nationale de JR. Rien d’autre du dossier n’est affiché ici.",
        siteConcernHint:
            "Une préoccupation de sûreté ou de sécurité pour cette rencontre est transmise à l’unité nationale de JR; la rencontre attend qu’elle soit réglée.",
        tellOtherPartyTitle: "Informer l’autre partie",
        tellOtherPartyHint: "Dites seulement que le processus est en pause. Donnez un motif seulement si la personne qui s’est retirée y a consenti.",
        afterWithdrawalOfLabel: "Après le retrait de",
        otherPartyToldButton: "L’autre partie a été informée",
        translationLabel: "Traduction",
        addTranslationTitle: "Ajouter une traduction",
        translationLanguageLabel: "Vers",
        translatorLabel: "Traduit par",
        translationTextLabel: "Texte traduit (de la dernière version)",
        addTranslationButton: "Ajouter la traduction",
        statisticsTitle: "Statistiques",
        navStatistics: "Statistiques",
        statisticsIntro:
            "Chiffres d’un exercice (du 1er avril au 31 mars), tirés de ce qui a été consigné dans les dossiers et dans le registre des réponses types; rien n’y est saisi à part, et aucun dossier ne s’ouvre à partir de cette page.",
        statisticsSuppression:
            "Un x indique un chiffre masqué : un petit chiffre, ou un chiffre masqué avec lui pour qu’aucun petit chiffre ne puisse être déduit du total (un x peut valoir zéro). Le plus petit chiffre affiché est",
        fiscalYearLabel: "Exercice",
        showButton: "Afficher",
        chooseAFiscalYear: "Choisissez un exercice dans la liste.",
        statisticsCategory: "Catégorie",
        statisticsCount: "Nombre",
        statisticsHidden: "masqué : petit nombre",
        statisticsTotal: "Total",
        statisticsDefinitionsVersion: "Compté selon les définitions des indicateurs",
        aCoordinatorLabel: "une coordonnatrice ou un coordonnateur",
        noticeGivenLabel: "L’avis sur la confidentialité a été remis à cette personne (nécessaire pour consigner son accord à participer)",
        noticeSummary: "Lire l’avis sur la confidentialité",
        noticeVersionLabel: "Version",
        disclosuresTitle: "Communications de renseignements",
        disclosuresHint:
            "L’information ne sort du programme que pour la sécurité ou en vertu d’une obligation légale. Chaque communication est consignée par la coordonnatrice ou le coordonnateur qui l’approuve (R37).",
        noDisclosures: "Aucune information n’est sortie du programme pour ce dossier.",
        disclosureDateHeading: "Date",
        disclosureCategoryHeading: "Catégorie",
        disclosureBasisHeading: "Fondement juridique",
        disclosureRecipientHeading: "Destinataire",
        disclosureApproverHeading: "Approuvée par",
        recordDisclosureTitle: "Consigner une communication",
        disclosureBasisLabel: "Fondement juridique (la loi, l’ordonnance ou la politique invoquée)",
        disclosureRecipientLabel: "Destinataire (un organisme ou un bureau)",
        disclosureDateLabel: "Date de la communication (AAAA-MM-JJ)",
        informationLogTitle: "Information remise",
        navInformationLog: "Information remise",
        informationLogIntro:
            "Consignez chaque fois que vous donnez de l’information sur Possibilités de justice réparatrice, même si aucune demande ne suit (R46). Indiquez un type de personne, jamais un nom.",
        informationRecipientLabel: "Remise à",
        informationChannelLabel: "Moyen",
        informationLanguageLabel: "Langue",
        informationMaterialsLegend: "Documents",
        victimServicesOfferedLabel: "L’information sur les Services aux victimes a aussi été offerte",
        logInformationButton: "Consigner",
        informationLoggedNotice: "Consigné.",
        recentInformationTitle: "Ce que vous avez consigné récemment",
        noRecentInformation: "Vous n’avez encore consigné aucune information remise.",
        informationWhenHeading: "Quand (UTC)",
        informationMaterialsHeading: "Documents",
        informationVictimServicesHeading: "Services aux victimes offerts",
        victimServicesOfferedYes: "oui",
        victimServicesOfferedNo: "non",
        informationSheetsTitle: "Fiches d’information",
        informationSheetsIntro: "Fiches à imprimer ou à envoyer, chacune en français et en anglais, avec sa version imprimée (R48).",
        printHint: "Imprimez cette page pour la remettre : les deux langues tiennent sur une feuille.",
        roleProposedNotice:
            "Changement de rôle proposé : une deuxième administratrice ou un deuxième administrateur doit effectuer le même changement.",
        roleProposalWithdrawnNotice: "Proposition de changement de rôle retirée.",
        proposedByAnotherLabel: "Proposé par une autre administratrice ou un autre administrateur :",
        proposedByYouLabel: "Vous avez proposé, en attente d’une deuxième personne :",
        approveRoleButton: "Approuver le rôle proposé",
        withdrawProposalButton: "Retirer la proposition",
        linkedCasesTitle: "Dossiers liés",
        linkedCasesHint:
            "D’autres dossiers concernant le même délinquant, ou venant de la même victime au sujet d’un autre délinquant. Chacun reste un dossier distinct : rien n’est fusionné, et les consentements et évaluations de chaque personne restent dans son propre dossier.",
        noLinkedCases: "Aucun dossier lié.",
        linkedRelationHeading: "Lien",
        linkCaseTitle: "Lier un autre dossier",
        linkReferenceLabel: "Numéro de l’autre dossier (par exemple RO-2026-0007)",
        linkRelationLabel: "Ce que les deux dossiers ont en commun",
        linkCaseButton: "Lier les dossiers",
        unlinkCaseButton: "Retirer ce lien",
        acknowledgementLabel: "Accusé de réception au demandeur",
        acknowledgementChannelLabel: "Comment l’accusé de réception a été envoyé",
        recordAcknowledgementButton: "Consigner l’envoi",
        accessReportTitle: "Qui a consulté le dossier",
        accessReportIntro:
            "Chaque consultation et modification de ce dossier, et chaque tentative refusée, tirées du journal d’audit inviolable, de la plus récente à la plus ancienne. Seul le personnel qui travaille sur les dossiers y est nommé, et rien du contenu du dossier n’y figure.",
        accessReportWho: "Qui",
        accessReportLink: "Qui a consulté ce dossier",
        backToCaseLink: "Retour au dossier",
        jointWithLabel: "Conjointe avec",
        meetingOfAnotherCaseLabel: "une rencontre d’un autre dossier",
        joinMeetingTitle: "Tenir avec une rencontre d’un dossier lié",
        joinMeetingHint:
            "Une seule rencontre pour des personnes de dossiers liés : chaque dossier garde ses propres participants et vérifications, et aucune n’est confirmée ni tenue tant que chaque dossier ne satisfait pas aux siennes.",
        jointMeetingLabel: "Rencontre du dossier lié",
        joinMeetingButton: "Jumeler les rencontres",
        navInvestigations: "Enquêtes",
        auditCase: "Dossier",
        caseMetadataLink: "Métadonnées",
        caseMetadataTitle: "Métadonnées du dossier",
        caseMetadataIntro:
            "Ce qui s’est passé dans ce dossier, quand, et par quel rôle. Les personnes y figurent sous un pseudonyme, et rien de ce que quiconque a écrit n’est affiché. Pour consulter le contenu, demandez une enquête ci-dessous : une deuxième vérificatrice ou un deuxième vérificateur doit l’approuver.",
        pseudonymLabel: "Pseudonyme",
        aboutLabel: "Concerne",
        investigationsTitle: "Enquêtes",
        investigationsIntro:
            "Demandes de consultation du contenu d’un dossier. Une autre vérificatrice ou un autre vérificateur approuve chacune; la personne qui l’a demandée peut alors consulter ce dossier, et rien d’autre, pendant 14 jours. Chaque consultation figure dans le rapport d’accès du dossier. Une demande que personne n’approuve expire après 7 jours.",
        investigationsOnCase: "Enquêtes sur ce dossier",
        openInvestigationTitle: "Demander à consulter le contenu de ce dossier",
        groundsLabel: "Motifs : la plainte, l’atteinte soupçonnée ou la demande, et pourquoi le contenu est nécessaire",
        openInvestigationButton: "Demander une enquête",
        investigationOpenedNotice:
            "Enquête demandée. Une autre vérificatrice ou un autre vérificateur doit l’approuver avant que vous puissiez consulter le dossier.",
        investigationApprovedNotice: "Enquête approuvée.",
        investigationClosedNotice: "Enquête fermée.",
        approveInvestigationButton: "Approuver",
        closeInvestigationButton: "Fermer",
        readCaseContentLink: "Consulter le dossier",
        investigationStatusLabel: "État",
        investigationAwaitingLabel: "En attente d’une deuxième approbation jusqu’au",
        investigationActiveLabel: "Ouverte jusqu’au",
        investigationEndedLabel: "Terminée",
        askedByLabel: "Demandée par",
        approvedByLabel: "Approuvée par",
        groundsHeading: "Motifs",
        investigationsEmpty: "Aucune enquête n’a été demandée au cours des 90 derniers jours.",
        underInvestigationNotice: "Consultation seule, dans le cadre d’une enquête, jusqu’au",
        offenderRecordLabel: "Dossier du délinquant (numéro SED)",
        notLinkedYetLabel: "pas encore lié",
        linkOffenderRecordButton: "Lier le dossier",
        proposeClosureTitle: "Proposer de fermer le dossier",
        proposeClosureHint: "La coordination décide et ferme le dossier. Un dossier mené à terme ne porte aucun jugement de réussite (R41).",
        proposeClosureButton: "Proposer la fermeture",
        navSettings: "Paramètres du programme",
        settingsTitle: "Paramètres du programme",
        settingsIntro:
            "Les valeurs que le programme fixe lui-même (R57). Un changement s’applique aussitôt à tous les dossiers, pages et rappels, et il est consigné au journal d’audit.",
        settingsSavedNotice: "Les paramètres sont enregistrés.",
        serviceStandardsLegend: "Normes de service et délais",
        programContactLegend: "Comment joindre la Division de la justice réparatrice",
        programContactHint: "Affiché sur les fiches d’information publiques (R47). Aucun nom de personne.",
        victimServicesContactLegend: "Comment joindre les Services aux victimes",
        victimServicesContactHint:
            "Affiché sur les fiches d’information publiques, qui précisent que l’information sur le délinquant vient des Services aux victimes (R38, R47).",
        otherResourcesLegend: "Autres ressources",
        otherResourcesHint: "Proposées par la coordination lorsqu’une demande n’est pas admissible (R10).",
        englishTextLabel: "En anglais",
        frenchTextLabel: "En français",
        regionsLegend: "Régions",
        regionsHint:
            "Les dossiers et les établissements appartiennent à l’une de ces régions. Ajoutez une région sur une ligne vide; renommez-en une en changeant ses noms. Une région inscrite reste, car les dossiers, les établissements et les statistiques gardent son code.",
        regionCodeLabel: "Code",
        eligibilityCriteriaLegend: "Critères d’admissibilité : cochez chacun de ceux qui sont remplis",
        eligibilitySettingsLegend: "Critères d’admissibilité",
        eligibilitySettingsHint:
            "Avant de désigner des médiateurs, un coordonnateur ou une coordonnatrice coche chacun de ces critères sur la page du dossier; si l’un d’eux n’est pas rempli, le dossier est fermé pour cause d’inadmissibilité. Ajoutez un critère sur une ligne vide; retirez-en un en vidant sa ligne. Un dossier confirmé avant l’ajout d’un critère doit l’être de nouveau.",
        criterionCodeLabel: "Code",
        criterionLabel: "Critère",
        retentionLegend: "Conservation",
        retentionHint:
            "Durée de conservation d’un dossier fermé avant l’examen en vue de sa destruction (§7.3), comptée à partir de sa fermeture; tant qu’un épisode suivant du dossier est ouvert, le délai est suspendu. Un changement s’applique aussitôt à tous les dossiers fermés.",
        retentionLabel: "Conservation",
        addedNeedsLegend: "Besoins ajoutés au catalogue",
        addedNeedsHint:
            "Les besoins du §6 (V01 à V07, O01 à O07, C01 et « autre, dans ses propres mots ») sont toujours proposés; leurs noms sont des libellés. Ajoutez ici ceux du programme, pour les personnes lésées, le délinquant ou les membres de la collectivité, avec un code de 2 à 8 lettres majuscules et chiffres. Un besoin inscrit reste, car les dossiers gardent son code; il peut être renommé.",
        needCodeLabel: "Code",
        needLabel: "Besoin",
        needSideLabel: "Proposé à",
        extractsTitle: "Extraits de recherche",
        navResearchExtracts: "Extraits de recherche",
        extractsIntro:
            "Une étude qui relie les PJR aux dossiers des délinquants du SCC (SGD) ne reçoit des données des PJR que par un extrait : un coordonnateur ou une coordonnatrice indique l’étude et son objet, un deuxième l’approuve, et alors seulement l’extrait peut être produit. Il donne, pour chaque dossier dont le délinquant a accepté l’utilisation à des fins de recherche, le numéro SED avec des codes et des nombres (exercice, région, source, étape, formes, rencontres tenues, motif de fermeture) : aucun nom, aucune référence des PJR, aucune date, aucun mot écrit par qui que ce soit. Chaque production est consignée dans le journal d’audit.",
        extractPurposeLabel: "L’étude et son objet",
        extractPurposeHint:
            "Nommez l’étude, qui la mène et pourquoi elle a besoin du lien avec le SGD. La personne qui approuve le lit; ce texte n’est pas écrit dans les journaux.",
        proposeExtractButton: "Proposer l’extrait",
        extractsListTitle: "Extraits proposés",
        extractProposedByLabel: "Proposé par",
        approveExtractButton: "Approuver",
        produceExtractLink: "Produire l’extrait (CSV)",
        extractsEmpty: "Aucun extrait de recherche n’a été proposé.",
        extractProposedNotice:
            "L’extrait est proposé. Un autre coordonnateur ou une autre coordonnatrice doit l’approuver avant qu’il puisse être produit.",
        extractApprovedNotice: "L’extrait est approuvé; l’un ou l’autre d’entre vous peut maintenant le produire.",
        navLabels: "Libellés",
        labelsTitle: "Libellés et nom du programme",
        labelsIntro:
            "Chaque texte de ces pages porte un libellé. Donnez à n’importe quel libellé le texte propre à votre programme, en anglais, en français ou dans les deux langues; le nom du programme est le libellé appName. Un changement paraît sur toutes les pages en quelques secondes, sur chaque serveur.",
        labelSearchLabel: "Trouver un libellé par sa clé ou ses mots",
        labelSearchButton: "Trouver",
        changedLabelsHeading: "Libellés avec votre texte",
        labelsFoundHeading: "Libellés trouvés :",
        labelKeyColumn: "Libellé",
        labelChangedMark: "(modifié)",
        noLabelsFound: "Aucun libellé ne porte cette clé ni ces mots.",
        noChangedLabels: "Chaque libellé a son texte d’origine.",
        backToLabelsLink: "Retour aux libellés",
        labelEditTitle: "Libellé",
        builtInEnglishLabel: "Texte d’origine en anglais",
        builtInFrenchLabel: "Texte d’origine en français",
        labelWordingHint: "Laissez une langue vide pour garder son texte d’origine.",
        saveLabelButton: "Enregistrer le texte",
        resetLabelButton: "Rétablir le texte d’origine",
        labelSavedNotice: "Le texte a été enregistré; toutes les pages l’affichent.",
        labelResetNotice: "Le libellé a de nouveau son texte d’origine.",
        saveSettingsButton: "Enregistrer les paramètres",
        howToReachTitle: "Pour nous joindre",
        otherResourcesTitle: "Autres ressources à proposer au demandeur (R10)",
        errorTitle: "Cela n’a pas fonctionné",
        requestIDLabel: "Référence pour le soutien :",
        goHome: "Aller à la page d’accueil"
    )

    /// The text as a dictionary, built once per wording (`Wording`): what templates read as `{{t.key}}`.
    /// (A dictionary lookup is cheaper than swift-mustache's reflection over a large struct.)
    var catalog: [String: String] {
        Dictionary(
            uniqueKeysWithValues: Mirror(reflecting: self).children.compactMap { child in
                (child.value as? String).map { (child.label ?? "", $0) }
            }
        )
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
