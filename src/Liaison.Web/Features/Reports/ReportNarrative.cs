using System.Globalization;
using Liaison.Web.Infrastructure.Text;

namespace Liaison.Web.Features.Reports;

/// <summary>
/// The paragraph a province would write above each section's table, written from the figures in English,
/// Vietnamese or Arabic ("Since 2020 the province has received 536 delegations…"). Only figures the report holds
/// are named; a missing money total says so rather than printing a guess. The language is one of
/// <see cref="Languages"/>' codes (an unknown one reads as English); the <c>bool vi</c> overloads are the same text
/// in Vietnamese (true) or English (false).
/// </summary>
public static class ReportNarrative
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    // The culture the interface formats Arabic with: Gregorian dates ("5 مارس 2025"), the Arabic separators.
    private static readonly CultureInfo Ar = Languages.Culture(Languages.Arabic);

    public static string Title(Report r, bool vi) => Title(r, Language(vi));

    public static string Title(Report r, string language) => Known(language) switch
    {
        Languages.Vietnamese => $"Báo cáo công tác đối ngoại {Subject(r, Languages.Vietnamese)}, {Period(r, Languages.Vietnamese)}",
        Languages.Arabic => $"تقرير الشؤون الخارجية: {(r.Provinces.Count != 1 && r.AllProvinces ? "جميع المقاطعات" : Subject(r, Languages.Arabic))}، {Period(r, Languages.Arabic)}",
        _ => $"Foreign affairs report: {Subject(r, Languages.English)}, {Period(r, Languages.English)}",
    };

    public static string Period(Report r, bool vi) => Period(r, Language(vi));

    public static string Period(Report r, string language)
    {
        language = Known(language);
        var wholeYears = r.From is { Month: 1, Day: 1 } && r.To is { Month: 12, Day: 31 };
        if (wholeYears)
        {
            return r.From.Year == r.To.Year
                ? language switch
                {
                    Languages.Vietnamese => $"năm {r.From.Year}",
                    Languages.Arabic => $"عام {r.From.Year}",
                    _ => $"{r.From.Year}",
                }
                : language switch
                {
                    Languages.Vietnamese => $"từ năm {r.From.Year} đến năm {r.To.Year}",
                    Languages.Arabic => $"من عام {r.From.Year} إلى عام {r.To.Year}",
                    _ => $"{r.From.Year}–{r.To.Year}",
                };
        }

        return language switch
        {
            Languages.Vietnamese => $"từ ngày {r.From.ToString("dd/MM/yyyy", Vi)} đến ngày {r.To.ToString("dd/MM/yyyy", Vi)}",
            Languages.Arabic => $"من {r.From.ToString("d MMMM yyyy", Ar)} إلى {r.To.ToString("d MMMM yyyy", Ar)}",
            _ => $"{r.From.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)} to {r.To.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}",
        };
    }

    /// <summary>The section's paragraph, or null for a section without one.</summary>
    public static string? Paragraph(Report r, ReportSection section, bool vi) => Paragraph(r, section, Language(vi));

    /// <summary>The section's paragraph in the language (vi, en or ar), or null for a section without one.</summary>
    public static string? Paragraph(Report r, ReportSection section, string language)
    {
        language = Known(language);
        if (language == Languages.Arabic)
        {
            return ParagraphAr(r, section);
        }

        var vi = language == Languages.Vietnamese;
        string N(string key) => Number(r.Find(key).Value, language);
        string M(string key) => Amount(r.Find(key), language);
        // English nouns agree with their number: "1 delegation", "2 delegations" (Vietnamese nouns don't change).
        string E(string key, string noun) => $"{N(key)} {(r.Find(key).Value == 1 ? noun : noun + "s")}";
        var who = Subject(r, language);
        var since = vi ? $"Từ {Since(r, language)}" : Since(r, language);
        return section.Key switch
        {
            "delegations" => vi
                ? $"{since}, {who} đã đón {N("inbound-delegations")} đoàn khách nước ngoài với khoảng {N("inbound-visitors")} lượt khách quốc tế, và cử {N("outbound-delegations")} đoàn với {N("outbound-members")} thành viên đi công tác nước ngoài."
                : $"{since} {who} has received {E("inbound-delegations", "foreign delegation")} with about {E("inbound-visitors", "international visitor")}, and sent {E("outbound-delegations", "delegation")} with {E("outbound-members", "member")} abroad.",
            "agreements" => vi
                ? $"{since}, {who} đã ký kết {N("agreements-signed")} thỏa thuận quốc tế{TopCountries(section, "signed", language)}. Hiện có {N("agreements-in-force")} thỏa thuận đang có hiệu lực{TopCountries(section, "in force", language)}."
                : $"{since} {who} has signed {E("agreements-signed", "international agreement")}{TopCountries(section, "signed", language)}. Today {N("agreements-in-force")} agreements are in force{TopCountries(section, "in force", language)}.",
            "activities" => vi
                ? $"{Capital(who)} đã tổ chức {N("activities")} hoạt động giao lưu, sự kiện, trong đó có {N("people-to-people")} hoạt động giao lưu nhân dân, {N("press-visits")} đoàn phóng viên nước ngoài và {N("trainings")} khóa đào tạo cho {N("people-trained")} người."
                : $"{Capital(who)} held {N("activities")} exchanges and events, among them {E("people-to-people", "people-to-people exchange")}, {E("press-visits", "foreign press visit")} and {E("trainings", "training course")} for {N("people-trained")} people.",
            "money" => vi
                ? $"Viện trợ không hoàn lại đã giải ngân đạt {M("aid-disbursed")} (cam kết {M("aid-committed")}); {N("fdi-projects")} dự án FDI được cấp phép với tổng vốn đăng ký {M("fdi-capital")} (toàn tỉnh hiện có {N("fdi-projects-register")} dự án, vốn đăng ký {M("fdi-capital-register")}); xuất khẩu đạt {M("exports")}, nhập khẩu {M("imports")}."
                : $"Non-refundable aid disbursed came to {M("aid-disbursed")} (committed: {M("aid-committed")}); {N("fdi-projects")} FDI projects were licensed with {M("fdi-capital")} of registered capital ({N("fdi-projects-register")} projects with {M("fdi-capital-register")} in the register today); exports reached {M("exports")} and imports {M("imports")}.",
            "labour" => vi
                ? $"Qua {N("labour-programmes")} chương trình lao động thời vụ, {who} đã đưa {N("workers-sent")} lao động đi làm việc ở nước ngoài; {N("workers-returned")} người về nước đúng hạn, {N("workers-stayed")} người ở lại bất hợp pháp."
                : $"Through {E("labour-programmes", "seasonal-labour programme")} {who} sent {E("workers-sent", "worker")} abroad; {N("workers-returned")} came back on time and {N("workers-stayed")} stayed on illegally.",
            "information" => vi
                ? $"{Capital(who)} đã thực hiện {N("information-items")} sản phẩm thông tin đối ngoại, tiếp cận khoảng {N("information-reach")} lượt; theo dõi {N("claims-monitored")} thông tin sai lệch và đã phản bác {N("claims-answered")} tin."
                : $"{Capital(who)} put out {E("information-items", "external-information item")} reaching about {N("information-reach")} people, and followed up {E("claims-monitored", "distorted claim")}, {N("claims-answered")} of them answered.",
            "ngos" => vi
                ? $"Trong kỳ có {N("ngos-active")} tổ chức phi chính phủ nước ngoài có đăng ký hoạt động tại {who}; đã nhận {N("ngo-reports-received")} báo cáo hằng năm của các tổ chức này."
                : $"{E("ngos-active", "foreign NGO")} {(r.Find("ngos-active").Value == 1 ? "was" : "were")} registered to work in {who} in the period; {E("ngo-reports-received", "yearly report")} from them {(r.Find("ngo-reports-received").Value == 1 ? "was" : "were")} received.",
            "apec" => vi
                ? $"{Capital(who)} đã tiếp nhận {N("apec-applications")} hồ sơ đề nghị cấp thẻ đi lại của doanh nhân APEC, {N("apec-cards-issued")} thẻ đã được cấp; hiện có {N("apec-cards-in-force")} thẻ còn hiệu lực."
                : $"{Capital(who)} received {E("apec-applications", "application")} for an APEC business travel card and {N("apec-cards-issued")} {(r.Find("apec-cards-issued").Value == 1 ? "card was" : "cards were")} issued; {N("apec-cards-in-force")} are in force today.",
            "citizen-protection" => vi
                ? $"{since}, {who} đã tiếp nhận {N("cases-opened")} vụ việc bảo hộ công dân liên quan đến {N("case-people")} người, đóng {N("cases-closed")} vụ việc, và tiếp nhận {N("people-received")} công dân được trao trả tại biên giới."
                : $"{since} {who} has opened {E("cases-opened", "citizen protection case")} concerning {N("case-people")} {(r.Find("case-people").Value == 1 ? "person" : "people")}, closed {N("cases-closed")}, and received {N("people-received")} people back at the border.",
            "commitments" => vi
                ? $"Các kỳ họp của các cơ chế hợp tác trong kỳ đã thống nhất {N("commitments-made")} nội dung cam kết; đến nay {N("commitments-kept")} nội dung đã hoàn thành, {N("commitments-pending")} nội dung đang triển khai."
                : $"The sessions of the cooperation mechanisms in the period agreed {E("commitments-made", "commitment")}; {N("commitments-kept")} have been kept and {N("commitments-pending")} are still pending.",
            _ => null,
        };
    }

    public static string Number(decimal? value, bool vi) => Number(value, Language(vi));

    /// <summary>A whole number as the language writes it: 1,234 (en), 1.234 (vi), 1٬234 (ar); a missing one named.</summary>
    public static string Number(decimal? value, string language)
    {
        language = Known(language);
        return value is { } v
            ? v.ToString("N0", Culture(language))
            : language switch
            {
                Languages.Vietnamese => "(chưa tính được)",
                Languages.Arabic => "(لم يُحسب)",
                _ => "(not computed)",
            };
    }

    public static string Amount(Indicator indicator, bool vi) => Amount(indicator, Language(vi));

    /// <summary>Large sums in words people use: "226.4 billion VND", "226,4 tỷ VND", "226٫4 مليار VND"; a missing rate named.</summary>
    public static string Amount(Indicator indicator, string language)
    {
        language = Known(language);
        if (indicator.Value is not { } v)
        {
            return language switch
            {
                Languages.Vietnamese => "(thiếu tỷ giá)",
                Languages.Arabic => "(سعر الصرف غير متوفر)",
                _ => "(an exchange rate is missing)",
            };
        }

        var culture = Culture(language);
        var (billion, million) = language switch
        {
            Languages.Vietnamese => ("tỷ", "triệu"),
            Languages.Arabic => ("مليار", "مليون"),
            _ => ("billion", "million"),
        };
        return Math.Abs(v) switch
        {
            >= 1_000_000_000m => $"{(v / 1_000_000_000m).ToString("#,0.#", culture)} {billion} {indicator.Unit}",
            >= 1_000_000m => $"{(v / 1_000_000m).ToString("#,0.#", culture)} {million} {indicator.Unit}",
            _ => $"{v.ToString("N0", culture)} {indicator.Unit}",
        };
    }

    /// <summary>
    /// The Arabic paragraphs. A counted noun after a figure changes its form with the number in Arabic, so the
    /// figures stand where no noun follows them ("وفودًا أجنبية بلغ عددها 536").
    /// </summary>
    private static string? ParagraphAr(Report r, ReportSection section)
    {
        const string ar = Languages.Arabic;
        string N(string key) => Number(r.Find(key).Value, ar);
        string M(string key) => Amount(r.Find(key), ar);
        var who = Subject(r, ar);
        var since = Since(r, ar);
        return section.Key switch
        {
            "delegations" => $"{since}، استقبلت {who} وفودًا أجنبية بلغ عددها {N("inbound-delegations")}، وبلغ عدد الزوار الدوليين فيها نحو {N("inbound-visitors")}، وأوفدت إلى الخارج وفودًا بلغ عددها {N("outbound-delegations")}، وبلغ عدد أعضائها {N("outbound-members")}.",
            "agreements" => $"{since}، وقّعت {who} اتفاقيات دولية بلغ عددها {N("agreements-signed")}{TopCountries(section, "signed", ar)}. ويبلغ عدد الاتفاقيات السارية حاليًا {N("agreements-in-force")}{TopCountries(section, "in force", ar)}.",
            "activities" => $"نظّمت {who} تبادلات وفعاليات بلغ عددها {N("activities")}، منها تبادلات شعبية عددها {N("people-to-people")}، وزيارات صحفيين أجانب عددها {N("press-visits")}، ودورات تدريبية عددها {N("trainings")} بلغ عدد المتدربين فيها {N("people-trained")}.",
            "money" => $"بلغت المساعدات غير المستردة المصروفة {M("aid-disbursed")} (المبالغ الملتزَم بها: {M("aid-committed")})؛ ورُخِّص لمشاريع استثمار أجنبي مباشر بلغ عددها {N("fdi-projects")} برأس مال مسجل قدره {M("fdi-capital")} (ويضم السجل حاليًا مشاريع عددها {N("fdi-projects-register")} برأس مال مسجل قدره {M("fdi-capital-register")})؛ وبلغت الصادرات {M("exports")} والواردات {M("imports")}.",
            "labour" => $"من خلال برامج العمالة الموسمية البالغ عددها {N("labour-programmes")}، أرسلت {who} إلى الخارج عمالًا بلغ عددهم {N("workers-sent")}؛ عاد منهم {N("workers-returned")} في الموعد المحدد، وبقي {N("workers-stayed")} بصورة غير قانونية.",
            "information" => $"نشرت {who} مواد إعلام خارجي بلغ عددها {N("information-items")} ووصلت إلى نحو {N("information-reach")} شخص، وتابعت {N("claims-monitored")} ادعاءً مضللًا رُدّ على {N("claims-answered")} منها.",
            "ngos" => $"كانت {N("ngos-active")} منظمة غير حكومية أجنبية مسجلة للعمل في {who} خلال الفترة؛ واستُلم منها {N("ngo-reports-received")} تقريرًا سنويًا.",
            "apec" => $"استلمت {who} طلبات لبطاقة سفر رجال الأعمال لأبيك بلغ عددها {N("apec-applications")}، وصدرت {N("apec-cards-issued")} بطاقة؛ والسارية منها اليوم {N("apec-cards-in-force")}.",
            "citizen-protection" => $"فتحت {who} حالات حماية مواطنين بلغ عددها {N("cases-opened")} تخص {N("case-people")} شخصًا، وأغلقت {N("cases-closed")} حالة، واستلمت على الحدود {N("people-received")} شخصًا أُعيدوا إلى البلاد.",
            "commitments" => $"اتُّفق في دورات آليات التعاون خلال الفترة على التزامات بلغ عددها {N("commitments-made")}؛ نُفِّذ منها حتى الآن {N("commitments-kept")}، ولا يزال {N("commitments-pending")} قيد التنفيذ.",
            _ => null,
        };
    }

    private static string Since(Report r, string language) => r.From is { Month: 1, Day: 1 }
        ? language switch
        {
            Languages.Vietnamese => $"năm {r.From.Year}",
            Languages.Arabic => $"منذ عام {r.From.Year}",
            _ => $"Since {r.From.Year}",
        }
        : language switch
        {
            Languages.Vietnamese => $"ngày {r.From.ToString("dd/MM/yyyy", Vi)}",
            Languages.Arabic => $"منذ {r.From.ToString("d MMMM yyyy", Ar)}",
            _ => $"Since {r.From.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}",
        };

    private static string Subject(Report r, string language)
    {
        if (r.Provinces.Count == 1)
        {
            return language switch
            {
                // "Tỉnh Lai Châu" reads "tỉnh Lai Châu" inside a sentence.
                Languages.Vietnamese => char.ToLower(r.ProvincesVi[0][0], Vi) + r.ProvincesVi[0][1..],
                // The province's Arabic name, from the message catalogue: "مقاطعة لاي تشاو", "مدينة هو تشي منه".
                Languages.Arabic => Messages.Translate(r.Provinces[0], Languages.Arabic),
                _ => r.Provinces[0],
            };
        }

        if (r.AllProvinces)
        {
            return language switch
            {
                Languages.Vietnamese => "các tỉnh, thành phố",
                Languages.Arabic => "المقاطعات",
                _ => "the provinces",
            };
        }

        return language switch
        {
            Languages.Vietnamese => $"{r.Provinces.Count} tỉnh, thành phố",
            // Arabic has a dual ("the two provinces"); a larger number stands before the noun as in the press ("المقاطعات الـ5").
            Languages.Arabic => r.Provinces.Count == 2 ? "المقاطعتان" : $"المقاطعات الـ{r.Provinces.Count}",
            _ => $"the {r.Provinces.Count} provinces",
        };
    }

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>The three countries with most agreements in the breakdown of those <paramref name="which"/> ("signed", "in force").</summary>
    private static string TopCountries(ReportSection section, string which, string language)
    {
        var breakdown = section.Breakdowns.FirstOrDefault(b => b.Title.Contains(which, StringComparison.Ordinal) && b.Title.Contains("country", StringComparison.Ordinal));
        if (breakdown is not { Lines.Count: > 0 })
        {
            return string.Empty;
        }

        var top = breakdown.Lines.Take(3).ToList();
        if (language == Languages.Arabic)
        {
            var ar = string.Join("، ", top.Select(l => $"{ReportWordsAr.Line(breakdown, l)} ({Number(l.Value, language)})"));
            return $"، أكثرها مع شركاء في {ar}";
        }

        var list = string.Join(", ", top.Select(l => $"{l.Label} ({Number(l.Value, language)})"));
        return language == Languages.Vietnamese ? $", nhiều nhất với đối tác tại {list}" : $", most with partners in {list}";
    }

    /// <summary>One of the three languages; English for any other code, as <see cref="Languages.Culture"/> does.</summary>
    private static string Known(string? language) => language switch
    {
        Languages.Vietnamese => Languages.Vietnamese,
        Languages.Arabic => Languages.Arabic,
        _ => Languages.English,
    };

    private static string Language(bool vi) => vi ? Languages.Vietnamese : Languages.English;

    private static CultureInfo Culture(string language) => language switch
    {
        Languages.Vietnamese => Vi,
        Languages.Arabic => Ar,
        _ => CultureInfo.InvariantCulture,
    };
}
