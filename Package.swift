// swift-tools-version:6.2
import Foundation
import PackageDescription

/// ROWeb's page templates live beside the Swift code of their feature (`Features/Cases/People/…`), and are
/// copied flat into its bundle, so a template is named by its file name wherever its folder is. SwiftPM
/// reads this list only when the manifest changes: after adding a template, `touch Package.swift`
/// (`TemplateFileTests` fails with that advice when a template is missing from the bundle).
let webTemplates: [Resource] = {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Sources/ROWeb").path
    let paths = FileManager.default.subpaths(atPath: folder) ?? []
    return paths.filter { $0.hasSuffix(".mustache") }.sorted().map { .process($0) }
}()

let package = Package(
    name: "RestorativeOpportunities",
    platforms: [.macOS(.v15)],
    products: [.executable(name: "ro", targets: ["ROCommand"])],
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
    ],
    targets: [
        // The rules in plain Swift: no dependencies, ever.
        .target(name: "ROCore", swiftSettings: strict),
        .target(name: "ROStore", dependencies: ["ROCore"], swiftSettings: strict),
        .target(name: "ROStoreSQL", dependencies: ["ROStore", "ROCore", sqlKit, sqliteKit, postgresKit, nioSSL, crypto, logging], swiftSettings: strict),
        .target(name: "ROServices", dependencies: ["ROCore", "ROStore", logging, crypto, bcrypt], swiftSettings: strict),
        .target(
            name: "ROWeb",
            dependencies: ["ROServices", "ROStore", "ROCore", hummingbird, httpTypes, mustache, logging],
            resources: [.copy("Assets")] + webTemplates,
            swiftSettings: strict
        ),
        .executableTarget(name: "ROCommand", dependencies: ["ROWeb", "ROStoreSQL", argumentParser], swiftSettings: strict),
        .target(name: "ROTestSupport", dependencies: ["ROServices", "ROStoreSQL", "ROCore", "ROStore", logging, postgresKit], path: "Tests/ROTestSupport",
                swiftSettings: strict),
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
