import Foundation
import ROCore
import ROServices
import ROStore
import ROTestSupport
import Testing

/// Files of items through the service (§4.5, N1, R39), on SQLite and PostgreSQL: streamed in and out in
/// chunks, limited in size, recognised by their bytes, readable by the case's workers only, and
/// nothing left behind by an upload that fails.
@Suite struct MediaServiceTests {
    /// A fictional "video": the MP4 signature, then enough bytes for several chunks and a partial one.
    static let video: [UInt8] =
        Array("\u{0}\u{0}\u{0}\u{18}ftypisom".utf8) + (0..<(2 * MediaService.chunkSize + 12_345)).map { UInt8(truncatingIfNeeded: $0 &* 31) }

    struct Setting {
        let caseID: Identifier<Case>
        let item: Identifier<RelayedItem>
        let coordinator: User
        let mediator: User
        let otherMediator: User
        let version: Int
    }

    func draftVideoMessage(_ t: TestEnvironment) async throws -> Setting {
        let coordinator = try await t.makeUser("claire", role: .coordinator)
        let mediator = try await t.makeUser("martin", role: .mediator)
        let otherMediator = try await t.makeUser("marie", role: .mediator)
        let (value, item) = try await t.caseWithDraftItem(.videoMessage, coordinator: coordinator, mediator: mediator)
        return Setting(
            caseID: value.id,
            item: item,
            coordinator: coordinator,
            mediator: mediator,
            otherMediator: otherMediator,
            version: value.version
        )
    }

    /// Sends `bytes` in pieces of `piece` bytes, as a network would.
    func upload(_ bytes: [UInt8], piece: Int = 50_000, env: AppEnvironment, _ s: Setting) async throws -> (Case, MediaAttachment) {
        var upload = try await MediaService(env: env).beginUpload(to: s.caseID, item: s.item, by: s.mediator)
        do {
            for start in stride(from: 0, to: bytes.count, by: piece) { try await upload.append(bytes[start..<min(start + piece, bytes.count)]) }
            return try await upload.finish(expectedVersion: s.version)
        } catch {
            await upload.discard()
            throw error
        }
    }

    func leftovers(_ t: TestEnvironment) async throws -> Int {
        try await t.store.transaction { try await $0.media.discardUnattached(startedBefore: .distantFuture) }
    }

    /// §4.5: the file comes back byte for byte, chunk by chunk, with its fingerprint; the read is audited.
    @Test(arguments: Backend.available)
    func aFileIsStoredInChunksAndReadBackWhole(_ backend: Backend) async throws {
        try await withTestEnvironment(backend) { t in
            let s = try await self.draftVideoMessage(t)
            let (updated, attachment) = try await self.upload(Self.video, env: t.env, s)

            #expect(attachment.type == .mp4 && attachment.byteCount == Self.video.count)
            #expect(updated.item(s.item)?.attachments == [attachment])
            let download = try await MediaService(env: t.env).download(attachment.id, of: s.caseID, by: s.coordinator)
            #expect(download.chunkCount == 3)
            var read: [UInt8] = []
            for sequence in 0..<download.chunkCount { read += try await download.chunk(sequence) }
            #expect(read == Self.video)
            #expect(attachment.sha256 == "af22e8ac68c2b0f3aa9a63b53ecbcfb7374f48736915d6814aa063497aeb98e7")  // Python's hashlib, same bytes
            #expect(try await t.store.transaction { try await $0.audit.recent(limit: 1) }.first?.action == "media.read")
            #expect(try await self.leftovers(t) == 0)
        }
    }

    /// R39: a photo's location and device data are gone from what is stored and served; the fingerprint is of the stored bytes.
    @Test(arguments: Backend.available)
    func R39_aScannedPhotoIsStoredWithoutItsMetadata(_ backend: Backend) async throws {
        try await withTestEnvironment(backend) { t in
            let coordinator = try await t.makeUser("claire", role: .coordinator)
            let mediator = try await t.makeUser("martin", role: .mediator)
            let (value, item) = try await t.caseWithDraftItem(.letter, coordinator: coordinator, mediator: mediator)
            let s = Setting(
                caseID: value.id,
                item: item,
                coordinator: coordinator,
                mediator: mediator,
                otherMediator: mediator,
                version: value.version
            )
            let (_, attachment) = try await self.upload(MetadataStripperTests.jpeg, piece: 7, env: t.env, s)
            let download = try await MediaService(env: t.env).download(attachment.id, of: value.id, by: coordinator)
            var read: [UInt8] = []
            for sequence in 0..<download.chunkCount { read += try await download.chunk(sequence) }
            #expect(read == MetadataStripperTests.strippedJPEG)
            #expect(attachment.byteCount == MetadataStripperTests.strippedJPEG.count)
            #expect(!String(decoding: read, as: UTF8.self).contains("GPS"))
        }
    }

