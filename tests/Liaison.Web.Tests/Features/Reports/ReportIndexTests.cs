using System.Security.Claims;
using System.Text.RegularExpressions;
using Liaison.Web.Features.Accounts;
using Liaison.Web.Features.Activities;
using Liaison.Web.Features.Delegations;
using Liaison.Web.Features.Reports;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.Web.Tests.Features.Reports;

/// <summary>
/// The report reads a province's period of delegations and activities from one index alone on PostgreSQL (ADR 0021):
/// the list's default-order index carries every column the report's statements filter, group and sum by. A column
/// missing from it does not change a figure; it sends PostgreSQL back to one table page per record, several times
/// slower on the national dataset. So each statement's columns are checked against the index here, as the statement is
/// written for a reader: EF Core leaves out of the SQL the scope's terms that the reader's values make idle, so a
/// unit contributor's statements name the unit and the province, and the ministry's name neither.
/// </summary>
public sealed class ReportIndexTests_Postgres(PostgresApp app) : AppTests(app)
{
    private static readonly DateOnly From = new(2021, 1, 1);
    private static readonly DateOnly To = new(2025, 12, 31);

    /// <summary>A province's report reads the province's index; the ministry's, of every province, the national one.</summary>
    [Theory]
    [InlineData("lai-chau", "ProvinceId,StartDate,Id")]
    [InlineData(null, "StartDate,Id")]
    public void TheDelegationsTheReportReads_AreReadFromTheListOrderIndexAlone(string? province, string key)
    {
        using var scope = ScopeOfReader(ministry: province is null);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        DelegationListQuery Counted() => new() { From = From, To = To, Counted = true, Province = province };
        IQueryable<Delegation> Matching(DelegationListQuery query) => ListDelegationsHandler.Filter(db.Delegations.AsNoTracking(), query);
        var withCancelled = Counted();
        withCancelled.Counted = null;
        var archived = Counted();
        archived.Counted = null;
        archived.Archived = true;
        var oneDirection = Counted();
        oneDirection.Direction = DelegationDirection.Inbound;

        var statements = new[]
        {
            Matching(Counted()).Select(d => new DatedRecord<DelegationDirection> { Day = d.StartDate, Kind = d.Direction, Amount = d.MemberCount })
                .GroupBy(r => new { r.Day, r.Kind }).Select(g => new { g.Key.Day, g.Key.Kind, Count = g.Count(), Sum = g.Sum(r => r.Amount) }).ToQueryString(),
            Matching(withCancelled).GroupBy(d => d.Direction).Select(g => new { g.Key, Count = g.Count() }).ToQueryString(),
            Matching(archived).GroupBy(d => d.Direction).Select(g => new { g.Key, Count = g.Count() }).ToQueryString(),
            Matching(Counted()).GroupBy(d => new { d.Direction, d.Purpose, d.Level }).Select(g => new { g.Key, Count = g.Count(), Members = g.Sum(d => (long)d.MemberCount) }).ToQueryString(),
            Matching(Counted()).SelectMany(d => d.Countries, (d, x) => new { d.Direction, x.CountryCode, d.MemberCount }).GroupBy(x => new { x.Direction, x.CountryCode })
                .Select(g => new { g.Key, Count = g.Count(), Members = g.Sum(x => (long)x.MemberCount) }).ToQueryString(),
            // The list of one direction, as a figure's link opens it, counts from the same index; and so does a list by
            // country and period (the benchmark's national list), its countries from their own index.
            Matching(oneDirection).Select(d => d.Id).ToQueryString(),
            Matching(new DelegationListQuery { From = From, To = To, Country = "CN", Province = province }).Select(d => (long)d.MemberCount).ToQueryString(),
        };

        AssertReadFromIndexAlone(db, typeof(Delegation), key.Split(','), "d", statements, province is null ? [] : ["ProvinceId", "SubmittedByUnit"]);
    }

