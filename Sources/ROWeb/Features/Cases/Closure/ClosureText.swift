extension Catalogue {
    /// The texts of closing a case, English and French side by side.
    static let closure: [String: Bilingual] = [
        "closeButton": Bilingual("Close", "Fermer"),
        "closeReasonHint": Bilingual(
            "Completion reasons apply after follow-up; screening reasons before dialogue. A withdrawal closes a case when it is recorded.",
            "Les motifs d’achèvement s’appliquent après le suivi; les motifs d’écartement avant le dialogue. Un retrait ferme le dossier lorsqu’il est consigné."
        ),
        "proposeClosureHint": Bilingual(
            "The coordinator decides and closes the case. A completion carries no judgment of success (R41).",
            "La coordination décide et ferme le dossier. Un dossier mené à terme ne porte aucun jugement de réussite (R41)."
        ),
        "proposeClosureButton": Bilingual("Propose closure", "Proposer la fermeture"),
    ]
}
