import Foundation
import PropertyBased
import ROCore
import Synchronization
import Testing

/// Random command sequences through `decide`/`evolve`, checked after every accepted step against
/// invariants computed independently of the guards.
@Suite struct CasePropertyTests {
    static let sequences = 1_000

    /// One step of a random sequence.
    enum Step {
        case command(CaseCommand, by: CaseActor)
        case advance(days: Double)
    }

    /// Everything a step may be: every command, from every relevant actor, on a small set of people,
    /// items, concerns and orders, plus the passing of time (so assessments expire).
    static let universe: [Step] = {
        let f = CaseFixture()
        let support = Participant(id: Identifier(CaseFixture.uuid(13)), role: .supportPerson, language: "fr")
        let people = [f.victim, f.offender, support]
        let items = [f.letter, f.reply]
        let concern = Identifier<Escalation>(CaseFixture.uuid(30))
        let order = Identifier<NoContactOrder>(CaseFixture.uuid(40))
        let actors = [f.coordinator, f.mediator]  // the other mediator and the site liaison appear below: each extra actor dilutes the sequences
        let inPerson = Self.meeting
        let byVideo = Identifier<Meeting>(CaseFixture.uuid(31))
        var steps: [Step] = [.advance(days: 1), .advance(days: 30), .advance(days: 95)]
        var commands: [CaseCommand] = [
            .addParticipant(support), .startAssessment, .linkOffenderRecord(fpsNumber: "000666F"),
            .confirmEligibility(criteria: CasePolicy.standard.eligibilityCriteria),
            .reviewSafetySection, .closeIneligible, .screenOut(.screenedOutReadiness), .assignMediators([f.mediator.userID]),
            .reassignMediators([f.otherMediator.userID]), .beginPreparation, .raiseEscalation(id: concern, category: "incident"),
            .resolveEscalation(concern), .recordNoContactOrder(id: order, kind: .paroleCondition, hasROClause: false),
            .recordConditionAmended(order), .approveExchangeDespiteOrder(order), .approachOtherParty, .putOnHold(reviewAt: nil), .resume,
            .startDialogue(.letter), .startFollowUp, .returnToDialogue, .close(.completedIndirect), .closeForSafety,
            .closeOther(.otherUnspecified), .reopen(newEpisode: Identifier(CaseFixture.uuid(98))), .invalidateAssessments(.transfer),
            .recordDisclosure(
                id: Identifier(CaseFixture.uuid(50)),
                category: .legalOrder,
                legalBasis: "A fictional order",
                recipient: "A fictional court",
                disclosedOn: CaseFixture.t0
            ),
            .linkCase(CaseLink(reference: "RO-TEST-2", relation: .sameOffender)), .unlinkCase(reference: "RO-TEST-2"),
            .recordAcknowledgement(channel: .mail), .proposeClosure(.completedIndirect),
        ]
        for person in people {
            let purposes: [ConsentPurpose] = [
                .takePart, .approachOtherParty, .form(.letter), .form(.meetingInPerson), .form(.meetingVideo), .receiveItems,
            ]
            for purpose in purposes + items.map(ConsentPurpose.shareItem) {
                let notice = purpose == .takePart ? ConfidentialityNotice.currentVersion : nil
                commands.append(.recordConsent(participant: person.id, purpose: purpose, decision: .given, expiresAt: nil, noticeVersion: notice))
            }
            commands.append(.recordConsent(participant: person.id, purpose: .takePart, decision: .given, expiresAt: nil))  // R37: refused, no notice
            commands.append(.recordConsent(participant: person.id, purpose: .takePart, decision: .withdrawn, expiresAt: nil))
            commands.append(.recordAssessment(participant: person.id, safetyConcern: nil, privacyConcerns: false, ready: true))
            commands.append(.recordSafeContact(participant: person.id, CaseFixture.reachableInPerson))
            commands.append(
                .recordCommunicationNeeds(
                    participant: person.id,
                    CommunicationNeeds(interpreterLanguage: "Cree", needs: [.stepFreeAccess], notes: "")
                )
            )
            commands.append(.recordWithdrawal(participant: person.id, mayReturn: true))
            commands.append(.recordWithdrawal(participant: person.id, mayReturn: false))
        }
        for person in [f.victim, f.offender] {
            commands += [.recordAvailability(inPerson, participant: person.id), .recordAvailability(byVideo, participant: person.id)]
        }
        commands += [
            .startDialogue(.meetingInPerson),
            .proposeMeeting(id: inPerson, form: .meetingInPerson, site: "FVI", attendees: [f.victim.id, f.offender.id]),
            .proposeMeeting(id: byVideo, form: .meetingVideo, site: nil, attendees: [f.victim.id, f.offender.id]),
            .recordSafetyPlan(inPerson, SafetyPlan(arrival: "apart", departure: "apart")), .requestEntry(inPerson, Self.entryRequest(f)),
            .bookVideo(byVideo, scheduledFor: CaseFixture.t0.addingTimeInterval(400 * CaseFixture.day)), .confirmMeeting(inPerson),
            .confirmMeeting(byVideo),
            .recordMeetingHeld(inPerson, attended: [f.victim.id, f.offender.id], note: "sealed"),
            .recordMeetingHeld(byVideo, attended: [f.victim.id, f.offender.id], note: "sealed"), .postponeMeeting(inPerson), .cancelMeeting(byVideo),
            .joinMeeting(byVideo, with: JointMeeting(reference: "RO-TEST-2", meeting: Identifier(CaseFixture.uuid(97)))),
            .close(.completedFaceToFace),
        ]
        for (item, (sender, recipient)) in zip(items, [(f.victim, f.offender), (f.offender, f.victim)]) {
            commands += [
                .draftItem(id: item, form: .letter, sender: sender.id, recipient: recipient.id, content: "sealed"), .submitItem(item),
                .returnItem(item), .redactItem(item, content: "sealed-redacted"), .approveItem(item), .recordRecipientChoice(item, optIn: true),
                .releaseItem(item), .recordDelivery(item), .acknowledgeItem(item), .withdrawItem(item),
                .attachMedia(item, Self.scan(item)), .detachMedia(item, Self.scan(item).id),
            ]
        }
        // Steps that end or pause a case are rarer than steps that move it on, or random walks would
        // seldom get past the first withdrawal; the gated steps the invariants watch are the commonest,
        // so that every run sees each of them many times. Every step still appears.
        for command in commands {
            let weight = Self.isDisruptive(command) ? 1 : Self.isGated(command) ? 24 : 8
            for actor in actors { steps += Array(repeating: .command(command, by: actor), count: weight) }
        }
        steps.append(.command(.recordRecipientChoice(f.letter, optIn: true), by: f.otherMediator))
        steps += Array(repeating: .command(.approveEntry(inPerson), by: Self.siteLiaison), count: 8)
        return steps
    }()

