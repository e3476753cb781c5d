/// The folder part of a file's path, worked out on the string itself: Foundation's `deletingLastPathComponent`
/// stops a release build of this toolchain with an illegal instruction on a bare file name ("k").
enum FileFolders {
    /// "data/ro.sqlite" → "data", "/ro.sqlite" → "/"; nil for a bare file name, which goes in the current folder.
    static func parent(of path: String) -> String? {
        guard let slash = path.lastIndex(of: "/") else { return nil }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
