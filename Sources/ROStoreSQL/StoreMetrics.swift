import CoreMetrics
import Foundation

/// Issue 16, item 8: how long the store's transactions (waiting for the writer included) and audit appends take,
/// for `/metrics`. Without a metrics backend (every command but `ro serve --metrics-port`) these record nothing.
enum StoreMetrics {
    static let transaction = CoreMetrics.Timer(label: "ro_store_transaction_duration")
    static let auditAppend = CoreMetrics.Timer(label: "ro_audit_append_duration")
    /// SQLite: how many transactions each commit saved (group commit).
    static let commitGroupSize = CoreMetrics.Recorder(label: "ro_store_commit_group_size")

    /// Records the time from `started` (`DispatchTime.now().uptimeNanoseconds`) until now.
    static func record(_ timer: CoreMetrics.Timer, since started: UInt64) {
        timer.recordNanoseconds(Int64(DispatchTime.now().uptimeNanoseconds - started))
    }
}
