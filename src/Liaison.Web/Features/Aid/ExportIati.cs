using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Liaison.Web.Features.Provinces;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Aid;

/// <param name="Document">The IATI activity file, valid against the 2.03 schema; null when no project could be exported.</param>
/// <param name="Skipped">Each project left out, and what it lacks.</param>
public sealed record IatiExport(XDocument? Document, IReadOnlyList<string> Skipped);

/// <summary>
/// Writes aid projects as an IATI 2.03 activity file: the province as reporting organisation, the donors and
/// implementers as participating organisations, dates, DAC sectors, places, and each transaction with its
/// own currency. Every file is validated against the IATI schema shipped with the application before it is
/// given out: a file that would not validate is an error, never a download.
/// </summary>
public sealed class ExportIatiHandler(AppDbContext db, IConfiguration configuration, TimeProvider clock)
{
    public const string Version = "2.03";

    /// <summary>One project's file, or what it lacks.</summary>
    public async Task<Result<XDocument>> ProjectAsync(int id, CancellationToken ct = default)
    {
        var project = await AidProjectQueries.WithRows(db.AidProjects.AsNoTracking()).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (project is null)
        {
            return Failures.NotFound("The aid project");
        }

        var lacks = Lacks(project);
        if (lacks.Count > 0)
        {
            return new ConflictFailure($"This project can't be published to IATI yet: it lacks {string.Join(", ", lacks)}.");
        }

        return Validated(Activities([project]));
    }

    /// <summary>Every current project of the user's province that can be published; the rest are named with what they lack.</summary>
    public async Task<Result<IatiExport>> ProvinceAsync(CancellationToken ct = default)
    {
        var projects = await AidProjectQueries.WithRows(db.AidProjects.AsNoTracking().Where(a => a.ArchivedAt == null)).OrderBy(a => a.Id).ToListAsync(ct);
        var skipped = projects.Select(p => (p, lacks: Lacks(p))).Where(x => x.lacks.Count > 0)
            .Select(x => $"#{x.p.Id} {x.p.Title}: lacks {string.Join(", ", x.lacks)}").ToList();
        var ready = projects.Where(p => Lacks(p).Count == 0).ToList();
        if (ready.Count == 0)
        {
            return new IatiExport(null, skipped);
        }

        return new IatiExport(Validated(Activities(ready)), skipped);
    }

    /// <summary>What IATI requires that the record may not have yet.</summary>
    public static List<string> Lacks(AidProject project)
    {
        var lacks = new List<string>();
        if (project.IatiIdentifier is not null)
        {
            lacks.Add("an identifier of the province's own: it came from its donor's IATI data, which already publishes it");
        }

        if (string.IsNullOrWhiteSpace(project.Description))
        {
            lacks.Add("a description");
        }

        if (project.Sectors.Count == 0 || project.Sectors.Sum(s => s.Percentage) != 100)
        {
            lacks.Add("sectors whose shares total 100 per cent");
        }

        if (project.Participants.Count == 0)
        {
            lacks.Add("a participating organisation");
        }

        return lacks;
    }

    /// <summary>The province's IATI organisation identifier: configured per province, else a provisional one.</summary>
    public string OrganisationRef(int provinceId)
    {
        var code = ProvinceCatalog.All.FirstOrDefault(p => p.Id == provinceId)?.Code ?? provinceId.ToString(CultureInfo.InvariantCulture);
        return configuration[$"Iati:OrganisationRefs:{code}"] ?? $"VN-PROVINCE-{code.ToUpperInvariant()}";
    }

