using System.Diagnostics;
using Liaison.Web.Features.Demo;
using Liaison.Web.Features.Reports;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests.Features.Reports;

/// <summary>The report as a PDF: it opens and renders to an image, and its Vietnamese and Arabic text is shaped.</summary>
public abstract class ReportPdfTests(LiaisonApp app) : AppTests(app)
{
    private static readonly string? Unavailable = TestEnvironment.Poppler is null
        ? "PDF tests skipped: install poppler-utils (pdftoppm, pdftotext) to render and read the PDF (.ci/run does)."
        : null;

    [Fact]
    public async Task TheVietnameseReport_RendersToAnImage_AndReadsBackWithItsDiacritics()
    {
        TestEnvironment.RequireUnderCi(Unavailable);
        Assert.SkipWhen(Unavailable is not null, Unavailable ?? string.Empty);
        var laiChau = await App.SignInDemoAsync("lai-chau@liaison.demo");

        var response = await laiChau.GetAsync("/api/reports/report.pdf?from=2020-01-01&to=2025-12-31&language=vi", Ct);
        var pdf = await SaveAsync(await response.Content.ReadAsByteArrayAsync(Ct));

        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var image = await RenderFirstPageAsync(pdf);
        Assert.True(new FileInfo(image).Length > 10_000, "the first page renders to an image with something on it");
        var text = await RunAsync("/usr/bin/pdftotext", $"-layout \"{pdf}\" -");
        Assert.Contains($"tỉnh Lai Châu đã đón {DemoDataLoader.LaiChauInboundDelegations} đoàn", string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheArabicReport_RendersToAnImage()
    {
        TestEnvironment.RequireUnderCi(Unavailable);
        Assert.SkipWhen(Unavailable is not null, Unavailable ?? string.Empty);
        var laiChau = await App.SignInDemoAsync("lai-chau@liaison.demo");

        var pdf = await SaveAsync(await laiChau.GetByteArrayAsync("/api/reports/report.pdf?from=2025-01-01&to=2025-12-31&language=ar", Ct));

        Assert.True(new FileInfo(await RenderFirstPageAsync(pdf)).Length > 10_000);
        Assert.Contains("NotoNaskhArabic", System.Text.Encoding.Latin1.GetString(await File.ReadAllBytesAsync(pdf, Ct)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSummaryCard_IsAPressSizedImage_OfThePeriodsHeadlineFigures()
    {
        var laiChau = await App.SignInDemoAsync("lai-chau@liaison.demo");

        var response = await laiChau.GetAsync("/api/reports/card.png?from=2020-01-01&to=2025-12-31&language=vi", Ct);
        var png = await response.Content.ReadAsByteArrayAsync(Ct);

        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        using var image = SkiaSharp.SKBitmap.Decode(png);
        Assert.Equal((ExportSummaryCard.Width, ExportSummaryCard.Height), (image.Width, image.Height));
        // Text in white on the dark ground: the figures were drawn, not just the background.
        var white = Enumerable.Range(0, image.Width / 4).SelectMany(x => Enumerable.Range(0, image.Height / 4).Select(y => image.GetPixel(x * 4, y * 4))).Count(p => p.Red > 240 && p.Green > 240 && p.Blue > 240);
        Assert.True(white > 500, $"only {white} white pixels");
        Directory.CreateDirectory(Liaison.Web.Tests.Browser.BrowserSession.Screenshots);
        await File.WriteAllBytesAsync(Path.Combine(Liaison.Web.Tests.Browser.BrowserSession.Screenshots, "summary-card.png"), png, Ct); // for a person to look at
    }

    private static async Task<string> SaveAsync(byte[] pdf)
    {
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        var path = Path.Combine(Path.GetTempPath(), $"liaison-report-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf, Ct);
        return path;
    }

    private static async Task<string> RenderFirstPageAsync(string pdf)
    {
        var prefix = Path.ChangeExtension(pdf, null);
        await RunAsync(TestEnvironment.Poppler!, $"-png -r 60 -f 1 -l 1 -singlefile \"{pdf}\" \"{prefix}\"");
        return prefix + ".png";
    }

    private static async Task<string> RunAsync(string program, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = await process.StandardOutput.ReadToEndAsync(Ct);
        var errors = await process.StandardError.ReadToEndAsync(Ct);
        await process.WaitForExitAsync(Ct);
        Assert.True(process.ExitCode == 0, $"{program} failed: {errors}");
        return output;
    }
}

public sealed class ReportPdfTests_Sqlite(SqliteDemoApp app) : ReportPdfTests(app);

/// <summary>What the PDF writer draws: HarfBuzz's glyphs, not the characters one by one.</summary>
public sealed class ReportPdfShapingTests
{
    [Fact]
    public void ArabicLetters_TakeTheirJoiningForms()
    {
        var alone = ReportPdfWriter.Glyphs("ب");
        var joined = ReportPdfWriter.Glyphs("ببب");

        Assert.Single(alone);
        Assert.Equal(3, joined.Length);
        Assert.DoesNotContain(alone[0], joined); // initial, medial and final forms, none of them the isolated one
        Assert.Equal(3, joined.Distinct().Count());
    }

    [Fact]
    public void AnArabicLine_IsCutIntoRunsOfEachScript_InTheOrderTheyAreWritten()
    {
        Assert.Equal(["تقرير الشؤون: ", "Lai Chau 2025"], ReportPdfWriter.Runs("تقرير الشؤون: Lai Chau 2025"));
        Assert.Equal(["عام ", "2025 ", "في لاي تشاو"], ReportPdfWriter.Runs("عام 2025 في لاي تشاو")); // the year sits between the words, read left to right
    }

    [Fact]
    public void VietnameseLetters_WithTwoMarks_AreDrawnAsOneLetter()
    {
        // "ệ" typed as e + dot below + circumflex (as some keyboards send it) becomes one glyph, like the precomposed letter.
        Assert.Equal(ReportPdfWriter.Glyphs("\u1EC7"), ReportPdfWriter.Glyphs("e\u0323\u0302"));
    }
}
