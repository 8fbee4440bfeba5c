using System.ComponentModel.DataAnnotations;
using Liaison.Web.Features.Money;
using Liaison.Web.Features.Shared;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Aid;

public sealed class AidProjectInput
{
    [Required(ErrorMessage = "Enter the project's title.")]
    [StringLength(AidLimits.Title, ErrorMessage = "The title must be 500 characters or fewer.")]
    public string? Title { get; set; }

    [StringLength(AidLimits.LongText, ErrorMessage = "The description must be 4,000 characters or fewer.")]
    public string? Description { get; set; }

    [Required(ErrorMessage = "Choose the form of the aid: project, programme or one-off.")]
    public AidForm? Form { get; set; }

    public AidStatus? Status { get; set; }

    public List<ParticipantInput> Participants { get; set => field = value ?? []; } = [];

    public List<SectorInput> Sectors { get; set => field = value ?? []; } = [];

    public List<string> Places { get; set => field = value ?? []; } = [];

    [StringLength(AidLimits.DecisionNumber, ErrorMessage = "The decision number must be 100 characters or fewer.")]
    public string? DecisionNumber { get; set; }

    public DateOnly? DecisionDate { get; set; }

    [StringLength(AidLimits.Name, ErrorMessage = "The approver must be 300 characters or fewer.")]
    public string? Approver { get; set; }

    [Required(ErrorMessage = "Enter the planned start date.")]
    public DateOnly? PlannedStart { get; set; }

    public DateOnly? PlannedEnd { get; set; }

    public DateOnly? ActualStart { get; set; }

    public DateOnly? ActualEnd { get; set; }

    public decimal? ValueAmount { get; set; }

    public string? ValueCurrency { get; set; }

    public decimal? CounterpartAmount { get; set; }

    public string? CounterpartCurrency { get; set; }

    public List<TransactionInput> Transactions { get; set => field = value ?? []; } = [];

    public List<InKindInput> InKind { get; set => field = value ?? []; } = [];

    public int Version { get; set; }

    internal async Task<ValidationErrors> ValidateAsync(AppDbContext db, CancellationToken ct)
    {
        // Forms offer empty rows to fill in; they are not part of the record.
        Participants = Participants.Where(p => !p.IsBlank).ToList();
        Sectors = Sectors.Where(s => !s.IsBlank).ToList();
        Places = Places.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).Distinct(StringComparer.Ordinal).ToList();
        Transactions = Transactions.Where(t => !t.IsBlank).ToList();
        InKind = InKind.Where(k => !k.IsBlank).ToList();

        var errors = new ValidationErrors().CheckAnnotations(this);
        CheckDates(errors);
        CheckParticipants(errors);
        CheckSectors(errors);
        CheckMoney(errors, ValueAmount, ValueCurrency, nameof(ValueAmount), nameof(ValueCurrency), "aid's value");
        CheckMoney(errors, CounterpartAmount, CounterpartCurrency, nameof(CounterpartAmount), nameof(CounterpartCurrency), "counterpart funds");
        for (var i = 0; i < Transactions.Count; i++)
        {
            var t = Transactions[i];
            var prefix = $"{nameof(Transactions)}[{i}].";
            if (t.Date is { Year: < 1990 or > 2100 })
            {
                errors.Add(prefix + nameof(t.Date), "The date must be between 1990 and 2100.");
            }

            CheckMoney(errors, t.Amount, t.Currency, prefix + nameof(t.Amount), prefix + nameof(t.Currency), "transaction", required: true);
        }

        for (var i = 0; i < InKind.Count; i++)
        {
            var k = InKind[i];
            var prefix = $"{nameof(InKind)}[{i}].";
            if (k.Quantity is <= 0)
            {
                errors.Add(prefix + nameof(k.Quantity), "The quantity must be more than 0.");
            }

            CheckMoney(errors, k.ValueAmount, k.ValueCurrency, prefix + nameof(k.ValueAmount), prefix + nameof(k.ValueCurrency), "goods' value");
        }

