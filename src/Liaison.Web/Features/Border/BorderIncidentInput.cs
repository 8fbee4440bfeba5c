using System.ComponentModel.DataAnnotations;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;
using Liaison.Web.Infrastructure.Text;

namespace Liaison.Web.Features.Border;

public sealed class BorderIncidentInput
{
    [Required(ErrorMessage = "Enter the date it happened.")]
    public DateOnly? OccurredOn { get; set; }

    [Required(ErrorMessage = "Say where it happened.")]
    [StringLength(300, ErrorMessage = "The place must be 300 characters or fewer.")]
    public string? Place { get; set; }

    [StringLength(100, ErrorMessage = "The border marker must be 100 characters or fewer.")]
    public string? BorderMarker { get; set; }

    public int? BorderGateId { get; set; }

    [Required(ErrorMessage = "Choose the type of incident.")]
    public IncidentKind? Kind { get; set; }

    [Required(ErrorMessage = "Describe what happened.")]
    [StringLength(4000, ErrorMessage = "The description must be 4,000 characters or fewer.")]
    public string? Description { get; set; }

    [StringLength(4000, ErrorMessage = "How it was handled must be 4,000 characters or fewer.")]
    public string? Handling { get; set; }

    [StringLength(300, ErrorMessage = "Who handled it must be 300 characters or fewer.")]
    public string? HandledBy { get; set; }

    [Required(ErrorMessage = "Choose the status.")]
    public IncidentStatus? Status { get; set; }

    public int Version { get; set; }

    internal async Task<ValidationErrors> ValidateAsync(AppDbContext db, DateOnly today, CancellationToken ct)
    {
        var errors = new ValidationErrors().CheckAnnotations(this);
        if (Kind is { } kind && !Enum.IsDefined(kind))
        {
            errors.Add(nameof(Kind), "Choose the type of incident from the list.");
        }

        if (Status is { } status && !Enum.IsDefined(status))
        {
            errors.Add(nameof(Status), "Choose the status from the list.");
        }

        if (OccurredOn is { } on && (on > today || on.Year < 1975))
        {
            errors.Add(nameof(OccurredOn), on > today ? "An incident can't be dated in the future." : "The date must be 1975 or later.");
        }

        if (Status == IncidentStatus.Handled && string.IsNullOrWhiteSpace(Handling))
        {
            errors.Add(nameof(Handling), "Say how it was handled before marking it handled.");
        }

        // A gate archived since the incident was linked to it stays a valid link.
        if (BorderGateId is { } gateId && !await db.Set<BorderGate>().AnyAsync(g => g.Id == gateId, ct))
        {
            errors.Add(nameof(BorderGateId), "Choose a border gate of your province.");
        }

        return errors;
    }

    internal void ApplyTo(BorderIncident i)
    {
        i.OccurredOn = OccurredOn!.Value;
        i.Place = Place!.Trim();
        i.BorderMarker = TextInput.Clean(BorderMarker);
        i.BorderGateId = BorderGateId;
        i.Kind = Kind!.Value;
        i.Description = Description!.Trim();
        i.Handling = TextInput.Clean(Handling);
        i.HandledBy = TextInput.Clean(HandledBy);
        i.Status = Status!.Value;
    }
}
