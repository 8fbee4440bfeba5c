namespace Liaison.Web;

/// <summary>
/// The interface's words: <c>IStringLocalizer&lt;Ui&gt;</c> reads them from Resources/Ui.resx (English),
/// Ui.vi.resx and Ui.ar.resx. A test fails when a key is missing in any of the three.
/// </summary>
public sealed class Ui;
