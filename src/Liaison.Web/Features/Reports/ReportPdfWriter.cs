using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace Liaison.Web.Features.Reports;

/// <summary>
/// Lays text and tables out on A4 pages of a PDF. Every run of text is shaped by HarfBuzz before it is drawn,
/// so Vietnamese stacked diacritics and Arabic joining forms come out right; a paragraph in Arabic script is set
/// in Noto Naskh Arabic and aligned to the right, anything else in Noto Sans. Both fonts ship in the assembly
/// (SIL OFL), so the PDF looks the same on every server.
/// </summary>
public sealed class ReportPdfWriter : IDisposable
{
    private const float Width = 595, Height = 842, Margin = 48;

    private static readonly Lazy<SKTypeface> Sans = new(() => Load("NotoSans-Regular"));
    private static readonly Lazy<SKTypeface> SansBold = new(() => Load("NotoSans-Bold"));
    private static readonly Lazy<SKTypeface> Naskh = new(() => Load("NotoNaskhArabic-Regular"));

    /// <summary>The shipped fonts, for other drawings of the report (the summary card).</summary>
    internal static SKTypeface Typeface(bool bold) => bold ? SansBold.Value : Sans.Value;

    private readonly SKDocument _document;
    private readonly Dictionary<SKTypeface, SKShaper> _shapers = [];
    private readonly SKPaint _ink = new() { Color = SKColors.Black, IsAntialias = true };
    private readonly SKPaint _rule = new() { Color = new SKColor(0xB0, 0xB8, 0xC0), StrokeWidth = 0.5f, IsAntialias = true };
    private SKCanvas? _canvas;
    private float _y;

    public ReportPdfWriter(Stream output, string title)
    {
        _document = SKDocument.CreatePdf(output, new SKDocumentPdfMetadata { Title = title, Creator = "Liaison", Producer = "Liaison (SkiaSharp)" })
            ?? throw new InvalidOperationException("Could not start a PDF document.");
        NewPage();
    }

    /// <summary>True for text in Arabic script, which is set right to left in the Arabic font.</summary>
    public static bool IsArabic(string text) => text.Any(c => c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF');

    /// <summary>The glyphs HarfBuzz chooses for the text in the font the writer would use: what gets drawn.</summary>
    public static uint[] Glyphs(string text)
    {
        using var shaper = new SKShaper(IsArabic(text) ? Naskh.Value : Sans.Value);
        using var font = new SKFont(IsArabic(text) ? Naskh.Value : Sans.Value, 12);
        return shaper.Shape(text, font).Codepoints;
    }

    /// <summary>A paragraph, wrapped at word boundaries to the page's width.</summary>
    public void Paragraph(string text, float size, bool bold = false, float spaceAfter = 6)
    {
        var arabic = IsArabic(text);
        using var font = Font(arabic, bold, size);
        var shaper = Shaper(font.Typeface);
        var lineHeight = size * (arabic ? 1.6f : 1.35f);
        foreach (var line in Wrap(text, shaper, font, Width - 2 * Margin))
        {
            EnsureRoom(lineHeight);
            _y += lineHeight;
            if (arabic)
            {
                DrawRightToLeft(line, Width - Margin, _y - size * 0.3f, bold, size);
            }
            else
            {
                _canvas!.DrawShapedText(shaper, line, Margin, _y - size * 0.3f, SKTextAlign.Left, font, _ink);
            }
        }

        _y += spaceAfter;
    }

    /// <summary>A table with a bold header row; the first column takes what the others leave, numbers sit right.</summary>
    public void Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, float size = 8)
    {
        var columns = header.Count;
        // Figures get up to 62 points each, but the first column keeps at least 150 for the figure's name.
        var numberWidth = Math.Max(40f, Math.Min(62f, (Width - 2 * Margin - 150) / Math.Max(1, columns - 1)));
        var firstWidth = Width - 2 * Margin - numberWidth * (columns - 1);
        var rowHeight = size * 1.9f;
        void Row(IReadOnlyList<string> cells, bool bold)
        {
            EnsureRoom(rowHeight);
            _y += rowHeight;
            for (var i = 0; i < cells.Count && i < columns; i++)
            {
                var arabic = IsArabic(cells[i]);
                using var font = Font(arabic, bold, size);
                var shaper = Shaper(font.Typeface);
                var text = Fit(cells[i], shaper, font, (i == 0 ? firstWidth : numberWidth) - 4);
                var right = i > 0 || arabic;
                var x = i == 0 ? (right ? Margin + firstWidth - 2 : Margin) : Margin + firstWidth + numberWidth * i - 2;
                _canvas!.DrawShapedText(shaper, text, x, _y - rowHeight * 0.3f, right ? SKTextAlign.Right : SKTextAlign.Left, font, _ink);
            }

            _canvas!.DrawLine(Margin, _y, Width - Margin, _y, _rule);
        }

        Row(header, bold: true);
        foreach (var row in rows)
        {
            Row(row, bold: false);
        }

        _y += 10;
    }

