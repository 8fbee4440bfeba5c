namespace Liaison.Web.Infrastructure.Search;

/// <summary>
/// The full-text index of every province record's folded search text, kept by the database itself: triggers on
/// each record table write the index in the same statement, hence the same transaction, as the record, whatever
/// path wrote it (a form, an import, a bulk update). SQLite indexes it with FTS5, PostgreSQL with a tsvector and
/// a GIN index. See ADR 0013.
/// </summary>
public static class SearchIndexSql
{
    /// <summary>
    /// The record types and their tables. A record type's number makes its rows' keys in the SQLite index
    /// (record id × 32 + number), so numbers are never reused. A test checks that every province record is here;
    /// a new one also needs a migration that calls <see cref="IndexSqlite"/> and <see cref="IndexPostgres"/> with it.
    /// </summary>
    public static readonly IReadOnlyList<(string Type, string Table, int Number)> Records =
    [
        ("Partner", "Partners", 1),
        ("Delegation", "Delegations", 2),
        ("Agreement", "Agreements", 3),
        ("Activity", "Activities", 4),
        ("Attachment", "Attachment", 5),
        ("AidProject", "AidProjects", 6),
        ("InvestmentProject", "InvestmentProjects", 7),
        ("TradeFigure", "TradeFigures", 8),
        ("LabourProgramme", "LabourProgrammes", 9),
        ("Mechanism", "Mechanisms", 10),
        ("MechanismSession", "MechanismSessions", 11),
        ("BorderGate", "BorderGates", 12),
        ("VillagePair", "VillagePairs", 13),
        ("BorderIncident", "BorderIncidents", 14),
        ("CitizenCase", "CitizenCases", 15),
        ("ApecApplication", "ApecApplications", 16),
        ("ForeignNgo", "ForeignNgos", 17),
        ("ExternalInfoItem", "ExternalInfoItems", 18),
        ("OverseasContact", "OverseasContacts", 19),
    ];

    /// <summary>The index, and the records of the types given: a migration passes the list as it stood then.</summary>
    public static string CreateSqlite(IEnumerable<(string Type, string Table, int Number)> records) =>
        // The type, id and province are carried along, not indexed; the rowid is the record's key.
        "CREATE VIRTUAL TABLE \"SearchIndex\" USING fts5(\"SearchText\", \"RecordType\" UNINDEXED, \"RecordId\" UNINDEXED, \"ProvinceId\" UNINDEXED, tokenize = 'unicode61');\n"
        + IndexSqlite(records);

    /// <summary>Triggers that keep the index in step with these record tables, and their records as they are.</summary>
    public static string IndexSqlite(IEnumerable<(string Type, string Table, int Number)> records)
    {
        var sql = new List<string>();
        foreach (var (type, table, number) in records)
        {
            var insert = $"INSERT INTO \"SearchIndex\" (rowid, \"SearchText\", \"RecordType\", \"RecordId\", \"ProvinceId\") VALUES (NEW.\"Id\" * 32 + {number}, NEW.\"SearchText\", '{type}', NEW.\"Id\", NEW.\"ProvinceId\");";
            var delete = $"DELETE FROM \"SearchIndex\" WHERE rowid = OLD.\"Id\" * 32 + {number};";
            sql.Add($"CREATE TRIGGER \"search_{table}_insert\" AFTER INSERT ON \"{table}\" BEGIN {insert} END;");
            sql.Add($"CREATE TRIGGER \"search_{table}_update\" AFTER UPDATE OF \"SearchText\", \"ProvinceId\" ON \"{table}\" BEGIN {delete} {insert} END;");
            sql.Add($"CREATE TRIGGER \"search_{table}_delete\" AFTER DELETE ON \"{table}\" BEGIN {delete} END;");
            sql.Add($"INSERT INTO \"SearchIndex\" (rowid, \"SearchText\", \"RecordType\", \"RecordId\", \"ProvinceId\") SELECT \"Id\" * 32 + {number}, \"SearchText\", '{type}', \"Id\", \"ProvinceId\" FROM \"{table}\";");
        }

        return string.Join('\n', sql);
    }

    private static readonly string[] SqliteTriggers = ["insert", "update", "delete"];

    public static string DropSqlite() =>
        string.Join('\n', Records.SelectMany(r => SqliteTriggers.Select(op => $"DROP TRIGGER IF EXISTS \"search_{r.Table}_{op}\";"))
            .Append("DROP TABLE IF EXISTS \"SearchIndex\";"));

    /// <summary>The index, and the records of the types given: a migration passes the list as it stood then.</summary>
    public static string CreatePostgres(IEnumerable<(string Type, string Table, int Number)> records) =>
        """
            CREATE TABLE "SearchIndex" (
                "RecordType" text NOT NULL,
                "RecordId" integer NOT NULL,
                "ProvinceId" integer NOT NULL,
                "SearchVector" tsvector NOT NULL,
                CONSTRAINT "PK_SearchIndex" PRIMARY KEY ("RecordType", "RecordId"));
            CREATE INDEX "IX_SearchIndex_SearchVector" ON "SearchIndex" USING GIN ("SearchVector");
            CREATE FUNCTION search_index_sync() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'DELETE' THEN
                    DELETE FROM "SearchIndex" WHERE "RecordType" = TG_ARGV[0] AND "RecordId" = OLD."Id";
                    RETURN OLD;
                END IF;
                INSERT INTO "SearchIndex" ("RecordType", "RecordId", "ProvinceId", "SearchVector")
                VALUES (TG_ARGV[0], NEW."Id", NEW."ProvinceId", to_tsvector('simple', NEW."SearchText"))
                ON CONFLICT ("RecordType", "RecordId") DO UPDATE SET "ProvinceId" = EXCLUDED."ProvinceId", "SearchVector" = EXCLUDED."SearchVector";
                RETURN NEW;
            END $$;

            """ + IndexPostgres(records);

    /// <summary>Triggers that keep the index in step with these record tables, and their records as they are.</summary>
    public static string IndexPostgres(IEnumerable<(string Type, string Table, int Number)> records)
    {
        var sql = new List<string>();
        foreach (var (type, table, _) in records)
        {
            sql.Add($"CREATE TRIGGER \"search_{table}\" AFTER INSERT OR UPDATE OF \"SearchText\", \"ProvinceId\" OR DELETE ON \"{table}\" FOR EACH ROW EXECUTE FUNCTION search_index_sync('{type}');");
            sql.Add($"INSERT INTO \"SearchIndex\" SELECT '{type}', \"Id\", \"ProvinceId\", to_tsvector('simple', \"SearchText\") FROM \"{table}\";");
        }

        return string.Join('\n', sql);
    }

    public static string DropPostgres() =>
        string.Join('\n', Records.Select(r => $"DROP TRIGGER IF EXISTS \"search_{r.Table}\" ON \"{r.Table}\";")
            .Append("DROP FUNCTION IF EXISTS search_index_sync();").Append("DROP TABLE IF EXISTS \"SearchIndex\";"));
}
