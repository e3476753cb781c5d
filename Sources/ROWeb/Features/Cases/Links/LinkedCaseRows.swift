import Foundation
import ROCore
import ROServices

/// §4.9 on the case page: the linked cases this viewer may open (never their content), and the
/// coordinator's form to link another case by its reference.
struct LinkedCasesSection: Sendable {
    struct Row: Sendable {
        let linkedID: String
        let reference: String
        let relation: String
        let stage: String
    }

    let rows: [Row]
    let hasRows: Bool
    let relations: [Option]
    /// NHQ manages the files (R53): coordinators link and unlink.
    let mayLink: Bool
    let typedReference: String

    init(_ file: CaseFile, viewer: User, typed form: FormFields?, language: Language) {
        self.rows = file.linkedCases.map {
            Row(
                linkedID: $0.id.description,
                reference: $0.reference,
                relation: $0.relation.name(in: language).capitalizedFirst,
                stage: $0.stage.name(in: language)
            )
        }
        self.hasRows = !self.rows.isEmpty
        self.relations = CaseLink.Relation.allCases.map {
            Option(value: $0.rawValue, label: $0.name(in: language).capitalizedFirst, selected: form?["relation"] == $0.rawValue)
        }
        self.mayLink = viewer.role == .coordinator
        self.typedReference = form?["reference"] ?? ""
    }
}

extension CaseLink.Relation: NamedValue {
    static let names = ValueNames<CaseLink.Relation>(
        "caseLinkRelation",
        [
            .sameOffender: Bilingual("same offender", "même délinquant"),
            .sameVictimSide: Bilingual("same victim side", "même victime"),
        ]
    )
}