    /// One scanned page per item, so attaching and removing it can be drawn like any step.
    static func scan(_ item: Identifier<RelayedItem>) -> MediaAttachment {
        MediaAttachment(id: Identifier(item.rawValue), type: .pdf, byteCount: 1_000, sha256: String(repeating: "0", count: 64))
    }

    static let meeting = Identifier<Meeting>(CaseFixture.uuid(30))
    static let siteLiaison = CaseActor(userID: Identifier(CaseFixture.uuid(7)), role: .siteLiaison)

    /// Entry for a meeting 60 days after the fixture's start: valid early in a sequence, too late to request later.
    static func entryRequest(_ f: CaseFixture) -> EntryRequest {
        EntryRequest(
            site: "FVI",
            scheduledFor: CaseFixture.t0.addingTimeInterval(60 * CaseFixture.day),
            roomNeeds: "",
            entrants: [Entrant(participant: f.victim.id, name: "E", identityDetails: "")],
            offenderName: "O",
            fpsNumber: "1",
            accessibilityAndEscortNeeds: "",
            securityNotes: ""
        )
    }

    static func isDisruptive(_ command: CaseCommand) -> Bool {
        switch command {
        case .recordWithdrawal, .closeIneligible, .screenOut, .close, .closeForSafety, .closeOther, .putOnHold, .invalidateAssessments,
            .raiseEscalation, .recordNoContactOrder, .withdrawItem, .returnItem, .reassignMediators:
            true
        case .recordConsent(_, _, let decision, _, _, _):
            decision == .withdrawn
        default:
            false
        }
    }

