using Liaison.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Import;

/// <summary>
/// The province's partners by every name they carry (native, English, Vietnamese), read once per import,
/// so a spreadsheet can name partners as people write them instead of by number.
/// </summary>
public sealed class PartnerNames
{
    private readonly Dictionary<string, List<int>> _byName = [];

    public static async Task<PartnerNames> LoadAsync(AppDbContext db, CancellationToken ct)
    {
        var names = new PartnerNames();
        var partners = await db.Partners.AsNoTracking().Select(p => new { p.Id, p.NativeName, p.NameEn, p.NameVi }).ToListAsync(ct);
        foreach (var p in partners)
        {
            foreach (var name in new[] { p.NativeName, p.NameEn, p.NameVi }.Select(ImportChoices.Compact).Where(n => n.Length > 0).Distinct())
            {
                if (!names._byName.TryGetValue(name, out var ids))
                {
                    names._byName[name] = ids = [];
                }

                ids.Add(p.Id);
            }
        }

        return names;
    }

    /// <summary>The ids of the partners named in a cell (separated by semicolons); each unknown or ambiguous name is an error on the row.</summary>
    public int[] Resolve(ImportRow row, string field)
    {
        var ids = new List<int>();
        foreach (var name in row.List(field))
        {
            switch (_byName.TryGetValue(ImportChoices.Compact(name), out var found) ? found.Count : 0)
            {
                case 0:
                    row.Fail(field, $"No partner in your register is named \"{name}\". Record it first, or import the partners first.");
                    break;
                case 1:
                    ids.Add(found![0]);
                    break;
                default:
                    row.Fail(field, $"Several partners are named \"{name}\": write the name that tells them apart.");
                    break;
            }
        }

        return ids.Distinct().ToArray();
    }

    /// <summary>The partner carrying exactly this name, or null (none, or several).</summary>
    public int? Find(string name) => _byName.TryGetValue(ImportChoices.Compact(name), out var ids) && ids.Count == 1 ? ids[0] : null;

    public int? ResolveOne(ImportRow row, string field) => Resolve(row, field) is [var id, ..] ? id : null;
}
