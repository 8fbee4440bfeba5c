namespace Liaison.Web.Features.Reports;

/// <summary>
/// The report's own words in Vietnamese, for the documents a province sends upward: figure titles, units, breakdown
/// titles and the labels of their lines (countries and fields from the reference lists, kinds and purposes here).
/// A word missing here falls back to English; the test of the Vietnamese document finds it.
/// </summary>
public static class ReportWordsVi
{
    private static readonly Dictionary<string, string> Titles = new(StringComparer.Ordinal)
    {
        ["partners"] = "Đối tác trong danh mục hiện nay",
        ["inbound-delegations"] = "Đoàn vào",
        ["inbound-visitors"] = "Lượt khách quốc tế",
        ["outbound-delegations"] = "Đoàn ra",
        ["outbound-members"] = "Lượt người đi nước ngoài",
        ["agreements-signed"] = "Thỏa thuận đã ký",
        ["agreements-in-force"] = "Thỏa thuận đang có hiệu lực",
        ["agreements-expiring"] = "Thỏa thuận hết hạn trong sáu tháng tới",
        ["activities"] = "Hoạt động",
        ["people-to-people"] = "Giao lưu nhân dân",
        ["press-visits"] = "Đoàn phóng viên nước ngoài",
        ["trainings"] = "Khóa đào tạo",
        ["people-trained"] = "Lượt người được đào tạo",
        ["aid-committed"] = "Viện trợ cam kết",
        ["aid-disbursed"] = "Viện trợ giải ngân",
        ["fdi-projects"] = "Dự án FDI được cấp phép",
        ["fdi-capital"] = "Vốn FDI đăng ký",
        ["fdi-projects-register"] = "Dự án FDI hiện có",
        ["fdi-capital-register"] = "Vốn đăng ký của các dự án đó",
        ["exports"] = "Xuất khẩu",
        ["imports"] = "Nhập khẩu",
        ["labour-programmes"] = "Chương trình lao động có mùa vụ trong kỳ",
        ["workers-sent"] = "Lao động đưa đi",
        ["workers-returned"] = "Lao động về nước đúng hạn",
        ["workers-stayed"] = "Lao động ở lại bất hợp pháp",
        ["commitments-made"] = "Nội dung cam kết tại các kỳ họp",
        ["commitments-kept"] = "Cam kết đã hoàn thành",
        ["commitments-pending"] = "Cam kết đang triển khai",
        ["cases-opened"] = "Vụ việc bảo hộ công dân tiếp nhận",
        ["case-people"] = "Số người trong các vụ việc đó",
        ["cases-closed"] = "Vụ việc đã đóng",
        ["people-received"] = "Công dân được tiếp nhận tại biên giới",
        ["information-items"] = "Sản phẩm thông tin đối ngoại",
        ["information-reach"] = "Lượt tiếp cận",
        ["claims-monitored"] = "Thông tin sai lệch được theo dõi",
        ["claims-answered"] = "Thông tin sai lệch đã được phản bác",
        ["ngos-active"] = "Tổ chức phi chính phủ nước ngoài có đăng ký hoạt động",
        ["ngo-reports-received"] = "Báo cáo hằng năm đã nhận",
        ["apec-applications"] = "Hồ sơ đề nghị cấp thẻ APEC tiếp nhận",
        ["apec-cards-issued"] = "Thẻ APEC được cấp",
        ["apec-cards-in-force"] = "Thẻ APEC còn hiệu lực hiện nay",
    };

    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        // Units
        ["partners"] = "đối tác", ["delegations"] = "đoàn", ["people"] = "người", ["agreements"] = "thỏa thuận", ["activities"] = "hoạt động",
        ["visits"] = "đoàn", ["courses"] = "khóa", ["projects"] = "dự án", ["programmes"] = "chương trình", ["commitments"] = "nội dung", ["cases"] = "vụ việc", ["applications"] = "hồ sơ", ["cards"] = "thẻ", ["organisations"] = "tổ chức", ["reports"] = "báo cáo", ["items"] = "sản phẩm", ["claims"] = "tin",
        // Breakdowns and their second columns
        ["Partners by country"] = "Đối tác theo quốc gia",
        ["Inbound delegations by purpose"] = "Đoàn vào theo mục đích",
        ["Inbound delegations by level"] = "Đoàn vào theo cấp",
        ["Inbound delegations by country"] = "Đoàn vào theo quốc gia",
        ["Outbound delegations by purpose"] = "Đoàn ra theo mục đích",
        ["Outbound delegations by level"] = "Đoàn ra theo cấp",
        ["Outbound delegations by country"] = "Đoàn ra theo quốc gia",
        ["Agreements signed by kind"] = "Thỏa thuận đã ký theo loại",
        ["Agreements signed by partner country"] = "Thỏa thuận đã ký theo quốc gia đối tác",
        ["Agreements signed by field"] = "Thỏa thuận đã ký theo lĩnh vực",
        ["Agreements in force by partner country"] = "Thỏa thuận đang có hiệu lực theo quốc gia đối tác",
        ["Activities by kind"] = "Hoạt động theo loại",
        ["Cases opened by kind"] = "Vụ việc tiếp nhận theo loại",
        ["Cases opened by country"] = "Vụ việc tiếp nhận theo quốc gia",
        ["Cases closed by kind"] = "Vụ việc đã đóng theo loại",
        ["Cases closed by country"] = "Vụ việc đã đóng theo quốc gia",
        ["People"] = "Số người",
        ["Items put out by channel"] = "Sản phẩm thông tin đối ngoại theo kênh",
        ["Reach"] = "Lượt tiếp cận",
        ["Visitors"] = "Lượt khách", ["Members"] = "Thành viên", ["Participants"] = "Người tham gia",
        // Purposes, levels and kinds, in the words of EnumLabels.vi.resx
        ["Work"] = "Làm việc", ["Survey"] = "Khảo sát", ["InvestmentPromotion"] = "Xúc tiến đầu tư", ["Culture"] = "Văn hóa", ["Education"] = "Giáo dục", ["Other"] = "Khác",
        ["NationalLeadership"] = "Lãnh đạo cấp quốc gia", ["Ministerial"] = "Cấp bộ", ["ProvincialLeadership"] = "Lãnh đạo tỉnh", ["DepartmentOrAgency"] = "Cấp sở, ngành",
        ["Local"] = "Cấp địa phương", ["Business"] = "Doanh nghiệp",
        ["Agreement"] = "Thỏa thuận", ["MemorandumOfUnderstanding"] = "Bản ghi nhớ", ["Minutes"] = "Biên bản", ["LetterOfIntent"] = "Thư ý định",
        ["CooperationProgramme"] = "Chương trình hợp tác", ["Communique"] = "Thông cáo chung", ["Declaration"] = "Tuyên bố chung",
        ["PeopleToPeopleExchange"] = "Giao lưu nhân dân", ["CulturalProgramme"] = "Chương trình văn hóa", ["Festival"] = "Lễ hội", ["ConferenceOrSeminar"] = "Hội nghị, hội thảo",
        ["TradeFair"] = "Hội chợ thương mại", ["TrainingCourse"] = "Khóa đào tạo", ["Scholarship"] = "Học bổng", ["ForeignPressVisit"] = "Đoàn phóng viên nước ngoài",
        ["JointExercise"] = "Diễn tập chung", ["JointPatrol"] = "Tuần tra chung", ["BorderInspection"] = "Kiểm tra biên giới",
        ["Detained"] = "Bị bắt giữ", ["IrregularWork"] = "Lao động bất hợp pháp", ["Accident"] = "Tai nạn", ["Trafficking"] = "Mua bán người", ["Death"] = "Tử vong",
        ["FishermenHeld"] = "Ngư dân bị bắt giữ",
        ["Website"] = "Trang thông tin điện tử", ["Newspaper"] = "Báo", ["Television"] = "Truyền hình", ["Radio"] = "Phát thanh", ["SocialMedia"] = "Mạng xã hội",
        ["Print"] = "Ấn phẩm", ["Event"] = "Sự kiện",
    };

    public static string Title(Indicator indicator) => Titles.GetValueOrDefault(indicator.Key, indicator.Title);

    /// <summary>A unit, a breakdown's title or its second column; a currency code stays as it is.</summary>
    public static string Word(string english) => Words.GetValueOrDefault(english, english);

    /// <summary>A breakdown line: a country or field by its Vietnamese name from the reference lists, a kind or purpose from the list above.</summary>
    public static string Line(Breakdown breakdown, BreakdownLine line)
    {
        if (breakdown.Title.EndsWith("country", StringComparison.Ordinal) && Reference.Countries.Find(line.Key) is { } country)
        {
            return country.NameVi;
        }

        if (breakdown.Title.EndsWith("field", StringComparison.Ordinal) && Reference.CooperationField.Initial.FirstOrDefault(f => f.Code == line.Key) is { } field)
        {
            return field.NameVi;
        }

        return Words.GetValueOrDefault(line.Key, line.Label);
    }
}
