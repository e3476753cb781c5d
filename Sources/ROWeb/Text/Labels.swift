import ROCore

extension Role: NamedValue {
    /// The role's name as people read it.
    static let names = ValueNames<Role>(
        "role",
        [
            .coordinator: Bilingual("RO coordinator", "Coordonnateur ou coordonnatrice des PJR"),
            .mediator: Bilingual("Mediator", "Médiateur ou médiatrice"),
            .referrer: Bilingual("Referring staff", "Personnel qui aiguille"),
            .victimServices: Bilingual("Victim Services Officer", "Agent ou agente des services aux victimes"),
            .siteLiaison: Bilingual("Site liaison", "Agent ou agente de liaison du site"),
            .manager: Bilingual("Program manager", "Gestionnaire du programme"),
            .auditor: Bilingual("Auditor", "Vérificateur ou vérificatrice"),
            .admin: Bilingual("Administrator", "Administrateur ou administratrice"),
            .participant: Bilingual("Participant", "Participant ou participante"),
        ]
    )
}

extension AuditOutcome: NamedValue {
    static let names = ValueNames<AuditOutcome>(
        "auditOutcome",
        [
            .success: Bilingual("Done", "Effectué"),
            .denied: Bilingual("Refused", "Refusé"),
            .failed: Bilingual("Failed", "Échoué"),
        ]
    )
}