        var partnerIds = Participants.Where(p => p.PartnerId is not null).Select(p => p.PartnerId!.Value).ToList();
        await Partners.PartnerReferences.CheckAsync(db, partnerIds, errors, nameof(Participants), ct);
        return errors;
    }

    private void CheckDates(ValidationErrors errors)
    {
        if (PlannedStart is { Year: < 1990 or > 2100 })
        {
            errors.Add(nameof(PlannedStart), "The planned start must be between 1990 and 2100.");
        }

        if (PlannedStart is { } ps && PlannedEnd is { } pe && pe < ps)
        {
            errors.Add(nameof(PlannedEnd), "The planned end must be the same as or after the planned start.");
        }

        if (ActualStart is { } s && ActualEnd is { } e && e < s)
        {
            errors.Add(nameof(ActualEnd), "The actual end must be the same as or after the actual start.");
        }
    }

    private void CheckParticipants(ValidationErrors errors)
    {
        if (!Participants.Any(p => p.Role == ParticipantRole.Funding))
        {
            errors.Add(nameof(Participants), "Name the donor: at least one organisation with the role \"funding\".");
        }

        for (var i = 0; i < Participants.Count; i++)
        {
            var p = Participants[i];
            if (p.PartnerId is null && string.IsNullOrWhiteSpace(p.Name))
            {
                errors.Add($"{nameof(Participants)}[{i}].{nameof(p.Name)}", "Choose a partner or enter the organisation's name.");
            }
        }
    }

    private void CheckSectors(ValidationErrors errors)
    {
        // IATI allows an activity without sectors (a donor's file may have none); when there are any, they total 100.
        if (Sectors.Count == 0)
        {
            return;
        }

        for (var i = 0; i < Sectors.Count; i++)
        {
            var s = Sectors[i];
            if (!DacSectors.IsKnown(s.Code?.Trim()))
            {
                errors.Add($"{nameof(Sectors)}[{i}].{nameof(s.Code)}", $"\"{s.Code}\" is not an OECD DAC 5-digit sector code. Choose one from the list.");
            }

            if (s.Percentage is null or <= 0 or > 100)
            {
                errors.Add($"{nameof(Sectors)}[{i}].{nameof(s.Percentage)}", "A sector's share must be more than 0 and at most 100 per cent.");
            }
        }

        var total = Sectors.Sum(s => s.Percentage ?? 0);
        if (total != 100)
        {
            errors.Add(nameof(Sectors), $"The sectors' shares must total 100 per cent; they total {total:0.##}.");
        }

        if (Sectors.GroupBy(s => s.Code?.Trim()).Any(g => g.Count() > 1))
        {
            errors.Add(nameof(Sectors), "Give each sector once.");
        }
    }

    /// <summary>An amount needs its currency, a currency needs its amount; amounts are never negative.</summary>
    private static void CheckMoney(ValidationErrors errors, decimal? amount, string? currency, string amountKey, string currencyKey, string what, bool required = false)
    {
        if (amount is null && string.IsNullOrWhiteSpace(currency) && !required)
        {
            return;
        }

        if (amount is null)
        {
            errors.Add(amountKey, $"Enter the {what}'s amount.");
        }
        else if (amount < 0)
        {
            errors.Add(amountKey, $"The {what}'s amount can't be negative; record a correction as its own transaction.");
        }
        else if (amount > AidLimits.MaxAmount)
        {
            errors.Add(amountKey, $"The {what}'s amount is too large.");
        }

        if (string.IsNullOrWhiteSpace(currency))
        {
            errors.Add(currencyKey, $"Choose the {what}'s currency: an amount is never a bare number.");
        }
        else if (!Currencies.IsKnown(currency.Trim().ToUpperInvariant()))
        {
            errors.Add(currencyKey, $"\"{currency}\" is not an ISO 4217 currency code.");
        }
        else if (amount is { } a && Currencies.Round(a, currency.Trim().ToUpperInvariant()) != a)
        {
            errors.Add(amountKey, $"{currency.Trim().ToUpperInvariant()} amounts have {Currencies.Find(currency.Trim().ToUpperInvariant())!.MinorUnits} decimals at most.");
        }
    }

    internal void ApplyTo(AidProject a, IReadOnlyDictionary<int, string> partnerNames)
    {
        a.Title = Title!.Trim();
        a.Description = Description?.Trim();
        a.Form = Form!.Value;
        a.Status = Status ?? AidStatus.Pipeline;
        a.DecisionNumber = DecisionNumber?.Trim();
        a.DecisionDate = DecisionDate;
        a.Approver = Approver?.Trim();
        a.PlannedStart = PlannedStart!.Value;
        a.PlannedEnd = PlannedEnd;
        a.ActualStart = ActualStart;
        a.ActualEnd = ActualEnd;
        a.ValueAmount = ValueAmount;
        a.ValueCurrency = Code(ValueCurrency);
        a.CounterpartAmount = CounterpartAmount;
        a.CounterpartCurrency = Code(CounterpartCurrency);
        RowSync.Apply(a.Participants, Participants, () => new AidParticipant { Name = string.Empty }, (p, row) =>
        {
            row.Role = p.Role!.Value;
            row.PartnerId = p.PartnerId;
            row.Name = p.PartnerId is { } id && partnerNames.TryGetValue(id, out var name) ? name : p.Name!.Trim();
        });
        RowSync.Apply(a.Sectors, Sectors, () => new AidSector { Code = string.Empty }, (s, row) =>
        {
            row.Code = s.Code!.Trim();
            row.Percentage = s.Percentage!.Value;
        });
        RowSync.Apply(a.Places, Places, () => new AidPlace { Name = string.Empty }, (p, row) => row.Name = p);
        RowSync.Apply(a.Transactions, Transactions, () => new AidTransaction { Currency = string.Empty }, (t, row) =>
        {
            row.Kind = t.Kind!.Value;
            row.Date = t.Date!.Value;
            row.Amount = t.Amount!.Value;
            row.Currency = Code(t.Currency)!;
            row.Description = t.Description?.Trim();
        });
        RowSync.Apply(a.InKind, InKind, () => new AidInKind { Description = string.Empty }, (k, row) =>
        {
            row.Description = k.Description!.Trim();
            row.Quantity = k.Quantity!.Value;
            row.Unit = k.Unit?.Trim();
            row.ValueAmount = k.ValueAmount;
            row.ValueCurrency = Code(k.ValueCurrency);
        });
    }

    private static string? Code(string? currency) => string.IsNullOrWhiteSpace(currency) ? null : currency.Trim().ToUpperInvariant();
}

