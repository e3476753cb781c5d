import ROCore

extension RequesterType {
    func builtInName(in language: Language) -> String {
        switch (self, language) {
        case (.registeredVictim, .en): "registered victim"
        case (.registeredVictim, .fr): "victime inscrite"
        case (.nonRegisteredVictim, .en): "victim, not registered"
        case (.nonRegisteredVictim, .fr): "victime non inscrite"
        case (.representative, .en): "representative of a registered victim"
        case (.representative, .fr): "représentant d’une victime inscrite"
        case (.offenderFamilyMember, .en): "family member harmed by the offender"
        case (.offenderFamilyMember, .fr): "membre de la famille lésé par le délinquant"
        case (.communityMember, .en): "community member"
        case (.communityMember, .fr): "membre de la collectivité"
        }
    }
}

extension IntakeChannel {
    func name(in language: Language) -> String {
        switch (self, language) {
        case (.phone, .en): "phone"
        case (.phone, .fr): "téléphone"
        case (.mail, .en): "mail"
        case (.mail, .fr): "courrier"
        case (.email, .en): "email"
        case (.email, .fr): "courriel"
        case (.victimServices, .en): "Victim Services"
        case (.victimServices, .fr): "Services aux victimes"
        case (.publicForm, .en): "public form"
        case (.publicForm, .fr): "formulaire public"
        case (.staffReferral, .en): "staff referral"
        case (.staffReferral, .fr): "aiguillage du personnel"
        }
    }
}

extension ParticipantRole {
    func name(in language: Language) -> String {
        switch (self, language) {
        case (.victim, .en): "Victim"
        case (.victim, .fr): "Victime"
        case (.representative, .en): "Representative"
        case (.representative, .fr): "Représentant ou représentante"
        case (.offender, .en): "Offender"
        case (.offender, .fr): "Délinquant ou délinquante"
        case (.supportPerson, .en): "Support person"
        case (.supportPerson, .fr): "Personne de soutien"
        }
    }
}

extension ClosureReason {
    /// No reason carries blame (R41).
    func builtInName(in language: Language) -> String {
        switch (self, language) {
        case (.completedFaceToFace, .en): "completed, with a meeting"
        case (.completedFaceToFace, .fr): "terminé, avec une rencontre"
        case (.completedIndirect, .en): "completed, indirectly"
        case (.completedIndirect, .fr): "terminé, de façon indirecte"
        case (.ineligible, .en): "not eligible"
        case (.ineligible, .fr): "non admissible"
        case (.screenedOutOtherPartyUnwilling, .en): "the other party did not wish to take part"
        case (.screenedOutOtherPartyUnwilling, .fr): "l’autre partie n’a pas souhaité participer"
        case (.screenedOutOtherPartyUnreachable, .en): "the other party could not be reached safely"
        case (.screenedOutOtherPartyUnreachable, .fr): "l’autre partie n’a pu être jointe en sécurité"
        case (.screenedOutReadiness, .en): "not the right time"
        case (.screenedOutReadiness, .fr): "pas le bon moment"
        case (.screenedOutSafety, .en): "for safety"
        case (.screenedOutSafety, .fr): "pour la sécurité"
        case (.withdrawnVictimSide, .en): "the victim side withdrew"
        case (.withdrawnVictimSide, .fr): "la partie victime s’est retirée"
        case (.withdrawnOffender, .en): "the offender withdrew"
        case (.withdrawnOffender, .fr): "le délinquant s’est retiré"
        case (.safety, .en): "for safety"
        case (.safety, .fr): "pour la sécurité"
        case (.offenderDeceased, .en): "the offender died"
        case (.offenderDeceased, .fr): "le délinquant est décédé"
        case (.victimDeceased, .en): "the victim died"
        case (.victimDeceased, .fr): "la victime est décédée"
        case (.removedFromCanada, .en): "removed from Canada"
        case (.removedFromCanada, .fr): "renvoyé du Canada"
        case (.otherUnspecified, .en): "other reason"
        case (.otherUnspecified, .fr): "autre motif"
        }
    }
}

extension RelayedItem.State {
    func name(in language: Language) -> String {
        switch (self, language) {
        case (.draft, .en): "Draft"
        case (.draft, .fr): "Brouillon"
        case (.inReview, .en): "In review"
        case (.inReview, .fr): "En examen"
        case (.returned, .en): "Returned with a comment"
        case (.returned, .fr): "Retournée avec un commentaire"
        case (.approved, .en): "Approved, waiting for release"
        case (.approved, .fr): "Approuvée, en attente de transmission"
        case (.released, .en): "Released"
        case (.released, .fr): "Transmise"
        case (.delivered, .en): "Delivered"
        case (.delivered, .fr): "Remise"
        case (.acknowledged, .en): "Receipt acknowledged"
        case (.acknowledged, .fr): "Réception confirmée"
        case (.withdrawnBySender, .en): "Withdrawn by its sender"
        case (.withdrawnBySender, .fr): "Retirée par son auteur"
        case (.cancelled, .en): "Cancelled, never delivered"
        case (.cancelled, .fr): "Annulée, jamais remise"
        }
    }
}

