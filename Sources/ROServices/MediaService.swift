import Crypto
import Foundation
import ROCore
import ROStore

/// Files of items (§4.5): streamed in chunk by chunk, recognised from their first bytes, held to the
/// size limit, and counted only once a case event attaches them; streamed out chunk by chunk to those
/// who may read the case, each read audited. No instance ever holds a whole file.
public struct MediaService: Sendable {
    let env: AppEnvironment

    /// Small enough to keep memory flat, large enough that a video is a few thousand rows.
    public static let chunkSize = 256 * 1024
    /// An upload not attached after this long was cut off (a stop, a lost connection): its chunks go.
    public static let abandonedAfter: TimeInterval = 86_400

    public init(env: AppEnvironment) {
        self.env = env
    }

    /// Starts a file for an item that is a draft or returned (R43: nothing changes once in review), if
    /// the user may work on the case; anything else answers "not found", audited (N1).
    public func beginUpload(to caseID: Identifier<Case>, item itemID: Identifier<RelayedItem>, by user: User) async throws -> MediaUpload {
        let actor = CaseActor(userID: user.id, role: user.role)
        let mediaID = Identifier<MediaAttachment>(self.env.newID())
        let now = self.env.now()
        let result: Result<Void, DomainError> = try await self.env.store.transaction { tx in
            guard let current = try? await tx.cases.load(caseID), CaseAccess.canRead(current, actor) else { return .failure(.caseNotFound) }
            guard let item = current.item(itemID) else { throw DomainError.itemNotFound }
            guard [.draft, .returned].contains(item.state) else { throw DomainError.itemNotInState(item.state) }
            try await tx.media.begin(mediaID, of: caseID, by: user.id, at: now)
            return .success(())
        }
        try await CaseService(env: self.env).unwrap(result, user: user, id: caseID)
        return MediaUpload(env: self.env, caseID: caseID, itemID: itemID, mediaID: mediaID, user: user)
    }

    /// Opens a stored file for reading by someone who may read its case; the read is audited.
    public func download(_ mediaID: Identifier<MediaAttachment>, of caseID: Identifier<Case>, by user: User) async throws -> MediaDownload {
        let actor = CaseActor(userID: user.id, role: user.role)
        let env = self.env
        let result: Result<MediaDownload, DomainError> = try await self.env.store.transaction { tx in
            let events = try await tx.cases.events(of: caseID)
            let value = Case.replay(caseID, events)
            guard !events.isEmpty, try await CaseService.mayRead(value, actor, tx) else { return .failure(.caseNotFound) }
            return .success(try await Self.open(mediaID, of: value, by: user, env: env, tx))
        }
        return try await CaseService(env: self.env).unwrap(result, user: user, id: caseID)
    }

    /// A file of a case the reader may read: attached to one of its items, and servable (§4.8). The read
    /// is audited against the case.
    static func open(
        _ mediaID: Identifier<MediaAttachment>,
        of value: Case,
        by user: User,
        env: AppEnvironment,
        _ tx: any StoreTransaction
    ) async throws -> MediaDownload {
        let attachment = try value.servableFile(mediaID)
        guard let file = try await tx.media.attachedFile(mediaID), file.caseID == value.id else { throw DomainError.mediaNotFound }
        try await tx.audit.append(env.auditRecord(.mediaRead, by: .user(user), target: AuditRecord.target(value.id)))
        return MediaDownload(env: env, caseID: value.id, attachment: attachment, chunkCount: file.chunkCount)
    }

    /// Removes uploads cut off more than a day ago; `ro serve` calls it at start. Returns how many.
    public func discardAbandonedUploads() async throws -> Int {
        let before = self.env.now().addingTimeInterval(-Self.abandonedAfter)
        return try await self.env.store.transaction { tx in try await tx.media.discardUnattached(startedBefore: before) }
    }
}

/// One file on its way in. Feed it bytes in order, then `finish` (attaches it to the item) or `discard`.
public struct MediaUpload: Sendable {
    let env: AppEnvironment
    let caseID: Identifier<Case>
    let itemID: Identifier<RelayedItem>
    let mediaID: Identifier<MediaAttachment>
    let user: User
    /// The first bytes, until they tell the type.
    private var head: [UInt8] = []
    private var type: MediaType?
    private var stripper: MetadataStripper?
    /// Stored bytes waiting to fill a chunk.
    private var pending: [UInt8] = []
    private var hasher = SHA256()
    private var receivedCount = 0
    private var storedCount = 0
    private var nextSequence = 0