    private XDocument Activities(IReadOnlyList<AidProject> projects)
    {
        var now = clock.GetUtcNow();
        return new XDocument(
            new XDeclaration("1.0", "UTF-8", null),
            new XElement("iati-activities",
                new XAttribute("version", Version),
                new XAttribute("generated-datetime", now.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)),
                projects.Select(Activity)));
    }

    private XElement Activity(AidProject p)
    {
        var orgRef = OrganisationRef(p.ProvinceId);
        var province = ProvinceCatalog.All.FirstOrDefault(x => x.Id == p.ProvinceId);
        var currency = p.ValueCurrency ?? p.Transactions.FirstOrDefault()?.Currency ?? Money.Currencies.Dong;
        return new XElement("iati-activity",
            new XAttribute("last-updated-datetime", new DateTimeOffset(DateTime.SpecifyKind(p.UpdatedAt, DateTimeKind.Utc)).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)),
            new XAttribute(XNamespace.Xml + "lang", "en"),
            new XAttribute("default-currency", currency),
            new XElement("iati-identifier", Identifier(orgRef, p.Id)),
            new XElement("reporting-org", new XAttribute("ref", orgRef), new XAttribute("type", "11"),
                Narrative($"Department of Foreign Affairs, {province?.NameEn ?? "province"}")),
            new XElement("title", Narrative(p.Title)),
            new XElement("description", new XAttribute("type", "1"), Narrative(p.Description!)),
            p.Participants.OrderBy(x => x.Id).Select(x => new XElement("participating-org",
                new XAttribute("role", ((int)x.Role).ToString(CultureInfo.InvariantCulture)),
                Narrative(x.Name))),
            new XElement("activity-status", new XAttribute("code", ((int)p.Status).ToString(CultureInfo.InvariantCulture))),
            Date("1", p.PlannedStart),
            p.ActualStart is { } actualStart ? Date("2", actualStart) : null,
            p.PlannedEnd is { } plannedEnd ? Date("3", plannedEnd) : null,
            p.ActualEnd is { } actualEnd ? Date("4", actualEnd) : null,
            new XElement("recipient-country", new XAttribute("code", "VN"), new XAttribute("percentage", "100")),
            p.Places.OrderBy(x => x.Id).Select(x => new XElement("location", new XElement("name", Narrative(x.Name)))),
            p.Sectors.OrderBy(x => x.Id).Select(x => new XElement("sector",
                new XAttribute("vocabulary", "1"),
                new XAttribute("code", x.Code),
                new XAttribute("percentage", x.Percentage.ToString("0.##", CultureInfo.InvariantCulture)))),
            p.Transactions.OrderBy(x => x.Date).ThenBy(x => x.Id).Select(x => new XElement("transaction",
                new XElement("transaction-type", new XAttribute("code", x.Kind switch
                {
                    AidTransactionKind.Commitment => "2",
                    AidTransactionKind.Disbursement => "3",
                    _ => "4",
                })),
                new XElement("transaction-date", new XAttribute("iso-date", IsoDate(x.Date))),
                new XElement("value", new XAttribute("currency", x.Currency), new XAttribute("value-date", IsoDate(x.Date)), x.Amount.ToString("0.####", CultureInfo.InvariantCulture)),
                string.IsNullOrWhiteSpace(x.Description) ? null : new XElement("description", Narrative(x.Description)))));
    }

    /// <summary>The reporting organisation's identifier, then the project's number: IATI forbids / & | ? in identifiers.</summary>
    private static string Identifier(string orgRef, int id)
    {
        var safe = new string(orgRef.Where(c => c is not ('/' or '&' or '|' or '?')).ToArray());
        return $"{safe}-AID-{id.ToString(CultureInfo.InvariantCulture)}";
    }

    private static XElement Narrative(string text) => new("narrative", text);

    private static XElement Date(string type, DateOnly date) =>
        new("activity-date", new XAttribute("type", type), new XAttribute("iso-date", IsoDate(date)));

    private static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static XDocument Validated(XDocument document)
    {
        var problems = IatiSchema.Validate(document);
        return problems.Count == 0
            ? document
            : throw new InvalidOperationException("The IATI file does not validate against the 2.03 schema: " + string.Join(" ", problems));
    }
}

/// <summary>The IATI 2.03 activity schema, shipped with the application (Features/Aid/Iati, unchanged from IATI-Schemas).</summary>
public static class IatiSchema
{
    private static readonly Lazy<XmlSchemaSet> Schemas = new(Load);

    /// <summary>Every way the document breaks the schema; empty when it is valid.</summary>
    public static IReadOnlyList<string> Validate(XDocument document)
    {
        var problems = new List<string>();
        document.Validate(Schemas.Value, (_, e) => problems.Add($"{e.Severity}: {e.Message} (line {e.Exception?.LineNumber})"));
        return problems;
    }

    private static XmlSchemaSet Load()
    {
        var set = new XmlSchemaSet { XmlResolver = new EmbeddedResolver() };
        using var reader = XmlReader.Create(EmbeddedResolver.Open("iati-activities-schema.xsd"), new XmlReaderSettings { XmlResolver = new EmbeddedResolver() }, "embedded:///iati-activities-schema.xsd");
        set.Add(null, reader);
        set.Compile();
        return set;
    }

    /// <summary>Serves the schema's includes and imports from the assembly, never from the network.</summary>
    private sealed class EmbeddedResolver : XmlResolver
    {
        public static Stream Open(string fileName) =>
            typeof(IatiSchema).Assembly.GetManifestResourceStream($"Liaison.iati.{fileName}")
            ?? throw new FileNotFoundException($"The IATI schema file {fileName} is not embedded.");

        public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn) => Open(Path.GetFileName(absoluteUri.AbsolutePath));

        public override Uri ResolveUri(Uri? baseUri, string? relativeUri) =>
            new($"embedded:///{Path.GetFileName(relativeUri ?? string.Empty)}");
    }
}
