import ROCore

extension Role {
    /// The role's name as people read it.
    func builtInName(in language: Language) -> String {
        switch (self, language) {
        case (.coordinator, .en): "RO coordinator"
        case (.coordinator, .fr): "Coordonnateur ou coordonnatrice des PJR"
        case (.mediator, .en): "Mediator"
        case (.mediator, .fr): "Médiateur ou médiatrice"
        case (.referrer, .en): "Referring staff"
        case (.referrer, .fr): "Personnel qui aiguille"
        case (.victimServices, .en): "Victim Services Officer"
        case (.victimServices, .fr): "Agent ou agente des services aux victimes"
        case (.siteLiaison, .en): "Site liaison"
        case (.siteLiaison, .fr): "Agent ou agente de liaison du site"
        case (.manager, .en): "Program manager"
        case (.manager, .fr): "Gestionnaire du programme"
        case (.auditor, .en): "Auditor"
        case (.auditor, .fr): "Vérificateur ou vérificatrice"
        case (.admin, .en): "Administrator"
        case (.admin, .fr): "Administrateur ou administratrice"
        case (.participant, .en): "Participant"
        case (.participant, .fr): "Participant ou participante"
        }
    }
}

extension AuditOutcome {
    func name(in language: Language) -> String {
        switch (self, language) {
        case (.success, .en): "Done"
        case (.success, .fr): "Effectué"
        case (.denied, .en): "Refused"
        case (.denied, .fr): "Refusé"
        case (.failed, .en): "Failed"
        case (.failed, .fr): "Échoué"
        }
    }
}

