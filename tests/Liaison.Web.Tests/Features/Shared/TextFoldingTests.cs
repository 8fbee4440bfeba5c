using Liaison.Web.Infrastructure.Text;

namespace Liaison.Web.Tests.Features.Shared;

public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("Lai Châu", "lai chau")]
    [InlineData("Điện Biên", "dien bien")]
    [InlineData("TUYÊN  QUANG", "tuyen quang")]
    [InlineData("  Thành phố Hồ Chí Minh ", "thanh pho ho chi minh")]
    [InlineData(null, "")]
    public void Fold_RemovesDiacriticsCaseAndExtraSpace(string? text, string expected) =>
        Assert.Equal(expected, TextFolding.Fold(text));

    [Theory]
    [InlineData("أحمد", "احمد")] // hamza above alef
    [InlineData("إسلام", "اسلام")] // hamza below alef
    [InlineData("آمال", "امال")] // madda
    [InlineData("ٱلله", "الله")] // alef wasla
    [InlineData("القاهرة", "القاهره")] // taa marbuta
    [InlineData("مستشفى", "مستشفي")] // alef maqsura
    [InlineData("مدينـــة", "مدينه")] // tatweel
    [InlineData("مُحَمَّد", "محمد")] // short vowels and shadda
    public void Fold_NormalisesArabicSpellingVariants(string text, string expected) =>
        Assert.Equal(expected, TextFolding.Fold(text));

    [Fact]
    public void Highlight_MarksTheWrittenWords_ThatTheFoldedTermsMatch()
    {
        var parts = Liaison.Web.Features.Search.Highlight.Parts("Hội hữu nghị Lai Châu – Điện Biên", ["chau", "dien"]);

        Assert.Equal(["Châu", "Điện"], parts.Where(p => p.Match).Select(p => p.Text));
        Assert.Equal("Hội hữu nghị Lai Châu – Điện Biên", string.Concat(parts.Select(p => p.Text)));
        Assert.Equal(["Sơn"], Liaison.Web.Features.Search.Highlight.Parts("Lạng Sơn", ["son"]).Where(p => p.Match).Select(p => p.Text));
        Assert.DoesNotContain(Liaison.Web.Features.Search.Highlight.Parts("Vinason", ["son"]), p => p.Match); // inside a word: not a match
        // Characters of two UTF-16 units (an emoji, a rare CJK character) and Korean syllables are whole characters too.
        Assert.Equal(["문경시"], Liaison.Web.Features.Search.Highlight.Parts("🤝 Mungyeong 문경시 𠀋", ["문경시"]).Where(p => p.Match).Select(p => p.Text));
        Assert.Equal(["𠀋"], Liaison.Web.Features.Search.Highlight.Parts("🤝 Mungyeong 문경시 𠀋", [TextFolding.Fold("𠀋")]).Where(p => p.Match).Select(p => p.Text));
        var snippet = Liaison.Web.Features.Search.Highlight.Snippet(string.Concat(Enumerable.Repeat("🤝", 200)), ["x"], length: 7);
        Assert.All(snippet, p => Assert.False(char.IsHighSurrogate(p.Text.TrimEnd('…')[^1])));
    }
}
