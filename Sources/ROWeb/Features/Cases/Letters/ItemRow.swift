import Foundation
import ROCore
import ROServices

/// One letter on the case page, with the steps its state allows. Caseworkers read the text: they review it (R43).
struct ItemRow: Sendable {
    let id: String
    let fromTo: String
    let state: String
    let text: String
    let senderID: String
    let mayBeSubmitted: Bool
    let inReview: Bool
    let approved: Bool
    let released: Bool
    let delivered: Bool
    /// The sender may take it back until it is released (§4.6); the mediator may add translations until then (R51).
    let mayWithdraw: Bool
    let translations: [TranslationRow]
    /// A refused translation, as typed.
    let typedTranslator: String
    let typedTranslation: String
    let files: [FileRow]
    let hasFiles: Bool
    /// Files are added or removed before review only (R43); relayed messages carry none.
    let mayChangeFiles: Bool

    init(_ item: RelayedItem, in value: Case, typed: FormFields?, filesPath: String, language: Language) {
        self.id = item.id.description
        let sender = value.participant(item.sender)?.role.name(in: language) ?? ""
        let recipient = value.participant(item.recipient)?.role.name(in: language) ?? ""
        self.fromTo = "\(item.form.itemName(in: language)), \(sender) → \(recipient)"
        self.state = item.state.name(in: language)
        self.text = item.versions.last ?? ""
        self.senderID = item.sender.description
        self.mayBeSubmitted = item.state == .draft || item.state == .returned
        self.inReview = item.state == .inReview
        self.approved = item.state == .approved
        self.released = item.state == .released
        self.delivered = item.state == .delivered
        self.mayWithdraw = [.draft, .inReview, .returned, .approved].contains(item.state)
        self.translations = item.translations.map { TranslationRow($0, language: language) }
        self.typedTranslator = typed?["translator"] ?? ""
        self.typedTranslation = typed?["content"] ?? ""
        let mayChangeFiles = self.mayBeSubmitted && item.form != .relayedMessage
        self.mayChangeFiles = mayChangeFiles
        let served = value.participant(item.sender)?.hasWithdrawn != true  // §4.8, Q19
        self.files = item.attachments.map {
            FileRow(
                $0,
                item: item,
                downloadPath: filesPath + $0.id.description,
                served: served,
                mayRemove: mayChangeFiles,
                // §7.3: at the sender's request, until it is released; a draft's file is simply removed.
                mayErase: $0.isRecording && [.inReview, .approved, .withdrawnBySender, .cancelled].contains(item.state),
                language: language
            )
        }
        self.hasFiles = !self.files.isEmpty
    }
}

/// R51: a translation with its language, translator and date, shown beside the original.
struct TranslationRow: Sendable {
    let heading: String
    let language: String
    let content: String

    init(_ translation: ItemTranslation, language: Language) {
        let s = language.strings
        self.heading =
            "\(s.translationLabel) (\(s.languageName(translation.language))), \(translation.translator), \(translation.translatedAt.utcMinuteText)"
        self.language = translation.language
        self.content = translation.content
    }
}

/// One file of an item: what it is and how large, never a name (R39).
struct FileRow: Sendable {
    let id: String
    let itemID: String
    let label: String
    let downloadPath: String
    /// False once the sender withdrew: the file is kept but no longer served (§4.8, Q19).
    let served: Bool
    let mayRemove: Bool
    let mayErase: Bool
    /// §7.3: when and why the recording's content was erased; nil while it is stored.
    let erased: String?

    init(
        _ file: MediaAttachment,
        item: RelayedItem,
        downloadPath: String,
        served: Bool,
        mayRemove: Bool,
        mayErase: Bool,
        language: Language
    ) {
        self.id = file.id.description
        self.itemID = item.id.description
        self.label =
            "\(file.type.kind.name(in: language).capitalizedFirst), \(file.type.rawValue.uppercased()), \(Self.size(file.byteCount, language))"
        self.downloadPath = downloadPath
        self.erased = file.erased.map { erasure in
            language.text(
                erasure.reason == .senderAsked ? "recordingErasedAtRequestNote" : "recordingErasedRetentionNote",
                ["day": String(erasure.on.utcMinuteText.prefix(10))]
            )
        }
        self.served = served && file.erased == nil
        self.mayRemove = mayRemove
        self.mayErase = mayErase && file.erased == nil
    }

    /// "340 KB" under a megabyte, "12.5 MB" above (French: "340 ko", "12,5 Mo").
    static func size(_ bytes: Int, _ language: Language) -> String {
        if bytes < 1_048_576 {
            return language.text("fileSizeKilobytes", ["size": "\(max(1, (bytes + 1_023) / 1_024))"])
        }
        let megabytes = (Double(bytes) / 1_048_576).formatted(.number.precision(.fractionLength(1)).locale(language.locale))
        return language.text("fileSizeMegabytes", ["size": megabytes])
    }
}
