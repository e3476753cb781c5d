import Foundation
import ROTestSupport
import Testing

@testable import ROStoreSQL

/// Where `ro keys init` and the SQLite store make their folder: `ro keys init --key-file k` must not crash.
@Suite struct FileFoldersTests {
    @Test(arguments: [("k", nil), ("data/ro.sqlite", "data"), ("/ro.sqlite", "/"), ("/srv/ro/keys/master.key", "/srv/ro/keys"), ("./k", ".")])
    func theFolderOfAPath(_ path: String, _ folder: String?) {
        #expect(FileFolders.parent(of: path) == folder)
    }

    /// Issue 15, item 10: the data folder RO makes is 0700; the database and its WAL files are 0600.
    @Test func theDataFolderAndTheDatabaseAreTheirOwnersAlone() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("ro-modes-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let path = root + "/data/ro.sqlite"
        try await SQLStore.withStore(.sqlite(path: path), masterKey: testMasterKey, logger: testLogger) { store in
            _ = try await store.migrate()
        }
        func mode(_ path: String) throws -> Int {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            return ((attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1) & 0o777
        }
        #expect(try mode(root + "/data") == 0o700)
        #expect(try mode(path) == 0o600)
        for companion in [path + "-wal", path + "-shm"] where FileManager.default.fileExists(atPath: companion) {
            #expect(try mode(companion) == 0o600, "\(companion)")
        }
    }
}
