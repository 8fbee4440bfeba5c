using System.ComponentModel.DataAnnotations;
using Liaison.Web.Features.Money;
using Liaison.Web.Features.Shared;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Labour;

public sealed class LabourInput
{
    [Required(ErrorMessage = "Enter the programme's title.")]
    [StringLength(500, ErrorMessage = "The title must be 500 characters or fewer.")]
    public string? Title { get; set; }

    [Required(ErrorMessage = "Choose the partner locality.")]
    public int? PartnerId { get; set; }

    public int? AgreementId { get; set; }

    [StringLength(4000, ErrorMessage = "The description must be 4,000 characters or fewer.")]
    public string? Description { get; set; }

    public List<SeasonInput> Seasons { get; set => field = value ?? []; } = [];

    public int Version { get; set; }

    internal async Task<ValidationErrors> ValidateAsync(AppDbContext db, CancellationToken ct)
    {
        Seasons = Seasons.Where(s => !s.IsBlank).ToList();
        var errors = new ValidationErrors().CheckAnnotations(this);
        for (var i = 0; i < Seasons.Count; i++)
        {
            var s = Seasons[i];
            var prefix = $"{nameof(Seasons)}[{i}].";
            if (s.Year is < 1990 or > 2100)
            {
                errors.Add(prefix + nameof(s.Year), "The year must be between 1990 and 2100.");
            }

            if ((s.ReturnedOnTime ?? 0) + (s.StayedIllegally ?? 0) > (s.WorkersSent ?? 0))
            {
                errors.Add(prefix + nameof(s.WorkersSent), "More workers came back or stayed on than were sent.");
            }

            if (s.AverageMonthlyIncome is not null && !Currencies.IsKnown(s.IncomeCurrency?.Trim().ToUpperInvariant()))
            {
                errors.Add(prefix + nameof(s.IncomeCurrency), "Choose the income's currency: an amount is never a bare number.");
            }

            if (s.AverageMonthlyIncome is < 0)
            {
                errors.Add(prefix + nameof(s.AverageMonthlyIncome), "The income can't be negative.");
            }
        }

        if (PartnerId is { } partnerId && !await db.Partners.AnyAsync(p => p.Id == partnerId, ct))
        {
            errors.Add(nameof(PartnerId), "Choose the partner locality from your province's register.");
        }

        if (AgreementId is { } agreementId && !await db.Agreements.AnyAsync(a => a.Id == agreementId, ct))
        {
            errors.Add(nameof(AgreementId), "Choose an agreement of your province.");
        }

        return errors;
    }

    internal void ApplyTo(LabourProgramme p)
    {
        p.Title = Title!.Trim();
        p.PartnerId = PartnerId!.Value;
        p.AgreementId = AgreementId;
        p.Description = Description?.Trim();
        RowSync.Apply(p.Seasons, Seasons, () => new LabourSeason(), (s, row) =>
        {
            row.Year = s.Year!.Value;
            row.Label = s.Label?.Trim();
            row.WorkersSent = s.WorkersSent!.Value;
            row.ReturnedOnTime = s.ReturnedOnTime ?? 0;
            row.StayedIllegally = s.StayedIllegally ?? 0;
            row.AverageMonthlyIncome = s.AverageMonthlyIncome;
            row.IncomeCurrency = s.AverageMonthlyIncome is null ? null : s.IncomeCurrency!.Trim().ToUpperInvariant();
        });
    }
}

public sealed class SeasonInput
{
    [Required(ErrorMessage = "Enter the season's year.")]
    public int? Year { get; set; }

    [StringLength(100, ErrorMessage = "The season's name must be 100 characters or fewer.")]
    public string? Label { get; set; }

    [Required(ErrorMessage = "Enter how many workers were sent.")]
    [Range(0, 100_000, ErrorMessage = "The workers sent must be between 0 and 100,000.")]
    public int? WorkersSent { get; set; }

    [Range(0, 100_000, ErrorMessage = "The workers who came back must be between 0 and 100,000.")]
    public int? ReturnedOnTime { get; set; }

    [Range(0, 100_000, ErrorMessage = "The workers who stayed on must be between 0 and 100,000.")]
    public int? StayedIllegally { get; set; }

    public decimal? AverageMonthlyIncome { get; set; }

    public string? IncomeCurrency { get; set; }

    internal bool IsBlank => Year is null && string.IsNullOrWhiteSpace(Label) && WorkersSent is null && ReturnedOnTime is null && StayedIllegally is null && AverageMonthlyIncome is null;
}
