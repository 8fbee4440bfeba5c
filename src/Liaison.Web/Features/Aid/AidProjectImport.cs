using Liaison.Web.Features.Accounts;
using Liaison.Web.Features.Import;
using Liaison.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Aid;

/// <summary>
/// Aid projects from a spreadsheet (the province's list of non-refundable aid), through the form's input and
/// checks. A row is the same project as an existing one when title and planned start agree; the same title
/// spelt otherwise is flagged. The donor is a partner of the register when one carries that name, or else
/// kept as written. A row carries one sector at 100 per cent; transactions and goods are recorded in Liaison
/// (or by an IATI import) and an update leaves them as they are.
/// </summary>
public sealed class AidProjectImport : ImportRecordType
{
    public override string Key => "aid";

    public override string Title => "Aid projects";

    public override IReadOnlyList<ImportField> Fields { get; } =
    [
        Field("title", nameof(AidProjectInput.Title), true, "Text", ["Title", "Project", "Project name"], ["Tên dự án", "Tên chương trình", "Dự án"], ["العنوان", "المشروع"]),
        Field("donor", nameof(AidProjectInput.Participants), true, "The donor: a partner's name from your register, or the organisation's name", ["Donor", "Funded by"], ["Nhà tài trợ", "Tổ chức tài trợ"], ["الجهة المانحة"]),
        Field("implementer", nameof(AidProjectInput.Participants), false, "The organisation carrying it out", ["Implementer", "Implementing organisation"], ["Đơn vị thực hiện", "Chủ dự án"], ["الجهة المنفذة"]),
        Field("form", nameof(AidProjectInput.Form), true, "Project, Programme or One off", ["Form"], ["Hình thức"], ["الشكل"]),
        Field("status", nameof(AidProjectInput.Status), false, "Pipeline (the default), Implementation, Finalisation, Closed, Cancelled or Suspended", ["Status"], ["Trạng thái", "Tình trạng"], ["الحالة"]),
        Field("plannedStart", nameof(AidProjectInput.PlannedStart), true, "A date", ["Start date", "Planned start"], ["Ngày bắt đầu", "Thời gian bắt đầu"], ["تاريخ البدء"]),
        Field("plannedEnd", nameof(AidProjectInput.PlannedEnd), false, "A date", ["End date", "Planned end"], ["Ngày kết thúc", "Thời gian kết thúc"], ["تاريخ الانتهاء"]),
        Field("actualStart", nameof(AidProjectInput.ActualStart), false, "A date", ["Actual start"], ["Ngày bắt đầu thực tế"], ["البدء الفعلي"]),
        Field("actualEnd", nameof(AidProjectInput.ActualEnd), false, "A date", ["Actual end"], ["Ngày kết thúc thực tế"], ["الانتهاء الفعلي"]),
        Field("valueAmount", nameof(AidProjectInput.ValueAmount), false, "A number", ["Value", "Aid value", "Amount"], ["Giá trị", "Giá trị viện trợ", "Tổng vốn"], ["القيمة"]),
        Field("valueCurrency", nameof(AidProjectInput.ValueCurrency), false, "ISO 4217 code: USD, VND", ["Currency"], ["Tiền tệ", "Đơn vị tiền"], ["العملة"]),
        Field("counterpartAmount", nameof(AidProjectInput.CounterpartAmount), false, "A number", ["Counterpart funds"], ["Vốn đối ứng"], ["التمويل المقابل"]),
        Field("counterpartCurrency", nameof(AidProjectInput.CounterpartCurrency), false, "ISO 4217 code", ["Counterpart currency"], ["Tiền tệ vốn đối ứng"], ["عملة التمويل المقابل"]),
        Field("sector", nameof(AidProjectInput.Sectors), false, "An OECD DAC 5-digit sector code: 12220", ["Sector", "DAC sector"], ["Lĩnh vực", "Mã lĩnh vực"], ["القطاع"]),
        Field("places", nameof(AidProjectInput.Places), false, "Places, separated by semicolons", ["Places", "Location"], ["Địa bàn", "Địa điểm"], ["الأماكن"]),
        Field("decisionNumber", nameof(AidProjectInput.DecisionNumber), false, "Text", ["Decision number"], ["Số quyết định"], ["رقم القرار"]),
        Field("decisionDate", nameof(AidProjectInput.DecisionDate), false, "A date", ["Decision date"], ["Ngày quyết định"], ["تاريخ القرار"]),
        Field("approver", nameof(AidProjectInput.Approver), false, "Text", ["Approved by", "Approver"], ["Cơ quan phê duyệt"], ["جهة الموافقة"]),
        Field("description", nameof(AidProjectInput.Description), false, "Text", ["Description", "Objectives"], ["Mô tả", "Mục tiêu"], ["الوصف"]),
    ];

    public override bool MayImport(CurrentUser user) => user.CanEditRegister;

    public override ImportPass Begin(AppDbContext db, CurrentUser user) => new Pass(db, user);

    private static string KeyOf(string title, DateOnly plannedStart) => $"{title.Trim()}|{plannedStart:yyyy-MM-dd}";