extension ConsentPurpose {
    func name(in language: Language) -> String {
        let en = language == .en
        switch self {
        case .takePart: return en ? "taking part" : "participer"
        case .approachOtherParty: return en ? "approaching the other party" : "approcher l’autre partie"
        case .form(let form): return en ? "dialogue by \(form.name(in: language))" : "dialogue par \(form.name(in: language))"
        case .shareItem: return en ? "sharing an item" : "transmettre un élément"
        case .receiveItems: return en ? "receiving items" : "recevoir des éléments"
        case .notifySenderOfReceipt: return en ? "telling the sender of receipt" : "informer l’auteur de la réception"
        case .recordMeeting: return en ? "recording a meeting" : "enregistrer une rencontre"
        case .researchUse: return en ? "research use (optional)" : "utilisation pour la recherche (facultatif)"
        case .supportPerson: return en ? "a support person attending" : "la présence d’une personne de soutien"
        }
    }
}

extension ConsentDecision {
    func name(in language: Language) -> String {
        switch (self, language) {
        case (.given, .en): "given"
        case (.given, .fr): "donné"
        case (.refused, .en): "refused"
        case (.refused, .fr): "refusé"
        case (.withdrawn, .en): "withdrawn"
        case (.withdrawn, .fr): "retiré"
        }
    }
}

extension DialogueForm {
    func builtInName(in language: Language) -> String {
        switch (self, language) {
        case (.letter, .en): "letters"
        case (.letter, .fr): "lettres"
        case (.videoMessage, .en): "video messages"
        case (.videoMessage, .fr): "messages vidéo"
        case (.relayedMessage, .en): "messages carried by the mediator"
        case (.relayedMessage, .fr): "messages transmis par le médiateur"
        case (.meetingInPerson, .en): "a meeting in person"
        case (.meetingInPerson, .fr): "une rencontre en personne"
        case (.meetingVideo, .en): "a meeting by video"
        case (.meetingVideo, .fr): "une rencontre par vidéo"
        }
    }
}

extension Meeting.State {
    func name(in language: Language) -> String {
        switch (self, language) {
        case (.proposed, .en): "Proposed"
        case (.proposed, .fr): "Proposée"
        case (.gatheringAvailability, .en): "Gathering availability"
        case (.gatheringAvailability, .fr): "Collecte des disponibilités"
        case (.entryRequested, .en): "Entry requested"
        case (.entryRequested, .fr): "Entrée demandée"
        case (.confirmed, .en): "Confirmed"
        case (.confirmed, .fr): "Confirmée"
        case (.held, .en): "Held"
        case (.held, .fr): "Tenue"
        case (.postponed, .en): "Postponed"
        case (.postponed, .fr): "Reportée"
        case (.cancelled, .en): "Cancelled"
        case (.cancelled, .fr): "Annulée"
        }
    }
}

extension EntryRequest.Status {
    func name(in language: Language) -> String {
        switch (self, language) {
        case (.requested, .en): "Waiting for the site"
        case (.requested, .fr): "En attente de l’établissement"
        case (.approved, .en): "Approved"
        case (.approved, .fr): "Approuvée"
        case (.declined, .en): "Declined"
        case (.declined, .fr): "Refusée"
        case (.otherTimeProposed, .en): "Another time proposed"
        case (.otherTimeProposed, .fr): "Autre moment proposé"
        }
    }
}

extension EntryRequest.DeclineReason {
    func name(in language: Language) -> String {
        switch (self, language) {
        case (.siteOperations, .en): "site operations"
        case (.siteOperations, .fr): "activités de l’établissement"
        case (.security, .en): "security"
        case (.security, .fr): "sécurité"
        case (.noRoomAvailable, .en): "no room available"
        case (.noRoomAvailable, .fr): "aucune salle disponible"
        case (.other, .en): "other"
        case (.other, .fr): "autre"
        }
    }
}

