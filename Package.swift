// swift-tools-version:6.2
import PackageDescription

/// ROWeb's page templates live beside the Swift code of their feature (`Features/Cases/People/…`) and are
/// copied flat into its bundle, so a template is named by its file name wherever its folder is. Each is
/// listed here: SwiftPM reads a folder's Swift files by itself, but resources only as declared
/// (`SourceLayoutTests` fails when a template is missing from this list).
let webTemplates: [Resource] = [
    "Features/Account/account.mustache",
    "Features/Admin/Labels/admin-label.mustache", "Features/Admin/Labels/admin-labels.mustache",
    "Features/Admin/Settings/admin-settings.mustache",
    "Features/Admin/Users/admin-users.mustache",
    "Features/Cases/Access/case-access-steps.mustache", "Features/Cases/Access/case-access.mustache", "Features/Cases/Access/step-recuse.mustache",
    "Features/Cases/Access/step-restrict.mustache",
    "Features/Cases/Administration/case-administration-page.mustache", "Features/Cases/Administration/case-record-steps.mustache",
    "Features/Cases/Closure/step-close.mustache", "Features/Cases/Closure/step-propose-closure.mustache",
    "Features/Cases/Disclosures/step-record-disclosure.mustache",
    "Features/Cases/Intake/case-new.mustache",
    "Features/Cases/Letters/case-letters-page.mustache", "Features/Cases/Letters/case-letters-section.mustache",
    "Features/Cases/Letters/step-draft-letter.mustache",
    "Features/Cases/Links/case-links-section.mustache", "Features/Cases/Links/step-link-case.mustache",
    "Features/Cases/Meetings/case-meetings-page.mustache", "Features/Cases/Meetings/case-meetings-section.mustache",
    "Features/Cases/Meetings/step-availability.mustache", "Features/Cases/Meetings/step-book-video.mustache",
    "Features/Cases/Meetings/step-join-meeting.mustache", "Features/Cases/Meetings/step-meeting-held.mustache",
    "Features/Cases/Meetings/step-propose-meeting.mustache", "Features/Cases/Meetings/step-request-entry.mustache",
    "Features/Cases/Meetings/step-safety-plan.mustache",
    "Features/Cases/Needs/case-needs.mustache", "Features/Cases/People/case-participants.mustache",
    "Features/Cases/People/case-person-records.mustache",
    "Features/Cases/People/step-person.mustache", "Features/Cases/People/step-log-contact.mustache",
    "Features/Cases/People/case-contact-log.mustache", "Features/Cases/People/case-assessments.mustache",
    "Features/Cases/People/case-notes.mustache", "Features/Cases/People/step-write-note.mustache",
    "Features/Cases/People/case-note.mustache", "Features/Disposals/disposals.mustache",
    "Features/Cases/People/case-people-page.mustache", "Features/Cases/People/step-add-participant.mustache",
    "Features/Cases/People/step-assess.mustache", "Features/Cases/People/step-authorised-consent.mustache",
    "Features/Cases/People/step-communication-needs.mustache", "Features/Cases/People/step-confirm-continuing.mustache",
    "Features/Cases/People/step-consent.mustache", "Features/Cases/Needs/step-needs.mustache",
    "Features/Cases/People/step-other-party-told.mustache",
    "Features/Cases/People/step-safe-contact.mustache", "Features/Cases/People/step-support-prepared.mustache",
    "Features/Cases/People/step-withdraw.mustache",
    "Features/Cases/Safety/case-safety-page.mustache", "Features/Cases/Safety/case-safety-section.mustache",
    "Features/Cases/Safety/step-hold.mustache", "Features/Cases/Safety/step-invalidate-assessments.mustache",
    "Features/Cases/Safety/step-raise-escalation.mustache", "Features/Cases/Safety/step-reassign.mustache",
    "Features/Cases/Safety/step-record-order.mustache",
    "Features/Cases/Timeline/case-timeline-page.mustache", "Features/Cases/Timeline/case-timeline-section.mustache",
    "Features/Cases/Timeline/case-timeline.mustache", "Features/Cases/Timeline/step-correct-entry.mustache",
    "Features/Cases/case-details.mustache", "Features/Cases/case-header.mustache", "Features/Cases/case-reminders.mustache",
    "Features/Cases/case-show.mustache", "Features/Cases/case-stage-steps.mustache", "Features/Cases/case-step-links.mustache",
    "Features/Cases/case-step-page.mustache", "Features/Cases/case-to-do.mustache", "Features/Cases/cases.mustache",
    "Features/Cases/step-assign.mustache", "Features/Cases/step-confirm-eligibility.mustache", "Features/Cases/step-start-dialogue.mustache",
    "Features/DirectRequests/direct-requests.mustache",
    "Features/EntryRequests/entry-requests.mustache",
    "Features/Home/home.mustache",
    "Features/InformationLog/information-log.mustache",
    "Features/InformationSheets/information-sheet.mustache", "Features/InformationSheets/information-sheets.mustache",
    "Features/Investigations/case-investigation.mustache", "Features/Investigations/case-metadata.mustache",
    "Features/Investigations/investigations.mustache",
    "Features/Referrals/referral-new.mustache", "Features/Referrals/referrals.mustache",
    "Features/ResearchExtracts/research-extracts.mustache",
    "Features/SignIn/sign-in.mustache", "Features/SignIn/sign-in-code.mustache", "Features/SignIn/sign-in-set-up.mustache",
    "Features/SignIn/sign-in-recovery-codes.mustache", "Features/SignIn/confirm-identity.mustache",
    "Features/Statistics/statistics.mustache",
    "Views/coded-table.mustache", "Views/error-summary.mustache", "Views/error.mustache", "Views/number-field.mustache", "Views/page.mustache",
].map { .process($0) }

