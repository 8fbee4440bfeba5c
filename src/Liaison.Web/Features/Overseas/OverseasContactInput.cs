using System.ComponentModel.DataAnnotations;
using Liaison.Web.Features.Reference;
using Liaison.Web.Features.Shared;
using Liaison.Web.Infrastructure.Results;
using Liaison.Web.Infrastructure.Text;

namespace Liaison.Web.Features.Overseas;

public sealed class OverseasContactInput
{
    [Required(ErrorMessage = "Choose whether it is a person, an association or a business.")]
    public OverseasContactKind? Kind { get; set; }

    [Required(ErrorMessage = "Enter the name.")]
    [StringLength(OverseasLimits.Name, ErrorMessage = "The name must be 300 characters or fewer.")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "Choose the country where they live.")]
    public string? CountryCode { get; set; }

    [StringLength(OverseasLimits.Short, ErrorMessage = "The city must be 200 characters or fewer.")]
    public string? City { get; set; }

    [StringLength(OverseasLimits.Short, ErrorMessage = "The field must be 200 characters or fewer.")]
    public string? Field { get; set; }

    [StringLength(OverseasLimits.Name, ErrorMessage = "The tie to the province must be 300 characters or fewer.")]
    public string? HomeTie { get; set; }

    [StringLength(OverseasLimits.Reach, ErrorMessage = "How to reach them must be 500 characters or fewer.")]
    public string? HowToReach { get; set; }

    [StringLength(OverseasLimits.LongText, ErrorMessage = "The notes must be 4,000 characters or fewer.")]
    public string? Notes { get; set; }

    public List<InvolvementInput> Involvements { get; set => field = value ?? []; } = [];

    public int Version { get; set; }

    internal ValidationErrors Validate(DateOnly today)
    {
        Involvements = Involvements.Where(i => !i.IsBlank).ToList();
        var errors = new ValidationErrors().CheckAnnotations(this);
        if (Kind is { } kind && !Enum.IsDefined(kind))
        {
            errors.Add(nameof(Kind), "Choose the kind from the list.");
        }

        if (!string.IsNullOrWhiteSpace(CountryCode))
        {
            var code = CountryCode.Trim().ToUpperInvariant();
            if (!Countries.IsKnown(code))
            {
                errors.Add(nameof(CountryCode), "Choose a country from the list.");
            }
            else if (code == "VN")
            {
                errors.Add(nameof(CountryCode), "Overseas Vietnamese live abroad: choose the country where they live.");
            }
        }

        for (var i = 0; i < Involvements.Count; i++)
        {
            if (Involvements[i].OccurredOn is { } on && (on > today.AddYears(1) || on.Year < 1975))
            {
                errors.Add($"Involvements[{i}].OccurredOn", "The date must be between 1975 and a year from now.");
            }
        }

        return errors;
    }

    internal void ApplyTo(OverseasContact c)
    {
        c.Kind = Kind!.Value;
        c.Name = Name!.Trim();
        c.CountryCode = CountryCode!.Trim().ToUpperInvariant();
        c.City = TextInput.Clean(City);
        c.Field = TextInput.Clean(Field);
        c.HomeTie = TextInput.Clean(HomeTie);
        c.HowToReach = TextInput.Clean(HowToReach);
        c.Notes = TextInput.Clean(Notes);
        c.Involvements.Sort((x, y) => x.Id.CompareTo(y.Id));
        RowSync.Apply(c.Involvements, Involvements, () => new OverseasInvolvement { Name = string.Empty }, (i, row) =>
        {
            row.Name = i.Name!.Trim();
            row.OccurredOn = i.OccurredOn;
            row.Note = TextInput.Clean(i.Note);
        });
    }
}

public sealed class InvolvementInput
{
    [Required(ErrorMessage = "Name the event or programme, or clear the row.")]
    [StringLength(OverseasLimits.Name, ErrorMessage = "The event's name must be 300 characters or fewer.")]
    public string? Name { get; set; }

    public DateOnly? OccurredOn { get; set; }

    [StringLength(OverseasLimits.Reach, ErrorMessage = "The note must be 500 characters or fewer.")]
    public string? Note { get; set; }

    internal bool IsBlank => string.IsNullOrWhiteSpace(Name) && OccurredOn is null && string.IsNullOrWhiteSpace(Note);
}
