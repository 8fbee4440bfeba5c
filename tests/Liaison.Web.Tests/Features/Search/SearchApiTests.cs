using System.Net;
using Liaison.Web.Features.Accounts;
using Liaison.Web.Features.Partners;
using Liaison.Web.Features.Search;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Search;
using Liaison.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.Web.Tests.Features.Search;

/// <summary>The search box: the database's full-text index, words with or without diacritics, Arabic variants, and only what the reader may read.</summary>
public abstract class SearchApiTests(LiaisonApp app) : AppTests(app)
{
    [Fact]
    public async Task VietnameseWords_AreFoundWithOrWithoutDiacritics_AndExactOnesRankFirst()
    {
        var officer = await App.SignInNewUserAsync("ha-tinh");
        var marker = Marker();
        var plain = await TestData.CreatePartnerAsync(officer, TestData.Partner($"Lai Chau liaison office {marker}"));
        var accented = await TestData.CreatePartnerAsync(officer, TestData.Partner($"Hội hữu nghị Lai Châu {marker}"));
        var dienBien = await TestData.CreatePartnerAsync(officer, TestData.Partner($"Đoàn Điện Biên {marker}"));
        var tuyenQuang = await TestData.CreatePartnerAsync(officer, TestData.Partner($"Tuyên Quang trade office {marker}"));

        var withoutDiacritics = await SearchAsync(officer, $"lai chau {marker}");
        var withDiacritics = await SearchAsync(officer, $"Lai Châu {marker}");

        Assert.Equal([plain.Id, accented.Id], withoutDiacritics.Hits.Select(h => h.Id).Order());
        Assert.Equal([accented.Id, plain.Id], withDiacritics.Hits.Select(h => h.Id)); // the exact spelling first
        Assert.True(withDiacritics.Hits[0].Exact);
        Assert.Equal(dienBien.Id, (await SearchAsync(officer, $"dien bien {marker}")).Hits.Single().Id); // đ included
        Assert.Equal(tuyenQuang.Id, (await SearchAsync(officer, $"tuyen quang {marker}")).Hits.Single().Id);
        Assert.Equal(tuyenQuang.Id, (await SearchAsync(officer, $"tuy {marker}")).Hits.Single().Id); // the start of a word
        Assert.Equal(["Lai", "Châu", marker], withoutDiacritics.Hits.Single(h => h.Id == accented.Id).TitleParts.Where(p => p.Match).Select(p => p.Text));
        Assert.Equal(["Điện", "Biên", marker], (await SearchAsync(officer, $"dien bien {marker}")).Hits.Single().TitleParts.Where(p => p.Match).Select(p => p.Text));
    }

    [Fact]
    public async Task ArabicSpellingVariants_FindEachOther()
    {
        var officer = await App.SignInNewUserAsync("ha-tinh");
        var marker = Marker();
        var cairo = TestData.Partner($"Cairo Governorate {marker}");
        cairo.NativeName = "مُحافَظة القاهرة"; // short vowels, taa marbuta
        var aswan = TestData.Partner($"Aswan {marker}");
        aswan.NativeName = "مدينـــة أسوان الكبرى"; // tatweel, hamza on alef, alef maqsura
        var cairoId = (await TestData.CreatePartnerAsync(officer, cairo)).Id;
        var aswanId = (await TestData.CreatePartnerAsync(officer, aswan)).Id;

        Assert.Equal(cairoId, (await SearchAsync(officer, $"محافظه {marker}")).Hits.Single().Id);
        Assert.Equal(cairoId, (await SearchAsync(officer, $"القاهره {marker}")).Hits.Single().Id);
        Assert.Equal(aswanId, (await SearchAsync(officer, $"مدينة اسوان {marker}")).Hits.Single().Id);
        Assert.Equal(aswanId, (await SearchAsync(officer, $"إسوان الكبري {marker}")).Hits.Single().Id);
        Assert.Contains(new TextPart("مُحافَظة", true), (await SearchAsync(officer, $"محافظه {marker}")).Hits.Single().Snippet);
    }

