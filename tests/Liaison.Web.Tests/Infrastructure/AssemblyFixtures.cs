using Liaison.Web.Tests.Infrastructure;

// One application per engine for the whole run (each test makes its own users and records), and one
// per engine with the demo data loaded.
[assembly: AssemblyFixture(typeof(SqliteApp))]
[assembly: AssemblyFixture(typeof(PostgresApp))]
[assembly: AssemblyFixture(typeof(SqliteDemoApp))]
[assembly: AssemblyFixture(typeof(PostgresDemoApp))]
