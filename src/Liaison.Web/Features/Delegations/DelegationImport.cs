using Liaison.Web.Features.Accounts;
using Liaison.Web.Features.Import;
using Liaison.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Delegations;

/// <summary>
/// Delegations from a spreadsheet, through the form's own input and checks. A row is the same delegation as
/// an existing one when direction, title and start date agree: it then updates it (or leaves it unchanged),
/// so importing a file twice creates nothing twice. Old registers record finished visits, so a row may say
/// the status outright (Completed); without one it is a draft, as in the form.
/// </summary>
public sealed class DelegationImport : ImportRecordType
{
    public override string Key => "delegations";

    public override string Title => "Delegations";

    public override IReadOnlyList<ImportField> Fields { get; } =
    [
        Field("direction", nameof(DelegationInput.Direction), true, "Inbound or Outbound", ["Direction", "Inbound or outbound"], ["Chiều", "Đoàn vào hay đoàn ra", "Loại đoàn"], ["الاتجاه"]),
        Field("title", nameof(DelegationInput.Title), true, "Text, up to 300 characters", ["Title", "Delegation"], ["Tên đoàn", "Tiêu đề"], ["العنوان", "اسم الوفد"]),
        Field("purpose", nameof(DelegationInput.Purpose), true, "Work, Survey, Investment promotion, Culture, Education or Other", ["Purpose"], ["Mục đích"], ["الغرض"]),
        Field("purposeDetail", nameof(DelegationInput.PurposeDetail), false, "Text", ["Purpose detail", "Content"], ["Nội dung", "Nội dung làm việc"], ["تفاصيل الغرض"]),
        Field("startDate", nameof(DelegationInput.StartDate), true, "2024-03-15 or 15/03/2024", ["Start date", "From"], ["Ngày bắt đầu", "Từ ngày"], ["تاريخ البدء", "من"]),
        Field("endDate", nameof(DelegationInput.EndDate), true, "2024-03-18 or 18/03/2024", ["End date", "To"], ["Ngày kết thúc", "Đến ngày"], ["تاريخ الانتهاء", "إلى"]),
        Field("headName", nameof(DelegationInput.HeadName), false, "Text", ["Head of delegation", "Head"], ["Trưởng đoàn"], ["رئيس الوفد"]),
        Field("headTitle", nameof(DelegationInput.HeadTitle), false, "Text", ["Head's title", "Head title"], ["Chức vụ trưởng đoàn", "Chức vụ"], ["منصب رئيس الوفد"]),
        Field("level", nameof(DelegationInput.Level), true, "National leadership, Ministerial, Provincial leadership, Department or agency, Local, Business or Other", ["Level"], ["Cấp", "Cấp đoàn"], ["المستوى"]),
        Field("memberCount", nameof(DelegationInput.MemberCount), true, "A whole number from 1 to 2,000", ["Members", "Number of members", "Visitors"], ["Số thành viên", "Số người", "Số lượng"], ["عدد الأعضاء"]),
        Field("hostUnit", nameof(DelegationInput.HostUnit), false, "Text", ["Host unit", "Host"], ["Đơn vị chủ trì", "Đơn vị đón"], ["الجهة المضيفة"]),
        Field("countries", nameof(DelegationInput.CountryCodes), true, "ISO codes or names, separated by semicolons: KR; JP", ["Countries", "Country"], ["Quốc gia", "Nước"], ["الدول", "الدولة"]),
        Field("partners", nameof(DelegationInput.PartnerIds), false, "Partner names from your register, separated by semicolons", ["Partners", "Partner"], ["Đối tác"], ["الشركاء", "الشريك"]),
        Field("fundingSource", nameof(DelegationInput.FundingSource), true, "State budget, Provincial budget, Inviting side, Sponsor, Self funded, Mixed or Other", ["Funding source", "Funding"], ["Nguồn kinh phí", "Kinh phí"], ["مصدر التمويل"]),
        Field("decisionNumber", nameof(DelegationInput.DecisionNumber), false, "Text", ["Decision number"], ["Số quyết định"], ["رقم القرار"]),
        Field("decisionDate", nameof(DelegationInput.DecisionDate), false, "A date", ["Decision date"], ["Ngày quyết định"], ["تاريخ القرار"]),
        Field("outcome", nameof(DelegationInput.Outcome), false, "Text", ["Outcome", "Results"], ["Kết quả"], ["النتائج"]),
        Field("status", nameof(Delegation.Status), false, "Draft (the default), Approved, Completed, Report filed or Cancelled", ["Status"], ["Trạng thái", "Tình trạng"], ["الحالة"]),
    ];

    public override bool MayImport(CurrentUser user) => user.CanEdit;

    public override ImportPass Begin(AppDbContext db, CurrentUser user) => new Pass(db, user);

