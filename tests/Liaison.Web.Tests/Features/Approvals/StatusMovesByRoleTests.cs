using System.Net;
using Liaison.Web.Features.Agreements;
using Liaison.Web.Features.Delegations;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Tests.Infrastructure;
using Liaison.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.Web.Tests.Features.Approvals;

/// <summary>
/// Every status move of a delegation and of an agreement, from every status to every status, by every role of
/// the province and the ministry. The rules are restated here from the brief, not read from the code:
///
/// Delegations: draft → submitted → approved or rejected by a leader (who records the decision) → under way →
/// completed → report filed; a rejected one goes back to draft; a leader cancels what was approved, the editors
/// (leaders, officers, unit contributors) cancel the rest and make every other move.
///
/// Agreements: proposed → consulting → approved for signing or rejected by a leader → signed → in force →
/// expired; a leader terminates a signed agreement; a rejected or sent-back proposal returns to proposed; only
/// leaders and officers keep agreements.
///
/// A move the rules don't have is 409; a role the rule doesn't name is 403; a viewer or the ministry changes nothing.
/// </summary>
public abstract class StatusMovesByRoleTests(LiaisonApp app) : AppTests(app)
{
    private static readonly Persona[] Roles = [Persona.Leader, Persona.Officer, Persona.Unit, Persona.Viewer, Persona.Ministry];
    private static readonly Persona[] Editors = [Persona.Leader, Persona.Officer, Persona.Unit];
    private static readonly Persona[] RegisterKeepers = [Persona.Leader, Persona.Officer];

    private static readonly Dictionary<DelegationStatus, DelegationStatus[]> DelegationMoves = new()
    {
        [DelegationStatus.Draft] = [DelegationStatus.Submitted, DelegationStatus.Cancelled],
        [DelegationStatus.Submitted] = [DelegationStatus.Approved, DelegationStatus.Rejected, DelegationStatus.Draft, DelegationStatus.Cancelled],
        [DelegationStatus.Rejected] = [DelegationStatus.Draft],
        [DelegationStatus.Approved] = [DelegationStatus.UnderWay, DelegationStatus.Cancelled],
        [DelegationStatus.UnderWay] = [DelegationStatus.Completed],
        [DelegationStatus.Completed] = [DelegationStatus.ReportFiled],
        [DelegationStatus.ReportFiled] = [],
        [DelegationStatus.Cancelled] = [],
    };

    private static readonly Dictionary<AgreementStatus, AgreementStatus[]> AgreementMoves = new()
    {
        [AgreementStatus.Proposed] = [AgreementStatus.Consulting],
        [AgreementStatus.Consulting] = [AgreementStatus.ApprovedForSigning, AgreementStatus.Rejected, AgreementStatus.Proposed],
        [AgreementStatus.Rejected] = [AgreementStatus.Proposed],
        [AgreementStatus.ApprovedForSigning] = [AgreementStatus.Signed, AgreementStatus.Consulting],
        [AgreementStatus.Signed] = [AgreementStatus.InForce, AgreementStatus.Terminated],
        [AgreementStatus.InForce] = [AgreementStatus.Expired, AgreementStatus.Terminated],
        [AgreementStatus.Expired] = [],
        [AgreementStatus.Terminated] = [],
    };

    public static TheoryData<Persona, DelegationStatus, DelegationStatus, HttpStatusCode> DelegationCases
    {
        get
        {
            var cases = new TheoryData<Persona, DelegationStatus, DelegationStatus, HttpStatusCode>();
            foreach (var role in Roles)
            {
                foreach (var from in Enum.GetValues<DelegationStatus>())
                {
                    foreach (var to in Enum.GetValues<DelegationStatus>())
                    {
                        var leaderOnly = to is DelegationStatus.Approved or DelegationStatus.Rejected || (from, to) == (DelegationStatus.Approved, DelegationStatus.Cancelled);
                        cases.Add(role, from, to,
                            !Editors.Contains(role) ? HttpStatusCode.Forbidden
                            : !DelegationMoves[from].Contains(to) ? HttpStatusCode.Conflict
                            : leaderOnly && role != Persona.Leader ? HttpStatusCode.Forbidden
                            : HttpStatusCode.OK);
                    }
                }
            }

            return cases;
        }
    }