    /// R21's gated steps and starting the dialogue: what the invariants check.
    static func isGated(_ command: CaseCommand) -> Bool {
        switch command {
        case .approachOtherParty, .startDialogue, .releaseItem, .recordDelivery, .confirmMeeting, .recordMeetingHeld: true
        default: false
        }
    }

    /// Where sequences start: from a fresh request to a letter waiting for release, so that random steps
    /// reach every stage often enough to matter.
    static func start(_ index: Int) -> CaseFixture {
        var f = CaseFixture()
        do {
            switch index {
            case 0: try f.requestReceived()
            case 1: try f.assigned()
            case 2: try f.inPreparation()
            case 3: try f.inLetterDialogue()
            case 4:
                try f.inPreparation()
                try f.consent(f.victim, .approachOtherParty)
                try f.assess(f.victim)
            case 5:
                try f.letterApproved()
                try f.consent(f.victim, .shareItem(f.letter))
            default:  // a meeting at a site, entry approved, waiting for the coordinator's confirmation (6) or confirmed (7)
                try f.inMeetingDialogue()
                try f.run(
                    .proposeMeeting(id: Self.meeting, form: .meetingInPerson, site: "FVI", attendees: [f.victim.id, f.offender.id]),
                    by: f.mediator
                )
                for person in [f.victim, f.offender] { try f.run(.recordAvailability(Self.meeting, participant: person.id), by: f.mediator) }
                try f.run(.recordSafetyPlan(Self.meeting, SafetyPlan(arrival: "apart", departure: "apart")), by: f.mediator)
                try f.run(.requestEntry(Self.meeting, Self.entryRequest(f)), by: f.mediator)
                try f.run(.approveEntry(Self.meeting), by: Self.siteLiaison)
                if index == 7 { try f.run(.confirmMeeting(Self.meeting)) }
            }
        } catch {
            Issue.record("the fixture path was refused: \(error)")
        }
        return f
    }