extension NeedCode {
    /// The §6 wording. None of them is forgiveness (R40), nor may a need the program adds be.
    func builtInName(in language: Language) -> String {
        switch (self, language) {
        case (.v01, .en), (.o01, .en): "tell their story"
        case (.v01, .fr), (.o01, .fr): "raconter son histoire"
        case (.v02, .en): "describe the physical, emotional and financial impact"
        case (.v02, .fr): "décrire les répercussions physiques, émotionnelles et financières"
        case (.v03, .en): "ask unanswered questions, including ones left after sentencing"
        case (.v03, .fr): "poser des questions restées sans réponse, y compris après la détermination de la peine"
        case (.v04, .en): "see that the offender understands the impact"
        case (.v04, .fr): "constater que le délinquant comprend les répercussions"
        case (.v05, .en): "help find ways to address the harm"
        case (.v05, .fr): "aider à trouver des façons de réparer le tort"
        case (.v06, .en): "be heard and find a way forward"
        case (.v06, .fr): "être entendu et trouver une façon d’avancer"
        case (.v07, .en): "raise concerns about the offender’s release"
        case (.v07, .fr): "exprimer des préoccupations au sujet de la mise en liberté du délinquant"
        case (.v99, .en), (.o99, .en): "other, in their own words"
        case (.v99, .fr), (.o99, .fr): "autre, dans ses propres mots"
        case (.o02, .en): "hear first-hand how the crime affected the victim"
        case (.o02, .fr): "entendre directement comment le crime a touché la victime"
        case (.o03, .en): "acknowledge the harm and accept responsibility"
        case (.o03, .fr): "reconnaître le tort causé et en accepter la responsabilité"
        case (.o04, .en): "answer the victim’s questions"
        case (.o04, .fr): "répondre aux questions de la victime"
        case (.o05, .en): "express remorse"
        case (.o05, .fr): "exprimer des remords"
        case (.o06, .en): "repair harm where possible"
        case (.o06, .fr): "réparer le tort lorsque c’est possible"
        case (.o07, .en): "gain insight toward accountability and change"
        case (.o07, .fr): "mieux comprendre pour assumer ses actes et changer"
        case (.c01, .en): "speak to the wider effects"
        case (.c01, .fr): "parler des effets plus larges"
        default: self.rawValue  // a need the program added: named in the settings, which the wording carries
        }
    }
}

extension ContactChannel {
    func name(in language: Language) -> String {
        switch (self, language) {
        case (.phone, .en): "phone"
        case (.phone, .fr): "téléphone"
        case (.email, .en): "email"
        case (.email, .fr): "courriel"
        case (.mail, .en): "mail"
        case (.mail, .fr): "courrier"
        case (.inPerson, .en): "in person"
        case (.inPerson, .fr): "en personne"
        case (.throughVictimServices, .en): "through Victim Services"
        case (.throughVictimServices, .fr): "par les Services aux victimes"
        }
    }
}

extension DialogueForm {
    /// One item of this form, for its heading: "Letter", "Video message".
    func itemName(in language: Language) -> String {
        switch (self, language) {
        case (.letter, .en): "Letter"
        case (.letter, .fr): "Lettre"
        case (.videoMessage, .en): "Video message"
        case (.videoMessage, .fr): "Message vidéo"
        case (.relayedMessage, .en): "Message carried by the mediator"
        case (.relayedMessage, .fr): "Message transmis par le médiateur"
        case (.meetingInPerson, _), (.meetingVideo, _): self.name(in: language).capitalizedFirst
        }
    }
}

extension MediaType.Kind {
    func name(in language: Language) -> String {
        switch (self, language) {
        case (.document, .en): "scanned document"
        case (.document, .fr): "document numérisé"
        case (.image, .en): "scanned image"
        case (.image, .fr): "image numérisée"
        case (.video, .en): "video"
        case (.video, .fr): "vidéo"
        case (.audio, .en): "audio recording"
        case (.audio, .fr): "enregistrement audio"
        }
    }
}

extension CommunicationNeeds.Need {
    func builtInName(in language: Language) -> String {
        switch (self, language) {
        case (.stepFreeAccess, .en): "step-free access"
        case (.stepFreeAccess, .fr): "accès sans marches"
        case (.signLanguage, .en): "sign language interpretation"
        case (.signLanguage, .fr): "interprétation en langue des signes"
        case (.hearingSupport, .en): "hearing support (assistive listening)"
        case (.hearingSupport, .fr): "aide à l’audition (écoute assistée)"
        case (.visualSupport, .en): "visual support (large print, screen reader)"
        case (.visualSupport, .fr): "aide visuelle (gros caractères, lecteur d’écran)"
        case (.plainLanguage, .en): "plain language"
        case (.plainLanguage, .fr): "langage clair"
        case (.readingSupport, .en): "help with reading and writing"
        case (.readingSupport, .fr): "aide à la lecture et à l’écriture"
        case (.restBreaks, .en): "rest breaks"
        case (.restBreaks, .fr): "pauses"
        case (.serviceAnimal, .en): "service animal"
        case (.serviceAnimal, .fr): "animal d’assistance"
        case (.other, .en): "other (see notes)"
        case (.other, .fr): "autre (voir les notes)"
        }
    }
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
