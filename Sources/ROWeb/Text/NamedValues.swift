import ROCore

/// A catalogue value whose name on the pages is a label an administrator may reword (R57): roles,
/// stages, requester types, closure reasons, needs and forms, each under its own key
/// (`closureReason.completed.faceToFace`). Its name is read from the wording in force.
protocol NamedValue: CaseIterable, RawRepresentable<String> {
    /// The first part of each value's label key.
    static var labelPrefix: String { get }
    /// The name the program ships with.
    func builtInName(in language: Language) -> String
}

extension NamedValue {
    var labelKey: String { "\(Self.labelPrefix).\(self.rawValue)" }

    func name(in language: Language) -> String { language.catalog[self.labelKey] ?? self.builtInName(in: language) }

    static func builtInLabels(_ language: Language) -> [(key: String, text: String)] {
        Self.allCases.map { ($0.labelKey, $0.builtInName(in: language)) }
    }
}

extension Role: NamedValue { static let labelPrefix = "role" }
extension CaseStage: NamedValue { static let labelPrefix = "stage" }
extension RequesterType: NamedValue { static let labelPrefix = "requesterType" }
extension ClosureReason: NamedValue { static let labelPrefix = "closureReason" }
extension NeedCode: NamedValue { static let labelPrefix = "need" }
extension CommunicationNeeds.Need: NamedValue { static let labelPrefix = "communicationNeed" }
extension DialogueForm: NamedValue { static let labelPrefix = "form" }

enum CatalogueLabels {
    /// Every catalogue value's built-in name in `language`, by label key. (Regions are named in the program
    /// settings, where they are listed.)
    static func builtIn(_ language: Language) -> [String: String] {
        let values =
            Role.builtInLabels(language) + CaseStage.builtInLabels(language) + RequesterType.builtInLabels(language)
            + ClosureReason.builtInLabels(language) + NeedCode.builtInLabels(language) + CommunicationNeeds.Need.builtInLabels(language)
            + DialogueForm.builtInLabels(language)
        return Dictionary(uniqueKeysWithValues: values.map { ($0.key, $0.text) })
    }
}