    [Fact]
    public async Task TheSearch_ShowsOnlyWhatTheReaderMayRead()
    {
        var officer = await App.SignInNewUserAsync("ha-tinh");
        var elsewhere = await App.SignInNewUserAsync("nghe-an");
        var ministry = await App.SignInNewUserAsync("nghe-an", Roles.MinistryReader);
        var admin = await App.SignInNewUserAsync("ha-tinh", Roles.Administrator);
        var border = await App.SignInNewBorderUserAsync("ha-tinh");
        var marker = Marker();
        var own = await TestData.CreatePartnerAsync(officer, TestData.Partner($"Savannakhet {marker}"));
        var theirs = await TestData.CreatePartnerAsync(elsewhere, TestData.Partner($"Khammouane {marker}"));
        var incident = await ReadAsync<Liaison.Web.Features.Border.BorderIncidentDetails>(await PostJsonAsync(border, "/api/border/incidents", new Liaison.Web.Features.Border.BorderIncidentInput
        {
            OccurredOn = new DateOnly(2025, 4, 1), Place = $"Marker 12 {marker}", Kind = Liaison.Web.Features.Border.IncidentKind.Other, Description = "Seen", Status = Liaison.Web.Features.Border.IncidentStatus.Reported,
        }));

        Assert.Equal([own.Id], (await SearchAsync(officer, marker)).Hits.Select(h => h.Id));
        Assert.Equal([theirs.Id], (await SearchAsync(elsewhere, marker)).Hits.Select(h => h.Id));
        Assert.Equal([own.Id, theirs.Id], (await SearchAsync(ministry, marker)).Hits.Where(h => h.Type == "Partner").Select(h => h.Id).Order());
        Assert.Empty((await SearchAsync(admin, marker)).Hits);
        Assert.Contains((await SearchAsync(border, marker)).Hits, h => h.Type == "BorderIncident" && h.Id == incident.Id);
        Assert.DoesNotContain((await SearchAsync(officer, marker)).Hits, h => h.Type == "BorderIncident");
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.Anonymous().GetAsync($"/api/search?q={marker}", Ct)).StatusCode);
    }

    [Fact]
    public async Task TheIndex_FollowsEachSave_AndAnArchivedRecordLeavesTheResults()
    {
        var officer = await App.SignInNewUserAsync("ha-tinh");
        var marker = Marker();
        var partner = await TestData.CreatePartnerAsync(officer, TestData.Partner($"Champasak {marker}"));
        var renamed = partner.ToInput();
        renamed.NameEn = $"Attapeu {marker}";

        Assert.Single((await SearchAsync(officer, $"champasak {marker}")).Hits);
        Assert.Equal(HttpStatusCode.OK, (await PutJsonAsync(officer, $"/api/partners/{partner.Id}", renamed)).StatusCode);
        Assert.Empty((await SearchAsync(officer, $"champasak {marker}")).Hits);
        Assert.Single((await SearchAsync(officer, $"attapeu {marker}")).Hits);
        Assert.True((await officer.PostAsync($"/api/partners/{partner.Id}/archive", null, Ct)).IsSuccessStatusCode);
        Assert.Empty((await SearchAsync(officer, $"attapeu {marker}")).Hits);
    }

    [Fact]
    public async Task MarkupTypedIntoARecord_IsShownAsText_OnTheResultsPage()
    {
        var officer = await App.SignInNewUserAsync("ha-tinh");
        var marker = Marker();
        await TestData.CreatePartnerAsync(officer, TestData.Partner($"<script>alert(1)</script> Luang Prabang {marker}"));

        var page = await officer.GetStringAsync($"/search?q={marker}", Ct);

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; Luang Prabang <mark>" + marker + "</mark>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryProvinceRecord_IsIndexedByTheDatabase()
    {
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var records = db.Model.GetEntityTypes().Where(t => typeof(ProvinceRecord).IsAssignableFrom(t.ClrType)).Select(t => (t.ClrType.Name, t.GetTableName())).Order().ToList();

        Assert.Equal(records, SearchIndexSql.Records.Select(r => (r.Type, (string?)r.Table)).Order().ToList());
        Assert.Equal(SearchIndexSql.Records.Count, SearchIndexSql.Records.Select(r => r.Number).Distinct().Count());
        Assert.Equal([.. SearchIndexSql.Records.Select(r => r.Type).Where(t => t != "Attachment").Order()], SearchRecordsHandler.Types.Order().ToList());
        Assert.Equal(SearchRecordsHandler.Types.Order(), Liaison.Web.Features.Shared.RecordKinds.Types.Order()); // every hit has words and a page
        // A migration that rebuilds a table (as SQLite's do to change a column) drops its triggers: every table must still have them.
        var triggers = db.Database.IsNpgsql()
            ? await db.Database.SqlQueryRaw<string>("SELECT tgname AS \"Value\" FROM pg_trigger WHERE tgname LIKE 'search_%'").ToListAsync(Ct)
            : await db.Database.SqlQueryRaw<string>("SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search_%'").ToListAsync(Ct);
        Assert.All(SearchIndexSql.Records, r => Assert.Contains(triggers, t => t.StartsWith($"search_{r.Table}", StringComparison.Ordinal)));
    }

    private static string Marker() => "zq" + Guid.NewGuid().ToString("N")[..10];

    private static async Task<SearchResults> SearchAsync(HttpClient client, string q) =>
        await ReadAsync<SearchResults>(await client.GetAsync($"/api/search?q={Uri.EscapeDataString(q)}", Ct));
}

public sealed class SearchApiTests_Sqlite(SqliteApp app) : SearchApiTests(app);

public sealed class SearchApiTests_Postgres(PostgresApp app) : SearchApiTests(app);
