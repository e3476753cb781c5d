import ROCore

extension NeedCode: NamedValue {
    /// The §6 wording. None of them is forgiveness (R40), nor may a need the program adds be: those are named in the
    /// program settings, which the wording carries under the same keys.
    static let names = ValueNames<NeedCode>(
        "need",
        [
            .c01: Bilingual("speak to the wider effects", "parler des effets plus larges"),
            .o01: Bilingual("tell their story", "raconter son histoire"),
            .o02: Bilingual("hear first-hand how the crime affected the victim", "entendre directement comment le crime a touché la victime"),
            .o03: Bilingual("acknowledge the harm and accept responsibility", "reconnaître le tort causé et en accepter la responsabilité"),
            .o04: Bilingual("answer the victim’s questions", "répondre aux questions de la victime"),
            .o05: Bilingual("express remorse", "exprimer des remords"),
            .o06: Bilingual("repair harm where possible", "réparer le tort lorsque c’est possible"),
            .o07: Bilingual("gain insight toward accountability and change", "mieux comprendre pour assumer ses actes et changer"),
            .o99: Bilingual("other, in their own words", "autre, dans ses propres mots"),
            .v01: Bilingual("tell their story", "raconter son histoire"),
            .v02: Bilingual(
                "describe the physical, emotional and financial impact",
                "décrire les répercussions physiques, émotionnelles et financières"
            ),
            .v03: Bilingual(
                "ask unanswered questions, including ones left after sentencing",
                "poser des questions restées sans réponse, y compris après la détermination de la peine"
            ),
            .v04: Bilingual("see that the offender understands the impact", "constater que le délinquant comprend les répercussions"),
            .v05: Bilingual("help find ways to address the harm", "aider à trouver des façons de réparer le tort"),
            .v06: Bilingual("be heard and find a way forward", "être entendu et trouver une façon d’avancer"),
            .v07: Bilingual(
                "raise concerns about the offender’s release",
                "exprimer des préoccupations au sujet de la mise en liberté du délinquant"
            ),
            .v99: Bilingual("other, in their own words", "autre, dans ses propres mots"),
        ]
    )
}
