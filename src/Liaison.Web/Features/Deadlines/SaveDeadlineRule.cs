using System.ComponentModel.DataAnnotations;
using Liaison.Web.Features.Accounts;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Deadlines;

public sealed class DeadlineRuleInput
{
    [Required(ErrorMessage = "Say what is due.")]
    [StringLength(300, ErrorMessage = "What is due must be 300 characters or fewer.")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "Choose what the deadline counts from.")]
    public DeadlineAnchor? Anchor { get; set; }

    /// <summary>Days from the anchor: negative before it, positive after it.</summary>
    public int? Offset { get; set; }

    public OffsetUnit Unit { get; set; } = OffsetUnit.CalendarDays;

    public int? FixedMonth { get; set; }

    public int? FixedDay { get; set; }

    public DoneWhen DoneWhen { get; set; } = DoneWhen.MarkedDone;

    [StringLength(300, ErrorMessage = "The legal basis must be 300 characters or fewer.")]
    public string? LegalBasis { get; set; }

    [Required(ErrorMessage = "Enter the day the rule applies from.")]
    public DateOnly? AppliesFrom { get; set; }

    public bool IsActive { get; set; } = true;

    /// <summary>The version the editor started from; required when changing a rule.</summary>
    public int? Version { get; set; }

    public static DeadlineRuleInput From(DeadlineRule r) => new()
    {
        Name = r.Name, Anchor = r.Anchor, Offset = r.Anchor == DeadlineAnchor.FixedDateInYear ? null : r.Offset, Unit = r.Unit, FixedMonth = r.FixedMonth,
        FixedDay = r.FixedDay, DoneWhen = r.DoneWhen, LegalBasis = r.LegalBasis, AppliesFrom = r.AppliesFrom, IsActive = r.IsActive, Version = r.Version,
    };

    public ValidationErrors Validate()
    {
        var errors = new ValidationErrors().CheckAnnotations(this);
        if (Anchor == DeadlineAnchor.FixedDateInYear)
        {
            // 29 February is refused: a rule for every year needs a day every year has.
            if (FixedMonth is not (>= 1 and <= 12) || FixedDay is not { } day || day < 1 || day > DateTime.DaysInMonth(2023, FixedMonth.Value))
            {
                errors.Add(nameof(FixedDay), "Enter a day of the year that every year has, such as 15 November.");
            }
        }
        else if (Anchor is not null)
        {
            if (Offset is not { } offset || offset < -366 || offset > 366)
            {
                errors.Add(nameof(Offset), "Enter how many days from the anchor, between -366 (before) and 366 (after).");
            }

            if (FixedMonth is not null || FixedDay is not null)
            {
                errors.Add(nameof(FixedDay), "A day of the year is only for a rule that falls on a date every year.");
            }
        }

        if (AppliesFrom is { } from && (from.Year < 2000 || from > DateOnly.FromDateTime(DateTime.Today).AddYears(5)))
        {
            errors.Add(nameof(AppliesFrom), "The rule must apply from a day between 2000 and five years from now.");
        }

        var delegationAnchor = Anchor is DeadlineAnchor.OutboundDeparture or DeadlineAnchor.OutboundReturn or DeadlineAnchor.InboundArrival or DeadlineAnchor.InboundDeparture;
        if (DoneWhen == DoneWhen.NgoReportReceived && Anchor != DeadlineAnchor.NgoYearEnd)
        {
            errors.Add(nameof(DoneWhen), "Only the rule of an NGO's year can be met by its report; choose \"marked done\".");
        }
        else if (DoneWhen is DoneWhen.DelegationFiled or DoneWhen.DelegationReportFiled && !delegationAnchor)
        {
            errors.Add(nameof(DoneWhen), "Only a delegation's rule can be met by the delegation's status; choose \"marked done\".");
        }

        if (!Enum.IsDefined(Unit) || !Enum.IsDefined(DoneWhen) || (Anchor is { } a && !Enum.IsDefined(a)))
        {
            errors.Add(nameof(Anchor), "Choose from the lists.");
        }

        return errors;
    }

    public void ApplyTo(DeadlineRule rule)
    {
        rule.Name = Name!.Trim();
        rule.Anchor = Anchor!.Value;
        rule.Offset = Anchor == DeadlineAnchor.FixedDateInYear ? 0 : Offset!.Value;
        rule.Unit = Anchor == DeadlineAnchor.FixedDateInYear ? OffsetUnit.CalendarDays : Unit;
        rule.FixedMonth = Anchor == DeadlineAnchor.FixedDateInYear ? FixedMonth : null;
        rule.FixedDay = Anchor == DeadlineAnchor.FixedDateInYear ? FixedDay : null;
        rule.DoneWhen = DoneWhen;
        rule.LegalBasis = LegalBasis?.Trim() is { Length: > 0 } basis ? basis : null;
        rule.AppliesFrom = AppliesFrom!.Value;
        rule.IsActive = IsActive;
    }
}

