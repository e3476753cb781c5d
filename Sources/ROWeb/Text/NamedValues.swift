import ROCore

/// The names of an enumeration's values, English and French side by side, each under the catalogue key
/// `<prefix>.<raw value>` (`closureReason.completed.faceToFace`) that administrators reword it by (R57).
struct ValueNames<Value: CaseIterable & RawRepresentable<String> & Hashable & Sendable>: Sendable {
    let prefix: String
    let names: [Value: Bilingual]

    /// Every value must have its names: a missing one stops the program at start-up (and fails `CatalogueTests`).
    init(_ prefix: String, _ names: [Value: Bilingual]) {
        let unnamed = Value.allCases.filter { names[$0] == nil }
        precondition(unnamed.isEmpty, "\(prefix): no names for \(unnamed.map(\.rawValue))")
        self.prefix = prefix
        self.names = names
    }

    func key(of value: Value) -> String { "\(self.prefix).\(value.rawValue)" }

    /// The name in force; a value the program settings added (a need) is named there, under the same key.
    func name(of value: Value, in language: Language) -> String { language.catalog[self.key(of: value)] ?? value.rawValue }

    /// The built-in names as catalogue entries.
    var table: [String: Bilingual] { Dictionary(uniqueKeysWithValues: self.names.map { (self.key(of: $0.key), $0.value) }) }
}

/// A value whose name on the pages comes from the catalogue, and so can be reworded (R57): roles, stages,
/// requester types, closure reasons, needs, forms, meeting and item states, audit actions…
protocol NamedValue: CaseIterable, RawRepresentable<String>, Hashable, Sendable {
    static var names: ValueNames<Self> { get }
}

extension NamedValue {
    var labelKey: String { Self.names.key(of: self) }

    func name(in language: Language) -> String { Self.names.name(of: self, in: language) }
}

enum NamedValues {
    /// Every named value's built-in names, for the catalogue.
    static let tables: [[String: Bilingual]] = [
        AuditAction.names.table,
        AuditOutcome.names.table,
        CaseLink.Relation.names.table,
        CaseStage.names.table,
        ClosureReason.names.table,
        CommunicationNeeds.Need.names.table,
        ConsentDecision.names.table,
        ContactChannel.names.table,
        ContactLogEntry.Outcome.names.table,
        DialogueForm.itemNames.table,
        DialogueForm.names.table,
        DirectRequestLogEntry.Kind.names.table,
        Disclosure.Category.names.table,
        EntryRequest.DeclineReason.names.table,
        EntryRequest.Status.names.table,
        Indicator.names.table,
        Indicator.definitions.table,
        InformationGivenEntry.Channel.names.table,
        InformationGivenEntry.Material.names.table,
        InformationGivenEntry.Recipient.names.table,
        IntakeChannel.names.table,
        MediaType.Kind.names.table,
        Meeting.State.names.table,
        NeedCode.names.table,
        NeedDefinition.Side.names.table,
        NoContactOrder.Kind.names.table,
        EscalationCategory.names.table,
        ParticipantRole.names.table,
        ProgramSettings.Number.names.table,
        ReassessmentTrigger.names.table,
        RelayedItem.State.names.table,
        RequesterType.names.table,
        Role.names.table,
        RetentionClass.names.table,
    ]
}
