/// Where a later page of a numbered list starts (issue 16, item 4): `?before=<number>` in an address, the number of
/// the last row the page before showed (an audit entry's position, a timeline entry's number). No personal data.
enum PageStart {
    /// The number an address gives; anything else is none (the newest rows).
    static func before(_ text: String?) -> Int64? {
        text.flatMap { Int64($0) }.flatMap { $0 > 0 ? $0 : nil }
    }
}
