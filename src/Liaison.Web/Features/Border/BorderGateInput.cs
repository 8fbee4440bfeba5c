using System.ComponentModel.DataAnnotations;
using Liaison.Web.Features.Reference;
using Liaison.Web.Infrastructure.Results;
using Liaison.Web.Infrastructure.Text;

namespace Liaison.Web.Features.Border;

/// <summary>One fact in a gate's history; the month and day are left empty when the source gives only the year.</summary>
public sealed class GateEventInput
{
    [Required(ErrorMessage = "Choose what happened, or clear the row.")]
    public GateEventKind? Kind { get; set; }

    public int? Year { get; set; }

    public int? Month { get; set; }

    public int? Day { get; set; }

    [StringLength(300, ErrorMessage = "The commodity must be 300 characters or fewer.")]
    public string? Commodity { get; set; }

    [StringLength(1000, ErrorMessage = "The note must be 1,000 characters or fewer.")]
    public string? Note { get; set; }

    internal bool IsBlank => Kind is null && Year is null && Month is null && Day is null && string.IsNullOrWhiteSpace(Commodity) && string.IsNullOrWhiteSpace(Note);
}

public sealed class BorderGateInput
{
    [Required(ErrorMessage = "Name the gate on this side.")]
    [StringLength(300, ErrorMessage = "The name must be 300 characters or fewer.")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "Choose the type of gate.")]
    public GateType? Type { get; set; }

    [Required(ErrorMessage = "Name the counterpart gate across the border.")]
    [StringLength(300, ErrorMessage = "The counterpart's name must be 300 characters or fewer.")]
    public string? CounterpartName { get; set; }

    [Required(ErrorMessage = "Choose the country across the border.")]
    public string? CounterpartCountryCode { get; set; }

    [StringLength(300, ErrorMessage = "The counterpart's county or prefecture must be 300 characters or fewer.")]
    public string? CounterpartLocality { get; set; }

    [StringLength(300, ErrorMessage = "The commune or district must be 300 characters or fewer.")]
    public string? Location { get; set; }

    [StringLength(4000, ErrorMessage = "The notes must be 4,000 characters or fewer.")]
    public string? Notes { get; set; }

    public List<GateEventInput> Events { get; set => field = value ?? []; } = [];

    public int Version { get; set; }

    internal ValidationErrors Validate(DateOnly today)
    {
        Events = Events.Where(e => !e.IsBlank).ToList(); // a form's empty rows
        var errors = new ValidationErrors().CheckAnnotations(this);
        if (Type is { } type && !Enum.IsDefined(type))
        {
            errors.Add(nameof(Type), "Choose the type of gate from the list.");
        }

        if (!string.IsNullOrWhiteSpace(CounterpartCountryCode))
        {
            var code = CounterpartCountryCode.Trim().ToUpperInvariant();
            if (!Countries.IsKnown(code))
            {
                errors.Add(nameof(CounterpartCountryCode), "Choose a country from the list.");
            }
            else if (code == "VN")
            {
                errors.Add(nameof(CounterpartCountryCode), "The counterpart is across the border: choose the neighbouring country.");
            }
        }

        for (var i = 0; i < Events.Count; i++)
        {
            var e = Events[i];
            var prefix = $"Events[{i}].";
            errors.CheckAnnotations(e, prefix);
            if (e.Kind is { } kind && !Enum.IsDefined(kind))
            {
                errors.Add(prefix + nameof(e.Kind), "Choose what happened from the list.");
            }

            if (e.Year is null)
            {
                errors.Add(prefix + nameof(e.Year), "Enter at least the year it happened.");
            }
            else
            {
                PartialDate.Build(e.Year, e.Month, e.Day, prefix + nameof(e.Year), errors, today);
            }

            if (e.Kind == GateEventKind.DesignatedForCommodity && string.IsNullOrWhiteSpace(e.Commodity))
            {
                errors.Add(prefix + nameof(e.Commodity), "Say what the gate was designated for, such as farm produce.");
            }
        }

        return errors;
    }

    /// <summary>Call after <see cref="Validate"/> found nothing wrong.</summary>
    internal void ApplyTo(BorderGate g)
    {
        g.Name = Name!.Trim();
        g.Type = Type!.Value;
        g.CounterpartName = CounterpartName!.Trim();
        g.CounterpartCountryCode = CounterpartCountryCode!.Trim().ToUpperInvariant();
        g.CounterpartLocality = TextInput.Clean(CounterpartLocality);
        g.Location = TextInput.Clean(Location);
        g.Notes = TextInput.Clean(Notes);
        g.Events.Clear();
        foreach (var e in Events)
        {
            var (date, precision) = PartialDate.Build(e.Year, e.Month, e.Day, string.Empty, new ValidationErrors(), DateOnly.MaxValue)!.Value;
            g.Events.Add(new BorderGateEvent
            {
                Kind = e.Kind!.Value, OccurredOn = date, Precision = precision,
                Commodity = e.Kind == GateEventKind.DesignatedForCommodity ? TextInput.Clean(e.Commodity) : null, Note = TextInput.Clean(e.Note),
            });
        }
    }
}