    /// What the invariants saw, so a test can prove it was not vacuous.
    final class Tally: Sendable {
        let counts = Mutex([String: Int]())
        func add(_ key: String) { self.counts.withLock { $0[key, default: 0] += 1 } }
        subscript(_ key: String) -> Int { self.counts.withLock { $0[key] ?? 0 } }
        var summary: String { self.counts.withLock { $0.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ") } }
    }

    /// Runs one random sequence; `check` sees each accepted step (state before, events, state after, command, time).
    static func run(
        start: Int,
        steps: [Int],
        check: (Case, [CaseEvent], Case, CaseCommand, Date) -> Void
    ) -> CaseFixture {
        var f = Self.start(start)
        for index in steps {
            switch Self.universe[index] {
            case .advance(let days):
                f.advance(days: days)
            case .command(let command, let actor):
                let before = f.state
                guard let events = try? before.decide(command, by: actor, at: f.now) else { continue }
                let after = events.reduce(before) { $0.evolve($1) }
                check(before, events, after, command, f.now)
                f.state = after
                f.events += events
            }
        }
        return f
    }

    // MARK: invariants

    /// §4.8: nothing is released or delivered once its sender or recipient withdrew.
    @Test func nothingIsDeliveredAfterItsSenderOrRecipientWithdrew() async {
        let tally = Tally()
        await propertyCheck(count: Self.sequences, input: Gen.int(in: 0...7), Gen.int(in: 0...(Self.universe.count - 1)).array(of: 1...200)) {
            start,
            steps in
            var withdrawnSince: [Identifier<Participant>: Set<Identifier<RelayedItem>>] = [:]  // items pending when each person withdrew
            var meetingsPlannedAtWithdrawal: Set<Identifier<Meeting>> = []
            _ = Self.run(start: start, steps: steps) { before, events, after, _, _ in
                for event in events {
                    switch event.change {
                    case .withdrawalRecorded(let person, _, _):
                        let pending = before.items.filter {
                            ($0.sender == person || $0.recipient == person) && $0.state != .delivered && $0.state != .acknowledged
                        }
                        withdrawnSince[person, default: []].formUnion(pending.map(\.id))
                        meetingsPlannedAtWithdrawal.formUnion(before.meetings.filter { $0.isPlanned && $0.attendees.contains(person) }.map(\.id))
                        tally.add("withdrawal")
                    case .meetingConfirmed(let id), .meetingHeld(let id, _, _):
                        #expect(!meetingsPlannedAtWithdrawal.contains(id), "meeting \(id) went ahead after an attendee withdrew")
                        #expect(before.meeting(id)!.attendees.allSatisfy { before.participant($0)?.hasWithdrawn == false })
                        tally.add("meeting step")
                    case .itemReleased(let id), .itemDelivered(let id):
                        let item = before.item(id)!
                        let blocked = withdrawnSince.values.contains { $0.contains(id) }
                        #expect(!blocked, "item \(id) moved on after a withdrawal")
                        #expect(before.participant(item.sender)?.hasWithdrawn == false && before.participant(item.recipient)?.hasWithdrawn == false)
                        tally.add("delivery step")
                    default: break
                    }
                }
            }
        }
        #expect(
            tally["withdrawal"] > 10 && tally["delivery step"] > 10 && tally["meeting step"] > 10,
            "the sequences must exercise each: \(tally.summary)"
        )
    }

