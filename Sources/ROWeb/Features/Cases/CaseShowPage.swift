import Foundation
import ROCore
import ROServices

/// Everything `case-show.mustache` shows: the summary, the people by role, the timeline and the steps
/// open to this viewer. Names of participants are not here yet: they come with the sealed participant record.
struct CaseShowPage: Sendable {
    let layout: Layout
    let t: [String: String]
    let caseID: String
    let reference: String
    /// Which part of the case this page shows, and the links to every part.
    let isSummary: Bool
    let areaTitle: String
    let areas: [AreaLink]
    /// Links to the steps of this part that have a page of their own and are open to this viewer now.
    var stepLinks: [StepLink] = []
    var hasStepLinks = false
    /// On a step's own page: its question, the partial with its form, whether it is open to this viewer
    /// now, and the part of the case to go back to.
    let stepTitle: String
    let stepForm: String
    var stepOffered = false
    /// On the page of a step about one meeting: that meeting (its form reads the meeting's fields).
    let stepMeeting: MeetingRow?
    /// On the page of a step about one person's record: that person's needs form.
    let stepNeeds: NeedsRow?
    /// §7.2: on the person step's page, that person's record and form.
    let stepPerson: PersonRow?
    /// Whether the step's form reads a meeting's or a person's fields rather than the case's.
    let hasStepSubject: Bool
    let backPath: String
    let backLabel: String
    /// What needs doing now: what blocks the next step, each with its reason and where it is done.
    let toDo: [ToDoRow]
    let hasToDo: Bool
    /// §4.9: the episode this one reopens, and the one that reopened this one.
    let episodeOf: String
    let hasEpisodeOf: Bool
    let reopenedAs: String
    let hasReopenedAs: Bool
    let version: String
    let stage: String
    let region: String
    let eligibility: String
    /// R10, R11, R57: the criteria in force as the eligibility form's boxes (value: the box's name).
    let eligibilityCriteria: [Option]
    let participants: [ParticipantRow]
    let mediatorCount: String
    /// R53: who owns the case, as the viewer should know it: "you", "another coordinator" or nobody yet.
    let owner: String
    let mayTakeOwnership: Bool
    /// R10: the offender's record (FPS number), shown to case workers; linked by a coordinator for a victim-side request.
    let offenderRecord: String
    let mayLinkOffenderRecord: Bool
    let typedFPS: String
    /// R10: what the coordinator may offer a requester who is not eligible, in both languages (R57).
    let hasOtherResources: Bool
    let otherResourcesEnglish: String
    let otherResourcesFrench: String
    /// R9: for a victim-side request, whether and how it was acknowledged to the requester.
    let isVictimSideRequest: Bool
    let acknowledgement: String
    /// §4.4: why a closed case was closed.
    let closure: String?
    /// §7.3: on a closed case, until when it is kept.
    let retention: String?
    let mayAcknowledge: Bool
    let acknowledgementChannels: [Option]
    let hasMediators: Bool
    let timeline: [TimelineRow]
    let timelineEarlier: String?
    let timelineIsLaterPage: Bool
    let mayStartAssessment: Bool
    let mayAssess: Bool
    let mayAssign: Bool
    let mayAddParticipant: Bool
    let mediatorOptions: [Option]
    let hasMediatorOptions: Bool
    let mayManageAccess: Bool
    let isRestricted: Bool
    let restrictedCount: String
    let coordinatorChoices: [Option]
    let isCaseWorker: Bool
    let isCoordinatorViewer: Bool
    let isOpen: Bool
    let mayBeginPreparation: Bool
    let mayPrepare: Bool
    let inDialogue: Bool
    let inFollowUp: Bool
    let onHold: Bool
    let mayClose: Bool
    /// §4.3: the assigned mediator proposes completion; the coordinator closes.
    let mayProposeClosure: Bool
    let completionReasons: [Option]
    let mayReopen: Bool
    let participantOptions: [Option]
    /// R42: a letter goes to the other side, so "To" starts on the first person of the side "From" is not on.
    let recipientOptions: [Option]
    /// A refused letter keeps who it was from.
    let senderOptions: [Option]
    let purposeOptions: [Option]
    let decisionOptions: [Option]
    let roleOptions: [Option]
    let languageOptions: [Option]
    /// Every reason a coordinator may close with (§4.4); withdrawals close by being recorded.
    let closeReasons: [Option]
    let safety: SafetySection
    let disclosures: DisclosureSection
    let linkedCases: LinkedCasesSection
    /// R37: the notice given before anyone agrees to take part, in both languages.
    let noticeVersion = ConfidentialityNotice.currentVersion
    /// R37, Q2: the notice on the limits of confidentiality, in both languages beside the consent form, so the
    /// mediator can give it in the person's own.
    let noticeEnglish = Language.en.text("confidentialityNotice")
    let noticeFrench = Language.fr.text("confidentialityNotice")
    let items: [ItemRow]
    let hasItems: Bool
    let meetings: [MeetingRow]
    let hasMeetings: Bool
    let dialogueForms: [Option]
    let meetingForms: [Option]
    let itemForms: [Option]
    let siteOptions: [Option]
    let attendeeChoices: [PersonChoice]
    let supportPersons: [Option]
    let hasSupportPersons: Bool
    /// C6: people whose withdrawal notice waits for the mediator's check.
    let noticed: [Option]
    let channelChoices: [Option]
    let typedTimes: String
    let accessibilityChoices: [Option]
    let typedInterpreter: String
    let typedAccessibilityNotes: String
    let hasNotices: Bool
    /// R18: whose withdrawal the other party still has to be told of.
    let toTell: [Option]
    let hasToTell: Bool
    let reminders: [ReminderRow]
    let hasReminders: Bool
    let needs: [NeedsRow]
    /// §7.2: each person's identity and contact; the contact log, assessments and notes: case workers only.
    let people: [PersonRow]
    let records: CaseRecordsPart?
    let hasSteps: Bool
    /// A refused step: its reason, linked to the part of the page where the form is, and what was typed.
    let hasErrors: Bool
    let errors: [FieldError]
    let letterDraft: String
    let typedCorrection: TypedCorrection