    /// §4.5: past the limit the upload stops and nothing of it stays.
    @Test(arguments: Backend.available)
    func aFileOverTheLimitLeavesNothing(_ backend: Backend) async throws {
        try await withTestEnvironment(backend) { t in
            let s = try await self.draftVideoMessage(t)
            var env = t.env
            env.mediaByteLimit = MediaService.chunkSize + 100
            await #expect(throws: DomainError.mediaTooLarge(limit: env.mediaByteLimit)) { try await self.upload(Self.video, env: env, s) }
            #expect(try await self.leftovers(t) == 0)
            #expect(try await CaseService(env: t.env).read(s.caseID, by: s.coordinator).value.item(s.item)?.attachments.isEmpty == true)
        }
    }

    /// Types come from the bytes: a page of HTML named "letter.pdf" is refused at its first bytes.
    @Test(arguments: Backend.available)
    func anUnknownKindOfFileIsRefused(_ backend: Backend) async throws {
        try await withTestEnvironment(backend) { t in
            let s = try await self.draftVideoMessage(t)
            await #expect(throws: DomainError.mediaTypeNotAccepted) {
                try await self.upload(Array("<html><script>alert(1)</script></html>".utf8), env: t.env, s)
            }
            await #expect(throws: DomainError.mediaNotForForm(.videoMessage)) {
                try await self.upload(Array("%PDF-1.7 fictional".utf8), env: t.env, s)
            }
            #expect(try await self.leftovers(t) == 0)
        }
    }

    /// N1, N2: a mediator not assigned to the case can neither add nor read a file: "not found", audited.
    @Test(arguments: Backend.available)
    func N1_onlyTheCasesWorkersAddAndReadFiles(_ backend: Backend) async throws {
        try await withTestEnvironment(backend) { t in
            let s = try await self.draftVideoMessage(t)
            let (_, attachment) = try await self.upload(Self.video, env: t.env, s)
            let media = MediaService(env: t.env)

            await #expect(throws: DomainError.caseNotFound) { try await media.beginUpload(to: s.caseID, item: s.item, by: s.otherMediator) }
            await #expect(throws: DomainError.caseNotFound) { try await media.download(attachment.id, of: s.caseID, by: s.otherMediator) }
            #expect(try await t.store.transaction { try await $0.audit.recent(limit: 1) }.first?.action == "access.denied")
            // A real file asked for under another case is not found there.
            let other = try await t.assignedCase(coordinator: s.coordinator, mediator: s.mediator)
            await #expect(throws: DomainError.mediaNotFound) { try await media.download(attachment.id, of: other.id, by: s.coordinator) }
        }
    }

    /// §4.8, Q19: once the sender withdraws, their file is no longer served, to anyone.
    @Test(arguments: Backend.available)
    func aWithdrawnSendersFileIsNoLongerServed(_ backend: Backend) async throws {
        try await withTestEnvironment(backend) { t in
            let s = try await self.draftVideoMessage(t)
            let (value, attachment) = try await self.upload(Self.video, env: t.env, s)
            let sender = try #require(value.item(s.item)?.sender)
            _ = try await CaseService(env: t.env).execute(
                s.caseID,
                .recordWithdrawal(participant: sender, mayReturn: true),
                expectedVersion: nil,
                by: s.mediator
            )
            await #expect(throws: DomainError.senderWithdrew) {
                try await MediaService(env: t.env).download(attachment.id, of: s.caseID, by: s.coordinator)
            }
        }
    }

    /// R43: once the item is in review, no file is added.
    @Test(arguments: Backend.available)
    func noFileIsAddedToAnItemInReview(_ backend: Backend) async throws {
        try await withTestEnvironment(backend) { t in
            let s = try await self.draftVideoMessage(t)
            _ = try await self.upload(Self.video, env: t.env, s)
            _ = try await CaseService(env: t.env).execute(s.caseID, .submitItem(s.item), expectedVersion: nil, by: s.mediator)
            await #expect(throws: DomainError.itemNotInState(.inReview)) {
                try await MediaService(env: t.env).beginUpload(to: s.caseID, item: s.item, by: s.mediator)
            }
        }
    }

    /// A stale upload (the case changed meanwhile) gets a conflict and leaves nothing.
    @Test(arguments: Backend.available)
    func aStaleUploadIsAConflictAndLeavesNothing(_ backend: Backend) async throws {
        try await withTestEnvironment(backend) { t in
            let s = try await self.draftVideoMessage(t)
            let stale = Setting(
                caseID: s.caseID,
                item: s.item,
                coordinator: s.coordinator,
                mediator: s.mediator,
                otherMediator: s.otherMediator,
                version: s.version - 1
            )
            await #expect(throws: DomainError.staleWrite) { try await self.upload(Self.video, env: t.env, stale) }
            #expect(try await self.leftovers(t) == 0)
        }
    }

    /// An upload cut off by a stop is removed at the next start, a day later.
    @Test(arguments: Backend.available)
    func anAbandonedUploadIsRemovedAfterADay(_ backend: Backend) async throws {
        try await withTestEnvironment(backend) { t in
            let s = try await self.draftVideoMessage(t)
            var upload = try await MediaService(env: t.env).beginUpload(to: s.caseID, item: s.item, by: s.mediator)
            try await upload.append(Self.video)
            #expect(try await MediaService(env: t.env).discardAbandonedUploads() == 0)
            t.clock.advance(by: MediaService.abandonedAfter + 1)
            #expect(try await MediaService(env: t.env).discardAbandonedUploads() == 1)
        }
    }

    /// The chunks the store still holds for `media`: what erasure must bring to zero.
    func storedChunks(_ media: Identifier<MediaAttachment>, _ t: TestEnvironment) async throws -> Int {
        try await t.store.transaction { try await $0.media.attachedFile(media) }?.chunkCount ?? 0
    }

    /// §7.3: at the sender's request, before release, the recording's bytes leave the store in the same
    /// transaction; the case keeps what it was.
    @Test(arguments: Backend.available)
    func section7_3_aRecordingErasedAtTheSendersRequestLeavesNoBytes(_ backend: Backend) async throws {
        try await withTestEnvironment(backend) { t in
            let s = try await self.draftVideoMessage(t)
            let (_, attachment) = try await self.upload(Self.video, env: t.env, s)
            let cases = CaseService(env: t.env)
            _ = try await cases.execute(s.caseID, .submitItem(s.item), expectedVersion: nil, by: s.mediator)
            #expect(try await self.storedChunks(attachment.id, t) == 3)

            let value = try await cases.execute(
                s.caseID,
                .eraseRecordingAtSendersRequest(s.item, attachment.id),
                expectedVersion: nil,
                by: s.mediator
            )
            #expect(try await self.storedChunks(attachment.id, t) == 0)
            #expect(value.item(s.item)?.attachments.first?.sha256 == attachment.sha256)
            await #expect(throws: DomainError.recordingErased) {
                try await MediaService(env: t.env).download(attachment.id, of: s.caseID, by: s.coordinator)
            }
        }
    }

    /// §7.3: two years after closure a coordinator erases the case's recordings from the retention page's list; a
    /// hold suspends it; nothing is listed or erased before.
    @Test(arguments: Backend.available)
    func section7_3_recordingsAreErasedTwoYearsAfterClosure_aHoldSuspendsIt(_ backend: Backend) async throws {
        try await withTestEnvironment(backend) { t in
            let s = try await self.draftVideoMessage(t)
            let aude = try await t.makeUser("aude", role: .auditor)
            let (_, attachment) = try await self.upload(Self.video, env: t.env, s)
            let cases = CaseService(env: t.env)
            _ = try await cases.execute(s.caseID, .submitItem(s.item), expectedVersion: nil, by: s.mediator)
            let closed = try await cases.execute(s.caseID, .closeOther(.otherUnspecified), expectedVersion: nil, by: s.coordinator)
            let disposals = DisposalService(env: t.env)

            t.clock.advance(by: 729 * 86_400)  // the closure's day two years later is 730 or 731 days on
            #expect(try await disposals.overview(by: s.coordinator).recordingsDue.isEmpty)
            do {
                try await disposals.eraseRecordings(of: s.caseID, by: s.coordinator)
                Issue.record("recordings erased before their retention ended")
            } catch DomainError.recordingRetentionNotEnded(_) {}
            t.clock.advance(by: 2 * 86_400)
            let due = try await disposals.overview(by: s.coordinator).recordingsDue
            #expect(due.map(\.reference) == [closed.reference] && due.first?.count == 1)

            let hold = try await disposals.placeHold(onReference: closed.reference, reason: "ATIP A-2028-0007 (fictional)", by: aude)
            await #expect(throws: DomainError.legalHoldActive) { try await disposals.eraseRecordings(of: s.caseID, by: s.coordinator) }
            #expect(try await disposals.overview(by: s.coordinator).recordingsDue.first?.suspended == true)
            try await disposals.liftHold(hold.id, reason: "Request answered (fictional)", by: aude)
            await #expect(throws: DomainError.notPermitted) { try await disposals.eraseRecordings(of: s.caseID, by: s.mediator) }

            #expect(try await disposals.eraseRecordings(of: s.caseID, by: s.coordinator) == 1)
            #expect(try await self.storedChunks(attachment.id, t) == 0)
            #expect(try await disposals.overview(by: s.coordinator).recordingsDue.isEmpty)
            let kept = try await cases.read(s.caseID, by: s.coordinator).value.item(s.item)?.attachments.first
            #expect(kept?.erased?.reason == .retentionEnded && kept?.byteCount == Self.video.count)
            let trail = try await t.store.transaction { try await $0.audit.entries(about: "case:\(s.caseID)", limit: 100) }
            #expect(trail.filter { $0.action == AuditAction.recordingsErased.rawValue }.map(\.actorUserID) == [s.coordinator.id.description])
        }
    }
}