    /// <summary>
    /// A line whose base direction is right to left, drawn from its right edge. HarfBuzz shapes a run but does
    /// not reorder a line, so this does the little of the bidirectional algorithm a report needs: the line is cut
    /// into runs of Arabic and of everything else (names in Latin letters, numbers), each run shaped in its own
    /// font and direction, and the runs placed right to left in the order they are written.
    /// </summary>
    private void DrawRightToLeft(string line, float right, float baseline, bool bold, float size)
    {
        var x = right;
        foreach (var run in Runs(line))
        {
            // A run is Arabic by its letters; its punctuation (an Arabic comma in a Latin run) doesn't decide.
            var arabic = run.FirstOrDefault(char.IsLetterOrDigit) is var first && first != default && IsArabic(first.ToString());
            using var font = Font(arabic, bold, size);
            var shaper = Shaper(font.Typeface);
            var width = shaper.Shape(run, font).Width;
            x -= width;
            _canvas!.DrawShapedText(shaper, run, x, baseline, SKTextAlign.Left, font, _ink);
        }
    }

    /// <summary>Runs of Arabic and of other script; spaces and punctuation go with the run they follow.</summary>
    internal static IEnumerable<string> Runs(string line)
    {
        var start = 0;
        bool? arabic = null;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (!char.IsLetterOrDigit(c))
            {
                continue; // neutral: stays in the current run
            }

            var isArabic = IsArabic(c.ToString());
            if (arabic is { } current && current != isArabic)
            {
                // Neutrals at the boundary (a space, a comma) close the run before.
                var cut = i;
                while (cut > start && !char.IsLetterOrDigit(line[cut - 1]) && line[cut - 1] != ' ')
                {
                    cut--;
                }

                yield return line[start..cut];
                start = cut;
            }

            arabic = isArabic;
        }

        if (start < line.Length)
        {
            yield return line[start..];
        }
    }

    public void Dispose()
    {
        _document.EndPage();
        _document.Close();
        _document.Dispose();
        foreach (var shaper in _shapers.Values)
        {
            shaper.Dispose();
        }

        _ink.Dispose();
        _rule.Dispose();
    }

    private static SKTypeface Load(string name)
    {
        using var stream = typeof(ReportPdfWriter).Assembly.GetManifestResourceStream($"Liaison.fonts.{name}.ttf")
            ?? throw new InvalidOperationException($"The embedded font {name} is missing.");
        return SKTypeface.FromStream(stream) ?? throw new InvalidOperationException($"The embedded font {name} could not be read.");
    }

    private static SKFont Font(bool arabic, bool bold, float size) => new(arabic ? Naskh.Value : bold ? SansBold.Value : Sans.Value, size);

    private SKShaper Shaper(SKTypeface typeface)
    {
        if (!_shapers.TryGetValue(typeface, out var shaper))
        {
            shaper = new SKShaper(typeface);
            _shapers[typeface] = shaper;
        }

        return shaper;
    }

    private static IEnumerable<string> Wrap(string text, SKShaper shaper, SKFont font, float width)
    {
        var line = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && shaper.Shape(candidate, font).Width > width)
            {
                yield return line;
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        if (line.Length > 0)
        {
            yield return line;
        }
    }

    /// <summary>The text, shortened with an ellipsis until it fits the cell.</summary>
    private static string Fit(string text, SKShaper shaper, SKFont font, float width)
    {
        if (shaper.Shape(text, font).Width <= width)
        {
            return text;
        }

        var cut = text;
        while (cut.Length > 1 && shaper.Shape(cut + "…", font).Width > width)
        {
            cut = cut[..^1];
        }

        return cut + "…";
    }

    private void EnsureRoom(float height)
    {
        if (_y + height > Height - Margin)
        {
            _document.EndPage();
            NewPage();
        }
    }

    private void NewPage()
    {
        _canvas = _document.BeginPage(Width, Height);
        _y = Margin;
    }
}
