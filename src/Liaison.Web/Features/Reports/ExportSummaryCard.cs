using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace Liaison.Web.Features.Reports;

/// <summary>
/// The period's headline figures on one press-ready image (1200 × 630, the size social networks and news
/// sites show whole): the title, the period and six figures, each from the same report as the tables.
/// </summary>
public static class ExportSummaryCard
{
    public const int Width = 1200, Height = 630;

    private static readonly string[] Headlines = ["inbound-delegations", "inbound-visitors", "agreements-signed", "activities", "aid-disbursed", "fdi-projects-register"];

    public static byte[] Write(Report report, bool vi)
    {
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height)) ?? throw new InvalidOperationException("Could not draw the card.");
        var canvas = surface.Canvas;
        canvas.Clear(new SKColor(0x1B, 0x4B, 0x66));
        using var white = new SKPaint { Color = SKColors.White, IsAntialias = true };
        using var pale = new SKPaint { Color = new SKColor(0xC6, 0xDB, 0xEF), IsAntialias = true };
        using var regular = new SKShaper(ReportPdfWriter.Typeface(bold: false));
        using var bold = new SKShaper(ReportPdfWriter.Typeface(bold: true));

        void Text(SKShaper shaper, string text, float x, float y, float size, SKPaint paint, bool isBold)
        {
            using var font = new SKFont(ReportPdfWriter.Typeface(isBold), size);
            canvas.DrawShapedText(shaper, text, x, y, SKTextAlign.Left, font, paint);
        }

        var title = ReportNarrative.Title(report, vi);
        Text(bold, title, 60, 100, FitSize(bold, title, Width - 120, 38), white, isBold: true);
        Text(regular, vi ? "Số liệu từ hồ sơ Liaison, mỗi con số có danh sách hồ sơ kèm theo" : "Counted from the records in Liaison, each figure with the list behind it", 60, 150, 22, pale, isBold: false);
        for (var i = 0; i < Headlines.Length; i++)
        {
            var indicator = report.Find(Headlines[i]);
            var x = 60 + (i % 3) * 370;
            var y = 270 + (i / 3) * 190;
            var value = indicator.Unit == report.Currency ? ReportNarrative.Amount(indicator, vi) : ReportNarrative.Number(indicator.Value, vi);
            Text(bold, value, x, y, FitSize(bold, value, 340, 56), white, isBold: true);
            var label = vi ? ReportWordsVi.Title(indicator) : indicator.Title;
            Text(regular, label, x, y + 45, FitSize(regular, label, 340, 22), pale, isBold: false);
        }

        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    /// <summary>The largest size, from <paramref name="start"/> down to two thirds of it, at which the text fits the width.</summary>
    private static float FitSize(SKShaper shaper, string text, float width, float start)
    {
        var size = start;
        while (size > start * 2 / 3)
        {
            using var font = new SKFont(ReportPdfWriter.Typeface(bold: true), size);
            if (shaper.Shape(text, font).Width <= width)
            {
                break;
            }

            size -= 1;
        }

        return size;
    }
}