public sealed class ParticipantInput
{
    [Required(ErrorMessage = "Choose the organisation's role.")]
    public ParticipantRole? Role { get; set; }

    public int? PartnerId { get; set; }

    [StringLength(AidLimits.Name, ErrorMessage = "The name must be 300 characters or fewer.")]
    public string? Name { get; set; }

    internal bool IsBlank => Role is null && PartnerId is null && string.IsNullOrWhiteSpace(Name);
}

public sealed class SectorInput
{
    [Required(ErrorMessage = "Choose the sector.")]
    public string? Code { get; set; }

    [Required(ErrorMessage = "Enter the sector's share in per cent.")]
    public decimal? Percentage { get; set; }

    internal bool IsBlank => string.IsNullOrWhiteSpace(Code) && Percentage is null;
}

public sealed class TransactionInput
{
    [Required(ErrorMessage = "Choose commitment, disbursement or expenditure.")]
    public AidTransactionKind? Kind { get; set; }

    [Required(ErrorMessage = "Enter the transaction's date.")]
    public DateOnly? Date { get; set; }

    public decimal? Amount { get; set; }

    public string? Currency { get; set; }

    [StringLength(AidLimits.Name, ErrorMessage = "The description must be 300 characters or fewer.")]
    public string? Description { get; set; }

    internal bool IsBlank => Kind is null && Date is null && Amount is null && string.IsNullOrWhiteSpace(Currency) && string.IsNullOrWhiteSpace(Description);
}

public sealed class InKindInput
{
    [Required(ErrorMessage = "Say what was given.")]
    [StringLength(AidLimits.Name, ErrorMessage = "The description must be 300 characters or fewer.")]
    public string? Description { get; set; }

    [Required(ErrorMessage = "Enter the quantity.")]
    public decimal? Quantity { get; set; }

    [StringLength(50, ErrorMessage = "The unit must be 50 characters or fewer.")]
    public string? Unit { get; set; }

    public decimal? ValueAmount { get; set; }

    public string? ValueCurrency { get; set; }

    internal bool IsBlank => string.IsNullOrWhiteSpace(Description) && Quantity is null && string.IsNullOrWhiteSpace(Unit) && ValueAmount is null && string.IsNullOrWhiteSpace(ValueCurrency);
}