extension AuditAction: NamedValue {
    static let names = ValueNames<AuditAction>(
        "auditAction",
        [
            .signIn: Bilingual("Sign-in", "Connexion"),
            .signOut: Bilingual("Sign-out", "Déconnexion"),
            .passwordChanged: Bilingual("Password changed", "Mot de passe changé"),
            .secondFactorEnrolled: Bilingual("Second factor set up", "Deuxième facteur configuré"),
            .recoveryCodeUsed: Bilingual("Recovery code used", "Code de secours utilisé"),
            .passwordResetProposed: Bilingual("Password reset proposed", "Réinitialisation du mot de passe proposée"),
            .secondFactorResetProposed: Bilingual("Second factor reset proposed", "Réinitialisation du deuxième facteur proposée"),
            .secondFactorReset: Bilingual("Second factor reset", "Deuxième facteur réinitialisé"),
            .recoveryCodesReplaced: Bilingual("New recovery codes made", "Nouveaux codes de secours créés"),
            .identityConfirmed: Bilingual("Identity confirmed before an approval", "Identité confirmée avant une approbation"),
            .passwordReset: Bilingual("Password reset", "Mot de passe réinitialisé"),
            .userCreated: Bilingual("Account created", "Compte créé"),
            .userRoleChanged: Bilingual("Role changed", "Rôle changé"),
            .userDisabled: Bilingual("Account disabled", "Compte désactivé"),
            .userEnabled: Bilingual("Account enabled", "Compte réactivé"),
            .usersListed: Bilingual("Accounts listed", "Comptes consultés"),
            .tokenCreated: Bilingual("API token created", "Jeton d’API créé"),
            .tokenRevoked: Bilingual("API token revoked", "Jeton d’API révoqué"),
            .tokenRefused: Bilingual("API token refused", "Jeton d’API refusé"),
            .userAccessEndSet: Bilingual("Account access end set", "Fin de l’accès du compte fixée"),
            .accessDenied: Bilingual("Access refused", "Accès refusé"),
            .auditVerified: Bilingual("Audit log verified", "Journal d’audit vérifié"),
            .programSettingsChanged: Bilingual("Program settings changed", "Paramètres du programme modifiés"),
            .labelChanged: Bilingual("Label changed", "Libellé modifié"),
            .labelReset: Bilingual("Label reset", "Libellé rétabli"),
            .caseOpened: Bilingual("Case opened", "Dossier ouvert"),
            .legalHoldPlaced: Bilingual("Legal hold placed", "Suspension légale imposée"),
            .legalHoldLifted: Bilingual("Legal hold lifted", "Suspension légale levée"),
            .disposalProposed: Bilingual("Disposal proposed", "Élimination proposée"),
            .disposalWithdrawn: Bilingual("Disposal proposal withdrawn", "Proposition d’élimination retirée"),
            .recordingsErased: Bilingual("Recordings erased at the end of their retention", "Enregistrements effacés à la fin de leur conservation"),
            .auditContentRemoved: Bilingual(
                "Content of old audit entries removed at the end of their retention",
                "Contenu d’anciennes entrées du journal d’audit supprimé à la fin de sa conservation"
            ),
            .logsReducedToCounts: Bilingual("Old log entries reduced to counts", "Anciennes entrées de registre réduites à des nombres"),
            .caseDisposed: Bilingual("Case disposed of", "Dossier éliminé"),
            .disposalsListed: Bilingual("Disposals listed", "Éliminations consultées"),
            .restrictedNoteRead: Bilingual("Restricted note read", "Note restreinte consultée"),
            .caseAccessReportRead: Bilingual("Case access report read", "Rapport d’accès au dossier consulté"),
            .caseRead: Bilingual("Case read", "Dossier consulté"),
            .caseChanged: Bilingual("Case changed", "Dossier modifié"),
            .casesListed: Bilingual("Cases listed", "Dossiers énumérés"),
            .casesSearched: Bilingual("Cases searched", "Dossiers recherchés"),
            .entryRequestsListed: Bilingual("Entry requests listed", "Demandes d’entrée énumérées"),
            .siteSaved: Bilingual("Site saved", "Établissement enregistré"),
            .siteLiaisonLinked: Bilingual("Site liaison linked", "Agent de liaison rattaché"),
            .mediaRead: Bilingual("File read", "Fichier consulté"),
            .userRoleProposed: Bilingual("Role change proposed", "Changement de rôle proposé"),
            .userRoleProposalWithdrawn: Bilingual("Role change proposal withdrawn", "Proposition de changement de rôle retirée"),
            .userCreationProposed: Bilingual("Account proposed", "Compte proposé"),
            .userEnableProposed: Bilingual("Re-enabling proposed", "Réactivation proposée"),
            .userProposalWithdrawn: Bilingual("Account proposal withdrawn", "Proposition sur un compte retirée"),
            .statisticsRead: Bilingual("Statistics read", "Statistiques consultées"),
            .informationGivenLogged: Bilingual("Information given, logged", "Information remise, consignée"),
            .directRequestLogged: Bilingual("Direct request logged", "Demande directe consignée"),
            .caseMetadataRead: Bilingual("Case metadata read", "Métadonnées du dossier consultées"),
            .investigationOpened: Bilingual("Investigation requested", "Enquête demandée"),
            .investigationApproved: Bilingual("Investigation approved", "Enquête approuvée"),
            .investigationClosed: Bilingual("Investigation closed", "Enquête fermée"),
            .investigationsListed: Bilingual("Investigations listed", "Enquêtes consultées"),
            .researchExtractProposed: Bilingual("Research extract proposed", "Extrait de recherche proposé"),
            .researchExtractApproved: Bilingual("Research extract approved", "Extrait de recherche approuvé"),
            .researchExtractProduced: Bilingual("Research extract produced", "Extrait de recherche produit"),
            .researchExtractsListed: Bilingual("Research extracts listed", "Extraits de recherche consultés"),
            .caseReadUnderInvestigation: Bilingual("Case read under an investigation", "Dossier consulté dans le cadre d’une enquête"),
        ]
    )
}

extension CaseStage: NamedValue {
    static let names = ValueNames<CaseStage>(
        "stage",
        [
            .requestReceived: Bilingual("Request received", "Demande reçue"),
            .assessment: Bilingual("Assessment", "Évaluation"),
            .assigned: Bilingual("Assigned", "Confié"),
            .preparation: Bilingual("Preparation", "Préparation"),
            .onHold: Bilingual("On hold", "En pause"),
            .dialogue: Bilingual("Dialogue", "Dialogue"),
            .followUp: Bilingual("Follow-up", "Suivi"),
            .closed: Bilingual("Closed", "Fermé"),
            .disposed: Bilingual("Disposed", "Éliminé"),
        ]
    )
}
