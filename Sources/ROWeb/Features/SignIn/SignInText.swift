extension Catalogue {
    /// The texts of the sign-in pages, English and French side by side.
    static let signIn: [String: Bilingual] = [
        "signInTitle": Bilingual("Sign in", "Connexion"),
        "signInIntro": Bilingual(
            "For Restorative Opportunities staff and mediators.",
            "Pour le personnel et les médiateurs des Possibilités de justice réparatrice."
        ),
        "passwordLabel": Bilingual("Password", "Mot de passe"),
        "signInButton": Bilingual("Sign in", "Se connecter"),
        "signedOutNotice": Bilingual("You are signed out.", "Vous êtes déconnecté."),
        "signInExpiredNotice": Bilingual(
            "Your sign-in took too long. Type your user name and password again.",
            "Votre connexion a pris trop de temps. Tapez de nouveau votre nom d’utilisateur et votre mot de passe."
        ),
    ]

    /// The second step of sign-in: the code, setting up an authenticator app, the recovery codes.
    static let secondFactor: [String: Bilingual] = [
        "secondFactorTitle": Bilingual("Enter your code", "Entrez votre code"),
        "secondFactorIntro": Bilingual(
            "Your password is right. Open your authenticator app and enter the code it shows for RO.",
            "Votre mot de passe est exact. Ouvrez votre application d’authentification et entrez le code qu’elle affiche pour RO."
        ),
        "demoCodeNotice": Bilingual(
            "Demonstration database: the code the app would show now is",
            "Base de démonstration : le code que l’application afficherait maintenant est"
        ),
        "codeLabel": Bilingual("Code", "Code"),
        "codeHint": Bilingual(
            "Six digits. If you do not have your phone, enter one of your recovery codes instead.",
            "Six chiffres. Si vous n’avez pas votre téléphone, entrez plutôt un de vos codes de secours."
        ),
        "continueButton": Bilingual("Continue", "Continuer"),
        "startAgainLink": Bilingual("Start again with your password", "Recommencer avec votre mot de passe"),
        "setUpTitle": Bilingual("Set up your second step", "Configurer votre deuxième étape"),
        "setUpIntro": Bilingual(
            "Your account holds information about people harmed by serious crime. From now on, signing in takes your password and a code from an app on your phone.",
            "Votre compte donne accès à des renseignements sur des personnes touchées par des crimes graves. Désormais, la connexion demande votre mot de passe et un code d’une application sur votre téléphone."
        ),
        "setUpStepApp": Bilingual(
            "Install an authenticator app on your phone, if you do not have one (your department may name one).",
            "Installez une application d’authentification sur votre téléphone, si vous n’en avez pas (votre ministère peut en indiquer une)."
        ),
        "setUpStepScan": Bilingual("In the app, add an account and scan this code.", "Dans l’application, ajoutez un compte et balayez ce code."),
        "qrLabel": Bilingual("QR code to scan with your authenticator app", "Code QR à balayer avec votre application d’authentification"),
        "setUpStepType": Bilingual(
            "Cannot scan it? Type this key in the app instead:",
            "Impossible de le balayer? Tapez plutôt cette clé dans l’application :"
        ),
        "openInAppLink": Bilingual("On this phone? Open the key in your app", "Sur ce téléphone? Ouvrez la clé dans votre application"),
        "setUpStepCode": Bilingual(
            "Enter the six-digit code the app now shows.",
            "Entrez le code à six chiffres que l’application affiche maintenant."
        ),
        "firstCodeLabel": Bilingual("Code from the app", "Code de l’application"),
        "confirmSetUpButton": Bilingual("Confirm and sign in", "Confirmer et se connecter"),
        "recoveryCodesTitle": Bilingual("Your recovery codes", "Vos codes de secours"),
        "recoveryCodesIntro": Bilingual(
            "If you lose your phone, each of these codes signs you in once instead of a code from the app. Print them or write them down, and keep them somewhere safe, away from your phone.",
            "Si vous perdez votre téléphone, chacun de ces codes vous connecte une fois à la place d’un code de l’application. Imprimez-les ou notez-les, et gardez-les en lieu sûr, loin de votre téléphone."
        ),
        "recoveryCodesOnce": Bilingual(
            "They are shown only this once. When you have used them up, an administrator can set up your second step again.",
            "Ils ne sont affichés qu’une seule fois. Quand vous les aurez tous utilisés, un administrateur pourra configurer de nouveau votre deuxième étape."
        ),
        "recoveryCodesContinue": Bilingual("I have kept them: continue", "Je les ai conservés : continuer"),
        "confirmIdentityTitle": Bilingual("Confirm it is you", "Confirmez que c’est bien vous"),
        "confirmIdentityIntro": Bilingual(
            "An approval lets something happen that one person alone may not do. Give your password and your code again: the approval goes through as soon as they are right.",
            "Une approbation permet ce qu’une seule personne ne peut pas faire. Donnez de nouveau votre mot de passe et votre code : l’approbation se fait dès qu’ils sont exacts."
        ),
        "confirmIdentityButton": Bilingual("Confirm and approve", "Confirmer et approuver"),
        "confirmIdentityIntroCodes": Bilingual(
            "New recovery codes replace the ones you have. Give your password and your code again: the new codes are shown as soon as they are right.",
            "De nouveaux codes de secours remplacent ceux que vous avez. Donnez de nouveau votre mot de passe et votre code : les nouveaux codes s’affichent dès qu’ils sont exacts."
        ),
        "confirmIdentityButtonCodes": Bilingual("Confirm and make new codes", "Confirmer et créer de nouveaux codes"),
        "confirmIdentityCancel": Bilingual("Cancel: change nothing", "Annuler : ne rien changer"),
    ]
}
