using System.Text.RegularExpressions;
using Liaison.Web.Features.Accounts;
using Liaison.Web.Features.Shared;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Search;

public sealed class SearchQuery
{
    public string? Q { get; set; }

    /// <summary>One kind of record only ("Partner", "Delegation", …); every kind when empty.</summary>
    public string? Type { get; set; }
}

/// <summary>A piece of displayed text, marked when it is one of the words searched for.</summary>
public sealed record TextPart(string Text, bool Match);

/// <param name="What">The kind of record, in words.</param>
/// <param name="Exact">True when the record holds the words exactly as typed, diacritics included: it ranks first.</param>
public sealed record SearchHit(string Type, string What, int Id, string Title, string Link, IReadOnlyList<TextPart> TitleParts, IReadOnlyList<TextPart> Snippet, bool Exact);

/// <param name="Counts">How many hits each kind of record has, whichever kind is shown.</param>
public sealed record SearchResults(string Query, IReadOnlyList<SearchHit> Hits, IReadOnlyDictionary<string, int> Counts, bool Truncated);

/// <summary>
/// The search box: every record the reader may read whose names, titles, people, places or notes hold the words
/// typed, with or without diacritics, in any of the three languages. The database's full-text index finds the
/// candidates; each candidate is then read through its own table, under the same province, unit and permission
/// filters as its pages, so the search can never show what the lists would not.
/// </summary>
public sealed partial class SearchRecordsHandler(AppDbContext db, CurrentUser user)
{
    /// <summary>How many candidates the index hands over, best first; enough for a page of results from any province.</summary>
    public const int Candidates = 300;

    public const int MaxHits = 100;

    private sealed record Found(int Id, string Title, string? Detail);

