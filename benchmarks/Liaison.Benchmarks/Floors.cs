namespace Liaison.Benchmarks;

/// <summary>
/// The floor of each measure: the same aggregate or list as one hand-written SQL statement on the same database,
/// read to the last row. The application cannot answer faster than its database can, so its time divided by the
/// floor's is what the application (EF Core, the handlers, JSON or CSV, HTTP) adds.
/// </summary>
public static class Floors
{
    /// <summary>
    /// The report's figures in one statement: delegations by direction and year (count and members) and by purpose,
    /// level and country; activities by kind and year (count and participants); agreements signed by year and in
    /// force; aid commitments and disbursements by kind, currency and the year their project starts (not converted: the
    /// application converts each at the rate of its date); partners by kind. The years run over the period and the
    /// one before it, as the report compares them.
    /// </summary>
    public static string Report(bool postgres, int? provinceId)
    {
        string Year(string column) => postgres ? $"CAST(EXTRACT(YEAR FROM {column}) AS integer)" : $"CAST(substr({column}, 1, 4) AS integer)";
        string In(string alias) => provinceId is { } id ? $" AND {alias}.\"ProvinceId\" = {id}" : string.Empty;
        var delegations = $"FROM \"Delegations\" d WHERE d.\"ArchivedAt\" IS NULL AND d.\"Status\" NOT IN ('Cancelled', 'Rejected') AND d.\"StartDate\" BETWEEN @previous AND @to{In("d")}";
        var inPeriod = $"FROM \"Delegations\" d WHERE d.\"ArchivedAt\" IS NULL AND d.\"Status\" NOT IN ('Cancelled', 'Rejected') AND d.\"StartDate\" BETWEEN @from AND @to{In("d")}";
        return $"""
            SELECT 'delegations' AS what, d."Direction" AS k, {Year("d.\"StartDate\"")} AS y, COUNT(*) AS n, SUM(d."MemberCount") AS v {delegations} GROUP BY d."Direction", {Year("d.\"StartDate\"")}
            UNION ALL SELECT 'purpose', d."Direction" || d."Purpose", 0, COUNT(*), SUM(d."MemberCount") {inPeriod} GROUP BY d."Direction", d."Purpose"
            UNION ALL SELECT 'level', d."Direction" || d."Level", 0, COUNT(*), SUM(d."MemberCount") {inPeriod} GROUP BY d."Direction", d."Level"
            UNION ALL SELECT 'country', d."Direction" || c."CountryCode", 0, COUNT(*), SUM(d."MemberCount") FROM "Delegations" d JOIN "DelegationCountry" c ON c."DelegationId" = d."Id"
                WHERE d."ArchivedAt" IS NULL AND d."Status" NOT IN ('Cancelled', 'Rejected') AND d."StartDate" BETWEEN @from AND @to{In("d")} GROUP BY d."Direction", c."CountryCode"
            UNION ALL SELECT 'activities', a."Kind", {Year("a.\"StartDate\"")}, COUNT(*), SUM(a."ParticipantCount") FROM "Activities" a
                WHERE a."ArchivedAt" IS NULL AND a."Status" <> 'Cancelled' AND a."StartDate" BETWEEN @previous AND @to{In("a")} GROUP BY a."Kind", {Year("a.\"StartDate\"")}
            UNION ALL SELECT 'signed', '', {Year("g.\"SignedOn\"")}, COUNT(*), 0 FROM "Agreements" g
                WHERE g."ArchivedAt" IS NULL AND g."SignedOn" BETWEEN @previous AND @to{In("g")} GROUP BY {Year("g.\"SignedOn\"")}
            UNION ALL SELECT 'in-force', '', 0, COUNT(*), 0 FROM "Agreements" g WHERE g."ArchivedAt" IS NULL AND g."Status" = 'InForce'{In("g")}
            UNION ALL SELECT 'aid', t."Kind" || t."Currency", {Year("p.\"PlannedStart\"")}, COUNT(*), SUM(t."Amount") FROM "AidTransaction" t JOIN "AidProjects" p ON p."Id" = t."AidProjectId"
                WHERE p."ArchivedAt" IS NULL AND p."PlannedStart" BETWEEN @previous AND @to AND t."Kind" IN ('Commitment', 'Disbursement'){In("p")}
                GROUP BY t."Kind", t."Currency", {Year("p.\"PlannedStart\"")}
            UNION ALL SELECT 'partners', r."Kind", 0, COUNT(*), 0 FROM "Partners" r WHERE r."ArchivedAt" IS NULL{In("r")} GROUP BY r."Kind"
            """;
    }

    private const string ListColumns = """d."Id", d."Direction", d."Title", d."Purpose", d."StartDate", d."EndDate", d."HeadName", d."Level", d."MemberCount", d."Status", d."IsDemo" """;

    private const string CountryAndPeriod = """
        FROM "Delegations" d WHERE d."ArchivedAt" IS NULL AND d."StartDate" BETWEEN @from AND @to
        AND EXISTS (SELECT 1 FROM "DelegationCountry" c WHERE c."DelegationId" = d."Id" AND c."CountryCode" = @country)
        """;

    /// <summary>The list's first page (newest first) with its total and members' total, as the list answers.</summary>
    public const string ListPage = $"""
        SELECT {ListColumns} {CountryAndPeriod} ORDER BY d."StartDate" DESC, d."Id" DESC LIMIT 25;
        SELECT COUNT(*), SUM(d."MemberCount") {CountryAndPeriod}
        """;

    /// <summary>Every row of the same filter with the export's columns, countries joined into one.</summary>
    public static string Export(bool postgres) => $"""
        SELECT d."Id", d."Direction", d."Title", d."Purpose", d."StartDate", d."EndDate", d."HeadName", d."HeadTitle", d."Level", d."MemberCount",
            d."HostUnit", (SELECT {(postgres ? "string_agg(x.\"CountryCode\", ' ')" : "group_concat(x.\"CountryCode\", ' ')")} FROM "DelegationCountry" x WHERE x."DelegationId" = d."Id"),
            d."FundingSource", d."DecisionNumber", d."DecisionDate", d."Status", d."Outcome"
        {CountryAndPeriod} ORDER BY d."StartDate" DESC, d."Id" DESC
        """;

    /// <summary>The search index's own query for the folded words, as the search box asks it (300 candidates, ranked).</summary>
    public static string Search(bool postgres, int provinceId) => postgres
        ? $"""
          SELECT "RecordType", "RecordId" FROM "SearchIndex" WHERE "SearchVector" @@ to_tsquery('simple', @words) AND "ProvinceId" = {provinceId}
          ORDER BY ts_rank("SearchVector", to_tsquery('simple', @words)) DESC, "RecordType", "RecordId" LIMIT 300
          """
        : $"""
          SELECT "RecordType", "RecordId" FROM "SearchIndex" WHERE "SearchIndex" MATCH @words AND "ProvinceId" = {provinceId}
          ORDER BY bm25("SearchIndex"), rowid LIMIT 300
          """;

    public static string SearchWords(bool postgres, IEnumerable<string> words) =>
        postgres ? string.Join(" & ", words.Select(w => $"'{w}':*")) : string.Join(' ', words.Select(w => $"\"{w}\"*"));
}
