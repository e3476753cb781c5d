extension Catalogue {
    /// The texts of the administrators’ accounts pages, English and French side by side.
    static let adminUsers: [String: Bilingual] = [
        "accountsTitle": Bilingual("Accounts", "Comptes"),
        "accountsIntro": Bilingual(
            "Each account has one role. A new account, a role change, re-enabling an account and resetting a password or a second step take two administrators: one proposes, a second approves. Disabling an account takes effect at once.",
            "Chaque compte a un seul rôle. Un nouveau compte, un changement de rôle, la réactivation d’un compte et la réinitialisation d’un mot de passe ou d’une deuxième étape demandent deux administratrices ou administrateurs : une personne propose, une deuxième approuve. La désactivation d’un compte prend effet immédiatement."
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
        "accountProposedNotice": Bilingual(
            "Account proposed: it can be used once a second administrator approves it.",
            "Compte proposé : il pourra servir quand une deuxième administratrice ou un deuxième administrateur l’aura approuvé."
        ),
        "enableProposedNotice": Bilingual(
            "Re-enabling proposed: a second administrator must approve it.",
            "Réactivation proposée : une deuxième administratrice ou un deuxième administrateur doit l’approuver."
        ),
        "proposalApprovedNotice": Bilingual("Approved: the change is made.", "Approuvé : le changement est fait."),
        "proposalWithdrawnNotice": Bilingual(
            "Proposal withdrawn. A new account withdrawn stays disabled.",
            "Proposition retirée. Un nouveau compte retiré reste désactivé."
        ),
        "statusAwaitingApproval": Bilingual("Awaiting a second administrator", "En attente d’une deuxième approbation"),
        "proposalCreation": Bilingual("a new account", "un nouveau compte"),
        "proposalReenabling": Bilingual("enabling it again", "sa réactivation"),
        "proposalSecondFactorReset": Bilingual(
            "resetting its second step (a new app at the next sign-in)",
            "la réinitialisation de sa deuxième étape (une nouvelle application à la prochaine connexion)"
        ),
        "newAccountLastDayLabel": Bilingual("Last day of access", "Dernier jour d’accès"),
        "newAccountLastDayHint": Bilingual(
            "Required for a mediator: the last day of their contract. Their access ends when that day ends.",
            "Obligatoire pour un médiateur ou une médiatrice : le dernier jour de son contrat. L’accès prend fin à la fin de ce jour."
        ),
        "resetPasswordButton": Bilingual("Reset password", "Réinitialiser le mot de passe"),
        "proposalPasswordReset": Bilingual("a new temporary password", "un nouveau mot de passe temporaire"),
        "passwordResetProposedNotice": Bilingual(
            "Password reset proposed: a second administrator must approve it, and then sees the temporary password.",
            "Réinitialisation du mot de passe proposée : une deuxième administratrice ou un deuxième administrateur doit l’approuver, puis voit le mot de passe temporaire."
        ),
        "temporaryPasswordNotice": Bilingual(
            "Approved. The temporary password of {username}, shown only this once: {password}. Give it to them by a channel only they use; their sessions were ended.",
            "Approuvé. Le mot de passe temporaire de {username}, affiché cette seule fois : {password}. Transmettez-le par un moyen que cette personne est seule à utiliser; ses sessions ont été fermées."
        ),
        "resetSecondFactorButton": Bilingual("Reset second step", "Réinitialiser la deuxième étape"),
        "secondFactorResetProposedNotice": Bilingual(
            "Reset of the second step proposed: a second administrator must approve it.",
            "Réinitialisation de la deuxième étape proposée : une deuxième administratrice ou un deuxième administrateur doit l’approuver."
        ),
        "proposalRole": Bilingual("the role {role}", "le rôle {role}"),
        "approveProposalButton": Bilingual("Approve", "Approuver"),
        "awaitingYourApprovalTitle": Bilingual("Waiting for your approval", "En attente de votre approbation"),
        "error.account-awaiting-approval": Bilingual(
            "This new account awaits a second administrator: approve it or withdraw it first.",
            "Ce nouveau compte attend une deuxième approbation : approuvez-le ou retirez-le d’abord."
        ),
        "error.token-read-only": Bilingual(
            "This API token may only read. Ask an operator for a read-write token to change anything.",
            "Ce jeton d’API ne permet que la lecture. Demandez un jeton en lecture et écriture pour modifier quoi que ce soit."
        ),
        "error.approval-needs-sign-in": Bilingual(
            "A second approval is given by a person signed in on the pages, never with an API token.",
            "Une deuxième approbation est donnée par une personne connectée aux pages, jamais avec un jeton d’API."
        ),
        "error.nothing-to-approve": Bilingual(
            "There is nothing to approve on this account any more: another administrator acted first. Look at the list again.",
            "Il n’y a plus rien à approuver pour ce compte : une autre personne a agi avant vous. Consultez la liste à nouveau."
        ),
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
        "withdrawProposalButton": Bilingual("Withdraw the proposal", "Retirer la proposition"),
    ]
}
