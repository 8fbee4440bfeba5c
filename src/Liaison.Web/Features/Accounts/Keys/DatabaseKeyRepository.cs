using System.Xml.Linq;
using Liaison.Web.Infrastructure.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Accounts.Keys;

/// <summary>
/// Keeps the data-protection key ring in the application's own database. ASP.NET Core's EF Core store saves with
/// the synchronous SaveChanges, which the audited context refuses, so this store writes its one row by SQL: a key is
/// written once when made (every 90 days) and never changed, so there is nothing to audit or to merge.
/// </summary>
public sealed class DatabaseKeyRepository(IServiceScopeFactory scopes) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return db.DataProtectionKeys.AsNoTracking().OrderBy(k => k.Id).Select(k => k.Xml).ToList()
            .Select(xml => XElement.Parse(xml)).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var xml = element.ToString(SaveOptions.DisableFormatting);
        db.Database.ExecuteSql($"INSERT INTO \"DataProtectionKeys\" (\"FriendlyName\", \"Xml\") VALUES ({friendlyName}, {xml})");
    }
}

public static class DataProtectionSetup
{
    /// <summary>
    /// One key ring for every instance, in the database, under one application name: without the name, two
    /// instances installed in different folders would each see their own keys even in the same database.
    /// </summary>
    public static IServiceCollection AddLiaisonDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("Liaison");
        services.AddOptions<KeyManagementOptions>().Configure<IServiceScopeFactory>((o, scopes) => o.XmlRepository = new DatabaseKeyRepository(scopes));
        return services;
    }
}
