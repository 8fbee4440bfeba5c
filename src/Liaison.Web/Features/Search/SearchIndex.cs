using Liaison.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Search;

/// <summary>One candidate from the full-text index: which record, best first.</summary>
public sealed record SearchCandidate(string RecordType, int RecordId);

/// <summary>
/// Asks the database's own full-text index (SQLite FTS5, PostgreSQL tsvector) for the records holding every word,
/// each word also as the start of a longer one ("chau" finds "chau" and "chaudoc"), best ranked first.
/// The words are folded letters and digits only, and still go to the database as parameters.
/// </summary>
public static class SearchIndex
{
    // A provincial reader's candidates are their province's records, and every mechanism and session: those are
    // shared by their member provinces, and reading them through their tables keeps only the reader's mechanisms.
    private const string PostgresEveryProvince =
        "SELECT \"RecordType\", \"RecordId\" FROM \"SearchIndex\" WHERE \"SearchVector\" @@ to_tsquery('simple', {0}) "
        + "ORDER BY ts_rank(\"SearchVector\", to_tsquery('simple', {0})) DESC, \"RecordType\", \"RecordId\" LIMIT {1}";

    private const string PostgresOneProvince =
        "SELECT \"RecordType\", \"RecordId\" FROM \"SearchIndex\" WHERE \"SearchVector\" @@ to_tsquery('simple', {0}) "
        + "AND (\"ProvinceId\" = {2} OR \"RecordType\" IN ('Mechanism', 'MechanismSession')) "
        + "ORDER BY ts_rank(\"SearchVector\", to_tsquery('simple', {0})) DESC, \"RecordType\", \"RecordId\" LIMIT {1}";

    private const string SqliteEveryProvince =
        "SELECT \"RecordType\", \"RecordId\" FROM \"SearchIndex\" WHERE \"SearchIndex\" MATCH {0} ORDER BY bm25(\"SearchIndex\"), rowid LIMIT {1}";

    private const string SqliteOneProvince =
        "SELECT \"RecordType\", \"RecordId\" FROM \"SearchIndex\" WHERE \"SearchIndex\" MATCH {0} "
        + "AND (\"ProvinceId\" = {2} OR \"RecordType\" IN ('Mechanism', 'MechanismSession')) ORDER BY bm25(\"SearchIndex\"), rowid LIMIT {1}";

    public static Task<List<SearchCandidate>> FindAsync(AppDbContext db, IReadOnlyList<string> terms, int? province, int limit, CancellationToken ct)
    {
        var postgres = db.Database.IsNpgsql();
        // Every word must be there, each as a word or the start of one: 'lai':* & 'chau':* (PostgreSQL), "lai"* "chau"* (FTS5).
        var words = postgres ? string.Join(" & ", terms.Select(t => $"'{t}':*")) : string.Join(' ', terms.Select(t => $"\"{t}\"*"));
        var sql = (postgres, province is null) switch
        {
            (true, true) => PostgresEveryProvince,
            (true, false) => PostgresOneProvince,
            (false, true) => SqliteEveryProvince,
            (false, false) => SqliteOneProvince,
        };
        return db.Database.SqlQueryRaw<SearchCandidate>(sql, words, limit, province ?? 0).ToListAsync(ct);
    }
}
