import Foundation
import HTTPTypes
import Hummingbird
import ROCore

/// What a person or an API client is told when something fails: the one place that gives each error a
/// status, a stable code and a message in both languages.
struct PublicError: Error, Sendable {
    let status: HTTPResponse.Status
    /// Stable: API clients may rely on it.
    let code: String
    /// The catalogue key of its message: `error.<code>`, unless one code has several messages.
    let messageKey: String
    /// What fills the message's `{name}` placeholders, in the language of the message.
    let values: @Sendable (Language) -> [String: String]

    /// The message in force (R57), in one language.
    func message(in language: Language) -> String { language.text(self.messageKey, self.values(language)) }

    /// The public form of any error. Unknown errors become a bare 500: details go to the log only.
    init(_ error: any Error) {
        switch error {
        case let error as PublicError: self = error
        case let error as DomainError: self = Self(domain: error)
        case let error as any HTTPResponseError: self = Self(status: error.status)
        default: self = Self(status: .internalServerError)
        }
    }

    init(status: HTTPResponse.Status, code: String, messageKey: String? = nil, values: [String: String] = [:]) {
        self.init(status: status, code: code, messageKey: messageKey) { _ in values }
    }

    init(
        status: HTTPResponse.Status,
        code: String,
        messageKey: String? = nil,
        values: @escaping @Sendable (Language) -> [String: String]
    ) {
        self.status = status
        self.code = code
        self.messageKey = messageKey ?? "error.\(code)"
        self.values = values
    }

    init(status: HTTPResponse.Status) {
        switch status.code {
        case 400: self.init(status: status, code: "bad-request")
        case 401: self.init(status: status, code: "not-signed-in")
        case 403:
            self.init(status: status, code: "forbidden")
        case 404: self.init(status: status, code: "not-found")
        case 405:
            self.init(status: status, code: "method-not-allowed")
        case 413:
            self.init(status: status, code: "too-large")
        case 415:
            self.init(status: status, code: "unsupported-media-type")
        case 503:
            self.init(status: status, code: "unavailable")
        default:
            self.init(status: .internalServerError, code: "internal")
        }
    }

