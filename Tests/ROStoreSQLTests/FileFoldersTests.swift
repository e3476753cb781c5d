import Testing

@testable import ROStoreSQL

/// Where `ro keys init` and the SQLite store make their folder: `ro keys init --key-file k` must not crash.
@Suite struct FileFoldersTests {
    @Test(arguments: [("k", nil), ("data/ro.sqlite", "data"), ("/ro.sqlite", "/"), ("/srv/ro/keys/master.key", "/srv/ro/keys"), ("./k", ".")])
    func theFolderOfAPath(_ path: String, _ folder: String?) {
        #expect(FileFolders.parent(of: path) == folder)
    }
}
