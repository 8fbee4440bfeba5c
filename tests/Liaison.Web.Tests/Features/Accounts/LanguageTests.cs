using System.Collections;
using System.Globalization;
using System.Net;
using System.Resources;
using System.Text.RegularExpressions;
using Liaison.Web.Features.Accounts;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests.Features.Accounts;

/// <summary>The interface in Vietnamese, English or Arabic, chosen per user and remembered; Arabic right to left.</summary>
public abstract class LanguageTests(LiaisonApp app) : AppTests(app)
{
    [Fact]
    public async Task AUsersLanguage_IsKeptOnTheAccount_AndEveryPageSpeaksIt()
    {
        var email = await App.CreateUserAsync("ha-tinh");
        var first = await App.SignInAsync(email, LiaisonApp.Password);

        Assert.Equal(HttpStatusCode.NoContent, (await PutJsonAsync(first, "/api/account/language", new LanguageInput("vi"))).StatusCode);
        var home = WebUtility.HtmlDecode(await first.GetStringAsync("/", Ct));
        var again = WebUtility.HtmlDecode(await (await App.SignInAsync(email, LiaisonApp.Password)).GetStringAsync("/", Ct)); // a new sign-in remembers it

        Assert.Contains("<html lang=\"vi\" dir=\"ltr\">", home, StringComparison.Ordinal);
        Assert.Contains("<h1>Tổng quan công tác đối ngoại</h1>", home, StringComparison.Ordinal);
        Assert.Contains(">Đối tác</a>", home, StringComparison.Ordinal);
        Assert.Contains("<h1>Tổng quan công tác đối ngoại</h1>", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Arabic_LaysThePageOutRightToLeft()
    {
        var client = await App.SignInNewUserAsync("ha-tinh");

        Assert.Equal(HttpStatusCode.NoContent, (await PutJsonAsync(client, "/api/account/language", new LanguageInput("ar"))).StatusCode);
        var home = WebUtility.HtmlDecode(await client.GetStringAsync("/", Ct));

        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", home, StringComparison.Ordinal);
        Assert.Contains("bootstrap.rtl", home, StringComparison.Ordinal);
        Assert.Contains("<h1>الشؤون الخارجية في لمحة</h1>", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownLanguage_IsRefused_AndChangesNothing()
    {
        var client = await App.SignInNewUserAsync("ha-tinh");

        var errors = await ValidationErrorsAsync(await PutJsonAsync(client, "/api/account/language", new LanguageInput("fr")));
        var home = WebUtility.HtmlDecode(await client.GetStringAsync("/", Ct));

        Assert.Contains("vi (Tiếng Việt), en (English) or ar", errors["language"][0], StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\" dir=\"ltr\">", home, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PutJsonAsync(App.Anonymous(), "/api/account/language", new LanguageInput("vi"))).StatusCode);
    }

    [Fact]
    public async Task DatesAndNumbers_FollowTheLanguage()
    {
        var client = await App.SignInNewUserAsync("ha-tinh");
        var partner = await TestData.CreatePartnerAsync(client);
        await PutJsonAsync(client, "/api/account/language", new LanguageInput("vi"));

        var history = WebUtility.HtmlDecode(await client.GetStringAsync($"/records/partners/{partner.Id}/history", Ct));

        Assert.Matches(@"\d{2}/\d{2}/20\d{2}", history); // dd/MM/yyyy
        Assert.Equal("1.234.567,5", 1_234_567.5m.ToString("N1", Liaison.Web.Infrastructure.Text.Languages.Culture("vi")));
        Assert.Equal("1 Sep 2025", new DateOnly(2025, 9, 1).ToString("d MMM yyyy", Liaison.Web.Infrastructure.Text.Languages.Culture("en"))); // as the pages were laid out
    }

    /// <summary>
    /// What the server says back (a field's error, a refusal) is in the reader's language too, values and
    /// phrases inside it included, while an English reader keeps the words as written.
    /// </summary>
    [Fact]
    public async Task MessagesFromTheServer_SpeakTheReadersLanguage()
    {
        var messages = new ResourceManager("Liaison.Web.Resources.Messages", typeof(Liaison.Web.Ui).Assembly);
        const string EndBeforeStart = "The end date must be the same as or after the start date.";
        var client = await App.SignInNewUserAsync("ha-tinh");
        var backwards = TestData.Delegation();
        backwards.StartDate = new DateOnly(2025, 5, 10);
        backwards.EndDate = new DateOnly(2025, 5, 1);

        var english = await ValidationErrorsAsync(await PostJsonAsync(client, "/api/delegations", backwards));
        await PutJsonAsync(client, "/api/account/language", new LanguageInput("vi"));
        var vietnamese = await ValidationErrorsAsync(await PostJsonAsync(client, "/api/delegations", backwards));
        await PutJsonAsync(client, "/api/account/language", new LanguageInput("ar"));
        var notFound = await ProblemDetailAsync(await client.GetAsync("/api/delegations/987654321", Ct), HttpStatusCode.NotFound);

        Assert.Contains(EndBeforeStart, english.Values.SelectMany(v => v));
        var inVietnamese = messages.GetString(EndBeforeStart, CultureInfo.GetCultureInfo("vi"))!;
        Assert.NotEqual(EndBeforeStart, inVietnamese);
        Assert.Contains(inVietnamese, vietnamese.Values.SelectMany(v => v));
        // "{0} was not found…" with {0} = "The delegation": the sentence and the phrase inside it, both in Arabic.
        var arabic = CultureInfo.GetCultureInfo("ar");
        var expected = string.Format(arabic, messages.GetString("{0} was not found, or you do not have access to it.", arabic)!, messages.GetString("The delegation", arabic));
        Assert.Equal(expected, notFound);
        Assert.DoesNotContain("delegation", notFound, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Words that the code builds rather than the pages (a record's kind in search, a history's field names,
    /// the report's narrative, a province's and a field of cooperation's names) reach a Vietnamese or an
    /// Arabic reader in their language.
    /// </summary>
    [Fact]
    public async Task WordsBuiltInCode_ReachTheReaderInTheirLanguage()
    {
        var client = await App.SignInNewUserAsync("ha-tinh");
        var partner = await TestData.CreatePartnerAsync(client);
        await PutJsonAsync(client, "/api/account/language", new LanguageInput("vi"));

        var found = await ReadAsync<Liaison.Web.Features.Search.SearchResults>(await client.GetAsync($"/api/search?q={Uri.EscapeDataString(partner.NameEn)}", Ct));
        Assert.Contains(found.Hits, h => h.Id == partner.Id && h.What == Translated("Partner", "vi"));
        var history = WebUtility.HtmlDecode(await client.GetStringAsync($"/records/partners/{partner.Id}/history", Ct));
        Assert.Contains(Translated("Country code", "vi"), history, StringComparison.Ordinal);
        Assert.DoesNotContain(">Country code<", history, StringComparison.Ordinal);
        var vietnameseReport = WebUtility.HtmlDecode(await client.GetStringAsync("/reports?from=2020-01-01&to=2025-12-31", Ct));
        Assert.Contains("tỉnh Hà Tĩnh", vietnameseReport, StringComparison.Ordinal); // the narrative's title, in Vietnamese
        Assert.DoesNotContain("Foreign affairs report", vietnameseReport, StringComparison.Ordinal);
        Assert.Contains(">Đoàn ra, đoàn vào</h2>", vietnameseReport, StringComparison.Ordinal); // a section's heading
        Assert.DoesNotContain(">Delegations</h2>", vietnameseReport, StringComparison.Ordinal);
        Assert.Contains(Translated("Foreign delegations received, counted by the day the visit began.", "vi"), vietnameseReport, StringComparison.Ordinal); // how a figure was counted
        Assert.DoesNotContain("counted by the day", vietnameseReport, StringComparison.Ordinal);

        await PutJsonAsync(client, "/api/account/language", new LanguageInput("ar"));
        var arabicReport = WebUtility.HtmlDecode(await client.GetStringAsync("/reports?from=2020-01-01&to=2025-12-31", Ct));
        Assert.Contains(Translated("Ha Tinh", "ar"), arabicReport, StringComparison.Ordinal); // the province's Arabic name, in the narrative
        Assert.DoesNotContain("Foreign affairs report", arabicReport, StringComparison.Ordinal);
        Assert.Contains(">الوفود</h2>", arabicReport, StringComparison.Ordinal);
        var agreements = WebUtility.HtmlDecode(await client.GetStringAsync("/agreements", Ct));
        Assert.Contains(Translated("Agriculture", "ar"), agreements, StringComparison.Ordinal); // the field filter's choices
    }

    private static string Translated(string english, string language) =>
        new ResourceManager("Liaison.Web.Resources.Messages", typeof(Liaison.Web.Ui).Assembly).GetString(english, CultureInfo.GetCultureInfo(language))
            ?? throw new InvalidOperationException($"\"{english}\" is not in the {language} catalogue");
}

public sealed class LanguageTests_Sqlite(SqliteApp app) : LanguageTests(app);

public sealed class LanguageTests_Postgres(PostgresApp app) : LanguageTests(app);

/// <summary>Every word of the interface in all three languages: a key missing in one fails here, naming it.</summary>
public sealed partial class ResourceKeysTests
{
    /// <summary>The build keeps only the first of two keys that differ in case alone, and says so only in a warning.</summary>
    [Fact]
    public void NoResourceFile_HasTwoKeysDifferingOnlyInCase()
    {
        var files = Directory.GetFiles(Path.Combine(RepositoryFolder.Root, "src", "Liaison.Web", "Resources"), "*.resx");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var keys = System.Xml.Linq.XDocument.Load(file).Root!.Elements("data").Select(d => (string)d.Attribute("name")!);
            var twice = keys.GroupBy(k => k, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(twice.Count == 0, $"{Path.GetFileName(file)}: {string.Join(", ", twice)}");
        }
    }

    [Theory]
    [InlineData("Liaison.Web.Resources.Ui")]
    [InlineData("Liaison.Web.Resources.Messages")]
    public void EveryKey_HasItsWordsInVietnameseEnglishAndArabic(string file)
    {
        var resources = new ResourceManager(file, typeof(Liaison.Web.Ui).Assembly);
        var english = Keys(resources, CultureInfo.InvariantCulture);

        Assert.NotEmpty(english);
        foreach (var language in new[] { "vi", "ar" })
        {
            var translated = Keys(resources, CultureInfo.GetCultureInfo(language));
            Assert.True(english.Keys.Order().SequenceEqual(translated.Keys.Order()),
                $"{language}: missing {string.Join(", ", english.Keys.Except(translated.Keys))}; extra {string.Join(", ", translated.Keys.Except(english.Keys))}");
            Assert.All(translated, t => Assert.False(string.IsNullOrWhiteSpace(t.Value), $"{language}: {t.Key} is empty"));
            // A placeholder such as {0} must survive translation, or the figure it carries is lost.
            Assert.All(english, e => Assert.Equal(e.Value.Count(c => c == '{'), translated[e.Key].Count(c => c == '{')));
        }
    }

    /// <summary>
    /// A page that names a key the resource files lack would show the key itself ("Agreements.List.Title")
    /// in every language: each key written in a component is looked up here.
    /// </summary>
    [Fact]
    public void EveryKeyAPageNames_IsInTheResourceFiles()
    {
        var resources = new ResourceManager("Liaison.Web.Resources.Ui", typeof(Liaison.Web.Ui).Assembly);
        var known = Keys(resources, CultureInfo.InvariantCulture);
        var components = Path.Combine(RepositoryFolder.Root, "src", "Liaison.Web", "Components");
        var named = Directory.EnumerateFiles(components, "*.razor", SearchOption.AllDirectories)
            .SelectMany(file => KeyInPage().Matches(File.ReadAllText(file)).Select(m => (Page: Path.GetFileName(file), Key: m.Groups[1].Value)))
            .ToList();

        Assert.True(named.Count > 1000, $"only {named.Count} keys found in the pages");
        var missing = named.Where(n => !known.ContainsKey(n.Key)).Select(n => $"{n.Page}: {n.Key}").Distinct().ToList();
        Assert.True(missing.Count == 0, $"keys missing from Ui.resx: {string.Join(", ", missing)}");
    }

    [GeneratedRegex("""\bL\["([A-Za-z][\w.]*)"[\],]""")]
    private static partial Regex KeyInPage();

    /// <summary>
    /// Every message the code writes (validation errors, refusals) is in the message catalogue, so it reaches
    /// a Vietnamese or Arabic reader in their language: the messages are found in the source as the catalogue
    /// was first filled, with each interpolated value as a placeholder.
    /// </summary>
    [Fact]
    public void EveryMessageWrittenInCode_IsInTheMessageCatalogue()
    {
        var known = Liaison.Web.Infrastructure.Text.Messages.Known().ToHashSet(StringComparer.Ordinal);
        var source = Path.Combine(RepositoryFolder.Root, "src", "Liaison.Web");
        var written = new List<(string File, string Message)>();
        foreach (var file in Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            && (f.Contains($"{Path.DirectorySeparatorChar}Features{Path.DirectorySeparatorChar}", StringComparison.Ordinal) || f.Contains($"{Path.DirectorySeparatorChar}Infrastructure{Path.DirectorySeparatorChar}", StringComparison.Ordinal))))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                if (!MessageCall().IsMatch(lines[i]))
                {
                    continue;
                }

                // A statement may go on over a few lines (a message chosen by a condition).
                var statement = lines[i];
                for (var j = i + 1; j < lines.Length && j - i <= 4 && !statement.TrimEnd().EndsWith(';') && !statement.TrimEnd().EndsWith(',') && !statement.TrimEnd().EndsWith('{'); j++)
                {
                    statement += " " + lines[j];
                }

                foreach (Match literal in StringLiteral().Matches(statement))
                {
                    var text = literal.Groups[2].Value;
                    if (!text.Contains(' ', StringComparison.Ordinal) || text.Length < 8)
                    {
                        continue;
                    }

                    if (literal.Groups[1].Value == "$")
                    {
                        var n = 0;
                        text = Interpolation().Replace(text, _ => $"{{{n++}}}");
                    }

                    written.Add((Path.GetFileName(file), text.Replace("\\\"", "\"", StringComparison.Ordinal)));
                }
            }
        }

        Assert.True(written.Count > 300, $"only {written.Count} messages found in the code");
        var missing = written.Where(w => !known.Contains(w.Message)).Select(w => $"{w.File}: {w.Message}").Distinct().ToList();
        Assert.True(missing.Count == 0, $"messages missing from Messages.resx:\n{string.Join("\n", missing)}");
    }

    [GeneratedRegex(@"errors\.Add\(|ErrorMessage\s*=|Failure\(|Failures\.|lineErrors\.Add\(|\.Fail\(|Errors\.Add\(|Add\(prefix|=> new\(\$?""")]
    private static partial Regex MessageCall();

    // An interpolation's hole may hold quotes of its own ({string.Join(", ", codes)}): it is taken whole.
    [GeneratedRegex(@"(\$?)""((?:\{[^{}\n]*\}|[^""\\]|\\.)*)""")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"\{[^{}]*\}")]
    private static partial Regex Interpolation();

    /// <summary>A message carrying values is found through its template; text nobody wrote, and English, stay as they are. Amounts follow the language.</summary>
    [Fact]
    public void AMessageCarryingValues_IsTranslatedThroughItsTemplate_AndMoneyIsWrittenInTheLanguage()
    {
        var before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = Liaison.Web.Infrastructure.Text.Languages.Culture("vi");
            Assert.Equal("1.234.567,50 USD", Liaison.Web.Features.Money.Currencies.Format(1_234_567.5m, "USD")); // money follows the language too
            Assert.Equal("Quy đổi theo 2 tỷ giá của EUR, USD từ 2025-01-01 đến 2025-02-01, mỗi giao dịch theo tỷ giá của ngày giao dịch.",
                Liaison.Web.Infrastructure.Text.Messages.Translate("Converted at 2 rates of EUR, USD from 2025-01-01 to 2025-02-01, each transaction at the rate of its date."));
            Assert.Equal("Không cần quy đổi.", Liaison.Web.Infrastructure.Text.Messages.Translate("No conversion needed."));
            Assert.Equal("a text nobody wrote", Liaison.Web.Infrastructure.Text.Messages.Translate("a text nobody wrote"));
            // A value that is itself a template (the records still naming a partner), and one that is a phrase (what an amount is of).
            Assert.Equal("Đối tác này vẫn được nêu trong 2 đoàn, 0 thỏa thuận, 1 hoạt động, 0 dự án viện trợ, 0 dự án đầu tư, 0 chương trình lao động và 0 đối tác trực thuộc; hãy xóa vĩnh viễn hoặc sửa các hồ sơ đó trước.",
                Liaison.Web.Infrastructure.Text.Messages.Translate("This partner is still named by 2 delegation(s), 0 agreement(s), 1 activit(ies), 0 aid project(s), 0 investment project(s), 0 labour programme(s) and 0 partner(s) under it; purge or change those first."));
            Assert.Equal("Nhập số tiền của giá trị viện trợ.", Liaison.Web.Infrastructure.Text.Messages.Translate("Enter the aid's value's amount."));
            Assert.Equal("Thỏa thuận đã được lưu trữ trước đó.", Liaison.Web.Infrastructure.Text.Messages.Translate("The agreement is already archived."));
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = Liaison.Web.Infrastructure.Text.Languages.Culture("en");
            Assert.Equal("No conversion needed.", Liaison.Web.Infrastructure.Text.Messages.Translate("No conversion needed."));
            Assert.Equal("1,234,567 VND", Liaison.Web.Features.Money.Currencies.Format(1_234_567m, "VND"));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = before;
        }
    }

    /// <summary>
    /// The named reference lists (provinces, fields of cooperation, DAC sectors) and the words the code builds
    /// for pages (record kinds, deadline rules, the import's hints) have Vietnamese and Arabic words.
    /// </summary>
    [Fact]
    public void NamedListsAndWordsBuiltInCode_HaveVietnameseAndArabic()
    {
        var before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            foreach (var language in new[] { "vi", "ar" })
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = Liaison.Web.Infrastructure.Text.Languages.Culture(language);
                Assert.All(Liaison.Web.Features.Provinces.ProvinceCatalog.All, p => Assert.NotEqual(p.NameEn, p.LocalName));
                Assert.All(Liaison.Web.Features.Reference.CooperationField.Initial, f => Assert.NotEqual(f.NameEn, f.LocalName));
                Assert.All(Liaison.Web.Features.Aid.DacSectors.All, s => Assert.NotEqual(s.Name, s.LocalName));
                Assert.All(Liaison.Web.Features.Shared.RecordKinds.Types, t => Assert.NotEqual(Liaison.Web.Features.Shared.RecordKinds.Words(t), Liaison.Web.Features.Search.SearchRecordsHandler.WhatIs(t)));
                Assert.All(Liaison.Web.Features.Import.ImportCatalog.All.SelectMany(t => t.Fields), f => Assert.NotEqual(f.Hint, Liaison.Web.Infrastructure.Text.Messages.Translate(f.Hint)));
                Assert.All(Liaison.Web.Features.Deadlines.ShippedRules.All, r =>
                {
                    Assert.NotEqual(r.Name, Liaison.Web.Infrastructure.Text.Messages.Translate(r.Name)); // the shipped rules' names and legal bases
                    Assert.NotEqual(r.LegalBasis, Liaison.Web.Infrastructure.Text.Messages.Translate(r.LegalBasis!));
                });
                Assert.All(Enum.GetValues<Liaison.Web.Features.Deadlines.DeadlineAnchor>().Where(a => a != Liaison.Web.Features.Deadlines.DeadlineAnchor.FixedDateInYear), anchor =>
                {
                    foreach (var offset in new[] { -10, -1, 0, 1, 30 })
                    {
                        var rule = new Liaison.Web.Features.Deadlines.DeadlineRule { Name = "r", Anchor = anchor, Offset = offset, Unit = Liaison.Web.Features.Deadlines.OffsetUnit.WorkingDays };
                        var words = Liaison.Web.Infrastructure.Text.Messages.Translate(rule.Describe());
                        Assert.DoesNotContain(" the ", words, StringComparison.Ordinal); // neither the sentence nor the anchor left in English
                    }
                });
            }

            // The report's Arabic breakdown by field names a field as the pages do.
            var byField = new Liaison.Web.Features.Reports.Breakdown("Agreements by field", string.Empty, []);
            Assert.Equal(Liaison.Web.Infrastructure.Text.Messages.Translate("Agriculture", "ar"),
                Liaison.Web.Features.Reports.ReportWordsAr.Line(byField, new Liaison.Web.Features.Reports.BreakdownLine("agriculture", "Agriculture", 1, null, "/")));

            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = Liaison.Web.Infrastructure.Text.Languages.Culture("vi");
            var yearly = new Liaison.Web.Features.Deadlines.DeadlineRule { Name = "r", Anchor = Liaison.Web.Features.Deadlines.DeadlineAnchor.FixedDateInYear, FixedMonth = 3, FixedDay = 15 };
            Assert.Contains("tháng 3", Liaison.Web.Infrastructure.Text.Messages.Translate(yearly.Describe()), StringComparison.Ordinal);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = before;
        }
    }

    /// <summary>Reference lists are translated too: every value of every fixed list has its label in each language.</summary>
    [Fact]
    public void EveryValueOfEveryList_HasItsLabelInVietnameseEnglishAndArabic()
    {
        var resources = new ResourceManager("Liaison.Web.Resources.EnumLabels", typeof(Liaison.Web.Ui).Assembly);
        var values = typeof(Liaison.Web.Ui).Assembly.GetTypes()
            .Where(t => t.IsEnum && t.IsPublic && t.Namespace?.StartsWith("Liaison.Web.Features", StringComparison.Ordinal) == true)
            .SelectMany(t => Enum.GetValues(t).Cast<Enum>())
            .Select(Liaison.Web.Infrastructure.Text.EnumWords.Key)
            .ToList();

        Assert.True(values.Count > 150, $"only {values.Count} values found");
        foreach (var culture in new[] { CultureInfo.InvariantCulture, CultureInfo.GetCultureInfo("vi"), CultureInfo.GetCultureInfo("ar") })
        {
            var labels = Keys(resources, culture);
            var missing = values.Where(v => !labels.TryGetValue(v, out var label) || string.IsNullOrWhiteSpace(label)).ToList();
            Assert.True(missing.Count == 0, $"{culture.Name}: no label for {string.Join(", ", missing)}");
        }

        Assert.Equal("Đoàn vào", Liaison.Web.Infrastructure.Text.EnumWords.Of(Liaison.Web.Features.Delegations.DelegationDirection.Inbound, CultureInfo.GetCultureInfo("vi-VN")));
        Assert.Equal("Memorandum of understanding", Liaison.Web.Infrastructure.Text.EnumWords.Of(Liaison.Web.Features.Agreements.AgreementKind.MemorandumOfUnderstanding, CultureInfo.GetCultureInfo("en-GB")));
        Assert.Equal("مذكرة تفاهم", Liaison.Web.Infrastructure.Text.EnumWords.Of(Liaison.Web.Features.Agreements.AgreementKind.MemorandumOfUnderstanding, CultureInfo.GetCultureInfo("ar-EG")));
    }

    private static Dictionary<string, string> Keys(ResourceManager resources, CultureInfo culture) =>
        resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
}
