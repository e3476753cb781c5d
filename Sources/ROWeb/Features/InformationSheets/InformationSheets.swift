import Foundation
import Hummingbird
import ROCore
import ROServices

/// R48: versioned, printable information sheets, each in English and French on one page, for
/// operational units and for people thinking of taking part. Public: they hold nothing about a case.
struct InformationSheetPages: Sendable {
    let env: AppEnvironment
    let views: Views

    var routes: [Route] {
        [
            Route(.get, "/information-sheets", .anyone, self.list),
            Route(.get, "/information-sheets/:sheet", .anyone, self.show),
        ]
    }

    @Sendable func list(_ request: Request, context: WebContext) async throws -> Response {
        let t = context.language.strings
        let page = InformationSheetListPage(
            layout: self.views.layout(context, title: t.informationSheetsTitle, path: "/information-sheets"),
            t: context.language.catalog,
            sheets: InformationSheet.all.map {
                .init(href: "/information-sheets/\($0.id)", title: $0.title(in: context.language), version: InformationSheet.version)
            }
        )
        return try self.views.render("information-sheets", page)
    }

    @Sendable func show(_ request: Request, context: WebContext) async throws -> Response {
        guard let sheet = InformationSheet.all.first(where: { $0.id == context.parameters.get("sheet") }) else { throw HTTPError(.notFound) }
        let settings = try await ProgramSettingsService(env: self.env.serving(context)).current()
        let page = InformationSheetPage(
            layout: self.views.layout(context, title: sheet.title(in: context.language), path: "/information-sheets/\(sheet.id)"),
            t: context.language.catalog,
            version: InformationSheet.version,
            first: .init(sheet, context.language, settings),
            second: .init(sheet, context.language.other, settings)
        )
        return try self.views.render("information-sheet", page)
    }
}

/// One sheet's text in both languages. A change of wording is a new `version`, printed on every sheet.
struct InformationSheet: Sendable {
    static let version = "RO-IS-1 (2026-11-25)"

    let id: String
    let english: (title: String, points: [String])
    let french: (title: String, points: [String])

    func title(in language: Language) -> String { language == .en ? self.english.title : self.french.title }

    static let all = [forPeopleHarmed, forStaff]

    static let forPeopleHarmed = InformationSheet(
        id: "people-harmed",
        english: (
            "Restorative Opportunities: for people harmed by a serious crime",
            [
                "You may ask to communicate with the person serving a federal sentence who harmed you, through a professional mediator, if they also agree.",
                "Taking part is your choice at every step. You may stop at any time, and ask again later.",
                "You choose how: a meeting in person or by video, letters, video messages, or messages the mediator passes on. Nothing reaches the other person before the mediator has reviewed it.",
                "Taking part has no effect on the sentence or on parole. The people who make those decisions never see what you share.",
                "What you share stays with the program, with limits the mediator explains before you begin (someone’s safety, a child’s protection, a new offence, a court order).",
                "To ask, contact the Restorative Justice Division at CSC’s national headquarters, or your Victim Services officer. Information about the offender comes from Victim Services.",
            ]
        ),
        french: (
            "Possibilités de justice réparatrice : pour les personnes touchées par un crime grave",
            [
                "Vous pouvez demander à communiquer avec la personne purgeant une peine fédérale qui vous a causé du tort, par l’entremise d’une médiatrice ou d’un médiateur professionnel, si elle y consent aussi.",
                "Votre participation est votre choix à chaque étape. Vous pouvez arrêter à tout moment et redemander plus tard.",
                "Vous choisissez comment : une rencontre en personne ou par vidéo, des lettres, des messages vidéo, ou des messages transmis par la médiatrice ou le médiateur. Rien ne parvient à l’autre personne sans avoir été révisé.",
                "Votre participation n’a aucun effet sur la peine ni sur la libération conditionnelle. Les personnes qui prennent ces décisions ne voient jamais ce que vous confiez.",
                "Ce que vous confiez reste au programme, avec des limites expliquées avant de commencer (la sécurité d’une personne, la protection d’un enfant, une nouvelle infraction, une ordonnance du tribunal).",
                "Pour demander, communiquez avec la Division de la justice réparatrice à l’administration centrale du SCC, ou avec votre agente ou agent des Services aux victimes. L’information sur le délinquant vient des Services aux victimes.",
            ]
        )
    )

    static let forStaff = InformationSheet(
        id: "staff",
        english: (
            "Restorative Opportunities: for institutions and parole offices",
            [
                "Refer an offender serving a federal sentence who has accepted responsibility for the harm and said they are interested. Offenders cannot ask the program themselves: a direct request is answered with guidance to speak with staff.",
                "Refer through RO. You will see the status of your own referrals, nothing more of the case.",
                "If you learn of a risk to anyone’s safety, raise a safety concern on the referral at once.",
                "Taking part has no effect on decisions about the sentence or parole. The program issues no participation letters or progress reports, and nothing about it belongs in case-management records.",
                "Site staff asked to host a meeting receive only what entry needs: the date, the people entering, and escort and accessibility needs.",
            ]
        ),
        french: (
            "Possibilités de justice réparatrice : pour les établissements et les bureaux de libération conditionnelle",
            [
                "Aiguillez un délinquant purgeant une peine fédérale qui a reconnu sa responsabilité pour le tort causé et a dit être intéressé. Les délinquants ne peuvent pas s’adresser eux-mêmes au programme : une demande directe reçoit une réponse les invitant à parler au personnel.",
                "Aiguillez par RO. Vous verrez l’état de vos propres aiguillages, rien de plus du dossier.",
                "Si vous apprenez un risque pour la sécurité de quelqu’un, signalez-le aussitôt sur l’aiguillage.",
                "La participation n’a aucun effet sur les décisions relatives à la peine ou à la libération conditionnelle. Le programme ne délivre ni lettre de participation ni rapport d’étape, et rien à son sujet n’a sa place dans les dossiers de gestion des cas.",
                "Le personnel d’un site invité à accueillir une rencontre reçoit seulement ce qu’exige l’entrée : la date, les personnes qui entrent, et les besoins d’escorte et d’accessibilité.",
            ]
        )
    )
}

struct InformationSheetListPage: Sendable {
    struct Entry: Sendable {
        let href: String
        let title: String
        let version: String
    }

    let layout: Layout
    let t: [String: String]
    let sheets: [Entry]
}

struct InformationSheetPage: Sendable {
    struct Side: Sendable {
        let lang: String
        let title: String
        let points: [String]
        /// R47: how to reach the program and Victim Services, as the program set it (R57).
        let howToReach: String
        let contacts: [String]
        let hasContacts: Bool

        init(_ sheet: InformationSheet, _ language: Language, _ settings: ProgramSettings) {
            let text = language == .en ? sheet.english : sheet.french
            self.lang = language.rawValue
            self.title = text.title
            self.points = text.points
            self.howToReach = language.strings.howToReachTitle
            self.contacts = [settings.programContact, settings.victimServicesContact].map { language == .en ? $0.english : $0.french }.filter {
                !$0.isEmpty
            }
            self.hasContacts = !self.contacts.isEmpty
        }
    }

    let layout: Layout
    let t: [String: String]
    let version: String
    /// The page's language first, under the page's one main heading; the other beside it.
    let first: Side
    let second: Side
}
