using System.Globalization;

namespace Liaison.Web.Features.Reports;

/// <summary>
/// The paragraph a province would write above each section's table, written from the figures in English or
/// Vietnamese ("Since 2020 the province has received 536 delegations…"). Only figures the report holds are
/// named; a missing money total says so rather than printing a guess.
/// </summary>
public static class ReportNarrative
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public static string Title(Report r, bool vi) => vi
        ? $"Báo cáo công tác đối ngoại {Subject(r, vi: true)}, {Period(r, vi: true)}"
        : $"Foreign affairs report: {Subject(r, vi: false)}, {Period(r, vi: false)}";

    public static string Period(Report r, bool vi)
    {
        var wholeYears = r.From is { Month: 1, Day: 1 } && r.To is { Month: 12, Day: 31 };
        if (wholeYears)
        {
            return r.From.Year == r.To.Year
                ? vi ? $"năm {r.From.Year}" : $"{r.From.Year}"
                : vi ? $"từ năm {r.From.Year} đến năm {r.To.Year}" : $"{r.From.Year}–{r.To.Year}";
        }

        return vi
            ? $"từ ngày {r.From.ToString("dd/MM/yyyy", Vi)} đến ngày {r.To.ToString("dd/MM/yyyy", Vi)}"
            : $"{r.From.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)} to {r.To.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}";
    }

    /// <summary>The section's paragraph, or null for a section without one.</summary>
    public static string? Paragraph(Report r, ReportSection section, bool vi)
    {
        string N(string key) => Number(r.Find(key).Value, vi);
        string M(string key) => Amount(r.Find(key), vi);
        // English nouns agree with their number: "1 delegation", "2 delegations" (Vietnamese nouns don't change).
        string E(string key, string noun) => $"{N(key)} {(r.Find(key).Value == 1 ? noun : noun + "s")}";
        var who = Subject(r, vi);
        var since = vi ? $"Từ {Since(r, vi)}" : Since(r, vi);
        return section.Key switch
        {
            "delegations" => vi
                ? $"{since}, {who} đã đón {N("inbound-delegations")} đoàn khách nước ngoài với khoảng {N("inbound-visitors")} lượt khách quốc tế, và cử {N("outbound-delegations")} đoàn với {N("outbound-members")} thành viên đi công tác nước ngoài."
                : $"{since} {who} has received {E("inbound-delegations", "foreign delegation")} with about {E("inbound-visitors", "international visitor")}, and sent {E("outbound-delegations", "delegation")} with {E("outbound-members", "member")} abroad.",
            "agreements" => vi
                ? $"{since}, {who} đã ký kết {N("agreements-signed")} thỏa thuận quốc tế{TopCountries(section, "signed", vi)}. Hiện có {N("agreements-in-force")} thỏa thuận đang có hiệu lực{TopCountries(section, "in force", vi)}."
                : $"{since} {who} has signed {E("agreements-signed", "international agreement")}{TopCountries(section, "signed", vi)}. Today {N("agreements-in-force")} agreements are in force{TopCountries(section, "in force", vi)}.",
            "activities" => vi
                ? $"{Capital(who)} đã tổ chức {N("activities")} hoạt động giao lưu, sự kiện, trong đó có {N("people-to-people")} hoạt động giao lưu nhân dân, {N("press-visits")} đoàn phóng viên nước ngoài và {N("trainings")} khóa đào tạo cho {N("people-trained")} người."
                : $"{Capital(who)} held {N("activities")} exchanges and events, among them {E("people-to-people", "people-to-people exchange")}, {E("press-visits", "foreign press visit")} and {E("trainings", "training course")} for {N("people-trained")} people.",
            "money" => vi
                ? $"Viện trợ không hoàn lại đã giải ngân đạt {M("aid-disbursed")} (cam kết {M("aid-committed")}); {N("fdi-projects")} dự án FDI được cấp phép với tổng vốn đăng ký {M("fdi-capital")} (toàn tỉnh hiện có {N("fdi-projects-register")} dự án, vốn đăng ký {M("fdi-capital-register")}); xuất khẩu đạt {M("exports")}, nhập khẩu {M("imports")}."
                : $"Non-refundable aid disbursed came to {M("aid-disbursed")} (committed: {M("aid-committed")}); {N("fdi-projects")} FDI projects were licensed with {M("fdi-capital")} of registered capital ({N("fdi-projects-register")} projects with {M("fdi-capital-register")} in the register today); exports reached {M("exports")} and imports {M("imports")}.",
            "labour" => vi
                ? $"Qua {N("labour-programmes")} chương trình lao động thời vụ, {who} đã đưa {N("workers-sent")} lao động đi làm việc ở nước ngoài; {N("workers-returned")} người về nước đúng hạn, {N("workers-stayed")} người ở lại bất hợp pháp."
                : $"Through {E("labour-programmes", "seasonal-labour programme")} {who} sent {E("workers-sent", "worker")} abroad; {N("workers-returned")} came back on time and {N("workers-stayed")} stayed on illegally.",
            "commitments" => vi
                ? $"Các kỳ họp của các cơ chế hợp tác trong kỳ đã thống nhất {N("commitments-made")} nội dung cam kết; đến nay {N("commitments-kept")} nội dung đã hoàn thành, {N("commitments-pending")} nội dung đang triển khai."
                : $"The sessions of the cooperation mechanisms in the period agreed {E("commitments-made", "commitment")}; {N("commitments-kept")} have been kept and {N("commitments-pending")} are still pending.",
            _ => null,
        };
    }

    public static string Number(decimal? value, bool vi) =>
        value is { } v ? v.ToString("N0", vi ? Vi : CultureInfo.InvariantCulture) : vi ? "(chưa tính được)" : "(not computed)";

    /// <summary>Large sums in words people use: "226.4 billion VND", "226,4 tỷ VND"; a missing rate named.</summary>
    public static string Amount(Indicator indicator, bool vi)
    {
        if (indicator.Value is not { } v)
        {
            return vi ? "(thiếu tỷ giá)" : "(an exchange rate is missing)";
        }

        var culture = vi ? Vi : CultureInfo.InvariantCulture;
        return Math.Abs(v) switch
        {
            >= 1_000_000_000m => $"{(v / 1_000_000_000m).ToString("#,0.#", culture)} {(vi ? "tỷ" : "billion")} {indicator.Unit}",
            >= 1_000_000m => $"{(v / 1_000_000m).ToString("#,0.#", culture)} {(vi ? "triệu" : "million")} {indicator.Unit}",
            _ => $"{v.ToString("N0", culture)} {indicator.Unit}",
        };
    }

    private static string Since(Report r, bool vi) => r.From is { Month: 1, Day: 1 }
        ? vi ? $"năm {r.From.Year}" : $"Since {r.From.Year}"
        : vi ? $"ngày {r.From.ToString("dd/MM/yyyy", Vi)}" : $"Since {r.From.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}";

    private static string Subject(Report r, bool vi)
    {
        if (r.Provinces.Count == 1)
        {
            // "Tỉnh Lai Châu" reads "tỉnh Lai Châu" inside a sentence.
            return vi ? char.ToLower(r.ProvincesVi[0][0], Vi) + r.ProvincesVi[0][1..] : r.Provinces[0];
        }

        return r.AllProvinces
            ? vi ? "các tỉnh, thành phố" : "the provinces"
            : vi ? $"{r.Provinces.Count} tỉnh, thành phố" : $"the {r.Provinces.Count} provinces";
    }

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>The three countries with most agreements in the breakdown of those <paramref name="which"/> ("signed", "in force").</summary>
    private static string TopCountries(ReportSection section, string which, bool vi)
    {
        var top = section.Breakdowns.FirstOrDefault(b => b.Title.Contains(which, StringComparison.Ordinal) && b.Title.Contains("country", StringComparison.Ordinal))?.Lines.Take(3).ToList();
        if (top is not { Count: > 0 })
        {
            return string.Empty;
        }

        var list = string.Join(vi ? ", " : ", ", top.Select(l => $"{l.Label} ({Number(l.Value, vi)})"));
        return vi ? $", nhiều nhất với đối tác tại {list}" : $", most with partners in {list}";
    }
}
