import Foundation
import ROCore

/// The intake forms' fields, read and checked in one place for the pages and the API.
enum IntakeForms {
    struct VictimRequest {
        let requesterType: RequesterType
        let channel: IntakeChannel
        let region: String
        let language: Language
        /// §7.2, R24: who is asking and how to reach them safely; nil when the form did not say.
        let person: PersonRecord?
        let safeContact: SafeContact?
    }

    struct StaffReferral {
        let referral: Referral
        let region: String
        let language: Language
        /// §7.2: the offender's name, and their site when the referring staff member knows it.
        let person: PersonRecord
    }

    /// R1, R3: a request received by phone, mail or e-mail.
    static func victimRequest(_ form: FormFields, _ t: Strings) -> Result<VictimRequest, FieldErrors> {
        var errors: [FieldError] = []
        let requesterType = RequesterType(rawValue: form["requesterType"])
        let channel = IntakeChannel(rawValue: form["channel"]).flatMap { [.phone, .mail, .email].contains($0) ? $0 : nil }
        let region = CasePages.isRegion(form["region"]) ? form["region"] : nil
        let language = Language(rawValue: form["language"])
        if requesterType == nil { errors.append(FieldError(field: "requesterType", message: "\(t.chooseAnAnswer) \(t.requesterTypeLabel)")) }
        if channel == nil { errors.append(FieldError(field: "channel", message: "\(t.chooseAnAnswer) \(t.channelLabel)")) }
        if region == nil { errors.append(FieldError(field: "region", message: "\(t.chooseAnAnswer) \(t.regionLabel)")) }
        if language == nil { errors.append(FieldError(field: "language", message: "\(t.chooseAnAnswer) \(t.languageLabel)")) }
        let (person, safeContact) = Self.whoIsAsking(form, &errors, t)
        guard let requesterType, let channel, let region, let language, errors.isEmpty else { return .failure(FieldErrors(errors)) }
        return .success(
            VictimRequest(
                requesterType: requesterType,
                channel: channel,
                region: region,
                language: language,
                person: person,
                safeContact: safeContact
            )
        )
    }

    /// §7.2, R24: the person asking, when a name or a way to reach them was given; safe contact from the boxes ticked.
    private static func whoIsAsking(_ form: FormFields, _ errors: inout [FieldError], _ t: Strings) -> (PersonRecord?, SafeContact?) {
        let given = ["name", "phone", "email", "safeTimes"].contains { !form[$0].trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        guard given else { return (nil, nil) }
        let record = PersonRecord(
            usedName: form["name"],
            phones: [ContactPoint(form["phone"], safe: form["phoneSafe"] == "yes")],
            emails: [ContactPoint(form["email"], safe: form["emailSafe"] == "yes")]
        )
        guard let checked = try? record.validated() else {
            errors.append(FieldError(field: "name", message: t.intakePersonInvalid))
            return (nil, nil)
        }
        var channels: [ContactChannel] = []
        if checked.phones.contains(where: \.safe) { channels.append(.phone) }
        if checked.emails.contains(where: \.safe) { channels.append(.email) }
        let times = form["safeTimes"].trimmingCharacters(in: .whitespacesAndNewlines)
        guard times.count <= 200 else {
            errors.append(FieldError(field: "safeTimes", message: t.intakePersonInvalid))
            return (nil, nil)
        }
        return (checked, SafeContact(channels: channels, mayLeaveMessage: form["mayLeaveMessage"] == "yes", safeTimes: times))
    }

    /// R4, R8: what referring staff record; the date of interest is not in the future.
    /// `sites`: the codes of the sites a referred offender may be at.
    static func referral(_ form: FormFields, _ t: Strings, now: Date, sites: [String]) -> Result<StaffReferral, FieldErrors> {
        var errors: [FieldError] = []
        let name = form["offenderName"].trimmingCharacters(in: .whitespacesAndNewlines)
        let site = form["site"].trimmingCharacters(in: .whitespaces)
        if name.isEmpty || name.count > PersonRecord.maximumLength {
            errors.append(FieldError(field: "offenderName", message: t.invalidOffenderName))
        }
        if !site.isEmpty && !sites.contains(site) { errors.append(FieldError(field: "site", message: "\(t.chooseAnAnswer) \(t.personSiteLabel)")) }
        let fps = form["fps"].trimmingCharacters(in: .whitespaces).uppercased()
        let unit = form["unit"].trimmingCharacters(in: .whitespaces)
        let region = CasePages.isRegion(form["region"]) ? form["region"] : nil
        let language = Language(rawValue: form["language"])
        let interest = Self.date(form["interest"]).flatMap { $0 <= now ? $0 : nil }
        if !Referral.isValidFPSNumber(fps) {
            errors.append(FieldError(field: "fps", message: t.invalidFPS))
        }
        if unit.isEmpty || unit.count > 120 { errors.append(FieldError(field: "unit", message: t.invalidUnit)) }
        if interest == nil { errors.append(FieldError(field: "interest", message: t.invalidDate)) }
        if region == nil { errors.append(FieldError(field: "region", message: "\(t.chooseAnAnswer) \(t.regionLabel)")) }
        if language == nil { errors.append(FieldError(field: "language", message: "\(t.chooseAnAnswer) \(t.referredLanguageLabel)")) }
        guard let region, let language, let interest, errors.isEmpty else { return .failure(FieldErrors(errors)) }
        let referral = Referral(fpsNumber: fps, staffUnit: unit, interestExpressedOn: interest, safetyConcernsNoted: form["safety"] == "yes")
        let person = PersonRecord(usedName: name, site: site)
        return .success(StaffReferral(referral: referral, region: region, language: language, person: person))
    }

    /// `YYYY-MM-DD` as midnight UTC, or nil.
    static func date(_ text: String) -> Date? {
        try? Date(text.trimmingCharacters(in: .whitespaces) + "T00:00:00Z", strategy: .iso8601)
    }
}

/// What was wrong with a form's fields, each with its message in the reader's language.
struct FieldErrors: Error {
    let errors: [FieldError]

    init(_ errors: [FieldError]) {
        self.errors = errors
    }
}