    private static readonly Dictionary<string, Func<AppDbContext, List<int>, CancellationToken, Task<List<Found>>>> Readers = new(StringComparer.Ordinal)
    {
        ["Partner"] = (db, ids, ct) => db.Partners.AsNoTracking().Where(r => ids.Contains(r.Id) && r.ArchivedAt == null)
            .Select(r => new Found(r.Id, r.NameEn, Join(r.NameVi, r.NativeName, r.Notes))).ToListAsync(ct),
        ["Delegation"] = (db, ids, ct) => db.Delegations.AsNoTracking().Where(r => ids.Contains(r.Id) && r.ArchivedAt == null)
            .Select(r => new Found(r.Id, r.Title, Join(r.HeadName, r.HeadTitle, r.HostUnit, r.PurposeDetail, r.Outcome))).ToListAsync(ct),
        ["Agreement"] = (db, ids, ct) => db.Agreements.AsNoTracking().Where(r => ids.Contains(r.Id) && r.ArchivedAt == null)
            .Select(r => new Found(r.Id, r.Title, Join(r.SignerName, r.SignedPlace, r.Summary))).ToListAsync(ct),
        ["Activity"] = (db, ids, ct) => db.Activities.AsNoTracking().Where(r => ids.Contains(r.Id) && r.ArchivedAt == null)
            .Select(r => new Found(r.Id, r.Title, Join(r.Place, r.Organiser, r.BorderStretch, r.Outcome))).ToListAsync(ct),
        ["AidProject"] = (db, ids, ct) => db.AidProjects.AsNoTracking().Where(r => ids.Contains(r.Id) && r.ArchivedAt == null)
            .Select(r => new Found(r.Id, r.Title, Join(r.Approver, r.DecisionNumber, r.Description))).ToListAsync(ct),
        ["InvestmentProject"] = (db, ids, ct) => db.InvestmentProjects.AsNoTracking().Where(r => ids.Contains(r.Id) && r.ArchivedAt == null)
            .Select(r => new Found(r.Id, r.Name, Join(r.Location, r.CertificateNumber, r.Notes))).ToListAsync(ct),
        ["TradeFigure"] = (db, ids, ct) => db.TradeFigures.AsNoTracking().Where(r => ids.Contains(r.Id) && r.ArchivedAt == null)
            .Select(r => new Found(r.Id, r.CommodityGroup ?? r.Gate ?? r.CountryCode, Join(r.Gate, r.Source))).ToListAsync(ct),
        ["LabourProgramme"] = (db, ids, ct) => db.Set<Labour.LabourProgramme>().AsNoTracking().Where(r => ids.Contains(r.Id) && r.ArchivedAt == null)
            .Select(r => new Found(r.Id, r.Title, r.Description)).ToListAsync(ct),
        ["Mechanism"] = (db, ids, ct) => db.Mechanisms.AsNoTracking().Where(r => ids.Contains(r.Id) && r.ArchivedAt == null)
            .Select(r => new Found(r.Id, r.Name, r.Description)).ToListAsync(ct),
        ["MechanismSession"] = (db, ids, ct) => db.MechanismSessions.AsNoTracking().Where(r => ids.Contains(r.Id) && r.ArchivedAt == null)
            .Select(r => new Found(r.Id, r.Mechanism!.Name + ", session " + r.Number, Join(r.Host, r.Venue, r.Summary))).ToListAsync(ct),
        ["BorderGate"] = (db, ids, ct) => db.BorderGates.AsNoTracking().Where(r => ids.Contains(r.Id) && r.ArchivedAt == null)
            .Select(r => new Found(r.Id, r.Name, Join(r.CounterpartName, r.CounterpartLocality, r.Location, r.Notes))).ToListAsync(ct),
        ["VillagePair"] = (db, ids, ct) => db.VillagePairs.AsNoTracking().Where(r => ids.Contains(r.Id) && r.ArchivedAt == null)
            .Select(r => new Found(r.Id, r.OurVillage + " – " + r.TheirVillage, Join(r.OurCommune, r.TheirLocality, r.Notes))).ToListAsync(ct),
        ["BorderIncident"] = (db, ids, ct) => db.BorderIncidents.AsNoTracking().Where(r => ids.Contains(r.Id) && r.ArchivedAt == null)
            .Select(r => new Found(r.Id, r.Place, Join(r.BorderMarker, r.Description, r.Handling))).ToListAsync(ct),
        ["ApecApplication"] = (db, ids, ct) => db.ApecApplications.AsNoTracking().Where(r => ids.Contains(r.Id) && r.ArchivedAt == null)
            .Select(r => new Found(r.Id, r.ApplicantName, Join(r.CompanyName, r.CardNumber))).ToListAsync(ct),
        ["ForeignNgo"] = (db, ids, ct) => db.ForeignNgos.AsNoTracking().Where(r => ids.Contains(r.Id) && r.ArchivedAt == null)
            .Select(r => new Found(r.Id, r.Partner!.NameEn, Join(r.CertificateNumber, r.WorkPlan))).ToListAsync(ct),
        ["ExternalInfoItem"] = (db, ids, ct) => db.ExternalInfoItems.AsNoTracking().Where(r => ids.Contains(r.Id) && r.ArchivedAt == null)
            .Select(r => new Found(r.Id, r.Title, Join(r.Where, r.Response))).ToListAsync(ct),
        ["OverseasContact"] = (db, ids, ct) => db.OverseasContacts.AsNoTracking().Where(r => ids.Contains(r.Id) && r.ArchivedAt == null)
            .Select(r => new Found(r.Id, r.Name, Join(r.City, r.Field, r.HomeTie))).ToListAsync(ct),
        // A case is found by its people's names, but the hit shows no name: opening the file is what is audited.
        ["CitizenCase"] = (db, ids, ct) => db.CitizenCases.AsNoTracking().Where(r => ids.Contains(r.Id) && r.ArchivedAt == null)
            .Select(r => new Found(r.Id, r.FileNumber ?? "#" + r.Id, Join(r.PlaceAbroad, r.ForeignAuthority))).ToListAsync(ct),
    };

    public static IReadOnlyCollection<string> Types => Readers.Keys;

    /// <summary>The kind of record, in the reader's language.</summary>
    public static string WhatIs(string type) => Infrastructure.Text.Messages.Translate(type == "Attachment" ? "File" : RecordKinds.Words(type));

