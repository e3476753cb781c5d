import Crypto
import Foundation
import Logging
import ROCore
import ROStore

/// Issue 15, item 7: the Ed25519 key that signs the audit chain's checkpoints. Like the master key it never enters
/// the database: whoever can write the database cannot sign, so cannot hide a cut or rewritten chain from a
/// checkpoint file kept elsewhere.
public struct AuditSigningKey: Sendable {
    let key: Curve25519.Signing.PrivateKey

    static let fileHeader = "ro-audit-signing-key-v1"

    public static func generate() -> AuditSigningKey { AuditSigningKey(key: Curve25519.Signing.PrivateKey()) }

    /// What checks its signatures, given to `ro audit verify --public-key` where the signing key is not.
    public var publicKey: AuditPublicKey { AuditPublicKey(self.key.publicKey) }

    public var fileText: String { "\(Self.fileHeader) \(self.key.rawRepresentation.base64EncodedString())\n" }

    public init(fileText: String) throws(MasterKeyError) {
        let parts = fileText.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ")
        guard parts.count == 2, parts[0] == Self.fileHeader, let bytes = Data(base64Encoded: String(parts[1])),
            let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: bytes)
        else { throw .malformedAuditKey }
        self.key = key
    }

    init(key: Curve25519.Signing.PrivateKey) { self.key = key }

    /// Reads the key file at `path`; refuses one that others than its owner may read.
    public static func read(from path: String) throws(MasterKeyError) -> AuditSigningKey {
        try AuditSigningKey(fileText: try OwnerOnlyFile.read(path))
    }

    /// The key in `path`, or a new one written there when there is none (a key file never replaced).
    public static func readOrCreate(at path: String) throws(MasterKeyError) -> AuditSigningKey {
        if FileManager.default.fileExists(atPath: path) { return try Self.read(from: path) }
        let key = Self.generate()
        switch createOwnerOnlyFile(path, key.fileText) {
        case 0: return key
        case EEXIST: return try Self.read(from: path)  // another process made it first
        default: throw .cannotWrite(path)
        }
    }

    func sign(_ checkpoint: AuditCheckpoint) throws -> String {
        try self.key.signature(for: Data(checkpoint.signedText.utf8)).base64EncodedString()
    }
}

/// The public half of the audit signing key, as one line of base64.
public struct AuditPublicKey: Sendable, Equatable {
    let key: Curve25519.Signing.PublicKey

    init(_ key: Curve25519.Signing.PublicKey) { self.key = key }

    public init?(text: String) {
        guard let bytes = Data(base64Encoded: text.trimmingCharacters(in: .whitespacesAndNewlines)),
            let key = try? Curve25519.Signing.PublicKey(rawRepresentation: bytes)
        else { return nil }
        self.key = key
    }

    public var text: String { self.key.rawRepresentation.base64EncodedString() }

    public static func == (lhs: AuditPublicKey, rhs: AuditPublicKey) -> Bool { lhs.text == rhs.text }
}

/// The checkpoint file: one signed line a checkpoint, appended and synced, never rewritten, so that an operator can
/// copy it elsewhere at any time (`ro-audit-checkpoint-v1 <position> <hash> <unix seconds> <signature>`).
public enum AuditCheckpointFile {
    static let lineHeader = "ro-audit-checkpoint-v1"

    public static func line(for checkpoint: AuditCheckpoint, signedBy key: AuditSigningKey) throws -> String {
        let seconds = Int64(checkpoint.at.timeIntervalSince1970)
        return "\(Self.lineHeader) \(checkpoint.position) \(checkpoint.hash) \(seconds) \(try key.sign(checkpoint))\n"
    }

