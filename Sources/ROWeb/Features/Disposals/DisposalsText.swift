extension Catalogue {
    /// The texts of retention and disposal (§7.3, §7.4), English and French side by side.
    static let disposals: [String: Bilingual] = [
        "navDisposals": Bilingual("Retention", "Conservation"),
        "disposalsTitle": Bilingual("Retention and disposal", "Conservation et élimination"),
        "disposalsIntro": Bilingual(
            "A closed case is kept for the program’s period (§7.3), then one coordinator proposes its disposal and a second approves. Disposal destroys the case’s key and every record of it, backups included; only an anonymous residue for statistics and the certificate remain.",
            "Un dossier fermé est conservé pendant la période du programme (§7.3); puis une personne à la coordination en propose l’élimination et une deuxième l’approuve. L’élimination détruit la clé du dossier et tous ses documents, copies de sauvegarde comprises; seuls un résidu anonyme pour les statistiques et le certificat subsistent."
        ),
        "disposalsDueTitle": Bilingual("Cases whose retention has ended", "Dossiers dont la conservation a pris fin"),
        "disposalsDueEmpty": Bilingual("No case is due for disposal.", "Aucun dossier n’est à éliminer."),
        "recordingsDueTitle": Bilingual("Recordings whose retention has ended", "Enregistrements dont la conservation a pris fin"),
        "recordingsDueIntro": Bilingual(
            "Video and audio are kept for a shorter period after closure (§7.3). Erasing them deletes their content; the case keeps what each recording was, its size, and when and why it was erased.",
            "Les vidéos et enregistrements audio sont conservés moins longtemps après la fermeture (§7.3). Les effacer en supprime le contenu; le dossier garde la nature de chaque enregistrement, sa taille, ainsi que la date et le motif de l’effacement."
        ),
        "recordingsDueEmpty": Bilingual("No recording is due for erasure.", "Aucun enregistrement n’est à effacer."),
        "recordingsCountLabel": Bilingual("Recordings", "Enregistrements"),
        "recordingsDue": Bilingual("Due: a coordinator may erase them", "À effacer : une personne à la coordination peut les effacer"),
        "eraseRecordingsButton": Bilingual("Erase the recordings", "Effacer les enregistrements"),
        "recordingsErasedNotice": Bilingual(
            "The recordings are erased. The case keeps what they were.",
            "Les enregistrements sont effacés. Le dossier garde ce qu’ils étaient."
        ),
        "disposalReferenceLabel": Bilingual("Case", "Dossier"),
        "disposalClassLabel": Bilingual("Class", "Catégorie"),
        "disposalRetainedUntilLabel": Bilingual("Kept until", "Conservé jusqu’au"),
        "disposalStatusLabel": Bilingual("Where it stands", "Où en est-il"),
        "disposalDue": Bilingual("Due: a coordinator may propose it", "À éliminer : une personne à la coordination peut le proposer"),
        "disposalSuspended": Bilingual(
            "Suspended: a legal hold or an investigation is in force",
            "Suspendu : une suspension légale ou une enquête est en cours"
        ),
        "disposalProposedBy": Bilingual(
            "Proposed by {name} on {when}: a second coordinator approves",
            "Proposé par {name} le {when} : une deuxième personne à la coordination approuve"
        ),
        "proposeDisposalButton": Bilingual("Propose disposal", "Proposer l’élimination"),
        "approveDisposalButton": Bilingual("Approve and dispose of it", "Approuver et l’éliminer"),
        "withdrawDisposalButton": Bilingual("Withdraw the proposal", "Retirer la proposition"),
        "holdsTitle": Bilingual("Legal holds", "Suspensions légales"),
        "holdsIntro": Bilingual(
            "A legal hold, an open Privacy Act request or an investigation suspends every retention clock of the case. Give the request or file behind it; name no one.",
            "Une suspension légale, une demande ouverte en vertu de la Loi sur la protection des renseignements personnels ou une enquête suspend tous les délais de conservation du dossier. Indiquez la demande ou le dossier en cause; ne nommez personne."
        ),
        "holdReferenceLabel": Bilingual("Case reference (for example RO-2026-0007)", "Numéro du dossier (par exemple RO-2026-0007)"),
        "holdReasonLabel": Bilingual("Reason", "Motif"),
        "placeHoldButton": Bilingual("Place the hold", "Imposer la suspension"),
        "holdsEmpty": Bilingual("No hold is in force.", "Aucune suspension n’est en vigueur."),
        "holdPlacedBy": Bilingual("Placed by {name} on {when}", "Imposée par {name} le {when}"),
        "liftReasonLabel": Bilingual("Why it is lifted", "Motif de la levée"),
        "liftHoldButton": Bilingual("Lift the hold", "Lever la suspension"),
        "certificatesTitle": Bilingual("Disposal certificates", "Certificats d’élimination"),
        "certificatesEmpty": Bilingual("No case has been disposed of yet.", "Aucun dossier n’a encore été éliminé."),
        "certificateIDLabel": Bilingual("Certificate", "Certificat"),
        "certificateClosedInLabel": Bilingual("Closed in", "Fermé au cours de"),
        "certificateProposedLabel": Bilingual("Proposed", "Proposé"),
        "certificateDisposedLabel": Bilingual("Disposed of", "Éliminé"),
        "holdPlacedNotice": Bilingual("The hold is in force.", "La suspension est en vigueur."),
        "holdLiftedNotice": Bilingual("The hold is lifted.", "La suspension est levée."),
        "disposalProposedNotice": Bilingual(
            "Disposal proposed. A second coordinator approves it.",
            "Élimination proposée. Une deuxième personne à la coordination l’approuve."
        ),
        "disposalWithdrawnNotice": Bilingual("The proposal is withdrawn.", "La proposition est retirée."),
        "caseDisposedNotice": Bilingual(
            "The case is disposed of: its key and records are destroyed, and its certificate is issued.",
            "Le dossier est éliminé : sa clé et ses documents sont détruits, et son certificat est délivré."
        ),
    ]
}
