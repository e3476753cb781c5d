import ROCore

extension RequesterType: NamedValue {
    static let names = ValueNames<RequesterType>(
        "requesterType",
        [
            .registeredVictim: Bilingual("registered victim", "victime inscrite"),
            .nonRegisteredVictim: Bilingual("victim, not registered", "victime non inscrite"),
            .representative: Bilingual("representative of a registered victim", "représentant d’une victime inscrite"),
            .offenderFamilyMember: Bilingual("family member harmed by the offender", "membre de la famille lésé par le délinquant"),
            .communityMember: Bilingual("community member", "membre de la collectivité"),
        ]
    )
}

extension IntakeChannel: NamedValue {
    static let names = ValueNames<IntakeChannel>(
        "intakeChannel",
        [
            .phone: Bilingual("phone", "téléphone"),
            .mail: Bilingual("mail", "courrier"),
            .email: Bilingual("email", "courriel"),
            .victimServices: Bilingual("Victim Services", "Services aux victimes"),
            .publicForm: Bilingual("public form", "formulaire public"),
            .staffReferral: Bilingual("staff referral", "aiguillage du personnel"),
        ]
    )
}

extension ParticipantRole: NamedValue {
    static let names = ValueNames<ParticipantRole>(
        "participantRole",
        [
            .victim: Bilingual("Victim", "Victime"),
            .representative: Bilingual("Representative", "Représentant ou représentante"),
            .offender: Bilingual("Offender", "Délinquant ou délinquante"),
            .supportPerson: Bilingual("Support person", "Personne de soutien"),
        ]
    )
}

extension ClosureReason: NamedValue {
    /// No reason carries blame (R41).
    static let names = ValueNames<ClosureReason>(
        "closureReason",
        [
            .completedFaceToFace: Bilingual("completed, with a meeting", "terminé, avec une rencontre"),
            .completedIndirect: Bilingual("completed, indirectly", "terminé, de façon indirecte"),
            .ineligible: Bilingual("not eligible", "non admissible"),
            .screenedOutOtherPartyUnwilling: Bilingual("the other party did not wish to take part", "l’autre partie n’a pas souhaité participer"),
            .screenedOutOtherPartyUnreachable: Bilingual(
                "the other party could not be reached safely",
                "l’autre partie n’a pu être jointe en sécurité"
            ),
            .screenedOutReadiness: Bilingual("not the right time", "pas le bon moment"),
            .screenedOutSafety: Bilingual("for safety", "pour la sécurité"),
            .withdrawnVictimSide: Bilingual("the victim side withdrew", "la partie victime s’est retirée"),
            .withdrawnOffender: Bilingual("the offender withdrew", "le délinquant s’est retiré"),
            .safety: Bilingual("for safety", "pour la sécurité"),
            .offenderDeceased: Bilingual("the offender died", "le délinquant est décédé"),
            .victimDeceased: Bilingual("the victim died", "la victime est décédée"),
            .removedFromCanada: Bilingual("removed from Canada", "renvoyé du Canada"),
            .otherUnspecified: Bilingual("other reason", "autre motif"),
        ]
    )
}

extension RelayedItem.State: NamedValue {
    static let names = ValueNames<RelayedItem.State>(
        "relayedItemState",
        [
            .draft: Bilingual("Draft", "Brouillon"),
            .inReview: Bilingual("In review", "En examen"),
            .returned: Bilingual("Returned with a comment", "Retournée avec un commentaire"),
            .approved: Bilingual("Approved, waiting for release", "Approuvée, en attente de transmission"),
            .released: Bilingual("Released", "Transmise"),
            .delivered: Bilingual("Delivered", "Remise"),
            .acknowledged: Bilingual("Receipt acknowledged", "Réception confirmée"),
            .withdrawnBySender: Bilingual("Withdrawn by its sender", "Retirée par son auteur"),
            .cancelled: Bilingual("Cancelled, never delivered", "Annulée, jamais remise"),
        ]
    )
}

