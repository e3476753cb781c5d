import Foundation
import Hummingbird
import ROCore
import ROServices

/// R55, R56, N5: a fiscal year's statistics for coordinators and managers, with the definitions they
/// were counted under and small cells hidden.
struct StatisticsPages: Sendable {
    let env: AppEnvironment
    let views: Views

    var routes: [Route] {
        [Route(.get, "/statistics", .requires(.readStatistics), self.show)]
    }

    @Sendable func show(_ request: Request, context: WebContext) async throws -> Response {
        let env = self.env.serving(context)
        let current = FiscalYear(containing: env.now())
        let asked = request.uri.queryParameters.get("year")
        let chosen = asked.flatMap { FiscalYear(asked: $0, notAfter: current) }
        let year = chosen ?? current
        let report = try await StatisticsService(env: env).report(for: year, by: try context.requireUser())
        let language = context.language
        let t = language.strings
        let page = StatisticsPage(
            layout: self.views.layout(context, title: t.statisticsTitle, path: "/statistics"),
            t: language.catalog,
            report: report,
            years: Self.years(upTo: current).map { Option(value: String($0.startYear), label: $0.label, selected: $0 == year) },
            language: language,
            errors: asked != nil && chosen == nil ? [FieldError(field: "year", message: t.chooseAFiscalYear)] : []
        )
        return try self.views.render("statistics", page, status: page.hasErrors ? .unprocessableContent : .ok)
    }

    /// The years offered: the current one first, then the nine before it.
    static func years(upTo current: FiscalYear) -> [FiscalYear] {
        (0..<10).compactMap { FiscalYear(startYear: current.startYear - $0) }
    }
}

struct StatisticsPage: Sendable {
    struct Table: Sendable {
        let id: String
        let title: String
        let definition: String
        let rows: [Row]
        let total: Row?
    }

    struct Row: Sendable {
        let label: String
        let value: String
        let suppressed: Bool
    }

    let layout: Layout
    let t: [String: String]
    let fiscalYear: String
    let definitionsVersion: String
    let minimumCell: String
    let years: [Option]
    let tables: [Table]
    let hasErrors: Bool
    let errors: [FieldError]

    init(layout: Layout, t: [String: String], report: StatisticsReport, years: [Option], language: Language, errors: [FieldError]) {
        self.layout = layout
        self.t = t
        self.fiscalYear = report.fiscalYear.label
        self.definitionsVersion = report.definitionsVersion
        self.minimumCell = String(report.minimumCell)
        self.years = years
        self.tables = report.tables.map { table in
            Table(
                id: table.indicator.rawValue,
                title: table.indicator.title(in: language),
                definition: table.indicator.definition(in: language),
                rows: table.rows.map {
                    Row(label: table.indicator.rowLabel($0.key, in: language), value: $0.value.shown, suppressed: $0.value == .suppressed)
                },
                total: table.total.map { Row(label: language.strings.statisticsTotal, value: $0.shown, suppressed: $0 == .suppressed) }
            )
        }
        self.hasErrors = !errors.isEmpty
        self.errors = errors
    }
}

extension StatisticCell {
    /// "x" marks a hidden count, as in Statistics Canada's tables; the page explains it.
    var shown: String {
        switch self {
        case .count(let count): String(count)
        case .suppressed: "x"
        }
    }
}

extension Indicator: NamedValue {
    /// Each indicator's title.
    static let names = ValueNames<Indicator>(
        "indicator",
        [
            .informationGiven: Bilingual(
                "Times RO information was given, by kind of person",
                "Fois où l’information sur le programme a été remise, selon le type de personne"
            ),
            .requestsBySource: Bilingual(
                "Requests and referrals received, by who asked",
                "Demandes et aiguillages reçus, selon la personne qui demande"
            ),
            .requestsByChannel: Bilingual(
                "Requests and referrals received, by how they came",
                "Demandes et aiguillages reçus, selon leur provenance"
            ),
            .requestsByRegion: Bilingual("Requests and referrals received, by region", "Demandes et aiguillages reçus, par région"),
            .reopenings: Bilingual("Cases reopened", "Dossiers rouverts"),
            .roReferralsByRegion: Bilingual(
                "RO referrals (assessed and assigned), by region",
                "Aiguillages au programme (évalués et attribués), par région"
            ),
            .coMediation: Bilingual("RO referrals, by number of mediators", "Aiguillages au programme, selon le nombre de médiateurs"),
            .standardReplies: Bilingual("Requests answered with the standard reply (no case)", "Demandes ayant reçu la réponse type (sans dossier)"),
            .screeningOutcomes: Bilingual(
                "Cases closed at assessment or screening, by reason",
                "Dossiers fermés à l’évaluation ou à la sélection, selon le motif"
            ),
            .formsUsed: Bilingual("Cases that began a form of dialogue", "Dossiers ayant commencé une forme de dialogue"),
            .meetingsHeld: Bilingual("Face-to-face meetings held", "Rencontres en personne ou par vidéo tenues"),
            .closureReasons: Bilingual("Cases closed, by reason", "Dossiers fermés, selon le motif"),
            .durations: Bilingual("Durations", "Durées"),
        ]
    )

