import ArgumentParser
import ROCore
import ROServices

struct Sites: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Manage the sites where meetings take place (R30) and their site liaisons.",
        subcommands: [Save.self, List.self, Link.self]
    )

    struct Save: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a site, or update its names, region and time zone.")
        @OptionGroup var database: DatabaseFlags
        @Option(help: "A short stable code, e.g. FVI.") var code: String
        @Option(help: "The site's English name.") var nameEn: String
        @Option(help: "The site's French name.") var nameFr: String
        @Option(help: "A region's code, as listed in the program settings (CSC's: \(Region.csc.map(\.code).joined(separator: ", ")))") var region:
            String
        @Option(help: "IANA time zone of the site, e.g. America/Vancouver.") var timeZone: String

        func run() async throws {
            try await runAccountCommand(self.database) { env in
                let site = Site(code: self.code, nameEnglish: self.nameEn, nameFrench: self.nameFr, region: self.region, timeZone: self.timeZone)
                try await SiteService(env: env).save(site, by: .system)
                print("Saved site \(site.code).")
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the sites.")
        @OptionGroup var database: DatabaseFlags

        func run() async throws {
            try await runAccountCommand(self.database) { env in
                let sites = try await SiteService(env: env).all()
                if sites.isEmpty { print("No sites.") }
                for site in sites { print([site.code, site.region, site.timeZone, site.nameEnglish].joined(separator: "  ")) }
            }
        }
    }

    struct Link: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Let a site liaison answer entry requests for a site (R31).")
        @OptionGroup var database: DatabaseFlags
        @Option(help: "The site's code.") var site: String
        @Option(help: "The site liaison's user name.") var user: String

        func run() async throws {
            try await runAccountCommand(self.database) { env in
                let liaison = try await AccountService(env: env).find(self.user, by: .system)
                try await SiteService(env: env).link(liaison, to: self.site, by: .system)
                print("\(liaison.username) now serves \(self.site).")
            }
        }
    }
}
