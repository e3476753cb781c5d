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
        "passwordsDoNotMatch": Bilingual("The two new passwords are not the same.", "Les deux nouveaux mots de passe ne sont pas identiques."),
    ]
}
