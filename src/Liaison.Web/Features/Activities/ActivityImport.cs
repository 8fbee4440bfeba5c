using Liaison.Web.Features.Accounts;
using Liaison.Web.Features.Import;
using Liaison.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Activities;

/// <summary>
/// Activities (exchanges, festivals, trainings, press visits…) from a spreadsheet, through the form's input
/// and checks. A row is the same activity as an existing one when kind, title and start date agree; the
/// same dates with the same title spelt otherwise or a shared partner are flagged as a likely duplicate.
/// "In the province" follows the country when no column says it: Vietnam means in the province.
/// </summary>
public sealed class ActivityImport : ImportRecordType
{
    public override string Key => "activities";

    public override string Title => "Activities";

    public override IReadOnlyList<ImportField> Fields { get; } =
    [
        Field("kind", nameof(ActivityInput.Kind), true, "People to people exchange, Cultural programme, Festival, Conference or seminar, Training course, Foreign press visit…", ["Kind", "Type"], ["Loại hoạt động", "Loại"], ["النوع"]),
        Field("title", nameof(ActivityInput.Title), true, "Text", ["Title", "Activity"], ["Tên hoạt động", "Tiêu đề"], ["العنوان"]),
        Field("startDate", nameof(ActivityInput.StartDate), true, "A date", ["Start date", "From"], ["Ngày bắt đầu", "Từ ngày"], ["تاريخ البدء"]),
        Field("endDate", nameof(ActivityInput.EndDate), true, "A date", ["End date", "To"], ["Ngày kết thúc", "Đến ngày"], ["تاريخ الانتهاء"]),
        Field("inProvince", nameof(ActivityInput.InProvince), false, "Yes or no; by default yes when the country is Vietnam", ["In the province"], ["Tại tỉnh"], ["داخل المقاطعة"]),
        Field("place", nameof(ActivityInput.Place), false, "Text", ["Place", "Venue"], ["Địa điểm"], ["المكان"]),
        Field("country", nameof(ActivityInput.CountryCode), false, "ISO code or name; Vietnam when left empty", ["Country"], ["Quốc gia", "Nước"], ["الدولة"]),
        Field("partners", nameof(ActivityInput.PartnerIds), false, "Partner names from your register, separated by semicolons", ["Partners", "Partner"], ["Đối tác"], ["الشركاء"]),
        Field("organiser", nameof(ActivityInput.Organiser), false, "Text", ["Organiser", "Organizer"], ["Đơn vị tổ chức"], ["المنظم"]),
        Field("participantCount", nameof(ActivityInput.ParticipantCount), false, "A whole number", ["Participants", "Number of participants"], ["Số người tham gia", "Số lượng"], ["عدد المشاركين"]),
        Field("outcome", nameof(ActivityInput.Outcome), false, "Text", ["Outcome", "Results"], ["Kết quả"], ["النتائج"]),
        Field("status", nameof(ActivityInput.Status), false, "Planned (the default), Held or Cancelled", ["Status"], ["Trạng thái", "Tình trạng"], ["الحالة"]),
    ];

    public override bool MayImport(CurrentUser user) => user.CanEdit;

    public override ImportPass Begin(AppDbContext db, CurrentUser user) => new Pass(db, user);

    public static string KeyOf(ActivityKind kind, string title, DateOnly start) => $"{kind}|{title.Trim()}|{start:yyyy-MM-dd}";

    private sealed class Pass(AppDbContext db, CurrentUser user) : ImportPass
    {
        private PartnerNames _partners = new();
        private Dictionary<string, int> _existing = [];
        private List<(int Id, string Title, string Folded, DateOnly Start, DateOnly End, int[] Partners)> _known = [];

        public override async Task PrepareAsync(CancellationToken ct)
        {
            _partners = await PartnerNames.LoadAsync(db, ct);
            var rows = await db.Activities.AsNoTracking()
                .Select(a => new { a.Id, a.Kind, a.Title, a.StartDate, a.EndDate, Partners = a.Partners.Select(p => p.PartnerId).ToList() }).ToListAsync(ct);
            _existing = rows.GroupBy(r => KeyOf(r.Kind, r.Title, r.StartDate)).ToDictionary(g => g.Key, g => g.Min(r => r.Id));
            _known = rows.Select(r => (r.Id, r.Title, ImportChoices.Compact(r.Title), r.StartDate, r.EndDate, r.Partners.ToArray())).ToList();
        }

        public override async Task<RowOutcome> ReadAsync(ImportRow row, bool apply, CancellationToken ct)
        {
            var country = row.Country("country");
            var input = new ActivityInput
            {
                Kind = row.Choice<ActivityKind>("kind"),
                Title = row.Text("title"),
                StartDate = row.Date("startDate"),
                EndDate = row.Date("endDate"),
                InProvince = row.YesNo("inProvince") ?? country is null or "VN",
                Place = row.Text("place"),
                CountryCode = country,
                PartnerIds = _partners.Resolve(row, "partners"),
                Organiser = row.Text("organiser"),
                ParticipantCount = row.Int("participantCount"),
                Outcome = row.Text("outcome"),
                Status = row.Choice<ActivityStatus>("status"),
            };
            row.Fail((await input.ValidateAsync(db, ct)).ToDictionary());
            var label = $"{input.Title} ({input.StartDate:yyyy-MM-dd})";
            if (row.HasErrors)
            {
                return new RowOutcome(ImportAction.Invalid, string.Empty, label);
            }

            var key = KeyOf(input.Kind!.Value, input.Title!, input.StartDate!.Value);
            if (_existing.TryGetValue(key, out var id))
            {
                var activity = await db.Activities.Include(a => a.Partners).SingleAsync(a => a.Id == id, ct);
                // What a register row can't say stays as recorded in Liaison.
                input.DelegationId = activity.DelegationId;
                input.BorderGateId = activity.BorderGateId;
                input.BorderStretch = activity.BorderStretch;
                input.Status ??= activity.Status;
                if (!row.IsMapped("partners"))
                {
                    input.PartnerIds = activity.Partners.Select(p => p.PartnerId).ToArray();
                }

                return ImportChanges.Update(db, activity, () => input.ApplyTo(activity), apply, key, label);
            }

            var folded = ImportChoices.Compact(input.Title);
            var likely = _known.FirstOrDefault(k => k.Start == input.StartDate && k.End == input.EndDate && (k.Folded == folded || k.Partners.Intersect(input.PartnerIds).Any()));
            if (apply)
            {
                var created = new Activity { ProvinceId = user.ProvinceId!.Value, Title = string.Empty, CountryCode = string.Empty };
                input.ApplyTo(created);
                db.Activities.Add(created);
            }

            return new RowOutcome(ImportAction.Create, key, label, likely.Id == 0 ? null : $"Activity #{likely.Id} \"{likely.Title}\" ({likely.Start:yyyy-MM-dd})");
        }
    }
}
