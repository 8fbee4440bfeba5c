using System.ComponentModel.DataAnnotations;
using Liaison.Web.Infrastructure.Results;
using Liaison.Web.Infrastructure.Text;

namespace Liaison.Web.Features.Apec;

/// <summary>What the applicant asks for; the steps are taken one at a time by <see cref="TakeApecStepHandler"/>.</summary>
public sealed class ApecApplicationInput
{
    [Required(ErrorMessage = "Enter the applicant's name.")]
    [StringLength(ApecLimits.Name, ErrorMessage = "The name must be 200 characters or fewer.")]
    public string? ApplicantName { get; set; }

    [StringLength(ApecLimits.Name, ErrorMessage = "The applicant's position must be 200 characters or fewer.")]
    public string? ApplicantTitle { get; set; }

    [Required(ErrorMessage = "Enter the company.")]
    [StringLength(ApecLimits.Name, ErrorMessage = "The company must be 200 characters or fewer.")]
    public string? CompanyName { get; set; }

    [StringLength(ApecLimits.Code, ErrorMessage = "The tax code must be 50 characters or fewer.")]
    public string? CompanyTaxCode { get; set; }

    [Required(ErrorMessage = "Enter the passport number.")]
    [StringLength(ApecLimits.Code, ErrorMessage = "The passport number must be 50 characters or fewer.")]
    public string? PassportNumber { get; set; }

    public DateOnly? PassportExpiresOn { get; set; }

    public string[] Economies { get; set => field = value ?? []; } = [];

    [StringLength(ApecLimits.LongText, ErrorMessage = "The notes must be 2,000 characters or fewer.")]
    public string? Notes { get; set; }

    /// <summary>The day the application was received: the first step, set when it is registered.</summary>
    [Required(ErrorMessage = "Enter the day the application was received.")]
    public DateOnly? ReceivedOn { get; set; }

    public int Version { get; set; }

    internal ValidationErrors Validate(DateOnly today, ApecApplication? existing)
    {
        Economies = Economies.Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => e.Trim().ToUpperInvariant()).Distinct().ToArray();
        var errors = new ValidationErrors().CheckAnnotations(this);
        if (Economies.Length == 0)
        {
            errors.Add(nameof(Economies), "Choose at least one economy the card is asked for.");
        }
        else if (Economies.Any(e => !ApecSteps.Economies.Contains(e)))
        {
            errors.Add(nameof(Economies), "Choose economies from the list of APEC members.");
        }

        if (ReceivedOn is { } received && (received > today || received.Year < 2000))
        {
            errors.Add(nameof(ReceivedOn), received > today ? "The application can't be received in the future." : "The date must be 2000 or later.");
        }

        // A later step can't come before the day it was received.
        if (ReceivedOn is { } start && existing?.AppraisedOn is { } appraised && appraised < start)
        {
            errors.Add(nameof(ReceivedOn), "The application was appraised before this day: the day it was received can't be later.");
        }

        if (PassportExpiresOn is { } expires && ReceivedOn is { } on && expires <= on)
        {
            errors.Add(nameof(PassportExpiresOn), "The passport has expired by the day the application was received.");
        }

        return errors;
    }

    internal void ApplyTo(ApecApplication a)
    {
        a.ApplicantName = ApplicantName!.Trim();
        a.ApplicantTitle = TextInput.Clean(ApplicantTitle);
        a.CompanyName = CompanyName!.Trim();
        a.CompanyTaxCode = TextInput.Clean(CompanyTaxCode);
        a.PassportNumber = PassportNumber!.Trim();
        a.PassportExpiresOn = PassportExpiresOn;
        a.Economies = string.Join(',', Economies.Order(StringComparer.Ordinal));
        a.Notes = TextInput.Clean(Notes);
        a.ReceivedOn = ReceivedOn!.Value;
    }
}

public sealed class ApecStepInput
{
    [Required(ErrorMessage = "Choose the step to take.")]
    public ApecStep? To { get; set; }

    [Required(ErrorMessage = "Enter the day the step was taken.")]
    public DateOnly? OccurredOn { get; set; }

    /// <summary>For a card issued: its number and expiry.</summary>
    [StringLength(ApecLimits.Code, ErrorMessage = "The card number must be 50 characters or fewer.")]
    public string? CardNumber { get; set; }

    public DateOnly? CardExpiresOn { get; set; }

    /// <summary>For a refusal: why, as the approving body gave it.</summary>
    [StringLength(ApecLimits.LongText, ErrorMessage = "The reason must be 2,000 characters or fewer.")]
    public string? Reason { get; set; }

    public int? Version { get; set; }
}
