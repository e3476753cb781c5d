extension Catalogue {
    /// The texts of the home page, English and French side by side.
    static let home: [String: Bilingual] = [
        "homeTitle": Bilingual("Home", "Accueil"),
        "auditContentRemovedEntry": Bilingual(
            "Content removed at the end of its retention (§7.3)",
            "Contenu supprimé à la fin de sa conservation (§7.3)"
        ),
        "welcome": Bilingual("Welcome,", "Bienvenue,"),
        "yourRole": Bilingual("Your role:", "Votre rôle :"),
        "homeCoordinator": Bilingual(
            "Requests and referrals waiting for assessment are listed in Cases, oldest first, with every case’s stage.",
            "Les demandes et les aiguillages en attente d’évaluation sont énumérés dans Dossiers, du plus ancien au plus récent, avec l’étape de chaque dossier."
        ),
        "homeMediator": Bilingual(
            "The cases assigned to you are listed in Cases.",
            "Les dossiers qui vous sont confiés sont énumérés dans Dossiers."
        ),
        "homeReferrer": Bilingual(
            "Refer an offender who expressed interest, and follow the status of your referrals.",
            "Aiguillez un délinquant qui a exprimé son intérêt et suivez l’état de vos aiguillages."
        ),
        "homeVictimServices": Bilingual(
            "The requests you submitted with a victim’s consent will be listed here.",
            "Les demandes que vous avez soumises avec le consentement d’une victime seront énumérées ici."
        ),
        "emptyVictimServices": Bilingual("You have not submitted any requests.", "Vous n’avez soumis aucune demande."),
        "homeSiteLiaison": Bilingual(
            "Entry requests for meetings at your sites will be listed here.",
            "Les demandes d’accès pour des rencontres dans vos sites seront énumérées ici."
        ),
        "homeManager": Bilingual(
            "The program's statistics for each fiscal year, with small numbers hidden.",
            "Les statistiques du programme pour chaque exercice, les petits nombres étant masqués."
        ),
        "homeAuditor": Bilingual(
            "The audit log records every sign-in, account change and access to case data. It holds no case content.",
            "Le journal d’audit consigne chaque connexion, chaque modification de compte et chaque accès aux données des dossiers. Il ne contient aucun contenu de dossier."
        ),
        "homeAdmin": Bilingual(
            "You manage accounts and roles. Administrators never see case content.",
            "Vous gérez les comptes et les rôles. Les administrateurs ne voient jamais le contenu des dossiers."
        ),
        "homeParticipant": Bilingual("The status of your request will be shown here.", "L’état de votre demande sera présenté ici."),
        "emptyParticipant": Bilingual("There is nothing new.", "Il n’y a rien de nouveau."),
        "manageAccountsLink": Bilingual("Manage accounts", "Gérer les comptes"),
        "accountCount": Bilingual("Accounts:", "Comptes :"),
        "auditIntegrity": Bilingual("Integrity of the audit log", "Intégrité du journal d’audit"),
        "auditIntact": Bilingual("Intact. Entries in the log:", "Intact. Entrées dans le journal :"),
        "auditBroken": Bilingual("Broken. First broken entry:", "Rompu. Première entrée rompue :"),
        "auditCheckedSince": Bilingual(
            "Checked from the signed checkpoint at entry",
            "Vérifié depuis le point de contrôle signé à l’entrée"
        ),
        "auditCheckedWhole": Bilingual(
            "Checked from the first entry: no signed checkpoint has been written yet.",
            "Vérifié depuis la première entrée : aucun point de contrôle signé n’a encore été écrit."
        ),
        "auditFullCheck": Bilingual(
            "A full check from the first entry, held to a copy of the checkpoint file: ro audit verify --checkpoints FILE.",
            "Vérification complète depuis la première entrée, au regard d’une copie du fichier de points de contrôle : ro audit verify --checkpoints FICHIER."
        ),
        "auditRecent": Bilingual("Latest entries", "Dernières entrées"),
        "auditEarlierLink": Bilingual("Earlier entries", "Entrées précédentes"),
        "auditNewestLink": Bilingual("Back to the latest entries", "Retour aux dernières entrées"),
        "auditEmpty": Bilingual("The audit log is empty.", "Le journal d’audit est vide."),
        "auditPosition": Bilingual("Entry", "Entrée"),
        "auditRole": Bilingual("Role", "Rôle"),
        "caseMetadataLink": Bilingual("Metadata", "Métadonnées"),
    ]
}
