import Foundation

extension Calendar {
    /// The Gregorian calendar in UTC: how RO counts days and years of service standards and retention.
    public static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .gmt
        return calendar
    }()
}
