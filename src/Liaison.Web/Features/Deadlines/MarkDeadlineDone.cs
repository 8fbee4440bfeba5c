using System.ComponentModel.DataAnnotations;
using Liaison.Web.Features.Accounts;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Deadlines;

public sealed class MarkDoneInput
{
    [Required(ErrorMessage = "Say which item is done.")]
    [StringLength(200)]
    public string? Key { get; set; }

    /// <summary>When it was done; today when empty.</summary>
    public DateOnly? DoneOn { get; set; }

    [StringLength(1000, ErrorMessage = "The note must be 1,000 characters or fewer.")]
    public string? Note { get; set; }
}

/// <summary>
/// Marks an item of the user's list done, or takes the mark back. Only an item the user can see on their own list,
/// and only one whose rule is met by marking: a trip report is done when the report is filed on the delegation.
/// </summary>
public sealed class MarkDeadlineDoneHandler(AppDbContext db, DeadlineFinder finder, CurrentUser user, TimeProvider clock)
{
    public async Task<Result<DeadlineItem>> MarkAsync(MarkDoneInput input, CancellationToken ct = default)
    {
        if (!user.CanEdit)
        {
            return Failures.ReadOnly();
        }

        var errors = new ValidationErrors().CheckAnnotations(input);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        if (input.DoneOn is { } on && on > today)
        {
            errors.Add(nameof(input.DoneOn), "The day it was done can't be in the future.");
        }

        if (errors.Any)
        {
            return errors.ToFailure();
        }

        // Looked up among the user's own open items: a key from elsewhere is simply not found.
        var item = (await finder.FindAsync(ListDueItemsHandler.ScopeOf(user), today.AddDays(366), ct)).FirstOrDefault(i => i.Key == input.Key);
        if (item is null)
        {
            return Failures.NotFound("That deadline");
        }

        if (!item.CanBeMarkedDone)
        {
            return new ConflictFailure("This item leaves the list by itself when its record moves on (the delegation filed, its report filed, the commitment closed); it can't be marked done by hand.");
        }

        db.Set<DeadlineDone>().Add(new DeadlineDone
        {
            ProvinceId = item.ProvinceId, ItemKey = item.Key, DoneOn = input.DoneOn ?? today, Note = input.Note?.Trim() is { Length: > 0 } n ? n : null,
            RecordedAt = clock.GetUtcNow().UtcDateTime, RecordedBy = user.UserName,
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A double click, or two people at once: the unique key keeps the first mark, and the item is done either way.
        }

        return item;
    }

    /// <summary>Takes a "done" mark back, so that a slip of the mouse loses nothing.</summary>
    public async Task<Result<bool>> UndoAsync(string key, CancellationToken ct = default)
    {
        if (!user.CanEdit || user.ProvinceId is not { } province)
        {
            return Failures.ReadOnly();
        }

        var mark = await db.Set<DeadlineDone>().SingleOrDefaultAsync(d => d.ProvinceId == province && d.ItemKey == key, ct);
        if (mark is null || (user.Unit is not null && mark.RecordedBy != user.UserName))
        {
            return Failures.NotFound("That mark");
        }

        db.Remove(mark);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
