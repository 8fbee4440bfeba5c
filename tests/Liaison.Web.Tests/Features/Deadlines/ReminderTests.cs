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
}

public sealed class ReminderTests_Sqlite(SqliteApp app) : ReminderTests(app);

public sealed class ReminderTests_Postgres(PostgresApp app) : ReminderTests(app);
