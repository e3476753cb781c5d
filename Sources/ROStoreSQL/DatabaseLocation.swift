/// Where the data lives: an embedded SQLite file (the default) or a PostgreSQL server shared by several
/// instances.
public enum DatabaseLocation: Sendable, Equatable {
    case sqlite(path: String)
    case postgres(url: String)
}

/// The two SQL dialects; branch on it only in migrations and connection set-up.
public enum SQLDialectKind: Sendable, Equatable {
    case sqlite
    case postgres
}

public enum StoreError: Error, Equatable, Sendable {
    /// The database holds migrations this program does not know: it was written by a newer `ro`.
    case databaseNewerThanProgram(unknownMigrations: [String])
    /// `DATABASE_URL` could not be understood.
    case invalidDatabaseURL(String)
    /// The database could not be reached or opened.
    case cannotOpen(String)
    /// Case content is sealed, and no master key was given.
    case masterKeyMissing
    /// The master key given is not the one that wrapped the case's data key.
    case wrongMasterKey
    /// The case has no data key: it was disposed of, or its content was never sealed.
    case caseKeyMissing
    /// A stored value is not sealed where sealed content belongs.
    case contentNotSealed
    /// A sealed value does not open with its case's key at its place: it was altered or moved.
    case sealedContentDoesNotOpen
}
