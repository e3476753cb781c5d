import Foundation
import ROCore
import Testing

/// Files of items (§4.5): what each form carries, when files may change, and how types are recognised.
@Suite struct MediaTests {
    static func file(_ n: Int, _ type: MediaType) -> MediaAttachment {
        MediaAttachment(id: Identifier(CaseFixture.uuid(300 + n)), type: type, byteCount: 1_000, sha256: String(repeating: "0", count: 64))
    }

    /// A case in video-message dialogue with a draft video message from the offender to the victim.
    static func videoMessageDraft() throws -> CaseFixture {
        var f = CaseFixture()
        try f.inPreparation()
        try f.consent(f.victim, .approachOtherParty, .form(.videoMessage))
        try f.assess(f.victim, f.offender)
        try f.run(.approachOtherParty, by: f.mediator)
        try f.consent(f.offender, .takePart, .form(.videoMessage))
        try f.run(.startDialogue(.videoMessage), by: f.mediator)
        try f.run(
            .draftItem(id: f.letter, form: .videoMessage, sender: f.offender.id, recipient: f.victim.id, content: "sealed:about"),
            by: f.mediator
        )
        return f
    }

    /// §4.5: a video message goes to review only with its recording; then it follows the letter's path (R43).
    @Test func aVideoMessageIsReviewedWithItsRecording() throws {
        var f = try Self.videoMessageDraft()
        #expect(throws: DomainError.recordingMissing) { try f.run(.submitItem(f.letter), by: f.mediator) }

        try f.run(.attachMedia(f.letter, Self.file(1, .mp4)), by: f.mediator)
        try f.run(.submitItem(f.letter), by: f.mediator)
        #expect(f.state.item(f.letter)?.state == .inReview)
        #expect(f.state.item(f.letter)?.attachments.map(\.type) == [.mp4])
    }

    /// Letters carry scanned pages, video messages video or audio, relayed messages nothing.
    @Test(arguments: [
        (DialogueForm.letter, MediaType.pdf, true), (.letter, .jpeg, true), (.letter, .png, true), (.letter, .mp4, false), (.letter, .mp3, false),
        (.videoMessage, .mp4, true), (.videoMessage, .webm, true), (.videoMessage, .m4a, true), (.videoMessage, .wav, true),
        (.videoMessage, .pdf, false),
        (.relayedMessage, .pdf, false), (.relayedMessage, .mp4, false),
    ])
    func eachFormCarriesItsOwnKindOfFile(form: DialogueForm, type: MediaType, fits: Bool) throws {
        var f = CaseFixture()
        try f.inLetterDialogue()
        try f.run(.draftItem(id: f.letter, form: form, sender: f.victim.id, recipient: f.offender.id, content: "sealed:v1"), by: f.mediator)
        if fits {
            try f.run(.attachMedia(f.letter, Self.file(1, type)), by: f.mediator)
            #expect(f.state.item(f.letter)?.attachments.count == 1)
        } else {
            #expect(throws: DomainError.mediaNotForForm(form)) { try f.run(.attachMedia(f.letter, Self.file(1, type)), by: f.mediator) }
        }
    }

    /// R43: what the mediator reviews does not change under review or after; a returned item may change again.
    @Test func filesChangeOnlyBeforeReview() throws {
        var f = try Self.videoMessageDraft()
        try f.run(.attachMedia(f.letter, Self.file(1, .mp4)), by: f.mediator)
        try f.run(.attachMedia(f.letter, Self.file(2, .m4a)), by: f.mediator)
        try f.run(.detachMedia(f.letter, Self.file(2, .m4a).id), by: f.mediator)
        try f.run(.submitItem(f.letter), by: f.mediator)

        #expect(throws: DomainError.itemNotInState(.inReview)) { try f.run(.attachMedia(f.letter, Self.file(3, .mp4)), by: f.mediator) }
        #expect(throws: DomainError.itemNotInState(.inReview)) { try f.run(.detachMedia(f.letter, Self.file(1, .mp4).id), by: f.mediator) }

        try f.run(.returnItem(f.letter), by: f.mediator)
        try f.run(.attachMedia(f.letter, Self.file(3, .webm)), by: f.mediator)
        #expect(f.state.item(f.letter)?.attachments.map(\.type) == [.mp4, .webm])
        #expect(throws: DomainError.mediaNotFound) { try f.run(.detachMedia(f.letter, Self.file(9, .mp4).id), by: f.mediator) }
    }