    /// R15, R21, R23, R45: no dialogue step without current assessments and consents.
    @Test func noDialogueStepWithoutCurrentAssessmentsAndConsents() async {
        let tally = Tally()
        let validity = CasePolicy.standard.assessmentValidity
        await propertyCheck(count: Self.sequences, input: Gen.int(in: 0...7), Gen.int(in: 0...(Self.universe.count - 1)).array(of: 1...200)) {
            start,
            steps in
            _ = Self.run(start: start, steps: steps) { before, events, _, _, at in
                func assessed(_ id: Identifier<Participant>) -> Bool {
                    before.assessments[id].map { at.timeIntervalSince($0.completedAt) < validity } ?? false
                }
                func consented(_ id: Identifier<Participant>, _ purpose: ConsentPurpose) -> Bool {
                    let latest = before.consents.last { $0.participant == id && $0.purpose == purpose }
                    let informed = purpose != .takePart || latest?.noticeVersion != nil  // R37: told the limits of confidentiality first
                    return latest?.decision == .given && informed
                }
                let open = before.escalations.contains { $0.resolvedAt == nil }
                for event in events {
                    switch event.change {
                    case .itemReleased(let id):
                        let item = before.item(id)!
                        #expect(assessed(item.sender) && assessed(item.recipient) && !open)
                        #expect(consented(item.sender, .shareItem(id)))
                        tally.add("release")
                    case .dialogueStarted(let form):
                        let people = before.participants.filter { !$0.hasWithdrawn }
                        #expect(people.allSatisfy { assessed($0.id) } && !open)
                        #expect(
                            people.filter { $0.role != .supportPerson }.allSatisfy { consented($0.id, .takePart) && consented($0.id, .form(form)) }
                        )
                        tally.add("dialogue")
                    case .meetingConfirmed(let id):
                        let meeting = before.meeting(id)!
                        #expect(
                            meeting.attendees.allSatisfy { assessed($0) && consented($0, .takePart) && consented($0, .form(meeting.form)) } && !open
                        )
                        tally.add("confirm")
                    case .meetingHeld(_, let attended, _):
                        #expect(attended.allSatisfy { assessed($0) } && !open)
                        tally.add("held")
                    case .otherPartyApproached:
                        #expect(
                            before.participants.filter { $0.side == before.requestingSide && $0.role != .supportPerson && !$0.hasWithdrawn }
                                .allSatisfy { assessed($0.id) }
                        )
                        #expect(!open)
                        tally.add("approach")
                    default: break
                    }
                }
            }
        }
        #expect(
            tally["release"] > 10 && tally["dialogue"] > 10 && tally["approach"] > 10 && tally["confirm"] > 10 && tally["held"] > 10,
            "the sequences must exercise each step: \(tally.summary)"
        )
    }

    /// R43: an item's files change only before review, so what is released is what the mediator approved.
    @Test func whatIsReleasedIsWhatWasApproved() async {
        let tally = Tally()
        await propertyCheck(count: Self.sequences, input: Gen.int(in: 0...7), Gen.int(in: 0...(Self.universe.count - 1)).array(of: 1...200)) {
            start,
            steps in
            // Items the starting state already approved count as approved with the files they have.
            var approved = Dictionary(
                uniqueKeysWithValues: Self.start(start).state.items.filter { [.approved, .released].contains($0.state) }.map {
                    ($0.id, $0.attachments)
                }
            )
            _ = Self.run(start: start, steps: steps) { before, events, after, _, _ in
                for event in events {
                    switch event.change {
                    case .mediaAttached(let id, _), .mediaDetached(let id, _):
                        #expect([.draft, .returned].contains(before.item(id)!.state), "files changed on an item \(before.item(id)!.state)")
                        tally.add("file change")
                    case .itemApproved(let id):
                        approved[id] = after.item(id)!.attachments
                    case .itemReleased(let id), .itemDelivered(let id):
                        #expect(after.item(id)!.attachments == approved[id], "released files differ from the approved ones")
                        tally.add("release")
                    default: break
                    }
                }
            }
        }
        #expect(tally["file change"] > 10 && tally["release"] > 10, "\(tally.summary)")
    }

    /// §4.3: a closed case accepts only reopening, and every closed case has a reason. R37: a disclosure
    /// made under a legal duty after closure is still recorded, and so is a link to another case (§4.9);
    /// each changes nothing else.
    @Test func aClosedCaseAcceptsOnlyReopening() async {
        let tally = Tally()
        await propertyCheck(count: Self.sequences, input: Gen.int(in: 0...7), Gen.int(in: 0...(Self.universe.count - 1)).array(of: 1...200)) {
            start,
            steps in
            _ = Self.run(start: start, steps: steps) { before, _, after, command, _ in
                if before.stage == .closed {
                    switch command {
                    case .reopen:
                        tally.add("reopen")
                    case .recordDisclosure, .linkCase, .unlinkCase:
                        var unchanged = after
                        unchanged.disclosures = before.disclosures
                        unchanged.links = before.links
                        unchanged.jointMeetings = before.jointMeetings  // §4.9: an unlink unjoins the two cases' meetings
                        unchanged.version = before.version
                        unchanged.updatedAt = before.updatedAt
                        #expect(unchanged == before, "\(command) after closure changed more than its own record")
                        tally.add("record after closure")
                    default:
                        Issue.record("a closed case accepted \(command)")
                        return
                    }
                }
                if after.stage == .closed { #expect(after.closureReason != nil) }
            }
        }
        #expect(tally["reopen"] > 10 && tally["record after closure"] > 10, "\(tally.summary)")
    }

    /// No event is lost: replaying the stored events gives back the same case, and the version counts them.
    @Test func noEventIsLost() async {
        await propertyCheck(count: Self.sequences, input: Gen.int(in: 0...7), Gen.int(in: 0...(Self.universe.count - 1)).array(of: 1...200)) {
            start,
            steps in
            let f = Self.run(start: start, steps: steps) { _, events, after, _, _ in
                #expect(!events.isEmpty)
                _ = after
            }
            #expect(Case.replay(f.caseID, f.events) == f.state)
            #expect(f.state.version == f.events.count)
        }
    }
}
