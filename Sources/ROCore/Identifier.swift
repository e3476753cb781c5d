import Foundation

/// A typed identifier: `Identifier<User>` and `Identifier<Session>` cannot be mixed up.
///
/// The phantom `Subject` only tags the value; it is never stored. This is the idea of pointfreeco's
/// `Tagged`, written out so that `ROCore` keeps no dependency.
public struct Identifier<Subject>: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The underlying UUID, as stored.
    public let rawValue: UUID

    /// Wraps an existing UUID.
    public init(_ rawValue: UUID) {
        self.rawValue = rawValue
    }

    /// Parses the canonical text form of a UUID; nil when `text` is not one.
    public init?(uuidString text: String) {
        guard let value = UUID(uuidString: text) else { return nil }
        self.rawValue = value
    }

    public init(from decoder: any Decoder) throws {
        self.rawValue = try UUID(from: decoder)
    }

    public func encode(to encoder: any Encoder) throws {
        try self.rawValue.encode(to: encoder)
    }

    /// Lower-case canonical text, the form used in logs, URLs and audit targets.
    public var description: String { self.rawValue.uuidString.lowercased() }
}