extension AuditAction {
    func name(in language: Language) -> String {
        switch (self, language) {
        case (.signIn, .en): "Sign-in"
        case (.signIn, .fr): "Connexion"
        case (.signOut, .en): "Sign-out"
        case (.signOut, .fr): "Déconnexion"
        case (.passwordChanged, .en): "Password changed"
        case (.passwordChanged, .fr): "Mot de passe changé"
        case (.passwordReset, .en): "Password reset"
        case (.passwordReset, .fr): "Mot de passe réinitialisé"
        case (.userCreated, .en): "Account created"
        case (.userCreated, .fr): "Compte créé"
        case (.userRoleChanged, .en): "Role changed"
        case (.userRoleChanged, .fr): "Rôle changé"
        case (.userDisabled, .en): "Account disabled"
        case (.userDisabled, .fr): "Compte désactivé"
        case (.userEnabled, .en): "Account enabled"
        case (.userEnabled, .fr): "Compte réactivé"
        case (.usersListed, .en): "Accounts listed"
        case (.usersListed, .fr): "Comptes consultés"
        case (.tokenCreated, .en): "API token created"
        case (.tokenCreated, .fr): "Jeton d’API créé"
        case (.tokenRevoked, .en): "API token revoked"
        case (.tokenRevoked, .fr): "Jeton d’API révoqué"
        case (.tokenRefused, .en): "API token refused"
        case (.tokenRefused, .fr): "Jeton d’API refusé"
        case (.accessDenied, .en): "Access refused"
        case (.accessDenied, .fr): "Accès refusé"
        case (.auditVerified, .en): "Audit log verified"
        case (.auditVerified, .fr): "Journal d’audit vérifié"
        case (.programSettingsChanged, .en): "Program settings changed"
        case (.programSettingsChanged, .fr): "Paramètres du programme modifiés"
        case (.labelChanged, .en): "Label changed"
        case (.labelChanged, .fr): "Libellé modifié"
        case (.labelReset, .en): "Label reset"
        case (.labelReset, .fr): "Libellé rétabli"
        case (.caseOpened, .en): "Case opened"
        case (.caseOpened, .fr): "Dossier ouvert"
        case (.caseAccessReportRead, .en): "Case access report read"
        case (.caseAccessReportRead, .fr): "Rapport d’accès au dossier consulté"
        case (.caseRead, .en): "Case read"
        case (.caseRead, .fr): "Dossier consulté"
        case (.caseChanged, .en): "Case changed"
        case (.caseChanged, .fr): "Dossier modifié"
        case (.casesListed, .en): "Cases listed"
        case (.casesListed, .fr): "Dossiers énumérés"
        case (.entryRequestsListed, .en): "Entry requests listed"
        case (.entryRequestsListed, .fr): "Demandes d’entrée énumérées"
        case (.siteSaved, .en): "Site saved"
        case (.siteSaved, .fr): "Établissement enregistré"
        case (.siteLiaisonLinked, .en): "Site liaison linked"
        case (.siteLiaisonLinked, .fr): "Agent de liaison rattaché"
        case (.mediaRead, .en): "File read"
        case (.mediaRead, .fr): "Fichier consulté"
        case (.userRoleProposed, .en): "Role change proposed"
        case (.userRoleProposed, .fr): "Changement de rôle proposé"
        case (.userRoleProposalWithdrawn, .en): "Role change proposal withdrawn"
        case (.userRoleProposalWithdrawn, .fr): "Proposition de changement de rôle retirée"
        case (.statisticsRead, .en): "Statistics read"
        case (.statisticsRead, .fr): "Statistiques consultées"
        case (.informationGivenLogged, .en): "Information given, logged"
        case (.informationGivenLogged, .fr): "Information remise, consignée"
        case (.directRequestLogged, .en): "Direct request logged"
        case (.directRequestLogged, .fr): "Demande directe consignée"
        case (.caseMetadataRead, .en): "Case metadata read"
        case (.caseMetadataRead, .fr): "Métadonnées du dossier consultées"
        case (.investigationOpened, .en): "Investigation requested"
        case (.investigationOpened, .fr): "Enquête demandée"
        case (.investigationApproved, .en): "Investigation approved"
        case (.investigationApproved, .fr): "Enquête approuvée"
        case (.investigationClosed, .en): "Investigation closed"
        case (.investigationClosed, .fr): "Enquête fermée"
        case (.investigationsListed, .en): "Investigations listed"
        case (.investigationsListed, .fr): "Enquêtes consultées"
        case (.researchExtractProposed, .en): "Research extract proposed"
        case (.researchExtractProposed, .fr): "Extrait de recherche proposé"
        case (.researchExtractApproved, .en): "Research extract approved"
        case (.researchExtractApproved, .fr): "Extrait de recherche approuvé"
        case (.researchExtractProduced, .en): "Research extract produced"
        case (.researchExtractProduced, .fr): "Extrait de recherche produit"
        case (.researchExtractsListed, .en): "Research extracts listed"
        case (.researchExtractsListed, .fr): "Extraits de recherche consultés"
        case (.caseReadUnderInvestigation, .en): "Case read under an investigation"
        case (.caseReadUnderInvestigation, .fr): "Dossier consulté dans le cadre d’une enquête"
        }
    }
}

extension CaseStage {
    func builtInName(in language: Language) -> String {
        switch (self, language) {
        case (.requestReceived, .en): "Request received"
        case (.requestReceived, .fr): "Demande reçue"
        case (.assessment, .en): "Assessment"
        case (.assessment, .fr): "Évaluation"
        case (.assigned, .en): "Assigned"
        case (.assigned, .fr): "Confié"
        case (.preparation, .en): "Preparation"
        case (.preparation, .fr): "Préparation"
        case (.onHold, .en): "On hold"
        case (.onHold, .fr): "En pause"
        case (.dialogue, .en): "Dialogue"
        case (.dialogue, .fr): "Dialogue"
        case (.followUp, .en): "Follow-up"
        case (.followUp, .fr): "Suivi"
        case (.closed, .en): "Closed"
        case (.closed, .fr): "Fermé"
        case (.disposed, .en): "Disposed"
        case (.disposed, .fr): "Éliminé"
        }
    }
}
