import Foundation
import ROCore

/// The case page's safety part (R22, R23, R25–R29) and the administrative steps beside it: what is open,
/// and which forms this viewer gets.
struct SafetySection: Sendable {
    struct EscalationRow: Sendable {
        let id: String
        let text: String
    }

    struct OrderRow: Sendable {
        let id: String
        let text: String
        let wording: String
        let mayMarkAmended: Bool
        let mayApprove: Bool
    }

    let escalationCategories: [Option]
    let openEscalations: [EscalationRow]
    let hasOpenEscalations: Bool
    let mayResolve: Bool
    let triggers: [Option]
    let orderKinds: [Option]
    let orders: [OrderRow]
    let hasOrders: Bool
    let mayHold: Bool
    let mayReassign: Bool
    let representatives: [Option]
    /// What was typed in these forms when a step was refused (bad input loses nothing).
    let typed: Typed

    struct Typed: Sendable {
        let issuer: String
        let issuedOn: String
        let wording: String
        let reviewDate: String
    }
    /// R27: the clause a new no-contact condition should carry, in both languages, to pass on.
    let clauseEnglish = Language.en.text("noContactClause")
    let clauseFrench = Language.fr.text("noContactClause")

    init(_ value: Case, viewer: User, typed form: FormFields?, language: Language) {
        self.typed = Typed(
            issuer: form?["issuer"] ?? "",
            issuedOn: form?["issuedOn"] ?? "",
            wording: form?["wording"] ?? "",
            reviewDate: form?["reviewDate"] ?? ""
        )
        let s = language.strings
        let coordinator = viewer.role == .coordinator
        self.escalationCategories = EscalationCategory.options(in: language)
        let open = value.escalations.filter(\.isOpen)
        self.openEscalations = open.map {
            EscalationRow(
                id: $0.id.description,
                text: "\(EscalationCategory.name($0.category, in: language).capitalizedFirst), \($0.raisedAt.utcMinuteText)"
            )
        }
        self.hasOpenEscalations = !open.isEmpty
        self.mayResolve = coordinator
        self.triggers = ReassessmentTrigger.allCases.map {
            Option(value: $0.rawValue, label: $0.name(in: language).capitalizedFirst, selected: false)
        }
        self.orderKinds = [NoContactOrder.Kind.courtOrder, .paroleCondition].map {
            Option(value: $0.rawValue, label: $0.name(in: language).capitalizedFirst, selected: false)
        }
        self.orders = value.noContactOrders.filter(\.isActive).map { order in
            let clause = order.hasROClause ? s.hasClauseLabel : s.noClauseLabel
            let issued = [order.details.issuer, order.details.issuedOn.map { String($0.utcMinuteText.prefix(10)) } ?? ""].filter { !$0.isEmpty }
                .joined(separator: ", ")
            return OrderRow(
                id: order.id.description,
                text:
                    "\(order.kind.name(in: language).capitalizedFirst)\(issued.isEmpty ? "" : " (\(issued))"): \(clause); \(order.blocksExchanges ? s.orderBlocksLabel : s.orderAllowsLabel)",
                wording: order.details.wording,
                mayMarkAmended: order.kind == .paroleCondition && !order.hasROClause && !order.amendmentGranted,
                mayApprove: coordinator && order.blocksExchanges && !order.approvingCoordinators.contains(viewer.id)
            )
        }
        self.hasOrders = !self.orders.isEmpty
        self.mayHold = [.assigned, .preparation, .dialogue].contains(value.stage)
        self.mayReassign = coordinator && [.assigned, .preparation, .onHold, .dialogue, .followUp].contains(value.stage)
        let unconfirmed =
            [CaseStage.requestReceived, .assessment].contains(value.stage) && coordinator
            ? value.participants.filter { $0.role == .representative && !$0.representsRegisteredVictim } : []
        self.representatives = unconfirmed.map { Option(value: $0.id.description, label: $0.role.name(in: language), selected: false) }
    }
}
