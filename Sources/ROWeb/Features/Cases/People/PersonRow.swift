import Foundation
import ROCore
import ROServices

/// One person's identity and contact (§7.2) as case workers read it, and the form that records or corrects it,
/// filled with what is recorded or, after a refusal, with what was typed.
struct PersonRow: Sendable {
    struct Contact: Sendable {
        let kind: String
        let value: String
        /// R24: whether the person said this one is safe to use.
        let safe: Bool
    }

    /// One line of the form: a phone, an e-mail or an address, and its "safe to use" box.
    struct ContactField: Sendable {
        let name: String
        let label: String
        let value: String
        let safe: Bool
        let isAddress: Bool
    }

    /// What is recorded, as the People page shows it; nil until something is. A value not given is nil.
    struct Details: Sendable {
        let usedName: String
        let legalName: String?
        let formerNames: String?
        let dateOfBirth: String?
        let contacts: [Contact]
        let site: String?
        let represents: String?
    }

    let participantID: String
    let role: String
    let details: Details?
    /// §7.3: the person declined when approached, and their identity was removed.
    let isMinimised: Bool
    let isOffender: Bool
    let isRepresentative: Bool
    // The form: what is recorded, or what was typed when the step was refused.
    // (Named apart from the details', which a template would otherwise find here when a detail is missing.)
    let formUsedName: String
    let formLegalName: String
    let formDateOfBirth: String
    let formRepresents: String
    let formFormerNames: String
    let contactFields: [ContactField]
    let siteOptions: [Option]

    /// How many of each the form offers; the record holds up to `PersonRecord.maximumContacts`.
    static let phonesOnForm = 2
    static let emailsOnForm = 2

    init(_ participant: Participant, in value: Case, sites: [Site], typed: FormFields?, language: Language) {
        let s = language.strings
        let record = value.people[participant.id]
        let typedHere = typed?["participant"] == participant.id.description ? typed : nil
        func field(_ name: String, _ recorded: String?) -> String { typedHere?[name] ?? recorded ?? "" }
        self.participantID = participant.id.description
        self.role = participant.role.name(in: language)
        self.formUsedName = field("usedName", record?.usedName)
        self.formLegalName = field("legalName", record?.legalName)
        self.formDateOfBirth = field("dateOfBirth", record?.dateOfBirth)
        self.formRepresents = field("represents", record?.represents)
        self.formFormerNames = typedHere?["formerNames"] ?? (record?.formerNames ?? []).joined(separator: "\n")
        self.isOffender = participant.role == .offender
        self.isRepresentative = participant.role == .representative
        let siteCode = field("site", record?.site)
        self.siteOptions =
            [Option(value: "", label: s.noneYet, selected: siteCode.isEmpty)]
            + sites.map {
                Option(value: $0.code, label: $0.name(in: language), selected: $0.code == siteCode)
            }
        let kinds: [(name: String, label: String, points: [ContactPoint], count: Int)] = [
            ("phone", s.personPhoneLabel, record?.phones ?? [], max(Self.phonesOnForm, record?.phones.count ?? 0)),
            ("email", s.personEmailLabel, record?.emails ?? [], max(Self.emailsOnForm, record?.emails.count ?? 0)),
            ("address", s.personAddressLabel, record?.addresses ?? [], max(1, record?.addresses.count ?? 0)),
        ]
        self.isMinimised = record?.isMinimised == true
        self.details = record.flatMap { $0.isMinimised ? nil : $0 }.map { record in
            func shown(_ text: String) -> String? { text.isEmpty ? nil : text }
            return Details(
                usedName: record.usedName,
                legalName: shown(record.legalName),
                formerNames: shown(record.formerNames.joined(separator: "; ")),
                dateOfBirth: shown(record.dateOfBirth),
                contacts: kinds.flatMap { kind in kind.points.map { Contact(kind: kind.label, value: $0.value, safe: $0.safe) } },
                site: shown(sites.first { $0.code == record.site }?.name(in: language) ?? record.site),
                represents: shown(record.represents)
            )
        }
        self.contactFields = kinds.flatMap { kind in
            (1...kind.count).map { number in
                let name = "\(kind.name)-\(number)"
                let recorded = number <= kind.points.count ? kind.points[number - 1] : nil
                return ContactField(
                    name: name,
                    label: "\(kind.label) \(number)",
                    value: typedHere?[name] ?? recorded?.value ?? "",
                    safe: typedHere.map { $0["\(name)-safe"] == "yes" } ?? recorded?.safe ?? false,
                    isAddress: kind.name == "address"
                )
            }
        }
    }

    /// The record as the form gives it; `decide` trims it and drops blank lines.
    static func record(from form: FormFields) -> PersonRecord {
        func points(_ kind: String) -> [ContactPoint] {
            (1...PersonRecord.maximumContacts).map { ContactPoint(form["\(kind)-\($0)"], safe: form["\(kind)-\($0)-safe"] == "yes") }
        }
        return PersonRecord(
            usedName: form["usedName"],
            legalName: form["legalName"],
            formerNames: form["formerNames"].split(whereSeparator: \.isNewline).map(String.init),
            dateOfBirth: form["dateOfBirth"],
            phones: points("phone"),
            emails: points("email"),
            addresses: points("address"),
            site: form["site"],
            represents: form["represents"]
        )
    }
}

extension ContactLogEntry.Outcome: NamedValue {
    static let names = ValueNames<ContactLogEntry.Outcome>(
        "contactOutcome",
        [
            .reached: Bilingual("reached", "jointe"),
            .noAnswer: Bilingual("no answer", "pas de réponse"),
            .messageLeft: Bilingual("message left", "message laissé"),
            .declinedToTalk: Bilingual("did not wish to talk now", "n’a pas souhaité parler pour l’instant"),
        ]
    )
}

/// One contact as the People part lists it (§7.2): when, with whom, how, what came of it, the note.
struct ContactLogRow: Sendable {
    let when: String
    let person: String
    let channel: String
    let outcome: String
    let note: String

    init(_ entry: ContactLogEntry, in value: Case, language: Language) {
        self.when = entry.at.utcMinuteText
        self.person = value.participant(entry.participant)?.role.name(in: language) ?? ""
        self.channel = entry.channel.name(in: language)
        self.outcome = entry.outcome.name(in: language)
        self.note = entry.note
    }
}

/// The contact log of the People part and its step's choices (§7.2, R24), for case workers; what was typed when
/// the step was refused comes back.
struct ContactLogPart: Sendable {
    let rows: [ContactLogRow]
    let hasRows: Bool
    let channelOptions: [Option]
    let outcomeOptions: [Option]
    let typedNote: String

    init(_ value: Case, after failure: StepFailure?, language: Language) {
        let typed = failure?.step == .logContact ? failure?.form : nil
        self.rows = value.contactLog.reversed().map { ContactLogRow($0, in: value, language: language) }
        self.hasRows = !self.rows.isEmpty
        self.channelOptions = ContactChannel.allCases.map {
            Option(value: $0.rawValue, label: $0.name(in: language).capitalizedFirst, selected: typed?["channel"] == $0.rawValue)
        }
        self.outcomeOptions = ContactLogEntry.Outcome.allCases.map {
            Option(value: $0.rawValue, label: $0.name(in: language).capitalizedFirst, selected: typed?["outcome"] == $0.rawValue)
        }
        self.typedNote = typed?["note"] ?? ""
    }
}
