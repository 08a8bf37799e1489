namespace ItbPlanner.Storage.Postgres;

/// <summary>
/// The two group roles of a clinic's team log: <c>itb_writer</c> for clinicians (read, register patients, append
/// events, record checkpoints) and <c>itb_reviewer</c> for reviewers (read only). Neither may update, delete or truncate
/// anything, nor change the schema: the append-only rule holds by privilege before the triggers are even reached. A
/// clinic gives each person a login role and makes it a member of one of them
/// (<c>CREATE ROLE anna LOGIN IN ROLE itb_writer</c>). <c>itb db init</c> runs this SQL when the role it connects as
/// may create roles, and prints it (<c>--print-roles-sql</c>) for a superuser to run otherwise. Running it twice is harmless.
/// </summary>
public static class PostgresRoles
{
    /// <summary>The writer role's name.</summary>
    public const string Writer = "itb_writer";

    /// <summary>The reviewer role's name.</summary>
    public const string Reviewer = "itb_reviewer";

    /// <summary>The SQL that creates the roles (when missing) and grants their privileges on the log's tables.</summary>
    public const string Sql = """
        -- ItbPlanner team log roles: run in the log's database, after 'itb db init'.
        DO $$
        BEGIN
            IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'itb_writer') THEN
                BEGIN
                    CREATE ROLE itb_writer NOLOGIN;
                EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; -- created meanwhile by another init
                END;
            END IF;
            IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'itb_reviewer') THEN
                BEGIN
                    CREATE ROLE itb_reviewer NOLOGIN;
                EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
                END;
            END IF;
        END
        $$;
        REVOKE ALL ON patients, events, checkpoints, schema_version FROM PUBLIC;
        REVOKE ALL ON patients, events, checkpoints, schema_version FROM itb_writer, itb_reviewer;
        GRANT SELECT ON patients, events, checkpoints, schema_version TO itb_writer, itb_reviewer;
        GRANT INSERT ON patients, events, checkpoints TO itb_writer;
        -- Course snapshots are a cache, not the log: writers replace them, reviewers read them.
        REVOKE ALL ON course_snapshots FROM PUBLIC;
        REVOKE ALL ON course_snapshots FROM itb_writer, itb_reviewer;
        GRANT SELECT ON course_snapshots TO itb_writer, itb_reviewer;
        GRANT INSERT, UPDATE, DELETE ON course_snapshots TO itb_writer;
        -- Then one login role per person, e.g.:
        --   CREATE ROLE anna LOGIN IN ROLE itb_writer;   (a nurse or physician who records)
        --   CREATE ROLE ben LOGIN IN ROLE itb_reviewer;  (a reviewer who reads)
        -- and a password for each in their ~/.pgpass (or PGPASSWORD), never on the command line.

        """;
}
