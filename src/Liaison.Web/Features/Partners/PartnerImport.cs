using Liaison.Web.Features.Accounts;
using Liaison.Web.Features.Import;
using Liaison.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Partners;

/// <summary>
/// Partners from a spreadsheet, through the form's input and checks. A row is the same partner as an existing
/// one when country and English name agree; a partner whose any name matches in the same country, spelt
/// otherwise, is flagged as a likely duplicate. A parent is named, and must already be in the register.
/// </summary>
public sealed class PartnerImport : ImportRecordType
{
    public override string Key => "partners";

    public override string Title => "Partners";

    public override IReadOnlyList<ImportField> Fields { get; } =
    [
        Field("kind", nameof(PartnerInput.Kind), true, "Government, Foreign province, Foreign city, Embassy or consulate, International organisation, Foreign NGO, Company…", ["Kind", "Type"], ["Loại", "Loại đối tác"], ["النوع"]),
        Field("nameEn", nameof(PartnerInput.NameEn), true, "Text, up to 300 characters", ["Name in English", "English name", "Name"], ["Tên tiếng Anh", "Tên"], ["الاسم بالإنجليزية", "الاسم"]),
        Field("nativeName", nameof(PartnerInput.NativeName), false, "The name in its own language and script", ["Native name", "Name in its own language"], ["Tên gốc", "Tên bản ngữ"], ["الاسم الأصلي"]),
        Field("nameVi", nameof(PartnerInput.NameVi), false, "Text", ["Name in Vietnamese", "Vietnamese name"], ["Tên tiếng Việt"], ["الاسم بالفيتنامية"]),
        Field("country", nameof(PartnerInput.CountryCode), true, "ISO code or name: KR, Korea, Hàn Quốc", ["Country"], ["Quốc gia", "Nước"], ["الدولة", "البلد"]),
        Field("parent", nameof(PartnerInput.ParentId), false, "The name of a partner already in the register", ["Parent", "Part of"], ["Trực thuộc", "Cơ quan cấp trên"], ["الجهة الأم"]),
        Field("latitude", nameof(PartnerInput.Latitude), false, "Degrees, -90 to 90 (north positive)", ["Latitude"], ["Vĩ độ"], ["خط العرض"]),
        Field("longitude", nameof(PartnerInput.Longitude), false, "Degrees, -180 to 180 (east positive)", ["Longitude"], ["Kinh độ"], ["خط الطول"]),
        Field("notes", nameof(PartnerInput.Notes), false, "Text", ["Notes"], ["Ghi chú"], ["ملاحظات"]),
    ];

    public override bool MayImport(CurrentUser user) => user.CanEditRegister;

    public override ImportPass Begin(AppDbContext db, CurrentUser user) => new Pass(db, user);

    public static string KeyOf(string country, string nameEn) => $"{country}|{nameEn.Trim()}";

    private sealed class Pass(AppDbContext db, CurrentUser user) : ImportPass
    {
        private PartnerNames _partners = new();
        private Dictionary<string, int> _existing = [];
        private Dictionary<string, (int Id, string Name)> _byFoldedName = [];

        public override async Task PrepareAsync(CancellationToken ct)
        {
            _partners = await PartnerNames.LoadAsync(db, ct);
            var rows = await db.Partners.AsNoTracking().Select(p => new { p.Id, p.CountryCode, p.NameEn, p.NameVi, p.NativeName }).ToListAsync(ct);
            _existing = rows.GroupBy(r => KeyOf(r.CountryCode, r.NameEn)).ToDictionary(g => g.Key, g => g.Min(r => r.Id));
            foreach (var r in rows)
            {
                foreach (var name in new[] { r.NameEn, r.NameVi, r.NativeName }.Select(ImportChoices.Compact).Where(n => n.Length > 0))
                {
                    _byFoldedName.TryAdd($"{r.CountryCode}|{name}", (r.Id, r.NameEn));
                }
            }
        }

        public override async Task<RowOutcome> ReadAsync(ImportRow row, bool apply, CancellationToken ct)
        {
            var latitude = row.Decimal("latitude", fraction: true);
            var longitude = row.Decimal("longitude", fraction: true);
            var input = new PartnerInput
            {
                Kind = row.Choice<PartnerKind>("kind"),
                NameEn = row.Text("nameEn"),
                NativeName = row.Text("nativeName"),
                NameVi = row.Text("nameVi"),
                CountryCode = row.Country("country"),
                ParentId = row.IsMapped("parent") ? _partners.ResolveOne(row, "parent") : null,
                Latitude = (double?)latitude,
                Longitude = (double?)longitude,
                Notes = row.Text("notes"),
            };

            var key = input.CountryCode is { } c && input.NameEn is { } n ? KeyOf(c, n) : string.Empty;
            var existingId = _existing.TryGetValue(key, out var id) ? id : (int?)null;
            if (!row.HasErrors)
            {
                row.Fail((await input.ValidateAsync(db, existingId, ct)).ToDictionary());
            }

            var label = $"{input.NameEn} ({input.CountryCode})";
            if (row.HasErrors)
            {
                return new RowOutcome(ImportAction.Invalid, string.Empty, label);
            }

            if (existingId is { } found)
            {
                var partner = await db.Partners.Include(p => p.Contacts).SingleAsync(p => p.Id == found, ct);
                // Contacts are kept in Liaison; a register row names the partner only.
                input.Contacts = partner.Contacts.Select(x => new ContactInput { Name = x.Name, Title = x.Title, Since = x.Since, Until = x.Until }).ToList();
                input.ParentId = row.IsMapped("parent") ? input.ParentId : partner.ParentId;
                return ImportChanges.Update(db, partner, () => input.ApplyTo(partner), apply, key, label);
            }

            var likely = new[] { input.NameEn, input.NameVi, input.NativeName }.Select(ImportChoices.Compact).Where(x => x.Length > 0)
                .Select(x => _byFoldedName.TryGetValue($"{input.CountryCode}|{x}", out var hit) ? hit : default)
                .FirstOrDefault(hit => hit.Id != 0);
            if (apply)
            {
                var created = new Partner { ProvinceId = user.ProvinceId!.Value, NameEn = string.Empty, CountryCode = string.Empty };
                input.ApplyTo(created);
                db.Partners.Add(created);
            }

            return new RowOutcome(ImportAction.Create, key, label, likely.Id == 0 ? null : $"Partner #{likely.Id} \"{likely.Name}\"");
        }
    }
}