    public static string KeyOf(DelegationDirection direction, string title, DateOnly start) => $"{direction}|{title.Trim()}|{start:yyyy-MM-dd}";

    private sealed class Pass(AppDbContext db, CurrentUser user) : ImportPass
    {
        private static readonly DelegationStatus[] StatusesTaken = [DelegationStatus.Draft, DelegationStatus.Approved, DelegationStatus.Completed, DelegationStatus.ReportFiled, DelegationStatus.Cancelled];

        private PartnerNames _partners = new();
        private Dictionary<string, int> _existing = [];
        private List<Known> _known = [];

        private sealed record Known(int Id, string Title, string FoldedTitle, DateOnly Start, DateOnly End, int[] PartnerIds);

        public override async Task PrepareAsync(CancellationToken ct)
        {
            _partners = await PartnerNames.LoadAsync(db, ct);
            var rows = await db.Delegations.AsNoTracking()
                .Select(d => new { d.Id, d.Direction, d.Title, d.StartDate, d.EndDate, Partners = d.Partners.Select(p => p.PartnerId).ToList() })
                .ToListAsync(ct);
            _existing = rows.GroupBy(r => KeyOf(r.Direction, r.Title, r.StartDate)).ToDictionary(g => g.Key, g => g.Min(r => r.Id));
            _known = rows.Select(r => new Known(r.Id, r.Title, ImportChoices.Compact(r.Title), r.StartDate, r.EndDate, r.Partners.ToArray())).ToList();
        }

        public override async Task<RowOutcome> ReadAsync(ImportRow row, bool apply, CancellationToken ct)
        {
            var input = new DelegationInput
            {
                Direction = row.Choice<DelegationDirection>("direction"),
                Title = row.Text("title"),
                Purpose = row.Choice<DelegationPurpose>("purpose"),
                PurposeDetail = row.Text("purposeDetail"),
                StartDate = row.Date("startDate"),
                EndDate = row.Date("endDate"),
                HeadName = row.Text("headName"),
                HeadTitle = row.Text("headTitle"),
                Level = row.Choice<DelegationLevel>("level"),
                MemberCount = row.Int("memberCount"),
                HostUnit = row.Text("hostUnit"),
                CountryCodes = row.CountryList("countries"),
                PartnerIds = _partners.Resolve(row, "partners"),
                FundingSource = row.Choice<FundingSource>("fundingSource"),
                DecisionNumber = row.Text("decisionNumber"),
                DecisionDate = row.Date("decisionDate"),
                Outcome = row.Text("outcome"),
            };
            var status = row.Choice<DelegationStatus>("status") ?? DelegationStatus.Draft;
            if (!StatusesTaken.Contains(status))
            {
                row.Fail("status", $"An imported delegation can be {string.Join(", ", StatusesTaken.Select(s => Infrastructure.Text.Wording.Words(s.ToString())))}; the others are steps taken in Liaison.");
            }

            var errors = await input.ValidateAsync(db, ct);
            row.Fail(errors.ToDictionary());
            var label = $"{input.Title} ({input.StartDate:yyyy-MM-dd})";
            if (row.HasErrors)
            {
                return new RowOutcome(ImportAction.Invalid, string.Empty, label);
            }

            var key = KeyOf(input.Direction!.Value, input.Title!, input.StartDate!.Value);
            if (_existing.TryGetValue(key, out var id))
            {
                var delegation = await db.Delegations.Include(d => d.Members).Include(d => d.Countries).Include(d => d.Partners).SingleAsync(d => d.Id == id, ct);
                if (!row.IsMapped("partners"))
                {
                    input.PartnerIds = delegation.Partners.Select(p => p.PartnerId).ToArray();
                }

                // The members named in Liaison stay: a register row carries only their number.
                input.Members = delegation.Members.Select(m => new MemberInput { Name = m.Name, Title = m.Title, Organisation = m.Organisation }).ToList();
                return ImportChanges.Update(db, delegation, () =>
                {
                    input.ApplyTo(delegation);
                    if (row.IsMapped("status"))
                    {
                        delegation.Status = status;
                    }
                }, apply, key, label);
            }

            var likely = _known.FirstOrDefault(k => k.Start == input.StartDate && k.End == input.EndDate
                && (k.FoldedTitle == ImportChoices.Compact(input.Title) || k.PartnerIds.Intersect(input.PartnerIds).Any()));
            if (apply)
            {
                var created = new Delegation { ProvinceId = user.ProvinceId!.Value, Title = string.Empty, Status = status };
                input.ApplyTo(created);
                db.Delegations.Add(created);
            }

            return new RowOutcome(ImportAction.Create, key, label, likely is null ? null : $"Delegation #{likely.Id} \"{likely.Title}\" ({likely.Start:yyyy-MM-dd})");
        }
    }
}