extension ConsentPurpose {
    func name(in language: Language) -> String {
        switch self {
        case .takePart: return language.text("consentPurpose.takePart")
        case .approachOtherParty: return language.text("consentPurpose.approachOtherParty")
        case .form(let form): return language.text("consentPurpose.form", ["form": form.name(in: language)])
        case .shareItem: return language.text("consentPurpose.shareItem")
        case .receiveItems: return language.text("consentPurpose.receiveItems")
        case .notifySenderOfReceipt: return language.text("consentPurpose.notifySenderOfReceipt")
        case .recordMeeting: return language.text("consentPurpose.recordMeeting")
        case .researchUse: return language.text("consentPurpose.researchUse")
        case .supportPerson: return language.text("consentPurpose.supportPerson")
        }
    }
}

extension Catalogue {
    /// What a consent is for, English and French side by side.
    static let consentPurposes: [String: Bilingual] = [
        "consentPurpose.takePart": Bilingual("taking part", "participer"),
        "consentPurpose.approachOtherParty": Bilingual("approaching the other party", "approcher l’autre partie"),
        "consentPurpose.form": Bilingual("dialogue by {form}", "dialogue par {form}"),
        "consentPurpose.shareItem": Bilingual("sharing an item", "transmettre un élément"),
        "consentPurpose.receiveItems": Bilingual("receiving items", "recevoir des éléments"),
        "consentPurpose.notifySenderOfReceipt": Bilingual("telling the sender of receipt", "informer l’auteur de la réception"),
        "consentPurpose.recordMeeting": Bilingual("recording a meeting", "enregistrer une rencontre"),
        "consentPurpose.researchUse": Bilingual("research use (optional)", "utilisation pour la recherche (facultatif)"),
        "consentPurpose.supportPerson": Bilingual("a support person attending", "la présence d’une personne de soutien"),
    ]
}

extension ConsentDecision: NamedValue {
    static let names = ValueNames<ConsentDecision>(
        "consentDecision",
        [
            .given: Bilingual("given", "donné"),
            .refused: Bilingual("refused", "refusé"),
            .withdrawn: Bilingual("withdrawn", "retiré"),
        ]
    )
}

extension DialogueForm: NamedValue {
    static let names = ValueNames<DialogueForm>(
        "form",
        [
            .letter: Bilingual("letters", "lettres"),
            .videoMessage: Bilingual("video messages", "messages vidéo"),
            .relayedMessage: Bilingual("messages carried by the mediator", "messages transmis par le médiateur"),
            .meetingInPerson: Bilingual("a meeting in person", "une rencontre en personne"),
            .meetingVideo: Bilingual("a meeting by video", "une rencontre par vidéo"),
        ]
    )
}

extension Meeting.State: NamedValue {
    static let names = ValueNames<Meeting.State>(
        "meetingState",
        [
            .proposed: Bilingual("Proposed", "Proposée"),
            .gatheringAvailability: Bilingual("Gathering availability", "Collecte des disponibilités"),
            .entryRequested: Bilingual("Entry requested", "Entrée demandée"),
            .confirmed: Bilingual("Confirmed", "Confirmée"),
            .held: Bilingual("Held", "Tenue"),
            .postponed: Bilingual("Postponed", "Reportée"),
            .cancelled: Bilingual("Cancelled", "Annulée"),
        ]
    )
}

extension EntryRequest.Status: NamedValue {
    static let names = ValueNames<EntryRequest.Status>(
        "entryRequestStatus",
        [
            .requested: Bilingual("Waiting for the site", "En attente de l’établissement"),
            .approved: Bilingual("Approved", "Approuvée"),
            .declined: Bilingual("Declined", "Refusée"),
            .otherTimeProposed: Bilingual("Another time proposed", "Autre moment proposé"),
        ]
    )
}

