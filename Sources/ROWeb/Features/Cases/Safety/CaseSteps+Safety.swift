import Foundation
import Hummingbird
import ROCore

/// The steps that keep a case safe and in order: safety concerns (R23), re-assessment triggers (R22),
/// no-contact orders (R25, R28, R29), holds, redaction and withdrawal of items (R43), representatives
/// (R2), reassignment (N2) and every kind of closure (§4.4).
extension CaseSteps {
    static func safetyOrAdministrationCommand(_ step: CaseStep, _ form: FormFields, newID: UUID) throws -> CaseCommand {
        func id<Subject>(_ field: String, _: Subject.Type) throws -> Identifier<Subject> {
            guard let id = Identifier<Subject>(uuidString: form[field]) else { throw Self.invalid(field) }
            return id
        }
        switch step {
        case .confirmRepresentative: return .confirmRepresentativeAuthority(try id("participant", Participant.self))
        case .reassign:
            let chosen = [form["mediator"], form["secondMediator"]].filter { !$0.isEmpty }
            let mediators = chosen.compactMap(Identifier<User>.init(uuidString:))
            guard !mediators.isEmpty, mediators.count == chosen.count else { throw Self.invalid("mediator") }
            return .reassignMediators(mediators)
        case .invalidateAssessments:
            guard let trigger = ReassessmentTrigger(rawValue: form["trigger"]) else { throw Self.invalid("trigger") }
            return .invalidateAssessments(trigger)
        case .raiseEscalation: return try Self.raiseEscalation(form, newID: newID)
        case .resolveEscalation: return .resolveEscalation(try id("escalation", Escalation.self))
        case .recordOrder:
            guard let kind = NoContactOrder.Kind(rawValue: form["kind"]) else { throw Self.invalid("kind") }
            var issuedOn: Date?
            if !form["issuedOn"].isBlank {
                guard let day = MeetingTime.parse(date: form["issuedOn"], time: "12:00", in: CaseSteps.videoTimeZone) else {
                    throw Self.invalid("issuedOn")
                }
                issuedOn = day
            }
            let details = NoContactOrder.Details(
                issuer: form["issuer"].trimmingCharacters(in: .whitespaces),
                issuedOn: issuedOn,
                wording: form["wording"].trimmingCharacters(in: .whitespacesAndNewlines)
            )
            guard details.issuer.count <= 200, details.wording.count <= 4_000 else { throw Self.invalid("wording") }
            return .recordNoContactOrder(id: Identifier(newID), kind: kind, hasROClause: form["roClause"] == "yes", details: details)
        case .orderAmended: return .recordConditionAmended(try id("order", NoContactOrder.self))
        case .approveDespiteOrder: return .approveExchangeDespiteOrder(try id("order", NoContactOrder.self))
        case .hold:
            guard !form["reviewDate"].isBlank else { return .putOnHold(reviewAt: nil) }
            guard let review = MeetingTime.parse(date: form["reviewDate"], time: "12:00", in: CaseSteps.videoTimeZone) else {
                throw Self.invalid("reviewDate")
            }
            return .putOnHold(reviewAt: review)
        case .redactItem:
            let text = form["content"].trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else { throw Self.invalid("content") }
            return .redactItem(try id("item", RelayedItem.self), content: text)
        case .withdrawItem: return .withdrawItem(try id("item", RelayedItem.self))
        case .translateItem:
            guard Language(rawValue: form["language"]) != nil else { throw Self.invalid("language") }
            return .addTranslation(
                try id("item", RelayedItem.self),
                language: form["language"],
                content: form["content"].trimmingCharacters(in: .whitespacesAndNewlines),
                translator: form["translator"].trimmingCharacters(in: .whitespaces)
            )
        case .close:
            guard let reason = ClosureReason(rawValue: form["reason"]) else { throw Self.invalid("reason") }
            if reason.isCompletion { return .close(reason) }
            if reason.isScreening { return .screenOut(reason) }
            if reason.isOther { return .closeOther(reason) }
            if reason == .safety { return .closeForSafety }
            if reason == .ineligible { return .closeIneligible }
            throw Self.invalid("reason")  // a withdrawal closes a case by recording the withdrawal (§4.8)
        default: throw HTTPError(.notFound)  // every other step is read in `command`
        }
    }

    /// R23: a safety concern, from the case page, a referral or a site.
    static func raiseEscalation(_ form: FormFields, newID: UUID) throws -> CaseCommand {
        guard EscalationCategory(rawValue: form["category"]) != nil else { throw Self.invalid("category") }
        return .raiseEscalation(id: Identifier(newID), category: form["category"])
    }
}
