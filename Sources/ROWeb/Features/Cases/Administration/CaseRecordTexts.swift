import Foundation
import ROCore
import ROServices

extension CaseShowPage {
    /// R9: "sent on 2026-11-20 by mail", or when it falls due.
    static func acknowledgementText(_ value: Case, policy: CasePolicy, language: Language) -> String {
        let en = language == .en
        if let sent = value.acknowledgement {
            let day = String(sent.sentAt.utcMinuteText.prefix(10))
            return en ? "sent on \(day) by \(sent.channel.name(in: language))" : "envoyé le \(day) par \(sent.channel.name(in: language))"
        }
        let due = value.acknowledgementDue(policy: policy).formatted(.iso8601.year().month().day())
        return en ? "not sent yet (due \(due))" : "pas encore envoyé (à faire d’ici le \(due))"
    }

    /// §7.3, R57: until when a closed case is kept, by the program's period for its class; nil while open.
    static func retentionText(_ value: Case, policy: CasePolicy, language: Language) -> String? {
        guard let retentionClass = value.retentionClass else { return nil }
        let en = language == .en
        guard let until = value.retainedUntil(policy: policy)?.formatted(.iso8601.year().month().day()) else {
            return en
                ? "counted from the closure of the later episode (the clock stops while it is open)"
                : "compté à partir de la fermeture de l’épisode suivant (le délai est suspendu tant qu’il est ouvert)"
        }
        return switch retentionClass {
        case .closedCase:
            en
                ? "until \(until) (\(policy.closedCaseRetentionYears) years after closure), then reviewed for disposal"
                : "jusqu’au \(until) (\(policy.closedCaseRetentionYears) ans après la fermeture), puis examiné en vue de sa destruction"
        case .notAccepted:
            en
                ? "until \(until) (closed before assignment: \(policy.notAcceptedRetentionYears) years), then reviewed for disposal"
                : "jusqu’au \(until) (fermé avant désignation : \(policy.notAcceptedRetentionYears) ans), puis examiné en vue de sa destruction"
        }
    }
}