extension EntryRequest.DeclineReason: NamedValue {
    static let names = ValueNames<EntryRequest.DeclineReason>(
        "entryRequestDeclineReason",
        [
            .siteOperations: Bilingual("site operations", "activités de l’établissement"),
            .security: Bilingual("security", "sécurité"),
            .noRoomAvailable: Bilingual("no room available", "aucune salle disponible"),
            .other: Bilingual("other", "autre"),
        ]
    )
}

extension ContactChannel: NamedValue {
    static let names = ValueNames<ContactChannel>(
        "contactChannel",
        [
            .phone: Bilingual("phone", "téléphone"),
            .email: Bilingual("email", "courriel"),
            .mail: Bilingual("mail", "courrier"),
            .inPerson: Bilingual("in person", "en personne"),
            .throughVictimServices: Bilingual("through Victim Services", "par les Services aux victimes"),
        ]
    )
}

extension DialogueForm {
    /// One item of this form, for its heading: "Letter", "Video message".
    static let itemNames = ValueNames<DialogueForm>(
        "formItem",
        [
            .letter: Bilingual("Letter", "Lettre"),
            .videoMessage: Bilingual("Video message", "Message vidéo"),
            .relayedMessage: Bilingual("Message carried by the mediator", "Message transmis par le médiateur"),
            // Meetings are never items; named all the same, so that every form has an item name.
            .meetingInPerson: Bilingual("Meeting in person", "Rencontre en personne"),
            .meetingVideo: Bilingual("Meeting by video", "Rencontre par vidéo"),
        ]
    )

    func itemName(in language: Language) -> String { Self.itemNames.name(of: self, in: language) }
}

extension MediaType.Kind: NamedValue {
    static let names = ValueNames<MediaType.Kind>(
        "mediaTypeKind",
        [
            .document: Bilingual("scanned document", "document numérisé"),
            .image: Bilingual("scanned image", "image numérisée"),
            .video: Bilingual("video", "vidéo"),
            .audio: Bilingual("audio recording", "enregistrement audio"),
        ]
    )
}

extension CommunicationNeeds.Need: NamedValue {
    static let names = ValueNames<CommunicationNeeds.Need>(
        "communicationNeed",
        [
            .stepFreeAccess: Bilingual("step-free access", "accès sans marches"),
            .signLanguage: Bilingual("sign language interpretation", "interprétation en langue des signes"),
            .hearingSupport: Bilingual("hearing support (assistive listening)", "aide à l’audition (écoute assistée)"),
            .visualSupport: Bilingual("visual support (large print, screen reader)", "aide visuelle (gros caractères, lecteur d’écran)"),
            .plainLanguage: Bilingual("plain language", "langage clair"),
            .readingSupport: Bilingual("help with reading and writing", "aide à la lecture et à l’écriture"),
            .restBreaks: Bilingual("rest breaks", "pauses"),
            .serviceAnimal: Bilingual("service animal", "animal d’assistance"),
            .other: Bilingual("other (see notes)", "autre (voir les notes)"),
        ]
    )
}

extension CommunicationNeeds {
    /// "interpreter in Cree; step-free access; notes", for the case page.
    func summary(in language: Language) -> String {
        let interpreter = self.interpreterLanguage.map { "\(language.strings.interpreterInLabel) \($0)" }
        return ([interpreter].compactMap { $0 } + self.needs.map { $0.name(in: language) } + [self.notes]).filter { !$0.isEmpty }.joined(
            separator: "; "
        )
    }

    /// What the site needs to know for entry (R52): entry-relevant needs, and an interpreter who will enter too.
    func entrySummary(in language: Language) -> [String] {
        let interpreter = self.interpreterLanguage.map { "\(language.strings.interpreterInLabel) \($0)" }
        return [interpreter].compactMap { $0 } + self.needs.filter(\.concernsEntry).map { $0.name(in: language) }
    }
}