let package = Package(
    name: "RestorativeOpportunities",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "ro", targets: ["ROCommand"]),
        // `make bench`'s baseline: a bare Hummingbird route, measured beside `ro serve` in the same run.
        .executable(name: "ro-bench-hello", targets: ["BareHummingbird"]),
        // Fills a benchmark database with cases and years of audit entries through the store (fictional data).
        .executable(name: "ro-bench-seed", targets: ["BenchSeed"]),
    ],
    dependencies: [
        // Without the swift-configuration trait: RO reads its configuration itself (`Settings`), and the
        // package is a minute of every clean build.
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1", traits: ["FullFoundation"]),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.36.0"),
        .package(url: "https://github.com/vapor/sqlite-kit.git", from: "4.5.2"),
        .package(url: "https://github.com/vapor/postgres-kit.git", from: "2.17.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "4.0.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
        // Issue 16, item 8: `/metrics`. swift-metrics comes with Hummingbird already; Prometheus writes its text format.
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
    ],
    targets: [
        // The rules in plain Swift: no dependencies, ever.
        .target(name: "ROCore", swiftSettings: strict),
        .target(name: "ROStore", dependencies: ["ROCore"], swiftSettings: strict),
        .target(
            name: "ROStoreSQL",
            dependencies: ["ROStore", "ROCore", sqlKit, sqliteKit, postgresKit, nioSSL, crypto, logging, metrics],
            swiftSettings: strict
        ),
        .target(name: "ROServices", dependencies: ["ROCore", "ROStore", logging, crypto, bcrypt, otp], swiftSettings: strict),
        .target(
            name: "ROWeb",
            dependencies: ["ROServices", "ROStore", "ROCore", hummingbird, httpTypes, mustache, logging, metrics, prometheus],
            resources: [.copy("Assets")] + webTemplates,
            swiftSettings: strict
        ),
        .executableTarget(name: "ROCommand", dependencies: ["ROWeb", "ROStoreSQL", argumentParser], swiftSettings: strict),
        .executableTarget(name: "BareHummingbird", dependencies: [hummingbird], path: "Benchmarks/BareHummingbird", swiftSettings: strict),
        .executableTarget(
            name: "BenchSeed",
            dependencies: ["ROStoreSQL", "ROStore", "ROServices", "ROCore", argumentParser, logging],
            path: "Benchmarks/Seed",
            swiftSettings: strict
        ),
        .target(
            name: "ROTestSupport",
            dependencies: ["ROServices", "ROStoreSQL", "ROCore", "ROStore", logging, postgresKit],
            path: "Tests/ROTestSupport",
            swiftSettings: strict
        ),
        .testTarget(name: "ROCoreTests", dependencies: ["ROCore", propertyBased], swiftSettings: strict),
        .testTarget(name: "ROStoreSQLTests", dependencies: ["ROTestSupport", "ROStoreSQL", "ROStore", "ROCore"], swiftSettings: strict),
        .testTarget(name: "ROServicesTests", dependencies: ["ROTestSupport", "ROServices", "ROStore", "ROCore"], swiftSettings: strict),
        .testTarget(
            name: "ROWebTests",
            dependencies: ["ROWeb", "ROTestSupport", "ROServices", "ROCore", hummingbird, httpTypes, logging, nioEmbedded],
            swiftSettings: strict
        ),
    ]
)

var strict: [SwiftSetting] { [.enableUpcomingFeature("ExistentialAny")] }
func product(_ name: String, _ package: String) -> Target.Dependency { .product(name: name, package: package) }
var hummingbird: Target.Dependency { product("Hummingbird", "hummingbird") }
var nioEmbedded: Target.Dependency { product("NIOEmbedded", "swift-nio") }
var bcrypt: Target.Dependency { product("HummingbirdBcrypt", "hummingbird-auth") }
var otp: Target.Dependency { product("HummingbirdOTP", "hummingbird-auth") }
var mustache: Target.Dependency { product("Mustache", "swift-mustache") }
var sqlKit: Target.Dependency { product("SQLKit", "sql-kit") }
var sqliteKit: Target.Dependency { product("SQLiteKit", "sqlite-kit") }
var postgresKit: Target.Dependency { product("PostgresKit", "postgres-kit") }
var crypto: Target.Dependency { product("Crypto", "swift-crypto") }
var argumentParser: Target.Dependency { product("ArgumentParser", "swift-argument-parser") }
var nioSSL: Target.Dependency { product("NIOSSL", "swift-nio-ssl") }
var httpTypes: Target.Dependency { product("HTTPTypes", "swift-http-types") }
var propertyBased: Target.Dependency { product("PropertyBased", "swift-property-based") }
var logging: Target.Dependency { product("Logging", "swift-log") }
var metrics: Target.Dependency { product("CoreMetrics", "swift-metrics") }
var prometheus: Target.Dependency { product("Prometheus", "swift-prometheus") }
