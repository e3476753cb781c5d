import Foundation

extension Case {
    /// Dialogue, relayed items (§4.6), withdrawal (§4.8), follow-up, closure and reopening.
    func dialogueChanges(_ command: CaseCommand, by actor: CaseActor, at: Date, policy: CasePolicy) throws(DomainError) -> [CaseChange] {
        switch command {
        case .startDialogue(let form):
            try self.require(actor, .mediatorOnly)
            try self.requireStage(.preparation, .dialogue)  // in dialogue: another form joins the mix
            guard self.otherPartyApproached else { throw .notAllowedInStage(self.stage) }
            let everyone = self.primaries(on: .victim) + self.primaries(on: .offender)
            try self.requireTakePart(of: self.primaries(on: .victim), at: at)
            try self.requireTakePart(of: self.primaries(on: .offender), at: at)
            for participant in everyone { try self.requireConsent(participant.id, .form(form), at: at) }  // both consent to the form
            try self.requireGate(for: self.active(on: .victim) + self.active(on: .offender), at: at, policy: policy)  // R21, R23
            return [.dialogueStarted(form)]

        case .draftItem(let id, let form, let senderID, let recipientID, let content):
            try self.require(actor, .caseWorkers)  // the mediator enters or scans offender letters (§4.5)
            try self.requireStage(.dialogue)
            guard self.item(id) == nil else { throw .itemAlreadyExists }
            guard form.isRelayed else { throw .formNotRelayed(form) }
            let sender = try self.requireParticipant(senderID)
            let recipient = try self.requireParticipant(recipientID)
            guard sender.side != recipient.side else { throw .itemMustCrossSides }
            guard !sender.hasWithdrawn, !recipient.hasWithdrawn else { throw .participantWithdrew }
            let item = RelayedItem(
                id: id,
                form: form,
                sender: senderID,
                recipient: recipientID,
                state: .draft,
                versions: [content],
                recipientOptedIn: false
            )
            return [.itemDrafted(item)]

        case .submitItem(let id):
            try self.require(actor, .caseWorkers)
            let item = try self.requireItem(id, in: .draft, .returned)
            if item.form == .videoMessage && item.attachments.isEmpty { throw .recordingMissing }
            return [.itemSubmitted(id)]

        case .attachMedia(let id, let media):
            try self.require(actor, .caseWorkers)
            let item = try self.requireItem(id, in: .draft, .returned)  // R43: what is reviewed does not change after
            guard media.type.fits(item.form) else { throw .mediaNotForForm(item.form) }
            guard item.attachments.count < RelayedItem.maximumAttachments else { throw .tooManyAttachments(RelayedItem.maximumAttachments) }
            guard !item.attachments.contains(where: { $0.id == media.id }) else { throw .itemAlreadyExists }
            return [.mediaAttached(id, media)]

        case .detachMedia(let id, let media):
            try self.require(actor, .caseWorkers)
            let item = try self.requireItem(id, in: .draft, .returned)
            guard item.attachments.contains(where: { $0.id == media }) else { throw .mediaNotFound }
            return [.mediaDetached(id, media)]

        case .eraseRecordingAtSendersRequest(let id, let media):
            try self.require(actor, .caseWorkers)
            guard let item = self.item(id), let file = item.attachments.first(where: { $0.id == media }), file.isRecording else {
                throw .mediaNotFound
            }
            guard file.erased == nil else { throw .recordingErased }
            // §7.3: "sooner at the sender's request if undelivered": once released, the other party may have it.
            guard [.draft, .inReview, .returned, .approved, .withdrawnBySender, .cancelled].contains(item.state) else {
                throw .recordingAlreadyReleased
            }
            return [.recordingErased(id, media, .senderAsked)]

        case .eraseRecordingsPastRetention:
            try self.require(actor, .coordinator)
            guard let until = self.recordingsRetainedUntil(policy: policy), until <= at else {
                throw .recordingRetentionNotEnded(until: self.recordingsRetainedUntil(policy: policy))
            }
            let stored = self.storedRecordings
            guard !stored.isEmpty else { throw .recordingErased }
            return stored.map { .recordingErased($0.item, $0.media, .retentionEnded) }

        case .returnItem(let id):
            try self.require(actor, .caseWorkers)
            _ = try self.requireItem(id, in: .inReview)
            return [.itemReturned(id)]

        case .addTranslation(let id, let language, let content, let translator):
            try self.require(actor, .caseWorkers)  // the mediator translates or enters a translator's work, and so reviews it
            let item = try self.requireItem(id, in: .draft, .inReview, .returned, .approved)
            guard !content.isEmpty, !translator.isEmpty else { throw .translationIncomplete }
            return [
                .translationAdded(
                    id,
                    ItemTranslation(language: language, content: content, translator: translator, translatedAt: at, ofVersion: item.versions.count)
                )
            ]

        case .redactItem(let id, let content):
            try self.require(actor, .caseWorkers)
            _ = try self.requireItem(id, in: .inReview)
            return [.itemRedacted(id, content: content)]  // a new version; the original stays (R43)

        case .approveItem(let id):
            try self.require(actor, .caseWorkers)
            _ = try self.requireItem(id, in: .inReview)
            return [.itemApproved(id)]

        case .recordRecipientChoice(let id, let optIn):
            try self.require(actor, .caseWorkers)
            let item = try self.requireItem(id, in: .draft, .inReview, .returned, .approved)
            guard self.participant(item.recipient)?.hasWithdrawn == false else { throw .participantWithdrew }
            return [.recipientChoiceRecorded(id, optIn: optIn)]

        case .releaseItem(let id):
            try self.require(actor, .caseWorkers)
            try self.requireStage(.dialogue)
            let item = try self.requireItem(id, in: .approved)  // R43: nothing unreviewed
            let sender = try self.requireParticipant(item.sender)
            let recipient = try self.requireParticipant(item.recipient)
            guard !sender.hasWithdrawn, !recipient.hasWithdrawn else { throw .participantWithdrew }
            try self.requireNoWithdrawalNotice([sender.id, recipient.id])  // C6
            try self.requireConsent(sender.id, .shareItem(id), at: at)  // R45
            guard item.recipientOptedIn || self.hasConsent(recipient.id, .receiveItems, at: at) else { throw .recipientHasNotOptedIn }  // R44
            try self.requireSafeContact(recipient.id, by: nil)  // R24: not to someone who is not to be contacted
            try self.requireGate(for: [sender, recipient], at: at, policy: policy)  // R21, R23
            try self.requireNoBlockingOrder()  // R28, R29
            return [.itemReleased(id)]

        case .recordDelivery(let id):
            try self.require(actor, .caseWorkers)
            _ = try self.requireItem(id, in: .released)
            return [.itemDelivered(id)]

        case .acknowledgeItem(let id):
            try self.require(actor, .caseWorkers)
            _ = try self.requireItem(id, in: .delivered)
            return [.itemAcknowledged(id)]

        case .withdrawItem(let id):
            try self.require(actor, .caseWorkers)
            _ = try self.requireItem(id, in: .draft, .inReview, .returned, .approved)
            return [.itemWithdrawn(id)]

        case .recordWithdrawal(let id, let mayReturn):
            try self.require(actor, .caseWorkers)  // R16: through any channel, without a reason (C4)
            guard try !self.requireParticipant(id).hasWithdrawn else { throw .participantWithdrew }
            return [.withdrawalRecorded(participant: id, mayReturn: mayReturn, reviewAt: at.addingTimeInterval(policy.holdReview))]

        case .recordWithdrawalNotice(let id):
            try self.require(actor, [.referrer, .victimServices, .siteLiaison])  // the service checks it is their referral, request or site
            try self.requireOpen()
            guard try !self.requireParticipant(id).hasWithdrawn else { throw .participantWithdrew }
            guard !self.withdrawalNotices.contains(id) else { throw .caseAlreadyExists }
            return [.withdrawalNoticeRecorded(id)]

        case .confirmContinuing(let id):
            try self.require(actor, .caseWorkers)
            guard self.withdrawalNotices.contains(id) else { throw .participantNotFound }
            return [.withdrawalNoticeCleared(id)]

        case .startFollowUp:
            try self.require(actor, .mediatorOnly)
            try self.requireStage(.dialogue)
            let delivered = self.items.contains { $0.state == .delivered || $0.state == .acknowledged }
            guard delivered || self.meetings.contains(where: { $0.state == .held }) else { throw .nothingDeliveredYet }
            guard !self.items.contains(where: { $0.state == .inReview }) else { throw .itemsStillInReview }
            return [.followUpStarted]

        case .returnToDialogue:
            try self.require(actor, .mediatorOnly)
            try self.requireStage(.followUp)
            try self.requireTakePart(of: self.primaries(on: .victim), at: at)
            try self.requireTakePart(of: self.primaries(on: .offender), at: at)
            return [.returnedToDialogue]

        default:
            preconditionFailure("Case.changes(for:) decides \(command) elsewhere")
        }
    }

