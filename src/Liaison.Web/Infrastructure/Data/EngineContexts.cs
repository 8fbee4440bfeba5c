using Liaison.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Infrastructure.Data;

/// <summary>The SQLite flavour of the model: the embedded default, a file under data/.</summary>
public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options, CurrentUser? user = null, TimeProvider? clock = null)
    : AppDbContext(options, user, clock);

/// <summary>The PostgreSQL flavour of the model: the production engine.</summary>
public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options, CurrentUser? user = null, TimeProvider? clock = null)
    : AppDbContext(options, user, clock);
