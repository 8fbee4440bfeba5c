using Liaison.Web.Features.Accounts;
using Liaison.Web.Features.Import;
using Liaison.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Investment;

/// <summary>
/// Foreign-invested projects from a spreadsheet (the planning department's FDI list), through the form's
/// input and checks. A row is the same project as an existing one when its investment certificate number
/// agrees, or, without a number, its name and certificate date; the same name spelt otherwise is flagged.
/// The investor is named and must be in the partner register.
/// </summary>
public sealed class InvestmentImport : ImportRecordType
{
    public override string Key => "investments";

    public override string Title => "Investment projects";

    public override IReadOnlyList<ImportField> Fields { get; } =
    [
        Field("name", nameof(InvestmentInput.Name), true, "Text", ["Project", "Project name", "Name"], ["Tên dự án", "Dự án"], ["المشروع", "اسم المشروع"]),
        Field("investor", nameof(InvestmentInput.InvestorId), true, "The investor's name in your partner register", ["Investor"], ["Nhà đầu tư", "Chủ đầu tư"], ["المستثمر"]),
        Field("country", nameof(InvestmentInput.CountryCode), false, "ISO code or name; the investor's country when empty", ["Country"], ["Quốc gia", "Nước"], ["الدولة"]),
        Field("sector", nameof(InvestmentInput.Sector), true, "Agriculture, Manufacturing, Energy, Infrastructure, Real estate, Tourism, Trade and services…", ["Sector"], ["Lĩnh vực", "Ngành"], ["القطاع"]),
        Field("certificateNumber", nameof(InvestmentInput.CertificateNumber), false, "Text", ["Certificate number", "Investment certificate"], ["Số giấy chứng nhận", "Số GCNĐT"], ["رقم الشهادة"]),
        Field("certificateDate", nameof(InvestmentInput.CertificateDate), true, "A date", ["Certificate date", "Licensed on"], ["Ngày cấp", "Ngày cấp phép"], ["تاريخ الشهادة"]),
        Field("status", nameof(InvestmentInput.Status), false, "Licensed (the default), Operating, Suspended or Terminated", ["Status"], ["Trạng thái", "Tình trạng"], ["الحالة"]),
        Field("registeredAmount", nameof(InvestmentInput.RegisteredAmount), true, "A number", ["Registered capital", "Capital"], ["Vốn đăng ký", "Tổng vốn đầu tư"], ["رأس المال المسجل"]),
        Field("currency", nameof(InvestmentInput.Currency), true, "ISO 4217 code: USD, VND", ["Currency"], ["Tiền tệ", "Đơn vị tiền"], ["العملة"]),
        Field("disbursedAmount", nameof(InvestmentInput.DisbursedAmount), false, "A number", ["Disbursed capital", "Disbursed"], ["Vốn đã giải ngân", "Vốn thực hiện"], ["رأس المال المصروف"]),
        Field("disbursedAsOf", nameof(InvestmentInput.DisbursedAsOf), false, "A date", ["Disbursed as of"], ["Giải ngân tính đến"], ["المصروف حتى"]),
        Field("location", nameof(InvestmentInput.Location), false, "Text", ["Location"], ["Địa điểm"], ["الموقع"]),
        Field("jobsCreated", nameof(InvestmentInput.JobsCreated), false, "A whole number", ["Jobs", "Jobs created"], ["Số lao động", "Việc làm"], ["فرص العمل"]),
        Field("notes", nameof(InvestmentInput.Notes), false, "Text", ["Notes"], ["Ghi chú"], ["ملاحظات"]),
    ];

    public override bool MayImport(CurrentUser user) => user.CanEditRegister;

    public override ImportPass Begin(AppDbContext db, CurrentUser user) => new Pass(db, user);

    private static string KeyOf(string name, string? certificateNumber, DateOnly certificateDate) =>
        certificateNumber is { Length: > 0 } number ? $"no|{number.Trim()}" : $"name|{name.Trim()}|{certificateDate:yyyy-MM-dd}";

    private sealed class Pass(AppDbContext db, CurrentUser user) : ImportPass
    {
        private PartnerNames _partners = new();
        private Dictionary<string, int> _existing = [];
        private Dictionary<string, (int Id, string Name)> _byFoldedName = [];

        public override async Task PrepareAsync(CancellationToken ct)
        {
            _partners = await PartnerNames.LoadAsync(db, ct);
            var rows = await db.InvestmentProjects.AsNoTracking().Select(p => new { p.Id, p.Name, p.CertificateNumber, p.CertificateDate }).ToListAsync(ct);
            foreach (var r in rows.OrderBy(r => r.Id))
            {
                _existing.TryAdd(KeyOf(r.Name, r.CertificateNumber, r.CertificateDate), r.Id);
                _byFoldedName.TryAdd(ImportChoices.Compact(r.Name), (r.Id, r.Name));
            }
        }

        public override async Task<RowOutcome> ReadAsync(ImportRow row, bool apply, CancellationToken ct)
        {
            var input = new InvestmentInput
            {
                Name = row.Text("name"),
                InvestorId = _partners.ResolveOne(row, "investor"),
                CountryCode = row.Country("country"),
                Sector = row.Choice<InvestmentSector>("sector"),
                CertificateNumber = row.Text("certificateNumber"),
                CertificateDate = row.Date("certificateDate"),
                Status = row.Choice<InvestmentStatus>("status"),
                RegisteredAmount = row.Decimal("registeredAmount"),
                Currency = row.Text("currency"),
                DisbursedAmount = row.Decimal("disbursedAmount"),
                DisbursedAsOf = row.Date("disbursedAsOf"),
                Location = row.Text("location"),
                JobsCreated = row.Int("jobsCreated"),
                Notes = row.Text("notes"),
            };
            var (errors, investorCountry) = await input.ValidateAsync(db, ct);
            row.Fail(errors.ToDictionary());
            var label = $"{input.Name} ({input.CertificateNumber ?? input.CertificateDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)})";
            if (row.HasErrors)
            {
                return new RowOutcome(ImportAction.Invalid, string.Empty, label);
            }

            var key = KeyOf(input.Name!, input.CertificateNumber, input.CertificateDate!.Value);
            if (_existing.TryGetValue(key, out var id))
            {
                var project = await db.InvestmentProjects.Include(p => p.Adjustments).SingleAsync(p => p.Id == id, ct);
                // Capital adjustments are recorded in Liaison; a list row carries the registered capital only.
                input.Adjustments = project.Adjustments.Select(a => new AdjustmentInput { Date = a.Date, Amount = a.Amount, Note = a.Note }).ToList();
                input.Status ??= project.Status;
                return ImportChanges.Update(db, project, () => input.ApplyTo(project, investorCountry!), apply, key, label);
            }

            var likely = _byFoldedName.TryGetValue(ImportChoices.Compact(input.Name), out var hit) ? $"Investment project #{hit.Id} \"{hit.Name}\"" : null;
            if (apply)
            {
                var created = new InvestmentProject { ProvinceId = user.ProvinceId!.Value, Name = string.Empty, CountryCode = string.Empty, Currency = string.Empty };
                input.ApplyTo(created, investorCountry!);
                db.InvestmentProjects.Add(created);
            }

            return new RowOutcome(ImportAction.Create, key, label, likely);
        }
    }
}
