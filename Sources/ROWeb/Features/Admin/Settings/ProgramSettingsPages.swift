import Foundation
import Hummingbird
import ROCore
import ROServices

/// R57 for administrators: the service standards and periods, the contacts public pages show (R47) and
/// the other resources offered when a request is not eligible (R10).
struct ProgramSettingsPages: Sendable {
    let env: AppEnvironment
    let views: Views
    /// Regions reach the pages with the wording (`Wording.regions`), so a change here is sent there at once.
    let wordings: WordingCache

    var routes: [Route] {
        [
            Route(.get, "/admin/settings", .requires(.manageProgramSettings), self.show),
            Route(.post, "/admin/settings", .requires(.manageProgramSettings), self.save),
            Route(.get, "/api/settings", .requires(.manageProgramSettings), self.showJSON),
            Route(.put, "/api/settings", .requires(.manageProgramSettings), self.saveJSON),
        ]
    }

    @Sendable func showJSON(_ request: Request, context: WebContext) async throws -> Response {
        try APIRoutes.json(try await ProgramSettingsService(env: self.env.serving(context)).current())
    }

    /// Replaces the settings; answers with them as stored. A body without `regions`, `eligibilityCriteria`,
    /// `addedNeeds` or a retention period keeps that member as it is.
    @Sendable func saveJSON(_ request: Request, context: WebContext) async throws -> Response {
        try APIRoutes.requireJSON(request)
        var request = request
        _ = try await request.collectBody(upTo: context.maxUploadSize)  // read twice below
        let service = ProgramSettingsService(env: self.env.serving(context))
        var settings = try await request.decode(as: ProgramSettings.self, context: context)
        let given = try await request.decode(as: OptionalMembers.self, context: context)
        if given.regions == nil || given.eligibilityCriteria == nil || given.addedNeeds == nil || given.closedCaseRetentionYears == nil
            || given.notAcceptedRetentionYears == nil || given.recordingRetentionYears == nil || given.logRetentionYears == nil
        {
            let current = try await service.current()
            settings.regions = given.regions ?? current.regions
            settings.eligibilityCriteria = given.eligibilityCriteria ?? current.eligibilityCriteria
            settings.addedNeeds = given.addedNeeds ?? current.addedNeeds
            settings.closedCaseRetentionYears = given.closedCaseRetentionYears ?? current.closedCaseRetentionYears
            settings.notAcceptedRetentionYears = given.notAcceptedRetentionYears ?? current.notAcceptedRetentionYears
            settings.recordingRetentionYears = given.recordingRetentionYears ?? current.recordingRetentionYears
            settings.logRetentionYears = given.logRetentionYears ?? current.logRetentionYears
        }
        let saved = try await service.save(settings, by: .user(try context.requireUser()))
        await self.wordings.invalidate()
        return try APIRoutes.json(saved)
    }

    /// The members a settings body may leave out, to keep them as they are.
    private struct OptionalMembers: Decodable {
        let regions: [Region]?
        let eligibilityCriteria: [EligibilityCriterion]?
        let addedNeeds: [NeedDefinition]?
        let closedCaseRetentionYears: Int?
        let notAcceptedRetentionYears: Int?
        let recordingRetentionYears: Int?
        let logRetentionYears: Int?
    }

    @Sendable func show(_ request: Request, context: WebContext) async throws -> Response {
        let settings = try await ProgramSettingsService(env: self.env.serving(context)).current()
        let notice = request.uri.queryParameters.get("notice") == "saved" ? context.language.strings.settingsSavedNotice : nil
        return try self.render(context, typed: ProgramSettingsForm(settings), errors: [], notice: notice, status: .ok)
    }

    /// Bad input comes back with everything typed and the first problem named at its field.
    @Sendable func save(_ request: Request, context: WebContext) async throws -> Response {
        let typed = ProgramSettingsForm(context.form)
        let language = context.language
        guard let settings = typed.settings else {
            var errors = typed.unreadableNumbers.map {
                FieldError(field: $0.rawValue, message: PublicError(domain: .settingOutOfRange($0)).message(in: language))
            }
            if typed.hasUnreadableSide {
                errors.append(
                    FieldError(
                        field: "addedNeed-0-code",
                        message: PublicError(domain: .addedNeedsInvalid(maximum: ProgramSettings.maximumAddedNeeds)).message(in: language)
                    )
                )
            }
            return try self.render(context, typed: typed, errors: errors, notice: nil, status: .unprocessableContent)
        }
        do {
            _ = try await ProgramSettingsService(env: self.env.serving(context)).save(settings, by: .user(try context.requireUser()))
            await self.wordings.invalidate()
        } catch let error as DomainError where error != .notPermitted {
            let field: String =
                switch error {
                case .settingOutOfRange(let number): number.rawValue
                case .regionsInvalid, .regionRemoved: "region-0-code"
                case .eligibilityCriteriaInvalid: "eligibility-0-code"
                case .addedNeedsInvalid, .needNamesForgiveness, .needRemoved: "addedNeed-0-code"
                default: "programContactEnglish"
                }
            let problem = PublicError(domain: error)
            return try self.render(
                context,
                typed: typed,
                errors: [FieldError(field: field, message: problem.message(in: language))],
                notice: nil,
                status: problem.status
            )
        }
        return .redirect(to: "/admin/settings?notice=saved", type: .normal)
    }

