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
}
