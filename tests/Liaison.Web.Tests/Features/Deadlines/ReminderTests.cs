using Liaison.Web.Features.Deadlines;
using Liaison.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.Web.Tests.Features.Deadlines;

/// <summary>Two instances of the application sweeping one database at the same moment remind of each item once.</summary>
public abstract class ReminderTests(LiaisonApp app) : AppTests(app)
{
    [Fact]
    public async Task TwoInstancesSweepingAtOnce_SendEachReminderOnce()
    {
        var officer = await App.SignInNewUserAsync("ninh-binh");
        var partner = await TestData.CreatePartnerAsync(officer);
        var signed = TestData.Agreement(partner.Id, TestData.Unique("Memorandum on border trade"));
        signed.SignedOn = DateOnly.FromDateTime(DateTime.Today).AddDays(-20); // its copy to the ministry is overdue
        var agreement = await TestData.CreateAgreementAsync(officer, signed);

        // Two processes of the real executable, as two servers behind a load balancer would run.
        var sweeps = await Task.WhenAll(App.RunCommandAsync("send-reminders"), App.RunCommandAsync("send-reminders"));
        var again = await App.RunCommandAsync("send-reminders");

        Assert.All(sweeps, s => Assert.True(s.ExitCode == 0, s.Output));
        Assert.All(sweeps, s => Assert.Matches(@"Reminders: \d+ sent, \d+ already sent, \d+ due\.", s.Output));
        Assert.True(again.ExitCode == 0, again.Output);
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Liaison.Web.Infrastructure.Data.AppDbContext>();
        var reminders = await db.DeadlineReminders.Where(r => r.ItemKey.Contains($":agreement:{agreement.Id}:")).ToListAsync(Ct);
        Assert.Single(reminders);
    }

    [Fact]
    public async Task TwoSweepsRacingInOneProcess_RemindOnce_AndSkipItemsDone_OrOverdueLongAgo()
    {
        var officer = await App.SignInNewUserAsync("thai-nguyen");
        var partner = await TestData.CreatePartnerAsync(officer);
        async Task<int> SignedAsync(int daysAgo)
        {
            var input = TestData.Agreement(partner.Id, TestData.Unique("Agreement for reminders"));
            input.SignedOn = DateOnly.FromDateTime(DateTime.Today).AddDays(-daysAgo);
            return (await TestData.CreateAgreementAsync(officer, input)).Id;
        }

        var due = await SignedAsync(16);     // the copy fell due a day or so ago
        var done = await SignedAsync(17);    // …but this one was sent
        var longAgo = await SignedAsync(60); // overdue for weeks: not the sweep's to mail now
        var doneKey = (await ReadAsync<DueList>(await officer.GetAsync("/api/deadlines/due?pageSize=200", Ct))).Page.Items
            .Single(i => i.Item.Link == $"/agreements/{done}" && i.Item.CanBeMarkedDone).Item.Key;
        Assert.True((await PostJsonAsync(officer, "/api/deadlines/done", new { key = doneKey })).IsSuccessStatusCode);

        using var first = App.Services.CreateScope();
        using var second = App.Services.CreateScope();
        await Task.WhenAll(
            first.ServiceProvider.GetRequiredService<SendRemindersHandler>().HandleAsync(Ct),
            second.ServiceProvider.GetRequiredService<SendRemindersHandler>().HandleAsync(Ct));

        var db = first.ServiceProvider.GetRequiredService<Liaison.Web.Infrastructure.Data.AppDbContext>();
        int RemindersOf(int agreement) => db.DeadlineReminders.AsNoTracking().Count(r => r.ItemKey.Contains($":agreement:{agreement}:"));
        Assert.Equal(1, RemindersOf(due));
        Assert.Equal(0, RemindersOf(done));
        Assert.Equal(0, RemindersOf(longAgo));
    }
}

public sealed class ReminderTests_Sqlite(SqliteApp app) : ReminderTests(app);

public sealed class ReminderTests_Postgres(PostgresApp app) : ReminderTests(app);