    /// Every checkpoint in `text`, each checked against `key`. A line that does not parse or whose signature does
    /// not hold makes the whole file untrustworthy: its line number is thrown.
    public static func checkpoints(in text: String, publicKey key: AuditPublicKey) throws(AuditCheckpointFileError) -> [AuditCheckpoint] {
        var checkpoints: [AuditCheckpoint] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
            let fields = line.split(separator: " ")
            guard fields.count == 5, fields[0] == Self.lineHeader, let position = Int64(fields[1]), position > 0,
                let seconds = Int64(fields[3]), let signature = Data(base64Encoded: String(fields[4]))
            else { throw .malformedLine(index + 1) }
            let checkpoint = AuditCheckpoint(position: position, hash: String(fields[2]), at: Date(timeIntervalSince1970: Double(seconds)))
            guard key.key.isValidSignature(signature, for: Data(checkpoint.signedText.utf8)) else { throw .signatureDoesNotHold(index + 1) }
            checkpoints.append(checkpoint)
        }
        return checkpoints
    }

    /// The file's last checkpoint, read from its tail and checked; nil when there is none or it does not hold.
    static func last(in path: String, publicKey: AuditPublicKey) -> AuditCheckpoint? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        let size = (try? handle.seekToEnd()) ?? 0
        try? handle.seek(toOffset: size > 4_096 ? size - 4_096 : 0)
        guard let data = try? handle.readToEnd(), let text = String(data: data, encoding: .utf8),
            let line = text.split(separator: "\n").last
        else { return nil }
        return (try? Self.checkpoints(in: String(line), publicKey: publicKey))?.last
    }

    /// Reads and checks the file at `path`.
    public static func read(_ path: String, publicKey: AuditPublicKey) throws(AuditCheckpointFileError) -> [AuditCheckpoint] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { throw .unreadable(path) }
        return try Self.checkpoints(in: text, publicKey: publicKey)
    }
}

public enum AuditCheckpointFileError: Error, Equatable, CustomStringConvertible {
    case unreadable(String)
    case malformedLine(Int)
    case signatureDoesNotHold(Int)

    public var description: String {
        switch self {
        case .unreadable(let path): "The checkpoint file \(path) cannot be read."
        case .malformedLine(let line): "Line \(line) of the checkpoint file is not a checkpoint: the file was altered."
        case .signatureDoesNotHold(let line):
            "Line \(line) of the checkpoint file is not signed by this audit signing key: the file was altered, or the key is another."
        }
    }
}

/// Writes a signed checkpoint of the chain's head when it has moved: at start, at intervals, and at shutdown. It
/// remembers the latest, so that the auditor's page verifies from there instead of walking the whole chain.
public actor AuditCheckpointWriter {
    let store: any Store
    let key: AuditSigningKey
    let file: String
    let logger: Logger
    private(set) var latestWritten: AuditCheckpoint?

    public init(store: any Store, key: AuditSigningKey, file: String, logger: Logger) {
        self.store = store
        self.key = key
        self.file = file
        self.logger = logger
        // The file's last line is where the previous run stopped; only its tail is read, however long the file grew.
        self.latestWritten = AuditCheckpointFile.last(in: file, publicKey: key.publicKey)
    }

    public var latest: AuditCheckpoint? { self.latestWritten }

    /// Signs and appends the head, unless it has not moved since the last checkpoint.
    @discardableResult
    public func checkpoint(at now: Date) async throws -> AuditCheckpoint? {
        let head = try await self.store.transaction { tx in try await tx.audit.head() }
        guard head.position > 0, head.position != self.latestWritten?.position else { return nil }
        let checkpoint = AuditCheckpoint(position: head.position, hash: head.hash, at: now)
        let written = OwnerOnlyFile.append(self.file, try AuditCheckpointFile.line(for: checkpoint, signedBy: self.key))
        guard written == 0 else { throw AuditCheckpointFileError.unreadable(self.file) }
        self.latestWritten = checkpoint
        return checkpoint
    }

    /// Checkpoints every `interval` until cancelled.
    public func keepWriting(every interval: Duration, now: @escaping @Sendable () -> Date = { Date() }) async {
        while !Task.isCancelled {
            await self.writeLogging(at: now())
            try? await Task.sleep(for: interval)
        }
    }

    /// A checkpoint now, its failure logged rather than thrown: a server stopping cleanly leaves its last entries
    /// anchored this way.
    public func writeLogging(at now: Date) async {
        do {
            try await self.checkpoint(at: now)
        } catch {
            // Only the file's path and the error's kind: no content is involved.
            self.logger.error("audit checkpoint not written", metadata: ["file": "\(self.file)", "error": "\(type(of: error))"])
        }
    }
}
