using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests.Features.Audit;

/// <summary>
/// xUnit runs a collection that disables parallelisation only after every parallel collection has finished,
/// and this is the only such collection: its tests see the databases after the whole suite has written to them.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AfterTheWholeSuite
{
    public const string Name = "After the whole suite";
}

/// <summary>
/// After every other test has created, edited, moved, archived, restored and purged records in the shared
/// databases, the trail of each still verifies with the operator's command.
/// </summary>
[Collection(AfterTheWholeSuite.Name)]
public abstract class WholeSuiteAuditTests(LiaisonApp app) : AppTests(app)
{
    [Fact]
    public async Task TheAuditTrail_StillVerifies_AfterTheWholeSuite()
    {
        var (exitCode, output) = await App.RunCommandAsync("verify-audit");

        // Run alone, the shared databases may have no entries yet; in the suite they hold thousands.
        Assert.True(exitCode == 0, output);
        Assert.Matches(@"Audit trail intact: \d+ entries checked\.", output);
        TestContext.Current.SendDiagnosticMessage(output);
    }
}

public sealed class WholeSuiteAuditTests_Sqlite(SqliteApp app) : WholeSuiteAuditTests(app);

public sealed class WholeSuiteAuditTests_Postgres(PostgresApp app) : WholeSuiteAuditTests(app);

public sealed class WholeSuiteAuditTests_SqliteDemo(SqliteDemoApp app) : WholeSuiteAuditTests(app);

public sealed class WholeSuiteAuditTests_PostgresDemo(PostgresDemoApp app) : WholeSuiteAuditTests(app);