    private func render(
        _ context: WebContext,
        typed: ProgramSettingsForm,
        errors: [FieldError],
        notice: String?,
        status: HTTPResponse.Status
    ) throws -> Response {
        let language = context.language
        let page = ProgramSettingsPage(
            layout: self.views.layout(context, title: language.strings.settingsTitle, path: "/admin/settings", notice: notice),
            t: language.catalog,
            numbers: ProgramSettings.Number.allCases.filter { !$0.isRetention }.map { .init($0, typed: typed, language: language) },
            retentionNumbers: ProgramSettings.Number.allCases.filter(\.isRetention).map { .init($0, typed: typed, language: language) },
            texts: ProgramSettingsForm.texts.map { text in
                .init(
                    field: text.field,
                    legend: text.legend(language.strings),
                    hint: text.hint(language.strings),
                    english: typed.texts[text.field + "English"] ?? "",
                    french: typed.texts[text.field + "French"] ?? ""
                )
            },
            regions: .init(
                prefix: "region",
                codeLabel: language.strings.regionCodeLabel,
                nameLabel: language.strings.regionLabel,
                nameLength: "100",
                rows: typed.regions
            ),
            eligibilityCriteria: .init(
                prefix: "eligibility",
                codeLabel: language.strings.criterionCodeLabel,
                nameLabel: language.strings.criterionLabel,
                nameLength: "300",
                rows: typed.eligibilityCriteria
            ),
            addedNeeds: .init(
                prefix: "addedNeed",
                codeLabel: language.strings.needCodeLabel,
                nameLabel: language.strings.needLabel,
                nameLength: "200",
                rows: typed.addedNeeds,
                codeLength: "8",
                sides: NeedDefinition.Side.allCases.map { ($0.rawValue, $0.name(in: language)) }
            ),
            maximumLength: "\(ProgramSettings.maximumTextLength)",
            hasErrors: !errors.isEmpty,
            errors: errors
        )
        return try self.views.render("admin-settings", page, status: status)
    }
}

/// The settings form as typed: numbers kept as text so that a slip is shown back as it was typed.
struct ProgramSettingsForm: Sendable {
    /// The three bilingual texts: form field prefix, and their legend and hint on the page.
    static let texts: [(field: String, legend: @Sendable (Strings) -> String, hint: @Sendable (Strings) -> String)] = [
        ("programContact", { $0.programContactLegend }, { $0.programContactHint }),
        ("victimServicesContact", { $0.victimServicesContactLegend }, { $0.victimServicesContactHint }),
        ("otherResources", { $0.otherResourcesLegend }, { $0.otherResourcesHint }),
    ]

    let numbers: [ProgramSettings.Number: String]
    let texts: [String: String]
    /// The regions, the eligibility criteria and the added needs as typed, in order; rows left wholly empty are not entries.
    let regions: [CodedRow]
    let eligibilityCriteria: [CodedRow]
    let addedNeeds: [CodedRow]

    init(_ settings: ProgramSettings) {
        self.numbers = Dictionary(uniqueKeysWithValues: ProgramSettings.Number.allCases.map { ($0, "\(settings[$0])") })
        self.texts = [
            "programContactEnglish": settings.programContact.english, "programContactFrench": settings.programContact.french,
            "victimServicesContactEnglish": settings.victimServicesContact.english,
            "victimServicesContactFrench": settings.victimServicesContact.french,
            "otherResourcesEnglish": settings.otherResources.english, "otherResourcesFrench": settings.otherResources.french,
        ]
        self.regions = settings.regions.map { CodedRow($0) }
        self.eligibilityCriteria = settings.eligibilityCriteria.map { CodedRow($0) }
        self.addedNeeds = settings.addedNeeds.map {
            CodedRow(code: $0.code, english: $0.name.english, french: $0.name.french, side: $0.side.rawValue)
        }
    }

    init(_ form: FormFields) {
        self.numbers = Dictionary(uniqueKeysWithValues: ProgramSettings.Number.allCases.map { ($0, form[$0.rawValue]) })
        self.texts = Dictionary(uniqueKeysWithValues: Self.texts.flatMap { [$0.field + "English", $0.field + "French"] }.map { ($0, form[$0]) })
        self.regions = CodedRow.rows(form, prefix: "region")
        self.eligibilityCriteria = CodedRow.rows(form, prefix: "eligibility")
        self.addedNeeds = CodedRow.rows(form, prefix: "addedNeed")
    }

    /// A need row whose side is none of the three (the page offers only those).
    var hasUnreadableSide: Bool { self.addedNeeds.contains { NeedDefinition.Side(rawValue: $0.side) == nil } }

    /// Numbers that are not whole numbers at all (the ranges are the service's to check).
    var unreadableNumbers: [ProgramSettings.Number] {
        ProgramSettings.Number.allCases.filter { Int(self.numbers[$0]?.trimmingCharacters(in: .whitespaces) ?? "") == nil }
    }

