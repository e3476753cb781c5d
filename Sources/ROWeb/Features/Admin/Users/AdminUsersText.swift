extension Catalogue {
    /// The texts of the administrators’ accounts pages, English and French side by side.
    static let adminUsers: [String: Bilingual] = [
        "accountsTitle": Bilingual("Accounts", "Comptes"),
        "accountsIntro": Bilingual(
            "Each account has one role. A role change one administrator proposes takes effect once a second administrator makes the same change; disabling an account takes effect at once.",
            "Chaque compte a un seul rôle. Un changement de rôle proposé par une administratrice ou un administrateur prend effet quand une deuxième personne effectue le même changement; la désactivation d’un compte prend effet immédiatement."
        ),
        "accountsTableCaption": Bilingual("All accounts", "Tous les comptes"),
        "actionsLabel": Bilingual("Actions", "Actions"),
        "statusActive": Bilingual("Active", "Actif"),
        "statusDisabled": Bilingual("Disabled", "Désactivé"),
        "statusAccessEnded": Bilingual("Access ended", "Accès terminé"),
        "accessEndsOn": Bilingual("last day of access: {day}", "dernier jour d’accès : {day}"),
        "accessEndingSoonTitle": Bilingual("Access ending within 30 days", "Accès se terminant d’ici 30 jours"),
        "lastDayLabel": Bilingual("Last day of access", "Dernier jour d’accès"),
        "setLastDayButton": Bilingual("Set", "Fixer"),
        "accessEndSetNotice": Bilingual("The end of access is set.", "La fin de l’accès est fixée."),
        "accessEndInvalid": Bilingual(
            "Give the last day of access as a date, for example 2027-03-31.",
            "Indiquez le dernier jour d’accès sous forme de date, par exemple 2027-03-31."
        ),
        "createAccountTitle": Bilingual("Create an account", "Créer un compte"),
        "temporaryPasswordLabel": Bilingual("Temporary password", "Mot de passe temporaire"),
        "createAccountButton": Bilingual("Create account", "Créer le compte"),
        "changeRoleButton": Bilingual("Change role", "Changer le rôle"),
        "newRoleLabel": Bilingual("New role for", "Nouveau rôle pour"),
        "chooseRole": Bilingual("Choose a role.", "Choisissez un rôle."),
        "disableButton": Bilingual("Disable", "Désactiver"),
        "enableButton": Bilingual("Enable", "Réactiver"),
        "yourOwnAccount": Bilingual("Your own account", "Votre propre compte"),
        "accountCreatedNotice": Bilingual("The account was created.", "Le compte a été créé."),
        "roleChangedNotice": Bilingual("The role was changed.", "Le rôle a été changé."),
        "accountDisabledNotice": Bilingual("The account was disabled.", "Le compte a été désactivé."),
        "accountEnabledNotice": Bilingual("The account was enabled.", "Le compte a été réactivé."),
        "roleProposedNotice": Bilingual(
            "Role change proposed: a second administrator must make the same change.",
            "Changement de rôle proposé : une deuxième administratrice ou un deuxième administrateur doit effectuer le même changement."
        ),
        "roleProposalWithdrawnNotice": Bilingual("Role change proposal withdrawn.", "Proposition de changement de rôle retirée."),
        "proposedByAnotherLabel": Bilingual(
            "Proposed by another administrator:",
            "Proposé par une autre administratrice ou un autre administrateur :"
        ),
        "proposedByYouLabel": Bilingual(
            "You proposed, waiting for a second administrator:",
            "Vous avez proposé, en attente d’une deuxième personne :"
        ),
        "approveRoleButton": Bilingual("Approve the proposed role", "Approuver le rôle proposé"),
        "withdrawProposalButton": Bilingual("Withdraw the proposal", "Retirer la proposition"),
    ]
}
