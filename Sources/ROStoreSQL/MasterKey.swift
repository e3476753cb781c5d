import Crypto
import Foundation
import ROCore
import Synchronization

/// The key that wraps every case's data key (AES-256-GCM, §7.2). It never enters the database: it lives in a
/// key file made by `ro keys init` (readable by its owner only) or in the environment, apart from the database
/// and its backups, so a copy of the database alone reveals no case content.
public struct MasterKey: Sendable {
    let key: SymmetricKey
    /// Names the key without revealing it (the start of its SHA-256), stored beside each data key it wraps.
    public let id: String

    static let fileHeader = "ro-master-key-v1"

    init(_ key: SymmetricKey) {
        self.key = key
        let digest = key.withUnsafeBytes { SHA256.hash(data: Data($0)) }
        self.id = digest.prefix(8).hexEncoded
    }

    /// A new random key.
    public static func generate() -> MasterKey { MasterKey(SymmetricKey(size: .bits256)) }

    /// Seals a data key (a case's, the search index's) for storage, bound to what it is the key of: unwrapped
    /// under another binding, it does not open.
    func wrap(_ dataKey: SymmetricKey, binding: String) throws -> String {
        let sealed = try dataKey.withUnsafeBytes { try AES.GCM.seal(Data($0), using: self.key, authenticating: Data(binding.utf8)) }
        return sealed.combined!.base64EncodedString()  // a 12-byte nonce always gives a combined form
    }

    /// Throws `wrongMasterKey` when this key, or this binding, did not wrap it.
    func unwrap(_ wrapped: String, binding: String) throws -> SymmetricKey {
        guard let data = Data(base64Encoded: wrapped),
            let bytes = try? AES.GCM.open(AES.GCM.SealedBox(combined: data), using: self.key, authenticating: Data(binding.utf8))
        else { throw StoreError.wrongMasterKey }
        return SymmetricKey(data: bytes)
    }

    /// The key file's one line: a header naming the format, then the key in base64.
    public var fileText: String {
        let encoded = self.key.withUnsafeBytes { Data($0).base64EncodedString() }
        return "\(Self.fileHeader) \(encoded)\n"
    }

    /// Reads a key file's text (or the same line given in the environment).
    public init(fileText: String) throws(MasterKeyError) {
        let parts = fileText.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ")
        guard parts.count == 2, parts[0] == Self.fileHeader, let bytes = Data(base64Encoded: String(parts[1])), bytes.count == 32 else {
            throw .malformed
        }
        self.init(SymmetricKey(data: bytes))
    }

    /// Reads the key file at `path`; refuses one that others than its owner may read.
    public static func read(from path: String) throws(MasterKeyError) -> MasterKey {
        try MasterKey(fileText: try OwnerOnlyFile.read(path))
    }

    /// Writes a new key file readable by its owner only; never replaces one.
    public func write(to path: String) throws(MasterKeyError) {
        if let folder = FileFolders.parent(of: path) {
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        switch createOwnerOnlyFile(path, self.fileText) {
        case 0: return
        case EEXIST: throw .exists(path)
        default: throw .cannotWrite(path)
        }
    }
}

/// The master key a running program uses. After `ro keys rotate` re-wraps the database's keys and replaces the key
/// file, a running server meets keys wrapped by a key it does not hold, reads its key file again, and goes on
/// without a restart. (A key given in the environment cannot be read again: that server needs a restart.)
public final class MasterKeySource: Sendable {
    private let current: Mutex<MasterKey?>
    private let file: String?

    public init(_ key: MasterKey?, file: String? = nil) {
        self.current = Mutex(key)
        self.file = file
    }

    var key: MasterKey? { self.current.withLock { $0 } }

    /// The key in the key file now, if it can be read; otherwise the one in use.
    func reload() -> MasterKey? {
        guard let file = self.file, let fresh = try? MasterKey.read(from: file) else { return self.key }
        self.current.withLock { $0 = fresh }
        return fresh
    }

    /// The key that wrapped a data key, by its id: the one in use, or the one the key file holds now.
    func key(withID id: String) -> MasterKey? {
        if let key = self.key, key.id == id { return key }
        return self.reload().flatMap { $0.id == id ? $0 : nil }
    }
}

/// Files that hold keys, or anchor the audit chain: readable by their owner only.
enum OwnerOnlyFile {
    /// The text of a key file; refuses one that others than its owner may read.
    static func read(_ path: String) throws(MasterKeyError) -> String {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { throw .missing(path) }
        let permissions = (attributes[.posixPermissions] as? NSNumber)?.uint16Value ?? 0
        guard permissions & 0o077 == 0 else { throw .readableByOthers(path) }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { throw .missing(path) }
        return text
    }

    /// Appends `text` to `path` (made readable by its owner only if new, in a folder of its owner's) and syncs it; 0,
    /// or the error number.
    static func append(_ path: String, _ text: String) -> Int32 {
        if let folder = FileFolders.parent(of: path), !FileManager.default.fileExists(atPath: folder) {
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        }
        return writeSynced(path, O_WRONLY | O_CREAT | O_APPEND, text)
    }
}

/// Creates `path` readable by its owner only from its first byte, never over an existing file (then `EEXIST`), with
/// `text` on disk; 0, or the error number.
func createOwnerOnlyFile(_ path: String, _ text: String) -> Int32 {
    // Every start opens the database this way: a file already there costs one look, no write.
    if access(path, F_OK) == 0 { return EEXIST }
    // Written and synced under a name of its own, then linked into place: a process starting at the same moment
    // finds either no file or the whole text, never an empty or half-written one.
    let partial = "\(path).\(UInt64.random(in: .min ... .max)).partial"
    let written = writeSynced(partial, O_WRONLY | O_CREAT | O_EXCL, text)
    guard written == 0 else { return written }
    defer { unlink(partial) }
    return link(partial, path) == 0 ? 0 : errno
}

/// Opens `path` with `flags` (a new file readable by its owner only), writes `text` and syncs it; 0, or the error number.
private func writeSynced(_ path: String, _ flags: Int32, _ text: String) -> Int32 {
    let descriptor = open(path, flags, 0o600)
    guard descriptor >= 0 else { return errno }
    defer { close(descriptor) }
    let bytes = Array(text.utf8)
    guard write(descriptor, bytes, bytes.count) == bytes.count, fsync(descriptor) == 0 else { return errno == 0 ? EIO : errno }
    return 0
}

public enum MasterKeyError: Error, Equatable, CustomStringConvertible {
    case missing(String)
    case malformed
    case malformedAuditKey
    case readableByOthers(String)
    case exists(String)
    case cannotWrite(String)

    public var description: String {
        switch self {
        case .missing(let path): "There is no readable key file at \(path)."
        case .malformed: "The master key is not one `ro keys init` made (a line \"\(MasterKey.fileHeader) <base64 of 32 bytes>\")."
        case .malformedAuditKey:
            "The audit signing key is not one ro made (a line \"\(AuditSigningKey.fileHeader) <base64 of 32 bytes>\")."
        case .readableByOthers(let path): "The key file \(path) may be read by others: make it readable by its owner only (chmod 600)."
        case .exists(let path): "A key file already exists at \(path); it was left as it is."
        case .cannotWrite(let path): "The key file \(path) could not be written."
        }
    }
}
