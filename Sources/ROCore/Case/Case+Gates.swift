import Foundation

/// The checks `decide` combines: consents (§5), assessments (R21), escalations (R23), no-contact
/// orders (R28, R29) and who may act (§2.2, §4.3).
extension Case {
    /// C2: the latest record for this participant and purpose is `given` and not expired.
    public func hasConsent(_ participant: Identifier<Participant>, _ purpose: ConsentPurpose, at: Date) -> Bool {
        func given(byAuthorisedPerson: Bool) -> Bool {
            guard
                let latest = self.consents.last(where: {
                    $0.participant == participant && $0.purpose == purpose && $0.byAuthorisedPerson == byAuthorisedPerson
                })
            else { return false }
            return latest.decision == .given && (latest.expiresAt.map { at < $0 } ?? true)
        }
        // C8: for a minor or a person lacking capacity, their own agreement and the authorised person's consent.
        return given(byAuthorisedPerson: false) && (!self.authorisedConsentRequired.contains(participant) || given(byAuthorisedPerson: true))
    }

    /// R21: completed, not invalidated (R22) and younger than the validity period.
    public func hasCurrentAssessment(_ participant: Identifier<Participant>, at: Date, policy: CasePolicy) -> Bool {
        guard let assessment = self.assessments[participant] else { return false }
        return at.timeIntervalSince(assessment.completedAt) < policy.assessmentValidity
    }

    /// R21: what opens the gate for one person: a current assessment that found them ready.
    public func isAssessedReady(_ participant: Identifier<Participant>, at: Date, policy: CasePolicy) -> Bool {
        self.hasCurrentAssessment(participant, at: at, policy: policy) && self.assessments[participant]?.ready == true
    }

    func requireConsent(_ participant: Identifier<Participant>, _ purpose: ConsentPurpose, at: Date) throws(DomainError) {
        guard self.hasConsent(participant, purpose, at: at) else { throw .consentMissing(participant: participant, purpose: purpose) }
    }

    /// R21 for every participant involved; the refusal names the first one missing.
    /// An assessment that found the person not ready keeps the gate shut for them until a later one finds
    /// them ready (R21).
    func requireAssessments(of participants: [Participant], at: Date, policy: CasePolicy) throws(DomainError) {
        for participant in participants {
            guard self.hasCurrentAssessment(participant.id, at: at, policy: policy) else { throw .assessmentMissing(participant: participant.id) }
            guard self.assessments[participant.id]?.ready == true else { throw .participantNotReady(participant: participant.id) }
        }
    }

    /// The gate of every gated step: assessments of everyone involved, no open escalation (R21, R23).
    func requireGate(for participants: [Participant], at: Date, policy: CasePolicy) throws(DomainError) {
        guard !self.hasOpenEscalation else { throw .escalationOpen }
        try self.requireAssessments(of: participants, at: at, policy: policy)
    }

    /// R28, R29: no active order or condition without the RO clause still blocks exchanges.
    func requireNoBlockingOrder() throws(DomainError) {
        guard !self.noContactOrders.contains(where: \.blocksExchanges) else { throw .noContactOrderBlocks }
    }

    /// R24: outgoing contact keeps to the person's recorded safe-contact preferences: none at all when they
    /// are not to be contacted, and only by a listed channel when the step names one. Nothing recorded yet
    /// rules nothing out (the request itself came by its channel).
    func requireSafeContact(_ participant: Identifier<Participant>, by channel: ContactChannel?) throws(DomainError) {
        guard let preferences = self.safeContacts[participant] else { return }
        guard !preferences.channels.isEmpty, channel.map(preferences.channels.contains) ?? true else {
            throw .contactNotSafe(participant: participant)
        }
    }

    /// C6: a withdrawal notice freezes the person's releases and meetings until the mediator confirms.
    func requireNoWithdrawalNotice(_ people: [Identifier<Participant>]) throws(DomainError) {
        if let frozen = people.first(where: self.withdrawalNotices.contains) { throw .withdrawalNoticePending(participant: frozen) }
    }

    func requireStage(_ allowed: CaseStage...) throws(DomainError) {
        guard allowed.contains(self.stage) else { throw .notAllowedInStage(self.stage) }
    }

    func requireOpen() throws(DomainError) {
        guard self.stage.isOpen else { throw .notAllowedInStage(self.stage) }
    }

    /// Deny by default: the actor's role must be listed, and a mediator must be assigned to this case (N1, N2).
    func require(_ actor: CaseActor, _ roles: Set<Role>) throws(DomainError) {
        guard roles.contains(actor.role) else { throw .roleNotAllowed(actor.role) }
        if actor.role == .mediator, !self.mediators.contains(actor.userID) { throw .roleNotAllowed(actor.role) }
    }

    func requireParticipant(_ id: Identifier<Participant>) throws(DomainError) -> Participant {
        guard let participant = self.participant(id) else { throw .participantNotFound }
        return participant
    }

    func requireItem(_ id: Identifier<RelayedItem>, in states: RelayedItem.State...) throws(DomainError) -> RelayedItem {
        guard let item = self.item(id) else { throw .itemNotFound }
        guard states.contains(item.state) else { throw .itemNotInState(item.state) }
        return item
    }
}

extension Set where Element == Role {
    static let coordinator: Set<Role> = [.coordinator]
    static let caseWorkers: Set<Role> = [.coordinator, .mediator]
    static let mediatorOnly: Set<Role> = [.mediator]
    /// Raising a safety concern grants no read (§2.2).
    static let safetyRaisers: Set<Role> = [.coordinator, .mediator, .referrer, .victimServices, .siteLiaison]
}