    /// What is counted, in words a reader of the report can check against the program (R56).
    static let definitions = ValueNames<Indicator>(
        "indicatorDefinition",
        [
            .informationGiven: Bilingual(
                "Entries of the information-given log in the year (R46), whether or not a request followed. The log keeps a kind of person, never a name.",
                "Entrées du registre de l’information remise dans l’année (R46), qu’une demande ait suivi ou non. Le registre garde un type de personne, jamais un nom."
            ),
            .requestsBySource: Bilingual(
                "Cases opened in the year by a victim-side request or a staff referral, by requester type. Reopened cases are counted apart. These are not yet RO referrals (R13).",
                "Dossiers ouverts dans l’année par une demande du côté de la victime ou un aiguillage du personnel, selon le type de demandeur. Les dossiers rouverts sont comptés à part. Ce ne sont pas encore des aiguillages au programme (R13)."
            ),
            .requestsByChannel: Bilingual(
                "The same cases, by how the request or referral reached the unit.",
                "Les mêmes dossiers, selon la façon dont la demande ou l’aiguillage est parvenu à l’unité."
            ),
            .requestsByRegion: Bilingual(
                "The same cases, by the region recorded at intake.",
                "Les mêmes dossiers, selon la région consignée à l’accueil."
            ),
            .reopenings: Bilingual(
                "New episodes opened in the year because a former party asked again (§4.9).",
                "Nouveaux épisodes ouverts dans l’année parce qu’une ancienne partie a demandé de nouveau (§4.9)."
            ),
            .roReferralsByRegion: Bilingual(
                "Cases first assigned to mediators in the year, after assessment at NHQ: the only cases counted as RO referrals (R13).",
                "Dossiers attribués pour la première fois à des médiateurs dans l’année, après l’évaluation à l’AC : les seuls dossiers comptés comme aiguillages au programme (R13)."
            ),
            .coMediation: Bilingual(
                "The same cases, by whether two mediators were assigned at any time.",
                "Les mêmes dossiers, selon que deux médiateurs ont été attribués à un moment ou à un autre."
            ),
            .standardReplies: Bilingual(
                "Offenders’ own requests (R5) and requests for participation letters (R36) logged in the year. No case is opened for them.",
                "Demandes des délinquants eux-mêmes (R5) et demandes de lettres de participation (R36) consignées dans l’année. Aucun dossier n’est ouvert."
            ),
            .screeningOutcomes: Bilingual(
                "Cases closed in the year as ineligible or screened out, by reason (R10, R12).",
                "Dossiers fermés dans l’année comme non admissibles ou écartés, selon le motif (R10, R12)."
            ),
            .formsUsed: Bilingual(
                "Cases in which each form of dialogue was first used in the year; one case may use several.",
                "Dossiers où chaque forme de dialogue a été utilisée pour la première fois dans l’année; un dossier peut en utiliser plusieurs."
            ),
            .meetingsHeld: Bilingual(
                "Meetings recorded as held in the year, in person or by video.",
                "Rencontres consignées comme tenues dans l’année, en personne ou par vidéo."
            ),
            .closureReasons: Bilingual(
                "Cases closed in the year, by closure reason (§4.4). No reason carries blame.",
                "Dossiers fermés dans l’année, selon le motif de fermeture (§4.4). Aucun motif n’attribue de faute."
            ),
            .durations: Bilingual(
                "Median whole days from the request to the first assignment (cases assigned in the year) and to closure (cases closed in the year).",
                "Nombre médian de jours complets entre la demande et la première attribution (dossiers attribués dans l’année), et jusqu’à la fermeture (dossiers fermés dans l’année)."
            ),
        ]
    )

    func title(in language: Language) -> String { self.name(in: language) }

    func definition(in language: Language) -> String { Self.definitions.name(of: self, in: language) }

    func rowLabel(_ key: String, in language: Language) -> String {
        let label: String? =
            switch self {
            case .informationGiven: InformationGivenEntry.Recipient(rawValue: key)?.name(in: language)
            case .requestsBySource: RequesterType(rawValue: key)?.name(in: language) ?? IntakeChannel(rawValue: key)?.name(in: language)
            case .requestsByChannel: IntakeChannel(rawValue: key)?.name(in: language)
            case .requestsByRegion, .roReferralsByRegion: CasePages.regionName(key, language)
            case .reopenings: language.text("statisticsRow.reopened")
            case .coMediation: key == "coMediated" ? language.text("statisticsRow.twoMediators") : language.text("statisticsRow.oneMediator")
            case .standardReplies: DirectRequestLogEntry.Kind(rawValue: key)?.name(in: language)
            case .screeningOutcomes, .closureReasons: ClosureReason(rawValue: key)?.name(in: language)
            case .formsUsed, .meetingsHeld: DialogueForm(rawValue: key)?.name(in: language)
            case .durations: language.catalog["statisticsRow.\(key)"]
            }
        return (label ?? key).capitalizedFirst
    }
}
