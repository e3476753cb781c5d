import Foundation

/// Closure, decided in one place (§4.4): ineligible and screened-out requests, a completion the mediator
/// proposes and the coordinator closes, closure for safety or another reason, and a new episode (§4.9).
/// A withdrawal closes a case through `recordWithdrawal` (§4.8), never here.
extension Case {
    func closureChanges(_ command: CaseCommand, by actor: CaseActor, at: Date, policy: CasePolicy) throws(DomainError) -> [CaseChange] {
        switch command {
        case .closeIneligible:
            try self.require(actor, .coordinator)
            try self.requireStage(.assessment)
            return [.closed(.ineligible)]

        case .screenOut(let reason):
            try self.require(actor, .coordinator)
            try self.requireStage(.assessment, .assigned, .preparation, .onHold)
            guard reason.isScreening else { throw .closureReasonNotAllowed(reason) }  // R12: a reason code, always
            return [.closed(reason)]

        case .proposeClosure(let reason):
            try self.require(actor, [.mediator])
            try self.requireStage(.followUp)
            guard reason.isCompletion else { throw .closureReasonNotAllowed(reason) }
            if reason == .completedFaceToFace, !self.meetings.contains(where: { $0.state == .held }) { throw .noMeetingHeld }  // §4.4
            return [.closureProposed(reason)]

        case .close(let reason):
            try self.require(actor, .coordinator)  // a mediator may propose, never close
            try self.requireStage(.followUp)
            guard reason.isCompletion else { throw .closureReasonNotAllowed(reason) }
            if reason == .completedFaceToFace, !self.meetings.contains(where: { $0.state == .held }) { throw .noMeetingHeld }  // §4.4
            return [.closed(reason)]

        case .closeForSafety:
            try self.require(actor, .coordinator)
            guard !self.escalations.isEmpty else { throw .escalationNotFound }
            return [.closed(.safety)]

        case .closeOther(let reason):
            try self.require(actor, .coordinator)
            guard reason.isOther else { throw .closureReasonNotAllowed(reason) }
            return [.closed(reason)]

        case .reopen(let newEpisode):
            try self.require(actor, .coordinator)
            try self.requireStage(.closed)
            guard self.reopenedAs == nil else { throw .notAllowedInStage(self.stage) }
            return [.reopened(newEpisode: newEpisode)]

        default:
            preconditionFailure("Case.changes(for:) decides \(command) elsewhere")
        }
    }
}
