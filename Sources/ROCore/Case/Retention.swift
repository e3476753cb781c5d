import Foundation

/// §7.3: the two retention classes of a closed case. Which one applies follows from the case itself.
public enum RetentionClass: String, Sendable, Codable, CaseIterable {
    /// Closed after mediators were assigned: kept 10 years by default (people reconsider years later).
    case closedCase
    /// Closed before any assignment (not accepted, ineligible, screened out, withdrawn at assessment): 2 years by default.
    case notAccepted
}

extension Case {
    /// §7.3: the class of a closed case; nil while it is open.
    public var retentionClass: RetentionClass? {
        guard self.stage == .closed else { return nil }
        return self.mediators.isEmpty ? .notAccepted : .closedCase
    }

    /// §7.3, R57: the day the case's retention ends and it is due for a disposal review, counted from its
    /// closure with the program's period for its class. Nil while the case is open, and once a later episode
    /// reopened it: the clock is suspended while a linked episode is open (§4.9), so the later episode's
    /// own closure says when the history is due.
    public func retainedUntil(policy: CasePolicy) -> Date? {
        guard let retentionClass, let closedAt, self.reopenedAs == nil else { return nil }
        let years =
            switch retentionClass {
            case .closedCase: policy.closedCaseRetentionYears
            case .notAccepted: policy.notAcceptedRetentionYears
            }
        return Calendar.utc.date(byAdding: .year, value: years, to: closedAt)
    }
}
