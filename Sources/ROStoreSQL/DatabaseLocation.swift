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
}
