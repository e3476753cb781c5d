import Foundation
import Hummingbird
import ROCore
import ROServices

extension APIRoutes {
    /// R55, N5: one fiscal year's statistics (`?fiscalYear=2026` for 2026-2027; the current year by default).
    @Sendable func statistics(_ request: Request, context: WebContext) async throws -> Response {
        let env = self.env.serving(context)
        let current = FiscalYear(containing: env.now())
        let year: FiscalYear
        if let asked = request.uri.queryParameters.get("fiscalYear") {
            guard let chosen = FiscalYear(asked: asked, notAfter: current) else { throw DomainError.invalidFiscalYear }
            year = chosen
        } else {
            year = current
        }
        return try Self.json(StatisticsJSON(try await StatisticsService(env: env).report(for: year, by: try context.requireUser())))
    }
}

struct StatisticsJSON: Encodable, Sendable {
    struct Table: Encodable, Sendable {
        let indicator: String
        let rows: [Cell]
        let total: Cell?
    }

    /// A count, or `suppressed: true` with no count (N5).
    struct Cell: Encodable, Sendable {
        let key: String
        let count: Int?
        let suppressed: Bool

        init(key: String, _ cell: StatisticCell) {
            self.key = key
            switch cell {
            case .count(let count): (self.count, self.suppressed) = (count, false)
            case .suppressed: (self.count, self.suppressed) = (nil, true)
            }
        }
    }

    let fiscalYear: String
    let startYear: Int
    let definitionsVersion: String
    let minimumCell: Int
    let tables: [Table]

    init(_ report: StatisticsReport) {
        self.fiscalYear = report.fiscalYear.label
        self.startYear = report.fiscalYear.startYear
        self.definitionsVersion = report.definitionsVersion
        self.minimumCell = report.minimumCell
        self.tables = report.tables.map { table in
            Table(
                indicator: table.indicator.rawValue,
                rows: table.rows.map { Cell(key: $0.key, $0.value) },
                total: table.total.map { Cell(key: "total", $0) }
            )
        }
    }
}

extension APIRoutes {
    /// R46: one entry of the information-given log. `materials` is a comma-separated list of codes.
    @Sendable func logInformationGiven(_ request: Request, context: WebContext) async throws -> Response {
        var fields = try await Self.stringFields(request, context, named: ["recipient", "channel", "language", "materials", "victimServicesOffered"])
        let named = (fields["materials"] ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let known = Set(InformationGivenEntry.Material.allCases.map(\.rawValue))
        guard named.allSatisfy(known.contains) else { throw DomainError.informationEntryIncomplete }
        for material in named { fields["material-\(material)"] = "yes" }
        let entry = try await InformationLogPages.log(FormFields(values: fields), context: context, env: self.env)
        return try Self.json(InformationGivenJSON(entry), status: .created)
    }
}

struct InformationGivenJSON: Encodable, Sendable {
    let id: String
    let givenAt: Date
    let recipient: String
    let channel: String
    let language: String
    let materials: [String]
    let victimServicesOffered: Bool

    init(_ entry: InformationGivenEntry) {
        self.id = entry.id.description
        self.givenAt = entry.givenAt
        self.recipient = entry.recipient.rawValue
        self.channel = entry.channel.rawValue
        self.language = entry.language
        self.materials = entry.materials.map(\.rawValue).sorted()
        self.victimServicesOffered = entry.victimServicesOffered
    }
}