    /// N2: only the coordinator and the assigned mediator add files.
    @Test func onlyCaseWorkersAddFiles() throws {
        var f = try Self.videoMessageDraft()
        #expect(throws: DomainError.roleNotAllowed(.mediator)) { try f.run(.attachMedia(f.letter, Self.file(1, .mp4)), by: f.otherMediator) }
        #expect(throws: DomainError.roleNotAllowed(.referrer)) { try f.run(.attachMedia(f.letter, Self.file(1, .mp4)), by: f.referrer) }
    }

    @Test func anItemHoldsAtMostTwentyFiles() throws {
        var f = CaseFixture()
        try f.inLetterDialogue()
        try f.run(.draftItem(id: f.letter, form: .letter, sender: f.victim.id, recipient: f.offender.id, content: "sealed:v1"), by: f.mediator)
        for n in 0..<RelayedItem.maximumAttachments { try f.run(.attachMedia(f.letter, Self.file(n, .jpeg)), by: f.mediator) }
        #expect(throws: DomainError.tooManyAttachments(20)) { try f.run(.attachMedia(f.letter, Self.file(99, .jpeg)), by: f.mediator) }
    }

    /// §4.8: a withdrawal cancels an item with its files; the files stay in the record, never delivered.
    @Test func aWithdrawalCancelsAnItemWithItsFiles() throws {
        var f = try Self.videoMessageDraft()
        try f.run(.attachMedia(f.letter, Self.file(1, .mp4)), by: f.mediator)
        try f.run(.recordWithdrawal(participant: f.offender.id, mayReturn: true), by: f.mediator)
        #expect(f.state.item(f.letter)?.state == .cancelled)
        #expect(throws: DomainError.itemNotInState(.cancelled)) { try f.run(.attachMedia(f.letter, Self.file(2, .mp4)), by: f.mediator) }
    }

