import Foundation

/// A file that travels with an item (§4.5): a scanned letter, or the video or audio of a video message.
/// The bytes are stored apart, in chunks, with the rest of the case's content; the case keeps what the
/// rules need. It carries no file name: names can identify people or places (R39).
public struct MediaAttachment: Sendable, Equatable, Codable, Identifiable {
    public let id: Identifier<MediaAttachment>
    public let type: MediaType
    public let byteCount: Int
    /// SHA-256 of the stored bytes, in hex: what the mediator reviewed is what is delivered (R43).
    public let sha256: String
    /// §7.3: set once a recording's bytes are erased; what it was, its size and hash stay as the record.
    public var erased: MediaErasure?

    public init(id: Identifier<MediaAttachment>, type: MediaType, byteCount: Int, sha256: String, erased: MediaErasure? = nil) {
        self.id = id
        self.type = type
        self.byteCount = byteCount
        self.sha256 = sha256
        self.erased = erased
    }

    /// §7.3's "video and audio" class: what is erased when its retention ends or its sender asks.
    public var isRecording: Bool { [.video, .audio].contains(self.type.kind) }
}

/// §7.3: when and why a recording's bytes were erased.
public struct MediaErasure: Sendable, Equatable, Codable {
    public enum Reason: String, Sendable, Codable, CaseIterable {
        /// Its retention after the case's closure ended.
        case retentionEnded
        /// Its sender asked, before it reached the other party.
        case senderAsked
    }

    public let reason: Reason
    public let on: Date

    public init(reason: Reason, on: Date) {
        self.reason = reason
        self.on = on
    }
}

/// The kinds of file RO accepts, recognised from their first bytes, never from a name or a header the
/// sender chose.
public enum MediaType: String, Sendable, Codable, CaseIterable {
    case pdf, jpeg, png, mp4, webm, m4a, mp3, ogg, wav

    public enum Kind: String, Sendable, Codable, CaseIterable { case document, image, video, audio }

    public var kind: Kind {
        switch self {
        case .pdf: .document
        case .jpeg, .png: .image
        case .mp4, .webm: .video
        case .m4a, .mp3, .ogg, .wav: .audio
        }
    }

    public var mimeType: String {
        switch self {
        case .pdf: "application/pdf"
        case .jpeg: "image/jpeg"
        case .png: "image/png"
        case .mp4: "video/mp4"
        case .webm: "video/webm"
        case .m4a: "audio/mp4"
        case .mp3: "audio/mpeg"
        case .ogg: "audio/ogg"
        case .wav: "audio/wav"
        }
    }

    /// How many leading bytes `recognise` needs to decide.
    public static let signatureLength = 12

    /// The type whose signature starts `head`, if any.
    public static func recognise(_ head: some Collection<UInt8>) -> MediaType? {
        let bytes = Array(head.prefix(Self.signatureLength))
        func starts(_ signature: [UInt8], at offset: Int = 0) -> Bool {
            bytes.count >= offset + signature.count && Array(bytes[offset..<offset + signature.count]) == signature
        }
        let ascii = { (text: String) in Array(text.utf8) }
        if starts(ascii("%PDF-")) { return .pdf }
        if starts([0xFF, 0xD8, 0xFF]) { return .jpeg }
        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if starts([0x1A, 0x45, 0xDF, 0xA3]) { return .webm }
        if starts(ascii("ftyp"), at: 4) { return starts(ascii("M4A "), at: 8) ? .m4a : .mp4 }
        if starts(ascii("ID3")) || starts([0xFF, 0xFB]) || starts([0xFF, 0xF3]) { return .mp3 }
        if starts(ascii("OggS")) { return .ogg }
        if starts(ascii("RIFF")) && starts(ascii("WAVE"), at: 8) { return .wav }
        return nil
    }

    /// What a form carries: scanned pages for a letter, video or audio for a video message; a relayed
    /// message is the mediator's own summary and carries none.
    public func fits(_ form: DialogueForm) -> Bool {
        switch form {
        case .letter: [.document, .image].contains(self.kind)
        case .videoMessage: [.video, .audio].contains(self.kind)
        case .relayedMessage, .meetingInPerson, .meetingVideo: false
        }
    }
}

extension Case {
    /// The file, if it may be served: attached to an item now, and its sender has not withdrawn (§4.8,
    /// Q19: streaming of the withdrawing sender's media stops; delivered letters stay on paper).
    public func servableFile(_ id: Identifier<MediaAttachment>) throws(DomainError) -> MediaAttachment {
        guard let item = self.items.first(where: { $0.attachments.contains { $0.id == id } }),
            let file = item.attachments.first(where: { $0.id == id })
        else { throw .mediaNotFound }
        guard self.participant(item.sender)?.hasWithdrawn != true else { throw .senderWithdrew }
        guard file.erased == nil else { throw .recordingErased }
        return file
    }

    /// §7.3: the day the recordings of this case are due for erasure, counted from its closure; nil while it is
    /// open or once a later episode reopened it (the clock is suspended while a linked episode is open).
    public func recordingsRetainedUntil(policy: CasePolicy) -> Date? {
        guard self.stage == .closed, let closedAt, self.reopenedAs == nil else { return nil }
        return Calendar.utc.date(byAdding: .year, value: policy.recordingRetentionYears, to: closedAt)
    }

    /// The recordings whose bytes are still stored, each with its item.
    public var storedRecordings: [(item: Identifier<RelayedItem>, media: Identifier<MediaAttachment>)] {
        self.items.flatMap { item in item.attachments.filter { $0.isRecording && $0.erased == nil }.map { (item.id, $0.id) } }
    }
}
