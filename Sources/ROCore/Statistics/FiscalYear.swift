import Foundation

/// The Government of Canada's fiscal year, April 1 to March 31, reckoned in NHQ's time zone (Ottawa):
/// a request logged late on March 31 in Ottawa belongs to the year that is ending (R55).
public struct FiscalYear: Sendable, Hashable, Comparable {
    /// The calendar year in which it begins: 2026 is April 1, 2026 to March 31, 2027.
    public let startYear: Int

    /// Fiscal years RO reports on: from the program's start (1992) to a century ahead.
    public static let reportable = 1990...2100

    public init?(startYear: Int) {
        guard Self.reportable.contains(startYear) else { return nil }
        self.startYear = startYear
    }

    /// The year a person asked for by its start ("2026"): reportable, and not after `current`.
    public init?(asked text: String, notAfter current: FiscalYear) {
        guard let start = Int(text), let year = FiscalYear(startYear: start), year <= current else { return nil }
        self = year
    }

    public init(containing date: Date) {
        let parts = Self.calendar.dateComponents([.year, .month], from: date)
        let year = parts.year ?? 2000
        self.startYear = (parts.month ?? 1) >= 4 ? year : year - 1
    }

    /// The first instant of April 1.
    public var start: Date { Self.firstOfApril(self.startYear) }
    /// The first instant after March 31.
    public var end: Date { Self.firstOfApril(self.startYear + 1) }

    public func contains(_ date: Date) -> Bool { date >= self.start && date < self.end }

    /// "2026-2027", as the Government of Canada writes fiscal years.
    public var label: String { "\(self.startYear)-\(self.startYear + 1)" }

    public static func < (lhs: FiscalYear, rhs: FiscalYear) -> Bool { lhs.startYear < rhs.startYear }

    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "America/Toronto") ?? .gmt
        return calendar
    }()

    private static func firstOfApril(_ year: Int) -> Date {
        Self.calendar.date(from: DateComponents(year: year, month: 4, day: 1)) ?? .distantPast
    }
}
