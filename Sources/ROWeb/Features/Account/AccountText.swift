extension Catalogue {
    /// The texts of the account page, English and French side by side.
    static let account: [String: Bilingual] = [
        "accountTitle": Bilingual("My account", "Mon compte"),
        "accountDetails": Bilingual("Account details", "Détails du compte"),
        "changePasswordTitle": Bilingual("Change password", "Changer le mot de passe"),
        "currentPasswordLabel": Bilingual("Current password", "Mot de passe actuel"),
        "newPasswordLabel": Bilingual("New password", "Nouveau mot de passe"),
        "confirmPasswordLabel": Bilingual("New password again", "Nouveau mot de passe, encore une fois"),
        "changePasswordButton": Bilingual("Change password", "Changer le mot de passe"),
        "passwordChangedNotice": Bilingual(
            "Your password was changed. Your other sessions were signed out.",
            "Votre mot de passe a été changé. Vos autres sessions ont été fermées."
        ),
        "secondStepTitle": Bilingual("Second step at sign-in", "Deuxième étape de connexion"),
        "secondStepOn": Bilingual(
            "Set up: signing in takes your password and a code from your authenticator app.",
            "Configurée : la connexion demande votre mot de passe et un code de votre application d’authentification."
        ),
        "recoveryCodesLeft": Bilingual("Recovery codes left: {count} of 10.", "Codes de secours restants : {count} sur 10."),
        "newRecoveryCodesButton": Bilingual("Make 10 new recovery codes", "Créer 10 nouveaux codes de secours"),
        "newRecoveryCodesHint": Bilingual(
            "The codes you have now stop working. You confirm it is you first.",
            "Les codes que vous avez cessent de fonctionner. Vous confirmez d’abord que c’est bien vous."
        ),
        "secondStepOff": Bilingual(
            "Not set up. A code from an app on your phone at each sign-in keeps your account safe even if your password is stolen.",
            "Non configurée. Un code d’une application sur votre téléphone à chaque connexion protège votre compte même si votre mot de passe est volé."
        ),
        "setUpSecondStepButton": Bilingual("Set up a second step", "Configurer une deuxième étape"),
        "passwordsDoNotMatch": Bilingual("The two new passwords are not the same.", "Les deux nouveaux mots de passe ne sont pas identiques."),
    ]
}
