namespace Liaison.Web.Features.Reports;

/// <summary>
/// The report's own words in Arabic, as <see cref="ReportWordsVi"/> has them in Vietnamese: section and figure
/// titles, units, breakdown titles and the labels of their lines (countries from the reference list, fields,
/// kinds and purposes here, in the words of EnumLabels.ar.resx). A word missing here falls back to English.
/// </summary>
public static class ReportWordsAr
{
    private static readonly Dictionary<string, string> Sections = new(StringComparer.Ordinal)
    {
        ["partners"] = "الشركاء",
        ["delegations"] = "الوفود",
        ["agreements"] = "الاتفاقيات",
        ["activities"] = "التبادلات والفعاليات",
        ["money"] = "المساعدات والاستثمار والتجارة",
        ["labour"] = "برامج العمالة",
        ["commitments"] = "التزامات الدورات",
        ["citizen-protection"] = "حماية المواطنين",
        ["apec"] = "بطاقات سفر رجال الأعمال لأبيك",
        ["ngos"] = "المنظمات غير الحكومية الأجنبية",
        ["information"] = "الإعلام الخارجي",
    };

    private static readonly Dictionary<string, string> Titles = new(StringComparer.Ordinal)
    {
        ["partners"] = "الشركاء في السجل حاليًا",
        ["inbound-delegations"] = "الوفود الواردة",
        ["inbound-visitors"] = "الزوار الدوليون",
        ["outbound-delegations"] = "الوفود الصادرة",
        ["outbound-members"] = "الأعضاء الموفدون إلى الخارج",
        ["agreements-signed"] = "الاتفاقيات الموقعة",
        ["agreements-in-force"] = "الاتفاقيات السارية",
        ["agreements-expiring"] = "الاتفاقيات التي تنتهي مدتها خلال الأشهر الستة المقبلة",
        ["activities"] = "الأنشطة",
        ["people-to-people"] = "التبادلات الشعبية",
        ["press-visits"] = "زيارات الصحفيين الأجانب",
        ["trainings"] = "الدورات التدريبية",
        ["people-trained"] = "المتدربون",
        ["aid-committed"] = "المساعدات الملتزَم بها",
        ["aid-disbursed"] = "المساعدات المصروفة",
        ["fdi-projects"] = "مشاريع الاستثمار الأجنبي المباشر المرخّصة",
        ["fdi-capital"] = "رأس مال الاستثمار الأجنبي المباشر المسجل",
        ["fdi-projects-register"] = "مشاريع الاستثمار الأجنبي المباشر في السجل حاليًا",
        ["fdi-capital-register"] = "رأس المال المسجل لتلك المشاريع",
        ["exports"] = "الصادرات",
        ["imports"] = "الواردات",
        ["labour-programmes"] = "برامج العمالة التي جرى فيها موسم خلال الفترة",
        ["workers-sent"] = "العمال المُرسَلون إلى الخارج",
        ["workers-returned"] = "العمال العائدون في الموعد",
        ["workers-stayed"] = "العمال الباقون بصورة غير قانونية",
        ["commitments-made"] = "الالتزامات المتفق عليها في الدورات",
        ["commitments-kept"] = "الالتزامات المنفذة",
        ["commitments-pending"] = "الالتزامات قيد التنفيذ",
        ["cases-opened"] = "حالات حماية المواطنين المفتوحة",
        ["case-people"] = "الأشخاص في تلك الحالات",
        ["cases-closed"] = "الحالات المغلقة",
        ["people-received"] = "الأشخاص المستلَمون على الحدود",
        ["information-items"] = "مواد الإعلام الخارجي المنشورة",
        ["information-reach"] = "الجمهور الذي تم الوصول إليه",
        ["claims-monitored"] = "الادعاءات المتابَعة",
        ["claims-answered"] = "الادعاءات التي تم الرد عليها",
        ["ngos-active"] = "المنظمات غير الحكومية الأجنبية المسجلة",
        ["ngo-reports-received"] = "التقارير السنوية المستلمة منها",
        ["apec-applications"] = "طلبات بطاقة أبيك المستلمة",
        ["apec-cards-issued"] = "بطاقات أبيك الصادرة",
        ["apec-cards-in-force"] = "بطاقات أبيك السارية اليوم",
    };

    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        // Units
        ["partners"] = "شركاء", ["delegations"] = "وفود", ["people"] = "أشخاص", ["agreements"] = "اتفاقيات", ["activities"] = "أنشطة",
        ["visits"] = "زيارات", ["courses"] = "دورات", ["projects"] = "مشاريع", ["programmes"] = "برامج", ["commitments"] = "التزامات", ["cases"] = "حالات", ["applications"] = "طلبات", ["cards"] = "بطاقات", ["organisations"] = "منظمات", ["reports"] = "تقارير", ["items"] = "مواد", ["claims"] = "ادعاءات",
        // Breakdowns and their second columns
        ["Partners by country"] = "الشركاء حسب البلد",
        ["Inbound delegations by purpose"] = "الوفود الواردة حسب الغرض",
        ["Inbound delegations by level"] = "الوفود الواردة حسب المستوى",
        ["Inbound delegations by country"] = "الوفود الواردة حسب البلد",
        ["Outbound delegations by purpose"] = "الوفود الصادرة حسب الغرض",
        ["Outbound delegations by level"] = "الوفود الصادرة حسب المستوى",
        ["Outbound delegations by country"] = "الوفود الصادرة حسب البلد",
        ["Agreements signed by kind"] = "الاتفاقيات الموقعة حسب النوع",
        ["Agreements signed by partner country"] = "الاتفاقيات الموقعة حسب البلد الشريك",
        ["Agreements signed by field"] = "الاتفاقيات الموقعة حسب المجال",
        ["Agreements in force by partner country"] = "الاتفاقيات السارية حسب البلد الشريك",
        ["Activities by kind"] = "الأنشطة حسب النوع",
        ["Cases opened by kind"] = "الحالات المفتوحة حسب النوع",
        ["Cases opened by country"] = "الحالات المفتوحة حسب البلد",
        ["Cases closed by kind"] = "الحالات المغلقة حسب النوع",
        ["Cases closed by country"] = "الحالات المغلقة حسب البلد",
        ["People"] = "عدد الأشخاص",
        ["Items put out by channel"] = "المواد المنشورة حسب القناة",
        ["Reach"] = "الوصول",
        ["Visitors"] = "الزوار", ["Members"] = "الأعضاء", ["Participants"] = "المشاركون",
        // Purposes, levels and kinds (EnumLabels.ar.resx)
        ["Work"] = "زيارة عمل", ["Survey"] = "دراسة ميدانية", ["InvestmentPromotion"] = "ترويج الاستثمار", ["Culture"] = "ثقافة", ["Education"] = "تعليم", ["Other"] = "أخرى",
        ["NationalLeadership"] = "قيادة وطنية", ["Ministerial"] = "وزاري", ["ProvincialLeadership"] = "قيادة المقاطعة", ["DepartmentOrAgency"] = "دائرة أو هيئة",
        ["Local"] = "محلي", ["Business"] = "قطاع الأعمال",
        ["Agreement"] = "اتفاقية", ["MemorandumOfUnderstanding"] = "مذكرة تفاهم", ["Minutes"] = "محضر", ["LetterOfIntent"] = "خطاب نوايا",
        ["CooperationProgramme"] = "برنامج تعاون", ["Communique"] = "بيان مشترك", ["Declaration"] = "إعلان",
        ["PeopleToPeopleExchange"] = "تبادل شعبي", ["CulturalProgramme"] = "برنامج ثقافي", ["Festival"] = "مهرجان", ["ConferenceOrSeminar"] = "مؤتمر أو ندوة",
        ["TradeFair"] = "معرض تجاري", ["TrainingCourse"] = "دورة تدريبية", ["Scholarship"] = "منحة دراسية", ["ForeignPressVisit"] = "زيارة صحفيين أجانب",
        ["JointExercise"] = "تمرين مشترك", ["JointPatrol"] = "دورية مشتركة", ["BorderInspection"] = "تفتيش حدودي",
        ["Detained"] = "محتجز", ["IrregularWork"] = "عمل غير نظامي", ["Accident"] = "حادث", ["Trafficking"] = "اتجار بالبشر", ["Death"] = "وفاة",
        ["FishermenHeld"] = "صيادون محتجزون",
        ["Website"] = "موقع إلكتروني", ["Newspaper"] = "صحيفة", ["Television"] = "تلفزيون", ["Radio"] = "إذاعة", ["SocialMedia"] = "وسائل التواصل الاجتماعي",
        ["Print"] = "مطبوعات", ["Event"] = "فعالية",
    };

    /// <summary>A section's heading by its key ("delegations"); the English one for a section not listed.</summary>
    public static string Section(ReportSection section) => Sections.GetValueOrDefault(section.Key, section.Title);

    public static string Title(Indicator indicator) => Titles.GetValueOrDefault(indicator.Key, indicator.Title);

    /// <summary>A unit, a breakdown's title or its second column; a currency code stays as it is.</summary>
    public static string Word(string english) => Words.GetValueOrDefault(english, english);

    /// <summary>A breakdown line: a country by its Arabic name from the reference list, a field by the name the pages show, a kind or purpose from the lists above.</summary>
    public static string Line(Breakdown breakdown, BreakdownLine line)
    {
        if (breakdown.Title.EndsWith("country", StringComparison.Ordinal))
        {
            return Reference.Countries.Find(line.Key) is { NameAr.Length: > 0 } country ? country.NameAr : line.Label;
        }

        // A field's Arabic name is the one the pages show, from the message catalogue.
        if (breakdown.Title.EndsWith("field", StringComparison.Ordinal) && Reference.CooperationField.Initial.FirstOrDefault(f => f.Code == line.Key) is { } field)
        {
            return Infrastructure.Text.Messages.Translate(field.NameEn, Infrastructure.Text.Languages.Arabic);
        }

        return Words.GetValueOrDefault(line.Key, line.Label);
    }
}