    /// Types come from the first bytes, never from a name the sender chose.
    @Test(
        arguments: [
            ([0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37], MediaType.pdf), ([0xFF, 0xD8, 0xFF, 0xE0], .jpeg),
            ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], .png), ([0x1A, 0x45, 0xDF, 0xA3, 0x9F], .webm),
            (Array("\u{0}\u{0}\u{0}\u{18}ftypisom".utf8), .mp4), (Array("\u{0}\u{0}\u{0}\u{1C}ftypM4A ".utf8), .m4a), (Array("ID3\u{4}".utf8), .mp3),
            (Array("OggS\u{0}\u{2}".utf8), .ogg), (Array("RIFF\u{24}\u{0}\u{0}\u{0}WAVEfmt ".utf8), .wav),
        ] as [([UInt8], MediaType)]
    )
    func typesAreRecognisedFromTheirFirstBytes(head: [UInt8], type: MediaType) {
        #expect(MediaType.recognise(head) == type)
    }

    @Test func unknownBytesAreNoType() {
        #expect(MediaType.recognise(Array("<html><script>".utf8)) == nil)
        #expect(MediaType.recognise(Array("RIFF\u{24}\u{0}\u{0}\u{0}AVI ".utf8)) == nil)
        #expect(MediaType.recognise([]) == nil)
    }

    /// Items stored before files existed still read back, with none.
    @Test func anItemStoredWithoutFilesDecodes() throws {
        let json = """
            {"id":"00000000-0000-0000-0000-000000000020","form":"letter","sender":"00000000-0000-0000-0000-000000000010",
             "recipient":"00000000-0000-0000-0000-000000000011","state":"DRAFT","versions":["x"],"recipientOptedIn":false}
            """
        let item = try JSONDecoder().decode(RelayedItem.self, from: Data(json.utf8))
        #expect(item.attachments.isEmpty)
        #expect(item.versions == ["x"])
    }

    /// §7.3: video and audio go "sooner at the sender's request if undelivered": before release the bytes are
    /// erased, and the case keeps what the recording was, its size, hash, and when and why it went.
    @Test func section7_3_aRecordingIsErasedAtItsSendersRequestUntilItIsReleased() throws {
        var f = try Self.videoMessageDraft()
        let recording = Self.file(1, .mp4)
        try f.run(.attachMedia(f.letter, recording), by: f.mediator)
        try f.run(.submitItem(f.letter), by: f.mediator)
        #expect(throws: DomainError.roleNotAllowed(.mediator)) {
            try f.run(.eraseRecordingAtSendersRequest(f.letter, recording.id), by: f.otherMediator)
        }

        try f.run(.eraseRecordingAtSendersRequest(f.letter, recording.id), by: f.mediator)
        let kept = try #require(f.state.item(f.letter)?.attachments.first)
        #expect(kept.erased == MediaErasure(reason: .senderAsked, on: f.now))
        #expect(kept.id == recording.id && kept.byteCount == 1_000 && kept.sha256 == recording.sha256 && kept.type == .mp4)
        #expect(throws: DomainError.recordingErased) { try f.state.servableFile(recording.id) }
        #expect(throws: DomainError.recordingErased) { try f.run(.eraseRecordingAtSendersRequest(f.letter, recording.id), by: f.mediator) }
    }

    /// §7.3: once released, the other party may have it: the recording waits for the case's recording retention.
    @Test func section7_3_aReleasedRecordingIsNotErasedAtTheSendersRequest() throws {
        var f = try Self.videoMessageDraft()
        let recording = Self.file(1, .webm)
        try f.run(.attachMedia(f.letter, recording), by: f.mediator)
        try f.run(.submitItem(f.letter), by: f.mediator)
        try f.run(.approveItem(f.letter), by: f.mediator)
        try f.consent(f.offender, .shareItem(f.letter))
        try f.run(.recordRecipientChoice(f.letter, optIn: true), by: f.mediator)
        try f.run(.releaseItem(f.letter), by: f.mediator)
        #expect(throws: DomainError.recordingAlreadyReleased) {
            try f.run(.eraseRecordingAtSendersRequest(f.letter, recording.id), by: f.mediator)
        }
        #expect(try f.state.servableFile(recording.id).erased == nil)
    }

    /// §7.3: "video and audio: 2 years after closure". Closed on 2026-09-21 (the fixture's day), they are kept until
    /// 2028-09-21, 731 days later (2028 has a 29 February); then a coordinator erases every stored one at once.
    @Test func section7_3_recordingsAreErasedTwoYearsAfterClosure() throws {
        var f = try Self.videoMessageDraft()
        try f.run(.attachMedia(f.letter, Self.file(1, .mp4)), by: f.mediator)
        try f.run(.attachMedia(f.letter, Self.file(2, .m4a)), by: f.mediator)
        try f.run(.submitItem(f.letter), by: f.mediator)
        #expect(throws: DomainError.recordingRetentionNotEnded(until: nil)) { try f.run(.eraseRecordingsPastRetention) }
        try f.run(.closeOther(.otherUnspecified))
        let closedAt = f.now
        let keptUntil = closedAt.addingTimeInterval(731 * CaseFixture.day)
        #expect(f.state.recordingsRetainedUntil(policy: f.policy) == keptUntil)

        f.advance(days: 730)
        #expect(throws: DomainError.recordingRetentionNotEnded(until: keptUntil)) { try f.run(.eraseRecordingsPastRetention) }
        f.advance(days: 1)
        #expect(throws: DomainError.roleNotAllowed(.mediator)) { try f.run(.eraseRecordingsPastRetention, by: f.mediator) }
        let events = try f.run(.eraseRecordingsPastRetention)
        #expect(events.count == 2)
        #expect(f.state.item(f.letter)?.attachments.map(\.erased) == Array(repeating: MediaErasure(reason: .retentionEnded, on: f.now), count: 2))
        #expect(f.state.storedRecordings.isEmpty)
        #expect(throws: DomainError.recordingErased) { try f.run(.eraseRecordingsPastRetention) }
    }
}
