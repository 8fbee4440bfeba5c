using Liaison.Web.Features.Accounts;
using Liaison.Web.Features.Import;
using Liaison.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Trade;

/// <summary>
/// Trade figures from a spreadsheet (customs and statistics tables), through the form's input and checks.
/// A row is the same figure as an existing one when period, country, direction, gate and commodity group
/// agree: its value is then corrected rather than counted twice. A figure for the same period, country and
/// direction under another gate or group is flagged, since tables often repeat a total beside its parts.
/// </summary>
public sealed class TradeImport : ImportRecordType
{
    public override string Key => "trade";

    public override string Title => "Trade figures";

    public override IReadOnlyList<ImportField> Fields { get; } =
    [
        Field("period", nameof(TradeInput.Period), true, "Month, Quarter or Year", ["Period"], ["Kỳ", "Kỳ số liệu"], ["الفترة"]),
        Field("periodStart", nameof(TradeInput.PeriodStart), true, "The period's first day: 2024-01-01", ["Period start", "From"], ["Từ ngày", "Ngày đầu kỳ"], ["بداية الفترة"]),
        Field("country", nameof(TradeInput.CountryCode), true, "ISO code or name", ["Country", "Partner country"], ["Quốc gia", "Nước"], ["الدولة"]),
        Field("direction", nameof(TradeInput.Direction), true, "Export or Import", ["Direction", "Export or import"], ["Chiều", "Xuất hay nhập"], ["الاتجاه"]),
        Field("amount", nameof(TradeInput.Amount), true, "A number: 1234567.89", ["Value", "Amount"], ["Giá trị", "Kim ngạch"], ["القيمة"]),
        Field("currency", nameof(TradeInput.Currency), true, "ISO 4217 code: USD, VND", ["Currency"], ["Tiền tệ", "Đơn vị tiền"], ["العملة"]),
        Field("gate", nameof(TradeInput.Gate), false, "Text", ["Border gate", "Gate"], ["Cửa khẩu"], ["المعبر"]),
        Field("commodityGroup", nameof(TradeInput.CommodityGroup), false, "Text", ["Commodity group", "Goods"], ["Nhóm hàng", "Mặt hàng"], ["مجموعة السلع"]),
        Field("source", nameof(TradeInput.Source), false, "Text", ["Source"], ["Nguồn"], ["المصدر"]),
    ];

    public override bool MayImport(CurrentUser user) => user.CanEditRegister;

    public override ImportPass Begin(AppDbContext db, CurrentUser user) => new Pass(db, user);

    private static string KeyOf(TradePeriod period, DateOnly start, string country, TradeDirection direction, string? gate, string? group) =>
        $"{period}|{start:yyyy-MM-dd}|{country.Trim().ToUpperInvariant()}|{direction}|{gate?.Trim()}|{group?.Trim()}";

    private static string TotalOf(string key) => string.Join('|', key.Split('|').Take(4));

    private sealed class Pass(AppDbContext db, CurrentUser user) : ImportPass
    {
        private Dictionary<string, int> _existing = [];
        private Dictionary<string, int> _byTotal = [];

        public override async Task PrepareAsync(CancellationToken ct)
        {
            var rows = await db.TradeFigures.AsNoTracking().Select(t => new { t.Id, t.Period, t.PeriodStart, t.CountryCode, t.Direction, t.Gate, t.CommodityGroup }).ToListAsync(ct);
            _existing = rows.GroupBy(r => KeyOf(r.Period, r.PeriodStart, r.CountryCode, r.Direction, r.Gate, r.CommodityGroup)).ToDictionary(g => g.Key, g => g.Min(r => r.Id));
            foreach (var key in _existing)
            {
                _byTotal.TryAdd(TotalOf(key.Key), key.Value);
            }
        }

        public override async Task<RowOutcome> ReadAsync(ImportRow row, bool apply, CancellationToken ct)
        {
            var input = new TradeInput
            {
                Period = row.Choice<TradePeriod>("period"),
                PeriodStart = row.Date("periodStart"),
                CountryCode = row.Country("country"),
                Direction = row.Choice<TradeDirection>("direction"),
                Amount = row.Decimal("amount"),
                Currency = row.Text("currency"),
                Gate = row.Text("gate"),
                CommodityGroup = row.Text("commodityGroup"),
                Source = row.Text("source"),
            };
            row.Fail(input.Validate().ToDictionary());
            var label = $"{input.Direction} {input.CountryCode} {input.Period} {input.PeriodStart:yyyy-MM-dd}";
            if (row.HasErrors)
            {
                return new RowOutcome(ImportAction.Invalid, string.Empty, label);
            }

            var key = KeyOf(input.Period!.Value, input.PeriodStart!.Value, input.CountryCode!, input.Direction!.Value, input.Gate, input.CommodityGroup);
            if (_existing.TryGetValue(key, out var id))
            {
                var figure = await db.TradeFigures.SingleAsync(t => t.Id == id, ct);
                return ImportChanges.Update(db, figure, () => input.ApplyTo(figure), apply, key, label);
            }

            var likely = _byTotal.TryGetValue(TotalOf(key), out var other) ? $"Trade figure #{other} (same period, country and direction)" : null;
            if (apply)
            {
                var created = new TradeFigure { ProvinceId = user.ProvinceId!.Value, CountryCode = string.Empty, Currency = string.Empty };
                input.ApplyTo(created);
                db.TradeFigures.Add(created);
            }

            return new RowOutcome(ImportAction.Create, key, label, likely);
        }
    }
}
