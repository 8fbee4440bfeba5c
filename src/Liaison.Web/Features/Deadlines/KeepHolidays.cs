using System.ComponentModel.DataAnnotations;
using Liaison.Web.Features.Accounts;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Deadlines;

public sealed class HolidayInput
{
    [Required(ErrorMessage = "Enter the date.")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "Name the holiday.")]
    [StringLength(200, ErrorMessage = "The name must be 200 characters or fewer.")]
    public string? Name { get; set; }
}

/// <summary>The holiday calendar: read by everyone's deadlines, kept by an administrator year by year.</summary>
public sealed class KeepHolidaysHandler(AppDbContext db, CurrentUser user, TimeProvider clock)
{
    public Task<List<Holiday>> ListAsync(int year, CancellationToken ct = default) =>
        db.Holidays.AsNoTracking().Where(h => h.Date >= new DateOnly(year, 1, 1) && h.Date <= new DateOnly(year, 12, 31)).OrderBy(h => h.Date).ToListAsync(ct);

    public async Task<Result<Holiday>> AddAsync(HolidayInput input, CancellationToken ct = default)
    {
        if (!user.IsInRole(Roles.Administrator))
        {
            return new ForbiddenFailure("Only an administrator keeps the holiday calendar.");
        }

        var errors = new ValidationErrors().CheckAnnotations(input);
        if (input.Date is { Year: < 2000 or > 2100 })
        {
            errors.Add(nameof(input.Date), "The date must be between 2000 and 2100.");
        }
        else if (input.Date is { } date && await db.Holidays.AnyAsync(h => h.Date == date, ct))
        {
            errors.Add(nameof(input.Date), $"{date:d MMMM yyyy} is already a holiday.");
        }

        if (errors.Any)
        {
            return errors.ToFailure();
        }

        var holiday = new Holiday { Date = input.Date!.Value, Name = input.Name!.Trim(), UpdatedAt = clock.GetUtcNow().UtcDateTime, UpdatedBy = user.UserName };
        db.Holidays.Add(holiday);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two administrators adding the same day at once: the unique index keeps one.
            errors.Add(nameof(input.Date), $"{holiday.Date:d MMMM yyyy} is already a holiday.");
            return errors.ToFailure();
        }

        return holiday;
    }

    /// <summary>Removes a day (a holiday entered by mistake); the trail keeps what it was.</summary>
    public async Task<Result<Holiday>> RemoveAsync(int id, CancellationToken ct = default)
    {
        if (!user.IsInRole(Roles.Administrator))
        {
            return new ForbiddenFailure("Only an administrator keeps the holiday calendar.");
        }

        var holiday = await db.Holidays.SingleOrDefaultAsync(h => h.Id == id, ct);
        if (holiday is null)
        {
            return Failures.NotFound("The holiday");
        }

        db.Holidays.Remove(holiday);
        await db.SaveChangesAsync(ct);
        return holiday;
    }
}
