using Liaison.Web.Features.Accounts;
using Liaison.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Deadlines;

/// <param name="Due">Open items due within the reminder window, across every province.</param>
/// <param name="Sent">Reminders this sweep sent; the rest had been sent before (by this instance or another).</param>
public sealed record ReminderSweep(int Due, int Sent)
{
    public override string ToString() => $"Reminders: {Sent} sent, {Due - Sent} already sent, {Due} due.";
}

/// <summary>
/// Sends one reminder per item that falls due within the window (three days ahead unless configured, or overdue by a
/// week at most), to the officers
/// and leaders of the item's province: by e-mail when SMTP is configured, and always as a row the lists can show.
/// Several instances of the application may sweep at once: a database lock lets one at a time in, and the unique
/// key on the reminder rows makes a second reminder for the same item impossible even without it.
/// </summary>
public sealed class SendRemindersHandler(AppDbContext db, DeadlineFinder finder, ReminderMailer mailer, TimeProvider clock, IConfiguration configuration)
{
    private const long SweepLock = 4242002;

    public async Task<ReminderSweep> HandleAsync(CancellationToken ct = default)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        // Items falling due soon, and those overdue by a week at most: a first sweep, or a rule added with an old
        // "applies from" day, must not mail a province every overdue item of the past year at once.
        var earliest = today.AddDays(-7);
        var items = (await finder.FindAsync(DeadlineScope.Everyone, today.AddDays(configuration.GetValue("Reminders:DaysAhead", 3)), ct))
            .Where(i => i.DueDate >= earliest).ToList();

        // SQLite's write transaction (BEGIN IMMEDIATE) already lets one writer in at a time.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({SweepLock})", ct);
        }

        var provinces = items.Select(i => i.ProvinceId).Distinct().ToList();
        var sent = (await db.DeadlineReminders.AsNoTracking().Where(r => provinces.Contains(r.ProvinceId))
            .Select(r => new { r.ProvinceId, r.ItemKey }).ToListAsync(ct))
            .Select(r => (r.ProvinceId, r.ItemKey)).ToHashSet();
        var fresh = items.Where(i => !sent.Contains((i.ProvinceId, i.Key))).ToList();
        if (fresh.Count == 0)
        {
            return new ReminderSweep(items.Count, 0);
        }

        var freshProvinces = fresh.Select(i => i.ProvinceId).Distinct().ToList();
        // Without a mail server the reminder is only kept and shown: nobody to look up.
        var recipients = !mailer.IsConfigured ? Enumerable.Empty<string>().ToLookup(_ => 0) : (await db.Users.AsNoTracking()
            .Where(u => u.ProvinceId != null && freshProvinces.Contains(u.ProvinceId.Value) && u.Email != null && !u.IsDemo
                && (u.Role == Roles.Officer || u.Role == Roles.ProvincialLeader))
            .Select(u => new { ProvinceId = u.ProvinceId!.Value, Email = u.Email!, u.LockoutEnd }).ToListAsync(ct))
            .Where(u => u.LockoutEnd is null || u.LockoutEnd < clock.GetUtcNow()) // compared here: SQLite can't compare offsets
            .ToLookup(u => u.ProvinceId, u => u.Email);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var item in fresh)
        {
            var to = recipients[item.ProvinceId].ToList();
            db.DeadlineReminders.Add(new DeadlineReminder
            {
                ProvinceId = item.ProvinceId, ItemKey = item.Key, DueDate = item.DueDate, SentAt = now,
                SentTo = mailer.IsConfigured && to.Count > 0 ? string.Join(", ", to) : null,
            });
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);

        // After the commit: at most once. A mail server that is down costs a mail, never a second reminder.
        if (mailer.IsConfigured)
        {
            foreach (var item in fresh)
            {
                await mailer.SendAsync(recipients[item.ProvinceId].ToList(), item, ct);
            }
        }

        return new ReminderSweep(items.Count, fresh.Count);
    }
}

/// <summary>Sweeps for reminders on a timer (hourly unless configured); off when Reminders:Enabled is false.</summary>
public sealed class ReminderService(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<ReminderService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Reminders:Enabled", true))
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(Math.Max(1, configuration.GetValue("Reminders:IntervalMinutes", 60))));
        do
        {
            try
            {
                using var scope = scopes.CreateScope();
                var sweep = await scope.ServiceProvider.GetRequiredService<SendRemindersHandler>().HandleAsync(stoppingToken);
                logger.LogInformation("{Sweep}", sweep);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A sweep that fails (the database restarting) is retried at the next tick; the service keeps running.
                logger.LogError(e, "The reminder sweep failed.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
