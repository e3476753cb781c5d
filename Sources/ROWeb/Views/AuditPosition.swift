/// Where a page of audit entries starts (issue 16, item 4): `?before=<position>` in an address, the position of the
/// last entry the page before showed. It is a number in the chain, no personal data.
enum AuditPosition {
    /// The position an address gives; anything else is none (the newest entries).
    static func before(_ text: String?) -> Int64? {
        text.flatMap { Int64($0) }.flatMap { $0 > 0 ? $0 : nil }
    }
}