    init(env: AppEnvironment, caseID: Identifier<Case>, itemID: Identifier<RelayedItem>, mediaID: Identifier<MediaAttachment>, user: User) {
        self.env = env
        self.caseID = caseID
        self.itemID = itemID
        self.mediaID = mediaID
        self.user = user
    }

    /// Throws `mediaTypeNotAccepted` as soon as the first bytes say so, `mediaTooLarge` past the limit.
    public mutating func append(_ bytes: some Collection<UInt8>) async throws {
        self.receivedCount += bytes.count
        guard self.receivedCount <= self.env.mediaByteLimit else { throw DomainError.mediaTooLarge(limit: self.env.mediaByteLimit) }
        if self.stripper == nil {
            self.head += bytes
            guard self.head.count >= MediaType.signatureLength else { return }
            try await self.store(try self.recognise())
        } else {
            try await self.store(self.stripper?.process(bytes) ?? [])
        }
    }

    /// Stores the rest and attaches the file to the item, if the case is still at `expectedVersion`.
    public mutating func finish(expectedVersion: Int?) async throws -> (Case, MediaAttachment) {
        if self.stripper == nil { try await self.store(try self.recognise()) }
        guard let type = self.type else { throw DomainError.mediaTypeNotAccepted }
        try await self.store(self.stripper?.finish() ?? [])
        if !self.pending.isEmpty { try await self.write(self.pending) }
        self.pending = []
        let digest = self.hasher.finalize().hexEncoded
        let attachment = MediaAttachment(id: self.mediaID, type: type, byteCount: self.storedCount, sha256: digest)
        let updated = try await CaseService(env: self.env).execute(
            self.caseID,
            .attachMedia(self.itemID, attachment),
            expectedVersion: expectedVersion,
            by: self.user
        )
        return (updated, attachment)
    }

    /// Removes what was stored of this file. Never throws: it runs on the way out of a failure.
    public func discard() async {
        let id = self.mediaID
        do {
            try await self.env.store.transaction { tx in try await tx.media.discardUnattached(id) }
        } catch {
            self.env.logger.warning("could not discard an unfinished upload; it goes at the next start", metadata: ["media.id": "\(id)"])
        }
    }

    /// Decides the type from the first bytes and starts the metadata stripper (R39) with them;
    /// returns what of them is to be stored.
    private mutating func recognise() throws -> [UInt8] {
        guard let type = MediaType.recognise(self.head) else { throw DomainError.mediaTypeNotAccepted }
        self.type = type
        var stripper = MetadataStripper(for: type)
        let first = stripper.process(self.head)
        self.stripper = stripper
        self.head = []
        return first
    }

    /// Takes stripped bytes into the fingerprint and the next chunks.
    private mutating func store(_ bytes: [UInt8]) async throws {
        self.hasher.update(data: bytes)
        self.storedCount += bytes.count
        self.pending += bytes
        while self.pending.count >= MediaService.chunkSize {
            try await self.write(Array(self.pending.prefix(MediaService.chunkSize)))
            self.pending.removeFirst(MediaService.chunkSize)
        }
    }

    private mutating func write(_ chunk: [UInt8]) async throws {
        let (sequence, id, caseID) = (self.nextSequence, self.mediaID, self.caseID)
        try await self.env.store.transaction { tx in try await tx.media.appendChunk(chunk, sequence: sequence, to: id, of: caseID) }
        self.nextSequence += 1
    }
}

/// A stored file someone may read, chunk by chunk.
public struct MediaDownload: Sendable {
    let env: AppEnvironment
    public let caseID: Identifier<Case>
    public let attachment: MediaAttachment
    public let chunkCount: Int

    public func chunk(_ sequence: Int) async throws -> [UInt8] {
        let (id, caseID) = (self.attachment.id, self.caseID)
        return try await self.env.store.transaction { tx in try await tx.media.chunk(sequence, of: id, in: caseID) }
    }
}