    public async Task<SearchResults> HandleAsync(SearchQuery query, CancellationToken ct = default)
    {
        var typed = (query.Q ?? string.Empty).Trim();
        var terms = Terms(typed);
        var empty = new SearchResults(typed, [], new Dictionary<string, int>(), Truncated: false);
        if (terms.Count == 0 || (!user.ReadsAllProvinces && user.ProvinceId is null))
        {
            return empty;
        }

        var candidates = await SearchIndex.FindAsync(db, terms, user.ReadsAllProvinces ? null : user.ProvinceId, Candidates, ct);
        var hits = new List<(SearchHit Hit, int Rank)>();
        foreach (var group in candidates.Select((c, rank) => (c, rank)).GroupBy(x => x.c.RecordType))
        {
            if (RecordKinds.IsWithheldFrom(user, group.Key))
            {
                continue;
            }

            var ranks = group.ToDictionary(x => x.c.RecordId, x => x.rank);
            List<(Found Found, string Link)> found = group.Key == "Attachment"
                ? await AttachmentsAsync([.. ranks.Keys], ct)
                : Readers.TryGetValue(group.Key, out var read) ? [.. (await read(db, [.. ranks.Keys], ct)).Select(f => (f, RecordKinds.Link(group.Key, f.Id)))] : [];
            hits.AddRange(found.Select(f => (Hit(group.Key, f.Found, f.Link, typed, terms), ranks[f.Found.Id])));
        }

        var counts = hits.GroupBy(h => h.Hit.Type).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var shown = hits.Where(h => string.IsNullOrEmpty(query.Type) || h.Hit.Type == query.Type)
            .OrderByDescending(h => h.Hit.Exact).ThenBy(h => h.Rank).Select(h => h.Hit).ToList();
        return new SearchResults(typed, shown.Take(MaxHits).ToList(), counts, Truncated: shown.Count > MaxHits || candidates.Count >= Candidates);
    }

    /// <summary>An attachment is found by its file's name and description, and shown as a file of its record, if the reader may read that record.</summary>
    private async Task<List<(Found Found, string Link)>> AttachmentsAsync(List<int> ids, CancellationToken ct)
    {
        var files = await db.Set<Attachments.Attachment>().AsNoTracking().Where(a => ids.Contains(a.Id) && a.ArchivedAt == null)
            .Select(a => new { a.Id, a.FileName, a.Description, a.OwnerType, a.OwnerId }).ToListAsync(ct);
        var found = new List<(Found Found, string Link)>();
        foreach (var owner in files.GroupBy(f => f.OwnerType))
        {
            if (!Readers.TryGetValue(owner.Key, out var read) || RecordKinds.IsWithheldFrom(user, owner.Key))
            {
                continue;
            }

            var readable = (await read(db, [.. owner.Select(f => f.OwnerId).Distinct()], ct)).ToDictionary(o => o.Id);
            found.AddRange(owner.Where(f => readable.ContainsKey(f.OwnerId))
                .Select(f => (new Found(f.Id, f.FileName, Join(f.Description, $"A file of {WhatIs(owner.Key).ToLowerInvariant()} \"{readable[f.OwnerId].Title}\"")), RecordKinds.Link(owner.Key, f.OwnerId))));
        }

        return found;
    }

    private static SearchHit Hit(string type, Found found, string link, string typed, IReadOnlyList<string> terms)
    {
        var text = found.Title + " " + found.Detail;
        var exact = text.Contains(typed, StringComparison.CurrentCultureIgnoreCase);
        return new SearchHit(type, WhatIs(type), found.Id, found.Title, link,
            Highlight.Parts(found.Title, terms), Highlight.Snippet(found.Detail, terms), exact);
    }

    /// <summary>The folded words of what was typed: letters and digits only, which is all the index holds.</summary>
    public static IReadOnlyList<string> Terms(string typed) =>
        Word().Matches(TextFolding.Fold(typed)).Select(m => m.Value).Distinct(StringComparer.Ordinal).Take(8).ToList();

    private static string? Join(params string?[] parts)
    {
        var kept = parts.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        return kept.Count == 0 ? null : string.Join(" · ", kept);
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
