import Foundation
import ROCore
import ROServices

extension CaseShowPage {
    /// Which steps with a page of their own this viewer may take now, as links for this part of the case
    /// and, on a step's page, whether its form is offered. `decide` still has the last word.
    mutating func offerSteps(in area: CaseArea, on step: CaseStep?, of caseID: Identifier<Case>, coordinator: Bool, language: Language) {
        let caseOpen = self.isCaseWorker && self.isOpen
        var offered: Set<CaseStep> = []
        for candidate in CaseStep.withOwnPage {
            let open: Bool =
                switch candidate {
                case .confirmEligibility: self.mayAssess
                case .assign: self.mayAssign && self.hasMediatorOptions
                case .startDialogue: self.mayPrepare
                case .proposeClosure: self.mayProposeClosure
                case .close: self.mayClose
                case .addParticipant: self.mayAddParticipant
                case .authorisedConsent: caseOpen && coordinator
                case .otherPartyTold: caseOpen && self.hasToTell
                case .confirmContinuing: caseOpen && self.hasNotices
                case .supportPrepared: caseOpen && self.hasSupportPersons
                case .draftLetter, .proposeMeeting: self.inDialogue
                case .hold: caseOpen && self.safety.mayHold
                case .reassign: caseOpen && self.safety.mayReassign
                case .linkCase: self.isCaseWorker && self.linkedCases.mayLink
                case .recordDisclosure: self.isCaseWorker && self.disclosures.mayRecord
                case .restrict, .recuse: self.mayManageAccess
                case .availability: self.stepMeeting?.mayGatherAvailability == true
                case .safetyPlan: self.stepMeeting?.mayPlanSafety == true
                case .requestEntry: self.stepMeeting?.mayRequestEntry == true
                case .bookVideo: self.stepMeeting?.mayBookVideo == true
                case .joinMeeting: self.stepMeeting?.mayJoin == true
                case .meetingHeld: self.stepMeeting?.mayRecordHeld == true
                case .needs: caseOpen && self.stepNeeds != nil
                case .person: caseOpen && self.stepPerson != nil
                // consent, assessment, withdrawal, contact, communication needs, safety concerns, orders, corrections
                default: caseOpen
                }
            if open { offered.insert(candidate) }
        }
        let strings = language.strings
        var shown = CaseStep.withOwnPage.filter { $0.area == area && !$0.isAboutAMeeting && !$0.isAboutAPerson }
        // The summary also leads to the daily work of the stage, wherever its part is.
        if area == .summary {
            if self.mayPrepare { shown += [.consent, .assess, .safeContact] }
            if self.inDialogue { shown += [.draftLetter, .proposeMeeting] }
        }
        self.stepLinks = shown.filter(offered.contains).map {
            StepLink(title: $0.title(strings) ?? $0.rawValue, path: $0.path(of: caseID.description))
        }
        self.hasStepLinks = !self.stepLinks.isEmpty
        self.stepOffered = step.map(offered.contains) ?? false
    }
}