/// <summary>
/// An administrator adds a deadline rule or changes one. The change takes effect at once: the dates are worked
/// out from the rules whenever a list is shown. A rule is switched off rather than deleted, so the trail keeps it.
/// </summary>
public sealed class SaveDeadlineRuleHandler(AppDbContext db, CurrentUser user, TimeProvider clock)
{
    public async Task<Result<DeadlineRule>> CreateAsync(DeadlineRuleInput input, CancellationToken ct = default)
    {
        if (!user.IsInRole(Roles.Administrator))
        {
            return new ForbiddenFailure("Only an administrator keeps the deadline rules.");
        }

        var errors = input.Validate();
        if (errors.Any)
        {
            return errors.ToFailure();
        }

        var rule = new DeadlineRule { Name = string.Empty, Version = 1 };
        input.ApplyTo(rule);
        Stamp(rule);
        db.DeadlineRules.Add(rule);
        await db.SaveChangesAsync(ct);
        return rule;
    }

    public async Task<Result<DeadlineRule>> UpdateAsync(int id, DeadlineRuleInput input, CancellationToken ct = default)
    {
        if (!user.IsInRole(Roles.Administrator))
        {
            return new ForbiddenFailure("Only an administrator keeps the deadline rules.");
        }

        var rule = await db.DeadlineRules.SingleOrDefaultAsync(r => r.Id == id, ct);
        if (rule is null)
        {
            return Failures.NotFound("The rule");
        }

        var errors = input.Validate();
        if (input.Version is null)
        {
            errors.Add(nameof(input.Version), "Send the version of the rule you read.");
        }

        if (errors.Any)
        {
            return errors.ToFailure();
        }

        if (input.Version != rule.Version)
        {
            return Failures.StaleEdit();
        }

        input.ApplyTo(rule);
        Stamp(rule);
        var version = db.Entry(rule).Property(r => r.Version);
        version.OriginalValue = input.Version!.Value;
        version.CurrentValue = input.Version.Value + 1;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failures.StaleEdit();
        }

        return rule;
    }

    private void Stamp(DeadlineRule rule)
    {
        rule.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        rule.UpdatedBy = user.UserName;
    }
}

public sealed class ListDeadlineRulesHandler(AppDbContext db)
{
    /// <summary>Active first, then in the order a trip or an agreement meets them (sorted here: the anchor is stored by name).</summary>
    public async Task<List<DeadlineRule>> HandleAsync(CancellationToken ct = default) =>
        [.. (await db.DeadlineRules.AsNoTracking().ToListAsync(ct)).OrderByDescending(r => r.IsActive).ThenBy(r => r.Anchor).ThenBy(r => r.Offset).ThenBy(r => r.Id)];

    public Task<DeadlineRule?> FindAsync(int id, CancellationToken ct = default) =>
        db.DeadlineRules.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);
}
