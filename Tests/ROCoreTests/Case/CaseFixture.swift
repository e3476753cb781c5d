import Foundation
import ROCore

/// Fixed people and a hand-moved clock for case tests: a victim's request with one victim and one
/// offender, a coordinator, a second coordinator and two mediators.
struct CaseFixture {
    static let t0 = Date(timeIntervalSince1970: 1_790_000_000)
    static let day: TimeInterval = 86_400

    let caseID = Identifier<Case>(UUID(uuidString: "00000000-0000-0000-0000-0000000000c1")!)
    let coordinator = CaseActor(userID: Identifier(Self.uuid(1)), role: .coordinator)
    let secondCoordinator = CaseActor(userID: Identifier(Self.uuid(2)), role: .coordinator)
    let mediator = CaseActor(userID: Identifier(Self.uuid(3)), role: .mediator)
    let otherMediator = CaseActor(userID: Identifier(Self.uuid(4)), role: .mediator)
    let victimServices = CaseActor(userID: Identifier(Self.uuid(5)), role: .victimServices)
    let referrer = CaseActor(userID: Identifier(Self.uuid(6)), role: .referrer)
    let victim = Participant(id: Identifier(Self.uuid(10)), role: .victim, language: "fr")
    let offender = Participant(id: Identifier(Self.uuid(11)), role: .offender, language: "en")
    let letter = Identifier<RelayedItem>(Self.uuid(20))
    let reply = Identifier<RelayedItem>(Self.uuid(21))

    var state: Case
    var now = Self.t0
    /// The program's settings in force, as the case service passes them to `decide`.
    var policy = CasePolicy.standard
    var events: [CaseEvent] = []

    init() {
        self.state = Case.empty(self.caseID)
    }

    static func referral(safetyConcerns: Bool) -> Referral {
        Referral(fpsNumber: "000000X", staffUnit: "Fictional Institution", interestExpressedOn: t0, safetyConcernsNoted: safetyConcerns)
    }

    static func uuid(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", n))! }

    /// Decides and applies `command`; throws the refusal and leaves the state as it was.
    @discardableResult
    mutating func run(_ command: CaseCommand, by actor: CaseActor? = nil) throws(DomainError) -> [CaseEvent] {
        let events = try self.state.decide(command, by: actor ?? self.coordinator, at: self.now, policy: self.policy)
        self.state = events.reduce(self.state) { $0.evolve($1) }
        self.events += events
        return events
    }

    mutating func advance(days: Double) {
        self.now = self.now.addingTimeInterval(days * Self.day)
    }

    // Ready-made steps along the usual path.

    mutating func requestReceived() throws(DomainError) {
        try self.run(
            .recordVictimRequest(
                reference: "RO-TEST-1",
                requesterType: .nonRegisteredVictim,
                channel: .phone,
                region: "Quebec",
                requester: self.victim
            )
        )
    }

    mutating func assigned() throws(DomainError) {
        try self.requestReceived()
        try self.run(.addParticipant(self.offender))
        try self.run(.startAssessment)
        try self.run(.linkOffenderRecord(fpsNumber: "000111A"))  // R10
        try self.run(.confirmEligibility(criteria: CasePolicy.standard.eligibilityCriteria))
        try self.run(.reviewSafetySection)
        try self.run(.assignMediators([self.mediator.userID]))
        try self.run(.recordSafeContact(participant: self.offender.id, Self.reachableInPerson))  // R24: the other party's safe route
    }

    static let reachableInPerson = SafeContact(channels: [.inPerson], mayLeaveMessage: false, safeTimes: "")

    mutating func consent(_ participant: Participant, _ purposes: ConsentPurpose...) throws(DomainError) {
        for purpose in purposes {
            let notice = purpose == .takePart ? ConfidentialityNotice.currentVersion : nil  // R37
            try self.run(
                .recordConsent(participant: participant.id, purpose: purpose, decision: .given, expiresAt: nil, noticeVersion: notice),
                by: self.mediator
            )
        }
    }

    mutating func assess(_ participants: Participant...) throws(DomainError) {
        for participant in participants {
            try self.run(
                .recordAssessment(participant: participant.id, safetyConcern: nil, privacyConcerns: false, ready: true),
                by: self.mediator
            )
        }
    }

    mutating func inPreparation() throws(DomainError) {
        try self.assigned()
        try self.consent(self.victim, .takePart)
        try self.run(.beginPreparation, by: self.mediator)
    }

    mutating func inLetterDialogue() throws(DomainError) {
        try self.inPreparation()
        try self.consent(self.victim, .approachOtherParty, .form(.letter))
        try self.assess(self.victim, self.offender)
        try self.run(.approachOtherParty, by: self.mediator)
        try self.consent(self.offender, .takePart, .form(.letter))
        try self.run(.startDialogue(.letter), by: self.mediator)
    }

    /// Both parties prepared, assessed and in dialogue by an in-person meeting.
    mutating func inMeetingDialogue() throws(DomainError) {
        try self.inPreparation()
        try self.consent(self.victim, .approachOtherParty, .form(.meetingInPerson))
        try self.assess(self.victim, self.offender)
        try self.run(.approachOtherParty, by: self.mediator)
        try self.consent(self.offender, .takePart, .form(.meetingInPerson))
        try self.run(.startDialogue(.meetingInPerson), by: self.mediator)
    }

    /// A letter from the victim to the offender, approved and waiting for release.
    mutating func letterApproved() throws(DomainError) {
        try self.inLetterDialogue()
        try self.run(
            .draftItem(id: self.letter, form: .letter, sender: self.victim.id, recipient: self.offender.id, content: "sealed:letter-v1"),
            by: self.mediator
        )
        try self.run(.submitItem(self.letter), by: self.mediator)
        try self.run(.approveItem(self.letter), by: self.mediator)
    }

    /// The approved letter released with its sender's consent and its recipient's opt-in, then delivered.
    mutating func letterDelivered() throws(DomainError) {
        if self.state.item(self.letter) == nil { try self.letterApproved() }
        try self.consent(self.victim, .shareItem(self.letter))
        try self.run(.recordRecipientChoice(self.letter, optIn: true), by: self.mediator)
        try self.run(.releaseItem(self.letter), by: self.mediator)
        try self.run(.recordDelivery(self.letter), by: self.mediator)
    }
}
