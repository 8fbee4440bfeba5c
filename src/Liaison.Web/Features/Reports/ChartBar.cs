namespace Liaison.Web.Features.Reports;

/// <summary>One bar of a chart: what it stands for, its figure (null when it could not be computed) and the list behind it.</summary>
public sealed record ChartBar(string Label, decimal? Value, string? Link);
