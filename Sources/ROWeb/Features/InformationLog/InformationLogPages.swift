import Foundation
import Hummingbird
import ROCore
import ROServices

/// R46: logging each time RO information is given, whether or not a request follows. A kind of person,
/// never a name; the page lists what this person logged lately.
struct InformationLogPages: Sendable {
    let env: AppEnvironment
    let views: Views

    var routes: [Route] {
        [
            Route(.get, "/information-log", .requires(.logInformationGiven), self.show),
            Route(.post, "/information-log", .requires(.logInformationGiven), self.log),
        ]
    }

    @Sendable func show(_ request: Request, context: WebContext) async throws -> Response {
        let notice = request.uri.queryParameters.get("notice") == "logged" ? context.language.strings.informationLoggedNotice : nil
        return try await self.render(context, typed: nil, notice: notice, status: .ok)
    }

    @Sendable func log(_ request: Request, context: WebContext) async throws -> Response {
        do {
            try await Self.log(context.form, context: context, env: self.env)
        } catch DomainError.informationEntryIncomplete {
            return try await self.render(context, typed: context.form, notice: nil, status: .unprocessableContent)
        }
        return .redirect(to: "/information-log?notice=logged", type: .normal)
    }

    /// One entry from form fields, for the page and the API alike.
    @discardableResult
    static func log(_ form: FormFields, context: WebContext, env: AppEnvironment) async throws -> InformationGivenEntry {
        guard let recipient = InformationGivenEntry.Recipient(rawValue: form["recipient"]),
            let channel = InformationGivenEntry.Channel(rawValue: form["channel"]),
            let language = Language(rawValue: form["language"]), ["", "yes", "no"].contains(form["victimServicesOffered"])
        else { throw DomainError.informationEntryIncomplete }
        let materials = InformationGivenEntry.Material.allCases.filter { form["material-\($0.rawValue)"] == "yes" }
        return try await InformationLogService(env: env.serving(context)).log(
            to: recipient,
            channel: channel,
            language: language.rawValue,
            materials: Set(materials),
            victimServicesOffered: form["victimServicesOffered"] == "yes",
            by: try context.requireUser()
        )
    }

    private func render(_ context: WebContext, typed: FormFields?, notice: String?, status: HTTPResponse.Status) async throws -> Response {
        let language = context.language
        let t = language.strings
        let recent = try await InformationLogService(env: self.env.serving(context)).recent(by: try context.requireUser())
        let page = InformationLogPage(
            layout: self.views.layout(context, title: t.informationLogTitle, path: "/information-log", notice: notice),
            t: language.catalog,
            recipients: InformationGivenEntry.Recipient.allCases.map {
                Option(value: $0.rawValue, label: $0.name(in: language).capitalizedFirst, selected: typed?["recipient"] == $0.rawValue)
            },
            channels: InformationGivenEntry.Channel.allCases.map {
                Option(value: $0.rawValue, label: $0.name(in: language).capitalizedFirst, selected: typed?["channel"] == $0.rawValue)
            },
            languages: Option.languages(selected: typed?["language"] ?? "", in: language),
            materials: InformationGivenEntry.Material.allCases.map {
                Option(value: $0.rawValue, label: $0.name(in: language).capitalizedFirst, selected: typed?["material-\($0.rawValue)"] == "yes")
            },
            victimServicesOffered: typed?["victimServicesOffered"] == "yes",
            recent: recent.map { InformationLogPage.Row($0, language: language) },
            hasRecent: !recent.isEmpty,
            hasErrors: typed != nil,
            errors: typed != nil
                ? [FieldError(field: "recipient", message: PublicError(DomainError.informationEntryIncomplete).message(in: language))] : []
        )
        return try self.views.render("information-log", page, status: status)
    }
}

struct InformationLogPage: Sendable {
    struct Row: Sendable {
        let when: String
        let recipient: String
        let channel: String
        let language: String
        let materials: String
        let victimServices: String

        init(_ entry: InformationGivenEntry, language: Language) {
            let t = language.strings
            self.when = entry.givenAt.utcMinuteText
            self.recipient = entry.recipient.name(in: language).capitalizedFirst
            self.channel = entry.channel.name(in: language)
            self.language = t.languageName(entry.language)
            self.materials = InformationGivenEntry.Material.allCases.filter(entry.materials.contains).map { $0.name(in: language) }.joined(
                separator: ", "
            )
            self.victimServices = entry.victimServicesOffered ? t.victimServicesOfferedYes : t.victimServicesOfferedNo
        }
    }

    let layout: Layout
    let t: [String: String]
    let recipients: [Option]
    let channels: [Option]
    let languages: [Option]
    let materials: [Option]
    let victimServicesOffered: Bool
    let recent: [Row]
    let hasRecent: Bool
    let hasErrors: Bool
    let errors: [FieldError]
}

extension InformationGivenEntry.Recipient: NamedValue {
    static let names = ValueNames<InformationGivenEntry.Recipient>(
        "informationGivenEntryRecipient",
        [
            .victim: Bilingual("a victim", "une victime"),
            .representative: Bilingual("a victim’s representative", "un représentant d’une victime"),
            .offenderFamilyMember: Bilingual("a family member harmed by the offender", "un membre de la famille lésé par le délinquant"),
            .offender: Bilingual("an offender", "un délinquant"),
            .staff: Bilingual(
                "staff of an institution or parole office",
                "du personnel d’un établissement ou d’un bureau de libération conditionnelle"
            ),
            .communityMember: Bilingual("a community member", "un membre de la collectivité"),
            .anonymous: Bilingual("someone who did not say who they are", "une personne qui n’a pas dit qui elle est"),
        ]
    )
}

extension InformationGivenEntry.Channel: NamedValue {
    static let names = ValueNames<InformationGivenEntry.Channel>(
        "informationGivenEntryChannel",
        [
            .phone: Bilingual("phone", "téléphone"),
            .mail: Bilingual("mail", "courrier"),
            .email: Bilingual("email", "courriel"),
            .inPerson: Bilingual("in person", "en personne"),
            .video: Bilingual("video call", "appel vidéo"),
        ]
    )
}

extension InformationGivenEntry.Material: NamedValue {
    static let names = ValueNames<InformationGivenEntry.Material>(
        "informationGivenEntryMaterial",
        [
            .informationSheet: Bilingual("information sheet", "fiche d’information"),
            .programVideoLink: Bilingual("link to the program video", "lien vers la vidéo du programme"),
            .resourcesList: Bilingual("list of resources", "liste de ressources"),
            .verbalOnly: Bilingual("spoken information only", "information verbale seulement"),
        ]
    )
}