    /// The settings typed, or nil while a number or a need's side is unreadable.
    var settings: ProgramSettings? {
        guard self.unreadableNumbers.isEmpty, !self.hasUnreadableSide else { return nil }
        var settings = ProgramSettings.standard
        for number in ProgramSettings.Number.allCases { settings[number] = Int(self.numbers[number]!.trimmingCharacters(in: .whitespaces))! }
        func text(_ field: String) -> BilingualText {
            BilingualText(english: self.texts[field + "English"] ?? "", french: self.texts[field + "French"] ?? "")
        }
        settings.programContact = text("programContact")
        settings.victimServicesContact = text("victimServicesContact")
        settings.otherResources = text("otherResources")
        settings.regions = self.regions.map { $0.entry() }
        settings.eligibilityCriteria = self.eligibilityCriteria.map { $0.entry() }
        settings.addedNeeds = self.addedNeeds.map {
            NeedDefinition(code: $0.code, side: NeedDefinition.Side(rawValue: $0.side)!, name: BilingualText(english: $0.english, french: $0.french))
        }
        return settings
    }
}

/// One row of a coded list (a region, an eligibility criterion, an added need) as typed.
struct CodedRow: Sendable {
    let code: String
    let english: String
    let french: String
    /// The side an added need belongs to; empty for lists without sides.
    let side: String

    init(code: String, english: String, french: String, side: String = "") {
        self.code = code
        self.english = english
        self.french = french
        self.side = side
    }

    init(_ entry: some CodedName) {
        self.init(code: entry.code, english: entry.name.english, french: entry.name.french)
    }

    func entry<Entry: CodedName>() -> Entry { Entry(code: self.code, name: BilingualText(english: self.english, french: self.french)) }

    /// The rows `<prefix>-<index>-code`, `-english`, `-french` of a form, in index order, leaving out wholly empty ones.
    static func rows(_ form: FormFields, prefix: String) -> [CodedRow] {
        let start = prefix + "-"
        let indexes = form.names(withPrefix: start).compactMap { name in name.hasSuffix("-code") ? Int(name.dropFirst(start.count).dropLast(5)) : nil
        }.sorted()
        return indexes.map {
            CodedRow(
                code: form["\(start)\($0)-code"],
                english: form["\(start)\($0)-english"],
                french: form["\(start)\($0)-french"],
                side: form["\(start)\($0)-side"]
            )
        }
        .filter { !($0.code + $0.english + $0.french).trimmingCharacters(in: .whitespaces).isEmpty }
    }
}

/// Everything `admin-settings.mustache` shows.
struct ProgramSettingsPage: Sendable {
    struct NumberField: Sendable {
        let field: String
        let label: String
        let value: String
        let minimum: String
        let maximum: String

        init(_ number: ProgramSettings.Number, typed: ProgramSettingsForm, language: Language) {
            self.field = number.rawValue
            self.label = number.name(in: language).capitalizedFirst
            self.value = typed.numbers[number] ?? ""
            self.minimum = "\(number.range.lowerBound)"
            self.maximum = "\(number.range.upperBound)"
        }
    }

    struct TextField: Sendable {
        let field: String
        let legend: String
        let hint: String
        let english: String
        let french: String
    }

    /// A list of coded names as a table of rows `<prefix>-<index>-code`, `-english`, `-french` (and `-side`
    /// where entries belong to a side), with empty rows to add entries.
    struct CodedTable: Sendable {
        struct Row: Sendable {
            let index: String
            let number: String
            let code: String
            let english: String
            let french: String
            let sides: [Option]
        }

        static let emptyRows = 2

        let prefix: String
        let codeLabel: String
        let nameLabel: String
        let nameLength: String
        let codeLength: String
        let hasSides: Bool
        let rows: [Row]

        /// `sides`: the values and names a row's side may take; none for a list without sides.
        init(
            prefix: String,
            codeLabel: String,
            nameLabel: String,
            nameLength: String,
            rows: [CodedRow],
            codeLength: String = "32",
            sides: [(value: String, name: String)] = []
        ) {
            self.prefix = prefix
            self.codeLabel = codeLabel
            self.nameLabel = nameLabel
            self.nameLength = nameLength
            self.codeLength = codeLength
            self.hasSides = !sides.isEmpty
            self.rows = (rows + Array(repeating: CodedRow(code: "", english: "", french: ""), count: Self.emptyRows)).enumerated().map { index, row in
                Row(
                    index: "\(index)",
                    number: "\(index + 1)",
                    code: row.code,
                    english: row.english,
                    french: row.french,
                    sides: sides.map { Option(value: $0.value, label: $0.name, selected: $0.value == row.side) }
                )
            }
        }
    }

    let layout: Layout
    let t: [String: String]
    let numbers: [NumberField]
    let retentionNumbers: [NumberField]
    let texts: [TextField]
    let regions: CodedTable
    let eligibilityCriteria: CodedTable
    let addedNeeds: CodedTable
    let maximumLength: String
    let hasErrors: Bool
    let errors: [FieldError]
}
