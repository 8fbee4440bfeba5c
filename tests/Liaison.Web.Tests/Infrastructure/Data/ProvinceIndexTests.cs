using Liaison.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.Web.Tests.Infrastructure.Data;

/// <summary>
/// Every register is read by province, so each has an index that begins with the province; and none has the province
/// alone beside a composite one that begins with it, which costs every write and led PostgreSQL's planner to read a
/// whole province's rows where the composite index reads a period's (issue 9).
/// </summary>
public abstract class ProvinceIndexTests(LiaisonApp app) : AppTests(app)
{
    [Fact]
    public void EveryRegister_HasAnIndexBeginningWithTheProvince_AndNoLoneOneBesideAComposite()
    {
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var registers = db.Model.GetEntityTypes().Where(e => typeof(ProvinceRecord).IsAssignableFrom(e.ClrType) && e.BaseType is null).ToList();
        Assert.NotEmpty(registers);

        foreach (var register in registers)
        {
            var byProvince = register.GetIndexes().Where(i => i.Properties[0].Name == nameof(ProvinceRecord.ProvinceId)).ToList();
            Assert.True(byProvince.Count > 0, $"{register.ClrType.Name} has no index that begins with its province.");
            var lone = byProvince.Where(i => i.Properties.Count == 1 && !i.IsUnique).ToList();
            Assert.True(lone.Count == 0 || byProvince.Count == 1,
                $"{register.ClrType.Name} has an index on its province alone beside {string.Join(", ", byProvince.Except(lone).Select(i => i.GetDatabaseName()))}.");
        }
    }
}

public sealed class ProvinceIndexTests_Sqlite(SqliteApp app) : ProvinceIndexTests(app);

public sealed class ProvinceIndexTests_Postgres(PostgresApp app) : ProvinceIndexTests(app);
