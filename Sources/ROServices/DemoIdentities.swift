import Foundation
import ROCore

/// §7.2 for the demo: each person in a demo case has an identity, realistic and clearly fictional: names in their
/// language, phone numbers in the 555-01xx range kept for fiction, e-mails at example.org, addresses on invented
/// streets. The same participant id always gets the same identity, so the tests' demo reads the same every run.
enum DemoIdentities {
    static func record(for participant: Participant) -> PersonRecord {
        let french = participant.language == "fr"
        let names: [String] =
            switch (participant.role, french) {
            case (.victim, true): ["Gaëtane Tremblay", "Josée Bélanger", "Réjean Côté", "Hélène Gagnon"]
            case (.victim, false): ["Margaret Whitfield", "Daniel Okafor", "Priya Raman", "Colin MacLeod"]
            case (.offender, true): ["Sylvain Pelletier", "Mathieu Lévesque"]
            case (.offender, false): ["Travis Kowalchuk", "Derek Hollis", "Kevin Marchetti"]
            case (.representative, true): ["Louise Tremblay"]
            case (.representative, false): ["Sandra Whitfield"]
            case (.supportPerson, true): ["Claudette Paré"]
            case (.supportPerson, false): ["Ruth Abernathy"]
            }
        let number = participant.id.rawValue.uuidString.unicodeScalars.reduce(0) { ($0 &* 31 &+ Int($1.value)) & 0xFFFF }
        let name = names[number % names.count]
        guard participant.role != .offender else {
            // Reached through the institution: the site holds them; no phone or address of theirs is kept.
            return PersonRecord(usedName: name, site: "FVI")
        }
        let line = String(format: "%02d", number % 100)
        let mailbox = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).replacingOccurrences(of: " ", with: ".")
        let address =
            french
            ? "\(10 + number % 80), rue des Érables-Fictifs, Gatineau (Québec) J8Y 0A0" : "\(10 + number % 80) Fictional Crescent, Ottawa ON K1A 0A0"
        return PersonRecord(
            usedName: name,
            formerNames: participant.role == .victim && number % 3 == 0 ? [name.split(separator: " ")[0] + " Dubois-Fictif"] : [],
            phones: [ContactPoint("613-555-01\(line)", safe: true), ContactPoint("819-555-01\(line)", safe: false)],
            emails: [ContactPoint("\(mailbox)@example.org", safe: participant.role != .supportPerson)],
            addresses: [ContactPoint(address, safe: false)],
            represents: participant.role == .representative ? (french ? "sa mère, la victime" : "her mother, the victim") : ""
        )
    }
}