    /// Every refusal the rules can give, each with its status, code and both messages. No `default`:
    /// a new `DomainError` does not compile until it is given its words here.
    // swift-format-ignore
    init(domain error: DomainError) {
        switch error {
        case .signInFailed:
            self.init(status: .unauthorized, code: "sign-in-failed")
        case .signInThrottled:
            self.init(status: .tooManyRequests, code: "sign-in-throttled")
        case .secondFactorCodeWrong:
            self.init(status: .unauthorized, code: "second-factor-code-wrong")
        case .signInStepExpired:
            self.init(status: .unauthorized, code: "sign-in-step-expired")
        case .identityNotConfirmed:
            self.init(status: .unauthorized, code: "identity-not-confirmed")
        case .contractEndRequired:
            self.init(status: .unprocessableContent, code: "contract-end-required")
        case .notSignedIn:
            self.init(status: .unauthorized)
        case .csrfTokenInvalid:
            self.init(status: .forbidden, code: "csrf-token-invalid")
        case .notPermitted:
            self.init(status: .forbidden)
        case .userNotFound:
            self.init(status: .notFound, code: "user-not-found")
        case .usernameTaken:
            self.init(status: .conflict, code: "username-taken")
        case .invalidUsername:
            self.init(status: .unprocessableContent, code: "invalid-username")
        case .invalidDisplayName:
            self.init(status: .unprocessableContent, code: "invalid-display-name")
        case .passwordTooShort(let minimum):
            self.init(status: .unprocessableContent, code: "password-too-short", values: ["minimum": "\(minimum)"])
        case .passwordTooLong(let maximum):
            self.init(status: .unprocessableContent, code: "password-too-long", values: ["maximum": "\(maximum)"])
        case .passwordSameAsUsername:
            self.init(status: .unprocessableContent, code: "password-same-as-username")
        case .currentPasswordWrong:
            self.init(status: .unprocessableContent, code: "current-password-wrong")
        case .cannotChangeOwnAccess:
            self.init(status: .conflict, code: "cannot-change-own-access")
        case .tokenNotFound:
            self.init(status: .notFound, code: "token-not-found")
        case .invalidTokenName:
            self.init(status: .unprocessableContent, code: "invalid-token-name")
        case .invalidTokenLifetime(let maximumDays):
            self.init(status: .unprocessableContent, code: "invalid-token-lifetime", values: ["maximumDays": "\(maximumDays)"])
        case .staleWrite:
            self.init(status: .conflict, code: "stale-write")

        // Refusals of case commands (ro-program.md §3, §4)
        case .caseNotFound:
            self.init(status: .notFound, code: "case-not-found")
        case .caseAlreadyExists:
            self.init(status: .conflict, code: "already-exists")
        case .linkedCaseNotFound:  // 422, not 404: the page stays, with what was typed (N1: a hidden case reads as absent)
            self.init(status: .unprocessableContent, code: "linked-case-not-found")
        case .offenderRecordNotLinked:
            self.init(status: .conflict, code: "offender-record-not-linked")
        case .invalidFPSNumber:
            self.init(status: .unprocessableContent, code: "invalid-fps-number")
        case .contactChannelNotSafe:
            self.init(status: .conflict, code: "contact-channel-not-safe")
        case .contactNoteTooLong(let maximum):
            self.init(status: .unprocessableContent, code: "contact-note-too-long", values: ["maximum": "\(maximum)"])
        case .noteEmpty:
            self.init(status: .unprocessableContent, code: "note-empty")
        case .notesTooLong(let maximum):
            self.init(status: .unprocessableContent, code: "notes-too-long", values: ["maximum": "\(maximum)"])
        case .personRecordInvalid(let maximum):
            self.init(status: .unprocessableContent, code: "person-record-invalid", values: ["maximum": "\(maximum)"])
        case .settingOutOfRange(let number):
            self.init(status: .unprocessableContent, code: "setting-out-of-range") { language in ["number": number.name(in: language).capitalizedFirst, "lowest": "\(number.range.lowerBound)", "highest": "\(number.range.upperBound)"] }
        case .settingTextTooLong(let maximum):
            self.init(status: .unprocessableContent, code: "setting-text-too-long", values: ["maximum": "\(maximum)"])
        case .regionsInvalid(let maximum):
            self.init(status: .unprocessableContent, code: "regions-invalid", values: ["maximum": "\(maximum)"])
        case .regionRemoved(let code):
            self.init(status: .conflict, code: "region-removed", values: ["code": "\(code)"])
        case .labelNotFound:
            self.init(status: .notFound, code: "label-not-found")
        case .labelTextInvalid(let maximum):
            self.init(status: .unprocessableContent, code: "label-text-invalid", values: ["maximum": "\(maximum)"])
        case .labelPlaceholdersChanged(let placeholders):
            self.init(
                status: .unprocessableContent,
                code: "label-placeholders-changed",
                messageKey: placeholders.isEmpty ? "error.label-placeholders-changed.none" : nil,
                values: ["placeholders": placeholders.map { "{\($0)}" }.joined(separator: " ")]
            )
        case .labelNamesForgiveness:
            self.init(status: .unprocessableContent, code: "label-names-forgiveness")
        case .acknowledgementNotExpected:
            self.init(status: .conflict, code: "acknowledgement-not-expected")
        case .caseLinkInvalid:
            self.init(status: .conflict, code: "case-link-invalid")
        case .notAllowedInStage(let stage):
            self.init(status: .conflict, code: "not-allowed-in-stage") { language in ["stage": stage.name(in: language)] }
        case .roleNotAllowed:
            self.init(status: .forbidden, code: "role-not-allowed")
        case .representativeNotLinked:
            self.init(status: .conflict, code: "representative-not-linked")
        case .eligibilityNotConfirmed:
            self.init(status: .conflict, code: "eligibility-not-confirmed")
        case .eligibilityCriteriaIncomplete:
            self.init(status: .unprocessableContent, code: "eligibility-criteria-incomplete")
        case .extractPurposeInvalid(let length):
            self.init(status: .unprocessableContent, code: "extract-purpose-invalid", values: ["fewest": "\(length.lowerBound)", "most": "\(length.upperBound)"])
        case .extractNotFound:
            self.init(status: .notFound, code: "extract-not-found")
        case .extractAlreadyApproved:
            self.init(status: .conflict, code: "extract-already-approved")
        case .secondCoordinatorRequired:
            self.init(status: .conflict, code: "second-coordinator-required")
        case .extractNotApproved:
            self.init(status: .conflict, code: "extract-not-approved")
        case .extractExpired:
            self.init(status: .gone, code: "extract-expired")
        case .addedNeedsInvalid(let maximum):
            self.init(status: .unprocessableContent, code: "added-needs-invalid", values: ["maximum": "\(maximum)"])
        case .needNamesForgiveness:
            self.init(status: .unprocessableContent, code: "need-names-forgiveness")
        case .needRemoved(let code):
            self.init(status: .conflict, code: "need-removed", values: ["code": "\(code)"])
        case .eligibilityCriteriaInvalid(let maximum):
            self.init(status: .unprocessableContent, code: "eligibility-criteria-invalid", values: ["maximum": "\(maximum)"])
        case .safetySectionNotReviewed:
            self.init(status: .conflict, code: "safety-section-not-reviewed")
        case .mediatorNotActive:
            self.init(status: .unprocessableContent, code: "mediator-not-active")
        case .mediatorCount:
            self.init(status: .unprocessableContent, code: "mediator-count")
        case .participantNotFound:
            self.init(status: .notFound, code: "participant-not-found")
        case .consentMissing:
            self.init(status: .conflict, code: "consent-missing")
        case .assessmentMissing:
            self.init(status: .conflict, code: "assessment-missing")
        case .participantNotReady:
            self.init(status: .conflict, code: "participant-not-ready")
        case .escalationOpen:
            self.init(status: .conflict, code: "escalation-open")
        case .escalationNotFound:
            self.init(status: .conflict, code: "escalation-not-found")
        case .noContactOrderBlocks:
            self.init(status: .conflict, code: "no-contact-order-blocks")
        case .noContactOrderNotFound:
            self.init(status: .notFound, code: "no-contact-order-not-found")
        case .secondApproverRequired:
            self.init(status: .conflict, code: "second-approver-required")
        case .notDueForDisposal:
            self.init(status: .conflict, code: "not-due-for-disposal")
        case .legalHoldActive:
            self.init(status: .conflict, code: "legal-hold-active")
        case .holdReasonInvalid(let maximum):
            self.init(status: .unprocessableContent, code: "hold-reason-invalid", values: ["maximum": "\(maximum)"])
        case .legalHoldNotFound:
            self.init(status: .notFound, code: "legal-hold-not-found")
        case .disposalAlreadyProposed:
            self.init(status: .conflict, code: "disposal-already-proposed")
        case .disposalNotProposed:
            self.init(status: .conflict, code: "disposal-not-proposed")
        case .caseDisposed(let day):
            self.init(status: .gone, code: "case-disposed", values: ["day": day])
        case .itemNotFound:
            self.init(status: .notFound, code: "item-not-found")
        case .itemAlreadyExists:
            self.init(status: .conflict, code: "item-exists")
        case .itemNotInState:
            self.init(status: .conflict, code: "item-not-in-state")
        case .recipientHasNotOptedIn:
            self.init(status: .conflict, code: "recipient-not-opted-in")
        case .itemMustCrossSides:
            self.init(status: .unprocessableContent, code: "item-must-cross-sides")
        case .formNotRelayed:
            self.init(status: .unprocessableContent, code: "form-not-relayed")
        case .closureReasonNotAllowed:
            self.init(status: .unprocessableContent, code: "closure-reason-not-allowed")
        case .nothingDeliveredYet:
            self.init(status: .conflict, code: "nothing-delivered")
        case .itemsStillInReview:
            self.init(status: .conflict, code: "items-in-review")
        case .participantWithdrew:
            self.init(status: .conflict, code: "participant-withdrew")
        case .withdrawalNoticePending:
            self.init(status: .conflict, code: "withdrawal-notice-pending")
        case .contactNotSafe:
            self.init(status: .conflict, code: "contact-not-safe")
        case .noSafeRoute:
            self.init(status: .conflict, code: "no-safe-route")
        case .needNotOffered:
            self.init(status: .unprocessableContent, code: "need-not-offered")
        case .ownWordsRequired:
            self.init(status: .unprocessableContent, code: "own-words-required")
        case .invalidSite:
            self.init(status: .unprocessableContent, code: "invalid-site")
        case .confidentialityNoticeRequired:
            self.init(status: .conflict, code: "confidentiality-notice-required")
        case .disclosureIncomplete:
            self.init(status: .unprocessableContent, code: "disclosure-incomplete")
        case .informationEntryIncomplete:
            self.init(status: .unprocessableContent, code: "information-entry-incomplete")
        case .nhqApprovalRequired:
            self.init(status: .forbidden, code: "nhq-approval-required")
        case .secondAdministratorRequired:
            self.init(status: .conflict, code: "second-administrator-required")
        case .accountAwaitingApproval:
            self.init(status: .conflict, code: "account-awaiting-approval")
        case .nothingToApprove:
            self.init(status: .conflict, code: "nothing-to-approve")
        case .tokenReadOnly:
            self.init(status: .forbidden, code: "token-read-only")
        case .approvalNeedsSignIn:
            self.init(status: .forbidden, code: "approval-needs-sign-in")
        case .jointMeetingInvalid:
            self.init(status: .conflict, code: "joint-meeting-invalid")
        case .jointMeetingBlocked(let reference?):
            self.init(status: .conflict, code: "joint-meeting-blocked", values: ["reference": "\(reference)"])
        case .jointMeetingBlocked(nil):
            self.init(status: .conflict, code: "joint-meeting-blocked", messageKey: "error.joint-meeting-blocked.unnamed")
        case .investigationNotFound:
            self.init(status: .notFound, code: "investigation-not-found")
        case .investigationGroundsInvalid(let maximum):
            self.init(status: .unprocessableContent, code: "investigation-grounds-invalid", values: ["maximum": "\(maximum)"])
        case .secondAuditorRequired:
            self.init(status: .conflict, code: "second-auditor-required")
        case .investigationNotAwaitingApproval:
            self.init(status: .conflict, code: "investigation-not-awaiting-approval")
        case .investigationEnded:
            self.init(status: .conflict, code: "investigation-ended")
        case .investigationAlreadyOpen:
            self.init(status: .conflict, code: "investigation-already-open")
        case .invalidFiscalYear:
            self.init(status: .unprocessableContent, code: "invalid-fiscal-year")
        case .meetingNotFound:
            self.init(status: .notFound, code: "meeting-not-found")
        case .meetingAlreadyExists:
            self.init(status: .conflict, code: "meeting-exists")
        case .meetingNotInState(let state):
            self.init(status: .conflict, code: "meeting-not-in-state") { language in ["state": state.name(in: language)] }
        case .formNotMeeting:
            self.init(status: .unprocessableContent, code: "form-not-meeting")
        case .siteRequired:
            self.init(status: .unprocessableContent, code: "site-required")
        case .attendeesIncomplete:
            self.init(status: .unprocessableContent, code: "attendees-incomplete")
        case .availabilityMissing:
            self.init(status: .conflict, code: "availability-missing")
        case .entryNoticeTooShort(let earliest):
            self.init(status: .unprocessableContent, code: "entry-notice-too-short") { language in ["earliest": Self.day(earliest, language)] }
        case .entrantMissing:
            self.init(status: .unprocessableContent, code: "entrant-missing")
        case .entryNotApproved:
            self.init(status: .conflict, code: "entry-not-approved")
        case .videoNotBooked:
            self.init(status: .conflict, code: "video-not-booked")
        case .safetyPlanMissing:
            self.init(status: .conflict, code: "safety-plan-missing")
        case .supportPersonNotCleared:
            self.init(status: .conflict, code: "support-person-not-cleared")
        case .noMeetingHeld:
            self.init(status: .conflict, code: "no-meeting-held")
        case .dateInPast:
            self.init(status: .unprocessableContent, code: "date-in-past")
        case .mediaNotForForm(let form):
            self.init(status: .unprocessableContent, code: "media-not-for-form") { language in ["form": form.name(in: language)] }
        case .tooManyAttachments(let limit):
            self.init(status: .unprocessableContent, code: "too-many-attachments", values: ["limit": "\(limit)"])
        case .mediaNotFound:
            self.init(status: .notFound, code: "media-not-found")
        case .noAuthorisedPerson:
            self.init(status: .conflict, code: "no-authorised-person")
        case .restrictionMustIncludeYou:
            self.init(status: .unprocessableContent, code: "restriction-must-include-you")
        case .notRestricted:
            self.init(status: .conflict, code: "not-restricted")
        case .lastRestrictedCoordinator:
            self.init(status: .conflict, code: "last-restricted-coordinator")
        case .alreadyOwner:
            self.init(status: .conflict, code: "already-owner")
        case .entryNotFound:
            self.init(status: .unprocessableContent, code: "entry-not-found")
        case .correctionNoteRequired:
            self.init(status: .unprocessableContent, code: "correction-note-required")
        case .accessibilityNoteRequired:
            self.init(status: .unprocessableContent, code: "accessibility-note-required")
        case .translationIncomplete:
            self.init(status: .unprocessableContent, code: "translation-incomplete")
        case .senderWithdrew:
            self.init(status: .conflict, code: "sender-withdrew")
        case .recordingMissing:
            self.init(status: .conflict, code: "recording-missing")
        case .recordingErased:
            self.init(status: .gone, code: "recording-erased")
        case .recordingAlreadyReleased:
            self.init(status: .conflict, code: "recording-already-released")
        case .recordingRetentionNotEnded(let until):
            self.init(status: .conflict, code: "recording-retention-not-ended") { language in ["day": until.map { Self.day($0, language) } ?? "—"] }
        case .mediaTypeNotAccepted:
            self.init(status: .unprocessableContent, code: "media-type-not-accepted")
        case .mediaTooLarge(let limit):
            self.init(status: .contentTooLarge, code: "media-too-large", values: ["megabytes": "\(limit / 1_048_576)"])
        }
    }

    private static func day(_ date: Date, _ language: Language) -> String {
        date.formatted(.dateTime.year().month(.wide).day().locale(language.locale))
    }
}

/// The English message for an error, for the `ro` command line (operators read English and French
/// alike; the command line is not localised yet).
public func operatorMessage(for error: any Error) -> String? {
    guard error is DomainError else { return nil }
    return PublicError(error).message(in: .en)
}