    /// The reference of the next episode: `RO-2026-0042` becomes `RO-2026-0042-E2`, then `-E3`.
    public static func nextEpisodeReference(after reference: String) -> String {
        if let range = reference.range(of: "-E", options: .backwards), let number = Int(reference[range.upperBound...]) {
            return reference[..<range.lowerBound] + "-E\(number + 1)"
        }
        return reference + "-E2"
    }

    /// The first events of the episode that reopens `previous` (§4.9): the same people, in ASSESSMENT, with
    /// no consent, assessment or opt-in carried over (C5). `previous` must have accepted `.reopen(id)`.
    public static func openEpisode(
        _ id: Identifier<Case>,
        reopening previous: Case,
        reference: String,
        by actor: CaseActor,
        at: Date
    ) throws(DomainError) -> [CaseEvent] {
        guard actor.role == .coordinator else { throw .roleNotAllowed(actor.role) }
        guard previous.stage == .closed, previous.reopenedAs == id else { throw .notAllowedInStage(previous.stage) }
        let people = previous.participants.map {
            Participant(id: $0.id, role: $0.role, language: $0.language, representsRegisteredVictim: $0.representsRegisteredVictim)
        }
        let change = CaseChange.episodeOpened(
            previous: previous.id,
            reference: reference,
            requesterType: previous.requesterType,
            channel: previous.channel,
            region: previous.region,
            participants: people
        )
        // R10: the offender's record carries over; consents, assessments and opt-ins do not (C5).
        let record = previous.offenderFPSNumber.map { [CaseEvent(.offenderRecordLinked(fpsNumber: $0), by: actor, at: at)] } ?? []
        return [CaseEvent(change, by: actor, at: at)] + record
    }
}
