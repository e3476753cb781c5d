import Foundation
import ROCore
import ROServices

extension CaseShowPage {
    /// R9: "sent on 2026-11-20 by mail", or when it falls due.
    static func acknowledgementText(_ value: Case, policy: CasePolicy, language: Language) -> String {
        if let sent = value.acknowledgement {
            let day = String(sent.sentAt.utcMinuteText.prefix(10))
            return language.text("caseRecord.acknowledgementSent", ["day": "\(day)", "channel": sent.channel.name(in: language)])
        }
        let due = value.acknowledgementDue(policy: policy).formatted(.iso8601.year().month().day())
        return language.text("caseRecord.acknowledgementDue", ["due": "\(due)"])
    }

    /// §7.3, R57: until when a closed case is kept, by the program's period for its class; nil while open.
    static func retentionText(_ value: Case, policy: CasePolicy, language: Language) -> String? {
        guard let retentionClass = value.retentionClass else { return nil }
        guard let until = value.retainedUntil(policy: policy)?.formatted(.iso8601.year().month().day()) else {
            return language.text("caseRecord.retainedAfterLaterEpisode")
        }
        return switch retentionClass {
        case .closedCase:
            language.text("caseRecord.retainedClosedCase", ["until": "\(until)", "years": "\(policy.closedCaseRetentionYears)"])
        case .notAccepted:
            language.text("caseRecord.retainedNotAccepted", ["until": "\(until)", "years": "\(policy.notAcceptedRetentionYears)"])
        }
    }
}