    [Theory]
    [InlineData("lai-chau", "ProvinceId,StartDate,Id")]
    [InlineData(null, "StartDate,Id")]
    public void TheActivitiesTheReportReads_AreReadFromTheListOrderIndexAlone(string? province, string key)
    {
        using var scope = ScopeOfReader(ministry: province is null);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        ActivityListQuery Counted(ActivityKind? kind) => new() { Kind = kind, From = From, To = To, Counted = true, Province = province };
        IQueryable<Activity> Matching(ActivityListQuery query) => ListActivitiesHandler.Filter(db.Activities.AsNoTracking(), query);
        var withCancelled = Counted(null);
        withCancelled.Counted = null;
        var archived = Counted(null);
        archived.Counted = null;
        archived.Archived = true;

        var statements = new[]
        {
            Matching(Counted(null)).Select(a => new DatedRecord<ActivityKind> { Day = a.StartDate, Kind = a.Kind, Amount = a.ParticipantCount ?? 0 })
                .GroupBy(r => new { r.Day, r.Kind }).Select(g => new { g.Key.Day, g.Key.Kind, Count = g.Count(), Sum = g.Sum(r => r.Amount) }).ToQueryString(),
            Matching(withCancelled).GroupBy(a => a.Kind).Select(g => new { g.Key, Count = g.Count() }).ToQueryString(),
            Matching(archived).GroupBy(a => a.Kind).Select(g => new { g.Key, Count = g.Count() }).ToQueryString(),
            Matching(Counted(ActivityKind.TrainingCourse)).Select(a => a.Id).ToQueryString(),
        };

        AssertReadFromIndexAlone(db, typeof(Activity), key.Split(','), "a", statements, province is null ? [] : ["ProvinceId", "SubmittedByUnit"]);
    }

    /// <summary>
    /// A scope whose reader is a unit contributor of a province, or the ministry: the database context reads its scope
    /// from the request's user, so the statements are those this reader's report would run.
    /// </summary>
    private IServiceScope ScopeOfReader(bool ministry)
    {
        List<Claim> claims = ministry
            ? [new(ClaimTypes.Name, "ministry@index.test"), new(ClaimTypes.Role, Roles.MinistryReader)]
            : [new(ClaimTypes.Name, "unit@index.test"), new(ClaimTypes.Role, Roles.UnitContributor), new(LiaisonClaims.ProvinceId, "1"), new(LiaisonClaims.Unit, "Protocol unit")];
        var scope = App.Services.CreateScope();
        // The accessor's context belongs to this test's own flow of calls, as a request's does.
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext =
            new DefaultHttpContext { User = new ClaimsPrincipal(new ClaimsIdentity(claims, "Test")), RequestServices = scope.ServiceProvider };
        return scope;
    }

    /// <summary>
    /// Every column of the table's alias in each statement is a key or included column of the index with that key; and
    /// the statements name the reader's scope columns (<paramref name="scopeColumns"/>), so the check is of them too.
    /// </summary>
    private static void AssertReadFromIndexAlone(AppDbContext db, Type entityType, string[] key, string alias, IEnumerable<string> statements, string[] scopeColumns)
    {
        // The design-time model: the read-optimised one drops the annotations a migration alone needs, INCLUDE among them.
        var entity = db.GetService<IDesignTimeModel>().Model.FindEntityType(entityType)!;
        var index = entity.GetIndexes().Single(i => i.Properties.Select(p => p.Name).SequenceEqual(key));
        var covered = index.Properties.Select(p => p.GetColumnName())
            .Concat((index.GetIncludeProperties() ?? []).Select(name => entity.FindProperty(name)!.GetColumnName()))
            .ToHashSet(StringComparer.Ordinal);

        foreach (var sql in statements)
        {
            var columns = Regex.Matches(sql, $@"\b{alias}\.""(\w+)""").Select(m => m.Groups[1].Value).Distinct().ToList();
            Assert.NotEmpty(columns);
            Assert.All(scopeColumns, column => Assert.Contains(column, columns));
            var missing = columns.Where(c => !covered.Contains(c)).ToList();
            Assert.True(missing.Count == 0, $"{index.GetDatabaseName()} lacks {string.Join(", ", missing)}, which this statement reads:\n{sql}");
        }
    }
}
