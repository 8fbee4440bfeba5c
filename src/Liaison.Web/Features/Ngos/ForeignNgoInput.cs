using System.ComponentModel.DataAnnotations;
using Liaison.Web.Features.Partners;
using Liaison.Web.Features.Shared;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;
using Liaison.Web.Infrastructure.Text;

namespace Liaison.Web.Features.Ngos;

public sealed class ForeignNgoInput
{
    [Required(ErrorMessage = "Choose the organisation from the partners.")]
    public int? PartnerId { get; set; }

    [Required(ErrorMessage = "Enter the certificate's number.")]
    [StringLength(NgoLimits.Short, ErrorMessage = "The certificate number must be 100 characters or fewer.")]
    public string? CertificateNumber { get; set; }

    [Required(ErrorMessage = "Choose the kind of certificate.")]
    public NgoCertificateKind? CertificateKind { get; set; }

    [Required(ErrorMessage = "Say who issued the certificate.")]
    [StringLength(NgoLimits.Name, ErrorMessage = "Who issued it must be 300 characters or fewer.")]
    public string? IssuedBy { get; set; }

    [Required(ErrorMessage = "Enter the day the certificate is valid from.")]
    public DateOnly? ValidFrom { get; set; }

    [Required(ErrorMessage = "Enter the day the certificate expires.")]
    public DateOnly? ValidTo { get; set; }

    [StringLength(NgoLimits.LongText, ErrorMessage = "The work plan must be 4,000 characters or fewer.")]
    public string? WorkPlan { get; set; }

    public List<NgoProjectInput> Projects { get; set => field = value ?? []; } = [];

    public List<NgoReportInput> Reports { get; set => field = value ?? []; } = [];

    public int Version { get; set; }

    internal async Task<ValidationErrors> ValidateAsync(AppDbContext db, DateOnly today, CancellationToken ct)
    {
        Projects = Projects.Where(p => !p.IsBlank).ToList();
        Reports = Reports.Where(r => !r.IsBlank).ToList();
        var errors = new ValidationErrors().CheckAnnotations(this);
        if (CertificateKind is { } kind && !Enum.IsDefined(kind))
        {
            errors.Add(nameof(CertificateKind), "Choose the kind of certificate from the list.");
        }

        if (ValidFrom is { } from && ValidTo is { } to && to <= from)
        {
            errors.Add(nameof(ValidTo), "The certificate expires after the day it is valid from.");
        }

        if (ValidFrom is { Year: < 1990 })
        {
            errors.Add(nameof(ValidFrom), "The date must be 1990 or later.");
        }

        if (PartnerId is { } partnerId)
        {
            var partnerKind = await db.Partners.Where(p => p.Id == partnerId).Select(p => (PartnerKind?)p.Kind).FirstOrDefaultAsync(ct);
            if (partnerKind is null)
            {
                errors.Add(nameof(PartnerId), "Choose partners from your province's register.");
            }
            else if (partnerKind != PartnerKind.ForeignNgo)
            {
                errors.Add(nameof(PartnerId), "Choose a partner registered as a foreign NGO.");
            }
        }

        var years = new HashSet<int>();
        for (var i = 0; i < Reports.Count; i++)
        {
            var report = Reports[i];
            if (report.Year is not { } year)
            {
                continue;
            }

            if (!years.Add(year))
            {
                errors.Add($"Reports[{i}].Year", "Each year has one report: this year is already listed.");
            }
            // A report already received stays when the certificate is renewed for later years; one still owed must be of a year it covers.
            else if (report.ReceivedOn is null && ValidFrom is { } start && ValidTo is { } end && (year < start.Year || year > end.Year))
            {
                errors.Add($"Reports[{i}].Year", "A report is owed only for a year the certificate covers.");
            }

            if (report.ReceivedOn is { } received && (received > today || received.Year < year))
            {
                errors.Add($"Reports[{i}].ReceivedOn", received > today ? "A report can't be received in the future." : "A year's report comes during or after that year.");
            }
        }

        var aid = Projects.Where(p => p.AidProjectId is not null).Select(p => p.AidProjectId!.Value).Distinct().ToList();
        if (aid.Count > 0 && await db.AidProjects.CountAsync(a => aid.Contains(a.Id), ct) != aid.Count)
        {
            errors.Add(nameof(Projects), "Link projects to aid projects of your province's register.");
        }

        return errors;
    }

    internal void ApplyTo(ForeignNgo n)
    {
        n.PartnerId = PartnerId!.Value;
        n.CertificateNumber = CertificateNumber!.Trim();
        n.CertificateKind = CertificateKind!.Value;
        n.IssuedBy = IssuedBy!.Trim();
        n.ValidFrom = ValidFrom!.Value;
        n.ValidTo = ValidTo!.Value;
        n.WorkPlan = TextInput.Clean(WorkPlan);
        n.Projects.Sort((x, y) => x.Id.CompareTo(y.Id));
        RowSync.Apply(n.Projects, Projects, () => new NgoProject { Name = string.Empty }, (p, row) =>
        {
            row.Name = p.Name!.Trim();
            row.AidProjectId = p.AidProjectId;
            row.Note = TextInput.Clean(p.Note);
        });
        n.Reports.Sort((x, y) => x.Id.CompareTo(y.Id));
        RowSync.Apply(n.Reports, [.. Reports.OrderBy(r => r.Year)], () => new NgoYearlyReport(), (r, row) =>
        {
            row.Year = r.Year!.Value;
            row.ReceivedOn = r.ReceivedOn;
            row.Note = TextInput.Clean(r.Note);
        });
    }
}

public sealed class NgoProjectInput
{
    [Required(ErrorMessage = "Name the project, or clear the row.")]
    [StringLength(NgoLimits.Name, ErrorMessage = "The project's name must be 300 characters or fewer.")]
    public string? Name { get; set; }

    public int? AidProjectId { get; set; }

    [StringLength(NgoLimits.Note, ErrorMessage = "The note must be 500 characters or fewer.")]
    public string? Note { get; set; }

    internal bool IsBlank => string.IsNullOrWhiteSpace(Name) && AidProjectId is null && string.IsNullOrWhiteSpace(Note);
}

public sealed class NgoReportInput
{
    [Required(ErrorMessage = "Enter the year the report covers, or clear the row.")]
    [Range(1990, 2100, ErrorMessage = "The year must be between 1990 and 2100.")]
    public int? Year { get; set; }

    /// <summary>Empty while the report is owed.</summary>
    public DateOnly? ReceivedOn { get; set; }

    [StringLength(NgoLimits.Note, ErrorMessage = "The note must be 500 characters or fewer.")]
    public string? Note { get; set; }

    internal bool IsBlank => Year is null && ReceivedOn is null && string.IsNullOrWhiteSpace(Note);
}
