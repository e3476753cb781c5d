import Foundation

/// §7.2 "participant identity and contact": who a person in the case is and how to reach them. It is case content,
/// sealed with the rest; each change is a new event, so a correction never erases what was recorded before.
public struct PersonRecord: Sendable, Equatable, Codable {
    /// The name the person uses, which staff use with them.
    public var usedName: String
    /// The legal name, when it differs or is needed (an entry request, R31).
    public var legalName: String
    public var formerNames: [String]
    /// `YYYY-MM-DD`, or empty when not given.
    public var dateOfBirth: String
    public var phones: [ContactPoint]
    public var emails: [ContactPoint]
    public var addresses: [ContactPoint]
    /// An offender's current site, by code (R31: the site liaison's view comes from here).
    public var site: String
    /// A representative's: whom they represent, in staff's words.
    public var represents: String

    public init(
        usedName: String,
        legalName: String = "",
        formerNames: [String] = [],
        dateOfBirth: String = "",
        phones: [ContactPoint] = [],
        emails: [ContactPoint] = [],
        addresses: [ContactPoint] = [],
        site: String = "",
        represents: String = ""
    ) {
        self.usedName = usedName
        self.legalName = legalName
        self.formerNames = formerNames
        self.dateOfBirth = dateOfBirth
        self.phones = phones
        self.emails = emails
        self.addresses = addresses
        self.site = site
        self.represents = represents
    }

    /// R31: the name a site's entry list carries: the legal name when there is one, else the name used.
    public var entryName: String { self.legalName.isEmpty ? self.usedName : self.legalName }

    /// The longest value, in characters; and how many phones, e-mails or addresses one person has at most.
    public static let maximumLength = 200
    public static let maximumContacts = 5

    /// Trimmed, blank entries dropped; refused when the name used is missing, a value is too long, there are too many
    /// contacts of a kind, the date is not a date, or an e-mail has no "@".
    public func validated() throws(DomainError) -> PersonRecord {
        func trimmed(_ text: String) -> String { text.trimmingCharacters(in: .whitespacesAndNewlines) }
        func points(_ list: [ContactPoint]) -> [ContactPoint] {
            list.map { ContactPoint(trimmed($0.value), safe: $0.safe) }.filter { !$0.value.isEmpty }
        }
        let record = PersonRecord(
            usedName: trimmed(self.usedName),
            legalName: trimmed(self.legalName),
            formerNames: self.formerNames.map(trimmed).filter { !$0.isEmpty },
            dateOfBirth: trimmed(self.dateOfBirth),
            phones: points(self.phones),
            emails: points(self.emails),
            addresses: points(self.addresses),
            site: trimmed(self.site),
            represents: trimmed(self.represents)
        )
        let texts =
            [record.usedName, record.legalName, record.dateOfBirth, record.site, record.represents] + record.formerNames
            + (record.phones + record.emails + record.addresses).map(\.value)
        guard !record.usedName.isEmpty, texts.allSatisfy({ $0.count <= Self.maximumLength }), record.formerNames.count <= Self.maximumContacts,
            [record.phones, record.emails, record.addresses].allSatisfy({ $0.count <= Self.maximumContacts }),
            record.dateOfBirth.isEmpty || Self.isDate(record.dateOfBirth), record.emails.allSatisfy({ $0.value.contains("@") })
        else { throw .personRecordInvalid(maximumLength: Self.maximumLength) }
        return record
    }

    /// `YYYY-MM-DD`, a real day, not in the future of anyone alive today (year 1900 on).
    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]), (1900...2100).contains(year)
        else { return false }
        let components = DateComponents(calendar: Calendar(identifier: .gregorian), year: year, month: month, day: day)
        return components.isValidDate
    }
}

/// A phone number, e-mail address or postal address, and whether the person said it is safe to use (R24).
public struct ContactPoint: Sendable, Equatable, Codable {
    public let value: String
    public let safe: Bool

    public init(_ value: String, safe: Bool) {
        self.value = value
        self.safe = safe
    }
}

/// §7.2 "contact log": one contact with a person in the case — when, by which channel, what came of it, a short note.
public struct ContactLogEntry: Sendable, Equatable, Codable {
    public enum Outcome: String, Sendable, Codable, CaseIterable {
        case reached, noAnswer, messageLeft, declinedToTalk
    }

    public let participant: Identifier<Participant>
    public let channel: ContactChannel
    public let outcome: Outcome
    public let note: String
    public let at: Date

    public init(participant: Identifier<Participant>, channel: ContactChannel, outcome: Outcome, note: String, at: Date) {
        self.participant = participant
        self.channel = channel
        self.outcome = outcome
        self.note = note
        self.at = at
    }

    public static let maximumNoteLength = 500
}

/// §7.2: a case worker's note. A restricted note is read only by its author and the coordinators, and each
/// view of it is audited; the others are read with the case by its coordinators and assigned mediators.
public struct CaseNote: Sendable, Equatable, Codable, Identifiable {
    public let id: Identifier<CaseNote>
    public let by: Identifier<User>
    public let at: Date
    public let text: String
    public let restricted: Bool

    public init(id: Identifier<CaseNote>, by: Identifier<User>, at: Date, text: String, restricted: Bool) {
        self.id = id
        self.by = by
        self.at = at
        self.text = text
        self.restricted = restricted
    }

    public static let maximumLength = 4_000

    /// §7.2: a restricted note's readers are its author and the coordinators.
    public func mayBeRead(by user: User) -> Bool {
        !self.restricted || self.by == user.id || user.role == .coordinator
    }
}