    private sealed class Pass(AppDbContext db, CurrentUser user) : ImportPass
    {
        private PartnerNames _partners = new();
        private Dictionary<string, int> _existing = [];
        private Dictionary<string, (int Id, string Title)> _byFoldedTitle = [];

        public override async Task PrepareAsync(CancellationToken ct)
        {
            _partners = await PartnerNames.LoadAsync(db, ct);
            var rows = await db.AidProjects.AsNoTracking().Select(a => new { a.Id, a.Title, a.PlannedStart }).OrderBy(a => a.Id).ToListAsync(ct);
            foreach (var r in rows)
            {
                _existing.TryAdd(KeyOf(r.Title, r.PlannedStart), r.Id);
                _byFoldedTitle.TryAdd(ImportChoices.Compact(r.Title), (r.Id, r.Title));
            }
        }

        public override async Task<RowOutcome> ReadAsync(ImportRow row, bool apply, CancellationToken ct)
        {
            var participants = new List<ParticipantInput>();
            if (row.Text("donor") is { } donor)
            {
                participants.Add(new ParticipantInput { Role = ParticipantRole.Funding, PartnerId = _partners.Find(donor), Name = donor });
            }

            if (row.Text("implementer") is { } implementer)
            {
                participants.Add(new ParticipantInput { Role = ParticipantRole.Implementing, PartnerId = _partners.Find(implementer), Name = implementer });
            }

            var input = new AidProjectInput
            {
                Title = row.Text("title"),
                Description = row.Text("description"),
                Form = row.Choice<AidForm>("form"),
                Status = row.Choice<AidStatus>("status"),
                Participants = participants,
                Sectors = row.Text("sector") is { } sector ? [new SectorInput { Code = sector, Percentage = 100 }] : [],
                Places = [.. row.List("places")],
                DecisionNumber = row.Text("decisionNumber"),
                DecisionDate = row.Date("decisionDate"),
                Approver = row.Text("approver"),
                PlannedStart = row.Date("plannedStart"),
                PlannedEnd = row.Date("plannedEnd"),
                ActualStart = row.Date("actualStart"),
                ActualEnd = row.Date("actualEnd"),
                ValueAmount = row.Decimal("valueAmount"),
                ValueCurrency = row.Text("valueCurrency"),
                CounterpartAmount = row.Decimal("counterpartAmount"),
                CounterpartCurrency = row.Text("counterpartCurrency"),
            };
            row.Fail((await input.ValidateAsync(db, ct)).ToDictionary());
            var label = $"{input.Title} ({input.PlannedStart:yyyy-MM-dd})";
            if (row.HasErrors)
            {
                return new RowOutcome(ImportAction.Invalid, string.Empty, label);
            }

            var key = KeyOf(input.Title!, input.PlannedStart!.Value);
            if (_existing.TryGetValue(key, out var id))
            {
                var project = await db.AidProjects.Include(a => a.Participants).Include(a => a.Sectors).Include(a => a.Places)
                    .Include(a => a.Transactions).Include(a => a.InKind).SingleAsync(a => a.Id == id, ct);
                KeepWhatTheRowDoesNotSay(row, input, project);
                var names = await AidPartnerNames.OfAsync(db, input, ct);
                return ImportChanges.Update(db, project, () => input.ApplyTo(project, names), apply, key, label);
            }

            var likely = _byFoldedTitle.TryGetValue(ImportChoices.Compact(input.Title), out var hit) ? $"Aid project #{hit.Id} \"{hit.Title}\"" : null;
            if (apply)
            {
                var created = new AidProject { ProvinceId = user.ProvinceId!.Value, Title = string.Empty };
                input.ApplyTo(created, await AidPartnerNames.OfAsync(db, input, ct));
                db.AidProjects.Add(created);
            }

            return new RowOutcome(ImportAction.Create, key, label, likely);
        }

        private static void KeepWhatTheRowDoesNotSay(ImportRow row, AidProjectInput input, AidProject project)
        {
            input.Status ??= project.Status;
            input.Transactions = project.Transactions.Select(t => new TransactionInput { Kind = t.Kind, Date = t.Date, Amount = t.Amount, Currency = t.Currency, Description = t.Description }).ToList();
            input.InKind = project.InKind.Select(k => new InKindInput { Description = k.Description, Quantity = k.Quantity, Unit = k.Unit, ValueAmount = k.ValueAmount, ValueCurrency = k.ValueCurrency }).ToList();
            var otherRoles = project.Participants.Where(p => p.Role is not (ParticipantRole.Funding or ParticipantRole.Implementing) || (p.Role == ParticipantRole.Implementing && !row.IsMapped("implementer")))
                .Select(p => new ParticipantInput { Role = p.Role, PartnerId = p.PartnerId, Name = p.Name });
            input.Participants = [.. input.Participants, .. otherRoles];
            if (!row.IsMapped("sector"))
            {
                input.Sectors = project.Sectors.Select(s => new SectorInput { Code = s.Code, Percentage = s.Percentage }).ToList();
            }

            if (!row.IsMapped("places"))
            {
                input.Places = project.Places.Select(p => p.Name).ToList();
            }
        }
    }
}