    public static TheoryData<Persona, AgreementStatus, AgreementStatus, HttpStatusCode> AgreementCases
    {
        get
        {
            var cases = new TheoryData<Persona, AgreementStatus, AgreementStatus, HttpStatusCode>();
            foreach (var role in Roles)
            {
                foreach (var from in Enum.GetValues<AgreementStatus>())
                {
                    foreach (var to in Enum.GetValues<AgreementStatus>())
                    {
                        var leaderOnly = to is AgreementStatus.ApprovedForSigning or AgreementStatus.Rejected or AgreementStatus.Terminated;
                        cases.Add(role, from, to,
                            !RegisterKeepers.Contains(role) ? HttpStatusCode.Forbidden
                            : !AgreementMoves[from].Contains(to) ? HttpStatusCode.Conflict
                            : leaderOnly && role != Persona.Leader ? HttpStatusCode.Forbidden
                            : HttpStatusCode.OK);
                    }
                }
            }

            return cases;
        }
    }

    [Theory]
    [MemberData(nameof(DelegationCases))]
    public async Task ADelegationMove_IsMadeOnlyWhereTheRulesAllowIt_ByTheRolesTheyName(Persona role, DelegationStatus from, DelegationStatus to, HttpStatusCode expected)
    {
        var world = await AccessWorld.ForAsync(App);
        var id = await world.NewDelegationAsync();
        await SetStatusAsync<Delegation>(id, d => d.SetProperty(x => x.Status, from));

        var response = await PostJsonAsync(world.Client(role), $"/api/delegations/{id}/status",
            new DelegationStatusInput { To = to, Reason = "Agreed at the weekly meeting.", DecisionNumber = "88/QĐ-UBND", DecisionDate = new DateOnly(2025, 9, 30) });

        Assert.True(expected == response.StatusCode, $"{role}: {from} → {to}: expected {(int)expected}, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(Ct)}");
        Assert.Equal(expected == HttpStatusCode.OK ? to : from, await StatusOfAsync<Delegation, DelegationStatus>(id, d => d.Status));
        if (expected != HttpStatusCode.OK)
        {
            Assert.False(string.IsNullOrWhiteSpace(await ProblemDetailAsync(response, expected)), "a refusal says why");
        }
    }

    [Theory]
    [MemberData(nameof(AgreementCases))]
    public async Task AnAgreementMove_IsMadeOnlyWhereTheRulesAllowIt_ByTheRolesTheyName(Persona role, AgreementStatus from, AgreementStatus to, HttpStatusCode expected)
    {
        var world = await AccessWorld.ForAsync(App);
        var id = await world.NewAgreementAsync();
        await SetStatusAsync<Agreement>(id, a => a.SetProperty(x => x.Status, from).SetProperty(x => x.SignedOn, from >= AgreementStatus.Signed ? new DateOnly(2025, 3, 1) : null));

        var response = await PostJsonAsync(world.Client(role), $"/api/agreements/{id}/status",
            new AgreementStatusInput { To = to, OccurredOn = new DateOnly(2025, 3, 1), Reason = "Not this year.", DecisionNumber = "12/QĐ-UBND", DecisionDate = new DateOnly(2025, 2, 20) });

        Assert.True(expected == response.StatusCode, $"{role}: {from} → {to}: expected {(int)expected}, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(Ct)}");
        Assert.Equal(expected == HttpStatusCode.OK ? to : from, await StatusOfAsync<Agreement, AgreementStatus>(id, a => a.Status));
        if (expected != HttpStatusCode.OK)
        {
            Assert.False(string.IsNullOrWhiteSpace(await ProblemDetailAsync(response, expected)), "a refusal says why");
        }
    }

    // The starting status is put in place behind the application's back: walking each record there through
    // the API would cost a dozen requests per case, and the walk itself is what the other tests show.
    private async Task SetStatusAsync<T>(int id, Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<T>> set)
        where T : ProvinceRecord
    {
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal(1, await db.Set<T>().IgnoreQueryFilters().Where(r => r.Id == id).ExecuteUpdateAsync(set, Ct));
    }

    private async Task<TStatus> StatusOfAsync<T, TStatus>(int id, System.Linq.Expressions.Expression<Func<T, TStatus>> status)
        where T : ProvinceRecord
    {
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Set<T>().IgnoreQueryFilters().Where(r => r.Id == id).Select(status).SingleAsync(Ct);
    }
}

public sealed class StatusMovesByRoleTests_Sqlite(SqliteApp app) : StatusMovesByRoleTests(app);

public sealed class StatusMovesByRoleTests_Postgres(PostgresApp app) : StatusMovesByRoleTests(app);