    /// `filesPath`: where this viewer downloads the case's files, ending in "/" (the case workers' route,
    /// or an investigation's for an auditor). `timelineBefore`: the timeline's entries before this number (a later
    /// page); `pagesTimeline`: false shows every entry at once (an auditor's investigation has no timeline page).
    init(
        layout: Layout,
        t: [String: String],
        file: CaseFile,
        viewer: User,
        staff: [User],
        sites: [Site],
        failure: StepFailure?,
        language: Language,
        now: Date,
        area: CaseArea = .summary,
        step: CaseStep? = nil,
        meeting: Identifier<Meeting>? = nil,
        participant: Identifier<Participant>? = nil,
        filesPath: String? = nil,
        timelineBefore: Int? = nil,
        pagesTimeline: Bool = true
    ) {
        let value = file.value
        let s = language.strings
        // A refused step's page shows its choices as they were made (nothing typed is lost).
        let typedForm = failure?.form
        let picked: (String, String) -> Bool = { field, choice in typedForm?[field] == choice }
        self.layout = layout
        self.t = t
        self.caseID = value.id.description
        self.reference = value.reference
        self.isSummary = area == .summary
        self.areaTitle = area.title(s)
        self.areas = CaseArea.allCases.map { AreaLink(name: $0.title(s), path: $0.path(of: value.id.description), current: $0 == area) }
        self.episodeOf = value.episodeOf?.description ?? ""
        self.hasEpisodeOf = value.episodeOf != nil
        self.reopenedAs = value.reopenedAs?.description ?? ""
        self.hasReopenedAs = value.reopenedAs != nil
        self.version = String(value.version)
        self.stage = value.stage.name(in: language)
        self.region = CasePages.regionName(value.region, language)
        self.eligibility = value.isEligible(under: file.settings.policy) ? s.confirmedLabel : s.notConfirmedLabel
        self.eligibilityCriteria = file.settings.eligibilityCriteria.map { criterion in
            let field = CaseSteps.criterionPrefix + criterion.code
            let ticked =
                failure?.step == .confirmEligibility ? failure?.form[field] == "yes" : value.confirmedEligibilityCriteria.contains(criterion.code)
            return Option(value: field, label: criterion.name.text(in: language), selected: ticked)
        }
        self.participants = value.participants.map { ParticipantRow($0, in: value, at: now, policy: file.settings.policy, language: language) }
        self.mediatorCount = String(value.mediators.count)
        self.hasMediators = !value.mediators.isEmpty
        let timeline = TimelinePage(
            file.events,
            before: timelineBefore,
            path: pagesTimeline ? CaseArea.timeline.path(of: self.caseID) : nil,
            language: language
        )
        self.timeline = timeline.rows
        self.timelineEarlier = timeline.earlier
        self.timelineIsLaterPage = timeline.isLaterPage
        self.typedCorrection =
            failure?.step == .correctEntry
            ? TypedCorrection(entry: failure?.form["entry"] ?? "", note: failure?.form["note"] ?? "") : TypedCorrection(entry: "", note: "")
        let coordinator = viewer.role == .coordinator
        self.owner = value.owningCoordinator.map { $0 == viewer.id ? s.ownerYouLabel : s.ownerOtherLabel } ?? s.noneYet
        self.mayTakeOwnership = coordinator && value.stage.isOpen && value.owningCoordinator != viewer.id
        self.offenderRecord = value.offenderFPSNumber ?? s.notLinkedYetLabel
        self.mayLinkOffenderRecord = coordinator && value.referral == nil && [.requestReceived, .assessment].contains(value.stage)
        self.typedFPS = failure?.step == .linkOffenderRecord ? failure?.form["fps"] ?? "" : value.linkedFPSNumber ?? ""
        self.hasOtherResources = !file.settings.otherResources.isEmpty
        self.otherResourcesEnglish = file.settings.otherResources.english
        self.otherResourcesFrench = file.settings.otherResources.french
        self.isVictimSideRequest = value.requesterType != nil
        self.acknowledgement = Self.acknowledgementText(value, policy: file.settings.policy, language: language)
        self.closure = value.closureReason?.name(in: language)
        self.retention = Self.retentionText(value, policy: file.settings.policy, language: language)
        self.mayAcknowledge = coordinator && value.stage.isOpen && self.isVictimSideRequest && value.acknowledgement == nil
        self.acknowledgementChannels = Acknowledgement.channels.map {
            Option(
                value: $0.rawValue,
                label: $0.name(in: language).capitalizedFirst,
                selected: (failure?.form["channel"] ?? value.channel.rawValue) == $0.rawValue
            )
        }
        let assignedMediator = viewer.role == .mediator && value.mediators.contains(viewer.id)
        self.isCaseWorker = coordinator || assignedMediator
        self.isCoordinatorViewer = coordinator
        self.isOpen = value.stage.isOpen
        self.mayStartAssessment = coordinator && value.stage == .requestReceived
        self.mayAssess = coordinator && value.stage == .assessment
        self.mayAssign = self.mayAssess && value.assignmentWaitsFor(policy: file.settings.policy).isEmpty
        let mediators = staff.filter { $0.role == .mediator }
        self.mediatorOptions = mediators.map { Option(value: $0.id.description, label: $0.displayName, selected: false) }
        self.hasMediatorOptions = !mediators.isEmpty
        // N9: coordinators may restrict the case to named colleagues, lift it, or recuse themselves.
        self.mayManageAccess = coordinator && value.stage.isOpen
        self.isRestricted = value.restrictedTo != nil
        self.restrictedCount = String(value.restrictedTo?.count ?? 0)
        self.coordinatorChoices = staff.filter { $0.role == .coordinator && !value.recusedStaff.contains($0.id) }.map {
            Option(value: $0.id.description, label: $0.displayName, selected: $0.id == viewer.id || value.restrictedTo?.contains($0.id) == true)
        }
        self.mayBeginPreparation = assignedMediator && value.stage == .assigned
        self.mayPrepare = self.isCaseWorker && value.stage == .preparation
        self.inDialogue = self.isCaseWorker && value.stage == .dialogue
        self.inFollowUp = self.isCaseWorker && value.stage == .followUp
        self.mayAddParticipant = self.mayAssess || self.mayPrepare || self.inDialogue
        self.onHold = self.isCaseWorker && value.stage == .onHold
        self.mayClose = coordinator && value.stage.isOpen
        self.mayReopen = coordinator && value.stage == .closed && value.reopenedAs == nil
        let personLabel: (Participant) -> String = { "\($0.role.name(in: language)) (\(s.languageName($0.language)))" }
        self.participantOptions = value.participants.map {
            Option(value: $0.id.description, label: personLabel($0), selected: picked("participant", $0.id.description))
        }
        let typedLetter = failure?.step == .draftLetter ? failure?.form : nil
        let firstRecipient = value.participants.first { $0.role.side != value.participants.first?.role.side }
        self.recipientOptions = value.participants.map { person in
            let chosen = typedLetter.map { $0["recipient"] == person.id.description } ?? (person.id == firstRecipient?.id)
            return Option(value: person.id.description, label: personLabel(person), selected: chosen)
        }
        self.senderOptions = value.participants.map {
            Option(value: $0.id.description, label: personLabel($0), selected: typedLetter?["sender"] == $0.id.description)
        }
        self.purposeOptions = CaseSteps.purposes(for: value).map {
            Option(value: $0.value, label: $0.purpose.name(in: language), selected: picked("purpose", $0.value))
        }
        self.decisionOptions = [ConsentDecision.given, .refused, .withdrawn].map {
            Option(value: $0.rawValue, label: $0.name(in: language), selected: picked("decision", $0.rawValue))
        }
        self.roleOptions = [ParticipantRole.victim, .offender, .representative, .supportPerson].map {
            Option(value: $0.rawValue, label: $0.name(in: language), selected: picked("role", $0.rawValue))
        }
        self.languageOptions = Option.languages(selected: typedForm?["language"] ?? "", in: language)
        self.closeReasons = ClosureReason.allCases.filter { !$0.rawValue.hasPrefix("withdrawn.") && $0 != .ineligible }
            .map { Option(value: $0.rawValue, label: $0.name(in: language), selected: $0 == value.proposedClosure) }
        self.mayProposeClosure = assignedMediator && value.stage == .followUp && value.proposedClosure == nil
        self.completionReasons = ClosureReason.allCases.filter(\.isCompletion).map {
            Option(value: $0.rawValue, label: $0.name(in: language), selected: picked("reason", $0.rawValue))
        }
        self.safety = SafetySection(value, viewer: viewer, typed: failure?.step?.area == .safety ? failure?.form : nil, language: language)
        self.disclosures = DisclosureSection(
            value,
            viewer: viewer,
            staff: staff,
            typed: failure?.step == .recordDisclosure ? failure?.form : nil,
            language: language
        )
        self.linkedCases = LinkedCasesSection(file, viewer: viewer, typed: failure?.step == .linkCase ? failure?.form : nil, language: language)
        let typedTranslation = failure?.step == .translateItem ? failure?.form : nil
        let filesPath = filesPath ?? "/cases/\(value.id)/files/"
        self.items = value.items.map {
            ItemRow(
                $0,
                in: value,
                typed: typedTranslation?["item"] == $0.id.description ? typedTranslation : nil,
                filesPath: filesPath,
                language: language
            )
        }
        self.hasItems = !value.items.isEmpty
        self.meetings = value.meetings.map {
            MeetingRow($0, in: value, linked: file.linkedCases, sites: sites, viewer: viewer, draft: failure?.form(for: $0.id), language: language)
        }
        self.hasErrors = failure != nil
        self.errors =
            failure.map { failure in
                let person = failure.about.flatMap { value.participant($0) }.map { " (\($0.role.name(in: language)))" } ?? ""
                return [FieldError(field: step == nil ? failure.section : "step-form", message: failure.message + person)]
            } ?? []
        self.letterDraft = failure?.step == .draftLetter ? failure?.form["content"] ?? "" : ""
        self.hasMeetings = !value.meetings.isEmpty
        let meetingOfStep = step?.isAboutAMeeting == true ? (meeting ?? failure.flatMap { Identifier<Meeting>(uuidString: $0.form["meeting"]) }) : nil
        let meetings = self.meetings
        self.stepMeeting = meetingOfStep.flatMap { id in meetings.first { $0.id == id.description } }
        self.dialogueForms = [DialogueForm.letter, .relayedMessage, .meetingInPerson, .meetingVideo].map {
            Option(value: $0.rawValue, label: $0.name(in: language), selected: picked("form", $0.rawValue))
        }
        self.itemForms = [DialogueForm.letter, .videoMessage, .relayedMessage].map {
            Option(value: $0.rawValue, label: $0.name(in: language).capitalizedFirst, selected: picked("form", $0.rawValue))
        }
        self.meetingForms = [DialogueForm.meetingInPerson, .meetingVideo].map {
            Option(value: $0.rawValue, label: $0.name(in: language), selected: picked("form", $0.rawValue))
        }
        self.siteOptions = sites.map {
            Option(value: $0.code, label: $0.name(in: language), selected: picked("site", $0.code))
        }
        self.attendeeChoices = value.participants.filter { !$0.hasWithdrawn }.map { PersonChoice($0, meeting: nil, language: language) }
        let supporters = value.participants.filter { $0.role == .supportPerson && !$0.hasWithdrawn }
        self.supportPersons = supporters.map { Option(value: $0.id.description, label: $0.role.name(in: language), selected: false) }
        self.hasSupportPersons = !supporters.isEmpty
        self.noticed = value.participants.filter { value.withdrawalNotices.contains($0.id) }.map {
            Option(value: $0.id.description, label: $0.role.name(in: language), selected: false)
        }
        self.hasNotices = !self.noticed.isEmpty
        self.toTell = value.participants.filter { value.otherPartyToTell.contains($0.id) }.map {
            Option(value: $0.id.description, label: $0.role.name(in: language), selected: false)
        }
        self.hasToTell = !self.toTell.isEmpty
        let typedContact = failure?.step == .safeContact ? failure?.form : nil
        self.channelChoices = ContactChannel.allCases.map {
            Option(value: $0.rawValue, label: $0.name(in: language).capitalizedFirst, selected: typedContact?["channel-\($0.rawValue)"] == "yes")
        }
        self.typedTimes = typedContact?["times"] ?? ""
        let typedNeeds = failure?.step == .communicationNeeds ? failure?.form : nil
        self.accessibilityChoices = CommunicationNeeds.Need.allCases.map {
            Option(value: $0.rawValue, label: $0.name(in: language).capitalizedFirst, selected: typedNeeds?["need-\($0.rawValue)"] == "yes")
        }
        self.typedInterpreter = typedNeeds?["interpreter"] ?? ""
        self.typedAccessibilityNotes = typedNeeds?["notes"] ?? ""
        self.reminders =
            self.isCaseWorker
            ? value.reminders(at: now, policy: file.settings.policy).map {
                ReminderRow($0, caseID: value.id, reference: value.reference, role: { id in value.participant(id)?.role }, language: language)
            } : []
        self.hasReminders = !self.reminders.isEmpty
        self.needs =
            self.isCaseWorker && value.stage.isOpen
            ? value.participants.filter { !$0.hasWithdrawn }.map {
                NeedsRow($0, in: value, added: file.settings.addedNeeds, typed: failure?.step == .needs ? failure?.form : nil, language: language)
            } : []
        let personOfStep =
            step?.isAboutAPerson == true ? (participant ?? failure.flatMap { Identifier<Participant>(uuidString: $0.form["participant"]) }) : nil
        let needs = self.needs
        self.stepNeeds = step == .needs ? personOfStep.flatMap { id in needs.first { $0.participantID == id.description } } : nil
        self.people =
            self.isCaseWorker
            ? value.participants.map {
                PersonRow($0, in: value, sites: sites, typed: failure?.step == .person ? failure?.form : nil, language: language)
            }
            : []
        self.records =
            self.isCaseWorker
            ? CaseRecordsPart(value, viewer: viewer, staff: staff, after: failure, now: now, policy: file.settings.policy, language: language)
            : nil
        let people = self.people
        self.stepPerson = step == .person ? personOfStep.flatMap { id in people.first { $0.participantID == id.description } } : nil
        self.hasStepSubject = self.stepMeeting != nil || self.stepNeeds != nil || self.stepPerson != nil
        self.stepTitle = step?.title(s) ?? ""
        self.stepForm = step?.formPartial ?? ""
        self.backPath = area.path(of: value.id.description)
        self.backLabel = area.title(s)
        let toDo = self.isCaseWorker ? ToDoRow.rows(for: value, viewer: viewer, at: now, policy: file.settings.policy, language: language) : []
        self.toDo = toDo
        self.hasToDo = !toDo.isEmpty
        self.hasSteps =
            self.mayStartAssessment || self.mayAssess || self.mayBeginPreparation || self.mayPrepare || self.inDialogue || self.mayClose
            || self.inFollowUp || self.onHold || self.mayReopen
        self.offerSteps(in: area, on: step, of: value.id, coordinator: coordinator, language: language)
    }
}
