using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Liaison.Web.Features.Accounts;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Aid;

/// <param name="Action">"create" for a new project, "update" for one imported before with the same IATI identifier.</param>
/// <param name="Errors">Why the activity can't be imported; empty when it can.</param>
public sealed record IatiImportRow(int Position, string Identifier, string Title, string Action, int Transactions, IReadOnlyList<string> Errors);

public sealed record IatiImportResult(IReadOnlyList<IatiImportRow> Rows, bool Applied)
{
    public bool HasErrors => Rows.Any(r => r.Errors.Count > 0);
}

/// <summary>
/// Reads a donor's IATI activity file into aid projects of the user's province: first as a preview of what
/// would be created or updated (matched by IATI identifier), then, if every activity can be taken, for real
/// in one transaction. It reads version 2 files and is lenient with the older shapes (textual date and
/// transaction types, as in the schema's worked example); the donor is the funding organisation, or else
/// the provider of the money.
/// </summary>
public sealed class ImportIatiHandler(AppDbContext db, CurrentUser user)
{
    // No DTDs and no external entities: a file from outside can't make the server fetch or expand anything.
    private static readonly XmlReaderSettings Safe = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, Async = true };

    public Task<Result<IatiImportResult>> PreviewAsync(Stream xml, CancellationToken ct = default) => RunAsync(XmlReader.Create(xml, Safe), apply: false, ct);

    public Task<Result<IatiImportResult>> ImportAsync(Stream xml, CancellationToken ct = default) => RunAsync(XmlReader.Create(xml, Safe), apply: true, ct);

    /// <summary>A file already read as text, such as the one a preview page sends back.</summary>
    public Task<Result<IatiImportResult>> ImportAsync(TextReader xml, CancellationToken ct = default) => RunAsync(XmlReader.Create(xml, Safe), apply: true, ct);

    private async Task<Result<IatiImportResult>> RunAsync(XmlReader xml, bool apply, CancellationToken ct)
    {
        using var reader = xml;
        if (!user.CanEditRegister)
        {
            return Failures.ReadOnly();
        }

        XDocument document;
        try
        {
            document = await XDocument.LoadAsync(reader, LoadOptions.None, ct);
        }
        catch (XmlException e)
        {
            var errors = new ValidationErrors();
            errors.Add("file", $"The file is not well-formed XML: {e.Message}");
            return errors.ToFailure();
        }

        var activities = document.Root?.Name.LocalName == "iati-activity" ? [document.Root] : document.Root?.Elements("iati-activity").ToList() ?? [];
        if (activities.Count == 0)
        {
            var errors = new ValidationErrors();
            errors.Add("file", "The file has no iati-activity: is it an IATI activity file?");
            return errors.ToFailure();
        }

        var parsed = new List<(IatiImportRow Row, AidProjectInput? Input)>();
        var identifiers = activities.Select(a => Text(a.Element("iati-identifier"))).Where(i => i.Length > 0).ToList();
        var timesInFile = identifiers.CountBy(i => i, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        var existing = await db.AidProjects.Where(p => p.IatiIdentifier != null && identifiers.Contains(p.IatiIdentifier))
            .ToDictionaryAsync(p => p.IatiIdentifier!, p => p.Id, ct);
        for (var i = 0; i < activities.Count; i++)
        {
            var (input, problems) = Read(activities[i]);
            if (problems.Count == 0)
            {
                var check = await input.ValidateAsync(db, ct);
                problems.AddRange(check.ToFailure().Errors.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}")));
            }

            var identifier = Text(activities[i].Element("iati-identifier"));
            if (identifier.Length > 0 && timesInFile[identifier] is var twins && twins > 1)
            {
                problems.Add($"the file has {twins} activities with this IATI identifier; a donor publishes each activity once");
            }

            parsed.Add((new IatiImportRow(i + 1, identifier, input.Title ?? string.Empty, existing.ContainsKey(identifier) ? "update" : "create", input.Transactions.Count, problems), input));
        }

        var result = new IatiImportResult(parsed.Select(p => p.Row).ToList(), Applied: false);
        if (!apply || result.HasErrors)
        {
            return result;
        }

        var ids = existing.Values.ToList();
        var toUpdate = await AidProjectQueries.WithRows(db.AidProjects).Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.IatiIdentifier!, ct);
        foreach (var (row, input) in parsed)
        {
            var project = toUpdate.TryGetValue(row.Identifier, out var found)
                ? found
                : db.AidProjects.Add(new AidProject { ProvinceId = user.ProvinceId!.Value, Title = string.Empty, IatiIdentifier = row.Identifier }).Entity;
            input!.ApplyTo(project, new Dictionary<int, string>());
        }

        await db.SaveChangesAsync(ct); // one transaction: every activity or none
        return result with { Applied = true };
    }

    private static (AidProjectInput Input, List<string> Problems) Read(XElement activity)
    {
        var problems = new List<string>();
        var defaultCurrency = activity.Attribute("default-currency")?.Value;
        var input = new AidProjectInput
        {
            Title = Narrative(activity.Element("title")),
            Description = Narrative(activity.Element("description")) is { Length: > 0 } d ? d : null,
            Form = AidForm.Project,
            Status = int.TryParse(activity.Element("activity-status")?.Attribute("code")?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var status)
                && Enum.IsDefined(typeof(AidStatus), status) ? (AidStatus)status : AidStatus.Implementation,
        };
        if (string.IsNullOrWhiteSpace(Text(activity.Element("iati-identifier"))))
        {
            problems.Add("it has no iati-identifier");
        }

        foreach (var date in activity.Elements("activity-date"))
        {
            if (!DateOnly.TryParseExact(date.Attribute("iso-date")?.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                continue;
            }

            switch (date.Attribute("type")?.Value)
            {
                case "1" or "start-planned" or "start":
                    input.PlannedStart = day;
                    break;
                case "2" or "start-actual":
                    input.ActualStart = day;
                    break;
                case "3" or "end-planned" or "completion":
                    input.PlannedEnd = day;
                    break;
                case "4" or "end-actual":
                    input.ActualEnd = day;
                    break;
            }
        }

        input.PlannedStart ??= input.ActualStart;
        foreach (var org in activity.Elements("participating-org"))
        {
            var role = org.Attribute("role")?.Value switch
            {
                "1" or "Funding" => ParticipantRole.Funding,
                "2" or "Accountable" => ParticipantRole.Accountable,
                "3" or "Extending" => ParticipantRole.Extending,
                "4" or "Implementing" => ParticipantRole.Implementing,
                _ => (ParticipantRole?)null,
            };
            var name = Narrative(org) is { Length: > 0 } n ? n : org.Attribute("ref")?.Value;
            if (role is not null && !string.IsNullOrWhiteSpace(name))
            {
                input.Participants.Add(new ParticipantInput { Role = role, Name = name });
            }
        }

        foreach (var sector in activity.Elements("sector").Where(s => s.Attribute("vocabulary")?.Value is null or "1" or "DAC"))
        {
            var share = decimal.TryParse(sector.Attribute("percentage")?.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var p) ? p : (decimal?)null;
            input.Sectors.Add(new SectorInput { Code = sector.Attribute("code")?.Value, Percentage = share });
        }

        if (input.Sectors.Count == 1 && input.Sectors[0].Percentage is null)
        {
            input.Sectors[0].Percentage = 100; // one sector without a share has all of it
        }

        input.Places.AddRange(activity.Elements("location").Select(l => Narrative(l.Element("name"))).Where(n => n.Length > 0));
        foreach (var transaction in activity.Elements("transaction"))
        {
            var type = transaction.Element("transaction-type")?.Attribute("code")?.Value ?? transaction.Attribute("type")?.Value;
            AidTransactionKind? kind = type switch
            {
                "2" or "11" or "C" or "IC" or "commitment" => AidTransactionKind.Commitment,
                "1" or "3" or "D" or "IF" or "disbursement" or "contribution" => AidTransactionKind.Disbursement,
                "4" or "E" or "expenditure" => AidTransactionKind.Expenditure,
                _ => null,
            };
            var value = transaction.Element("value");
            var when = transaction.Element("transaction-date")?.Attribute("iso-date")?.Value ?? value?.Attribute("value-date")?.Value;
            if (kind is null || value is null)
            {
                continue; // loan repayments, interest and the like are not aid received
            }

            input.Transactions.Add(new TransactionInput
            {
                Kind = kind,
                Date = DateOnly.TryParseExact(when, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null,
                Amount = decimal.TryParse(value.Value.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) ? amount : null,
                Currency = value.Attribute("currency")?.Value ?? defaultCurrency,
                Description = Narrative(transaction.Element("description")) is { Length: > 0 } note ? note : null,
            });

            // Without a funding organisation, whoever provided the money is the donor.
            if (!input.Participants.Any(p => p.Role == ParticipantRole.Funding) && Narrative(transaction.Element("provider-org")) is { Length: > 0 } provider)
            {
                input.Participants.Add(new ParticipantInput { Role = ParticipantRole.Funding, Name = provider });
            }
        }

        return (input, problems);
    }

    /// <summary>The English narrative, else the first; older files put the text in the element itself.</summary>
    private static string Narrative(XElement? element)
    {
        if (element is null)
        {
            return string.Empty;
        }

        var narratives = element.Elements("narrative").ToList();
        if (narratives.Count == 0)
        {
            return Text(element);
        }

        var english = narratives.FirstOrDefault(n => n.Attribute(XNamespace.Xml + "lang")?.Value == "en") ?? narratives[0];
        return Text(english);
    }

    private static string Text(XElement? element) => string.Join(' ', (element?.Value ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
