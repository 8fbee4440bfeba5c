using Liaison.Web.Features.Accounts;
using Liaison.Web.Features.Money;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Aid;

public sealed record AidParticipantView(ParticipantRole Role, int? PartnerId, string Name);

public sealed record AidSectorView(string Code, string Name, decimal Percentage);

public sealed record AidTransactionView(AidTransactionKind Kind, DateOnly Date, decimal Amount, string Currency, string? Description);

public sealed record AidInKindView(string Description, decimal Quantity, string? Unit, decimal? ValueAmount, string? ValueCurrency);

/// <summary>One kind of transaction added up: in each currency as recorded, and converted into the currency asked for.</summary>
public sealed record AidTotal(AidTransactionKind Kind, IReadOnlyDictionary<string, decimal> ByCurrency, ConvertedTotal Converted);

public sealed record AidProjectDetails(
    int Id,
    string Title,
    string? Description,
    AidForm Form,
    AidStatus Status,
    IReadOnlyList<AidParticipantView> Participants,
    IReadOnlyList<AidSectorView> Sectors,
    IReadOnlyList<string> Places,
    string? DecisionNumber,
    DateOnly? DecisionDate,
    string? Approver,
    DateOnly PlannedStart,
    DateOnly? PlannedEnd,
    DateOnly? ActualStart,
    DateOnly? ActualEnd,
    decimal? ValueAmount,
    string? ValueCurrency,
    decimal? CounterpartAmount,
    string? CounterpartCurrency,
    IReadOnlyList<AidTransactionView> Transactions,
    IReadOnlyList<AidInKindView> InKind,
    IReadOnlyList<AidTotal> Totals,
    IReadOnlyList<string> Warnings,
    bool IsArchived,
    bool IsDemo,
    int Version,
    DateTime UpdatedAt,
    string? UpdatedBy)
{
    public AidProjectInput ToInput() => new()
    {
        Title = Title,
        Description = Description,
        Form = Form,
        Status = Status,
        Participants = Participants.Select(p => new ParticipantInput { Role = p.Role, PartnerId = p.PartnerId, Name = p.PartnerId is null ? p.Name : null }).ToList(),
        Sectors = Sectors.Select(s => new SectorInput { Code = s.Code, Percentage = s.Percentage }).ToList(),
        Places = Places.ToList(),
        DecisionNumber = DecisionNumber,
        DecisionDate = DecisionDate,
        Approver = Approver,
        PlannedStart = PlannedStart,
        PlannedEnd = PlannedEnd,
        ActualStart = ActualStart,
        ActualEnd = ActualEnd,
        ValueAmount = ValueAmount,
        ValueCurrency = ValueCurrency,
        CounterpartAmount = CounterpartAmount,
        CounterpartCurrency = CounterpartCurrency,
        Transactions = Transactions.Select(t => new TransactionInput { Kind = t.Kind, Date = t.Date, Amount = t.Amount, Currency = t.Currency, Description = t.Description }).ToList(),
        InKind = InKind.Select(k => new InKindInput { Description = k.Description, Quantity = k.Quantity, Unit = k.Unit, ValueAmount = k.ValueAmount, ValueCurrency = k.ValueCurrency }).ToList(),
        Version = Version,
    };
}

/// <summary>
/// An aid project with its money added up in the currency the reader chooses (VND unless told), each
/// transaction at the rate of its own date. A disbursement above the commitment is allowed, since it
/// happens, but flagged so that someone checks it.
/// </summary>
public sealed class GetAidProjectHandler(AppDbContext db, ConvertMoneyHandler convert)
{
    public async Task<Result<AidProjectDetails>> HandleAsync(int id, string? currency = null, CancellationToken ct = default)
    {
        var a = await AidProjectQueries.WithRows(db.Set<AidProject>().AsNoTracking()).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null)
        {
            return Failures.NotFound("The aid project");
        }

        var target = Currencies.IsKnown(currency?.ToUpperInvariant()) ? currency!.ToUpperInvariant() : Currencies.Dong;
        var rates = await convert.RatesForAsync(a.Transactions.Select(t => new DatedAmount(t.Amount, t.Currency, t.Date)).ToList(), target, ct);
        var totals = Enum.GetValues<AidTransactionKind>().Select(kind =>
        {
            var rows = a.Transactions.Where(t => t.Kind == kind).ToList();
            var byCurrency = rows.GroupBy(t => t.Currency).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => Currencies.Normalize(g.Sum(t => t.Amount)));
            return new AidTotal(kind, byCurrency, rates.Total(rows.Select(t => new DatedAmount(t.Amount, t.Currency, t.Date))));
        }).ToList();

        var warnings = new List<string>();
        var committed = totals.Single(t => t.Kind == AidTransactionKind.Commitment).Converted;
        var disbursed = totals.Single(t => t.Kind == AidTransactionKind.Disbursement).Converted;
        if (committed.Amount is { } c && disbursed.Amount is { } d && d > c)
        {
            warnings.Add($"More has been disbursed ({Currencies.Format(d, target)}) than committed ({Currencies.Format(c, target)}). Check the transactions, or record the further commitment.");
        }

        return new AidProjectDetails(
            a.Id, a.Title, a.Description, a.Form, a.Status,
            a.Participants.OrderBy(p => p.Role).ThenBy(p => p.Id).Select(p => new AidParticipantView(p.Role, p.PartnerId, p.Name)).ToList(),
            a.Sectors.OrderByDescending(s => s.Percentage).ThenBy(s => s.Code, StringComparer.Ordinal).Select(s => new AidSectorView(s.Code, DacSectors.NameOf(s.Code), Currencies.Normalize(s.Percentage))).ToList(),
            a.Places.OrderBy(p => p.Id).Select(p => p.Name).ToList(),
            a.DecisionNumber, a.DecisionDate, a.Approver, a.PlannedStart, a.PlannedEnd, a.ActualStart, a.ActualEnd,
            a.ValueAmount is { } value ? Currencies.Normalize(value) : null, a.ValueCurrency,
            a.CounterpartAmount is { } counterpart ? Currencies.Normalize(counterpart) : null, a.CounterpartCurrency,
            a.Transactions.OrderBy(t => t.Date).ThenBy(t => t.Id).Select(t => new AidTransactionView(t.Kind, t.Date, Currencies.Normalize(t.Amount), t.Currency, t.Description)).ToList(),
            a.InKind.OrderBy(k => k.Id).Select(k => new AidInKindView(k.Description, Currencies.Normalize(k.Quantity), k.Unit, k.ValueAmount is { } v ? Currencies.Normalize(v) : null, k.ValueCurrency)).ToList(),
            totals, warnings, a.IsArchived, a.IsDemo, a.Version, a.UpdatedAt, a.UpdatedBy);
    }
}
