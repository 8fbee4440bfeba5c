using Liaison.Web.Infrastructure.Results;
using Liaison.Web.Infrastructure.Web;

namespace Liaison.Web.Features.Reports;

public static class ReportEndpoints
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static void MapReportEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/reports").WithTags("Reports").RequireRateLimiting(WebSecurity.ApiLimit);

        api.MapGet("/", async ([AsParameters] ReportQuery query, BuildReportHandler handler, CancellationToken ct) =>
            (await handler.HandleAsync(query, ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithSummary("The period report (province: codes, comma-separated, for the ministry; from, to; currency): every figure by year and beside the previous period, how it was counted, and the link to its records.");

        api.MapGet("/report.xlsx", async ([AsParameters] ReportQuery query, BuildReportHandler handler, ExportReportXlsxHandler xlsx, CancellationToken ct) =>
        {
            var report = await handler.HandleAsync(query, ct);
            return report.Succeeded
                ? Results.File(await xlsx.WriteAsync(report.Value!, ct), Xlsx, FileName(report.Value!, "xlsx"))
                : report.Failure!.ToProblem();
        }).WithSummary("The same report as a workbook: the summary, each breakdown, and the delegations and activities counted.");

        api.MapGet("/report.docx", async ([AsParameters] ReportQuery query, BuildReportHandler handler, CancellationToken ct) =>
        {
            var report = await handler.HandleAsync(query, ct);
            return report.Succeeded
                ? Results.File(ExportReportDocx.Write(report.Value!, query.InVietnamese), Docx, FileName(report.Value!, "docx"))
                : report.Failure!.ToProblem();
        }).WithSummary("The same report as a Word document with a paragraph per section written from the figures (language: vi or en).");

        api.MapGet("/report.pdf", async ([AsParameters] ReportQuery query, BuildReportHandler handler, CancellationToken ct) =>
        {
            var report = await handler.HandleAsync(query, ct);
            return report.Succeeded
                ? Results.File(ExportReportPdf.Write(report.Value!, query.SafeLanguage), "application/pdf", FileName(report.Value!, "pdf"))
                : report.Failure!.ToProblem();
        }).WithSummary("The same report as a PDF (language: vi, en or ar), with its fonts embedded and its text shaped.");

        api.MapGet("/card.png", async ([AsParameters] ReportQuery query, BuildReportHandler handler, CancellationToken ct) =>
        {
            var report = await handler.HandleAsync(query, ct);
            return report.Succeeded
                ? Results.File(ExportSummaryCard.Write(report.Value!, query.InVietnamese), "image/png", FileName(report.Value!, "png"))
                : report.Failure!.ToProblem();
        }).WithSummary("The period's headline figures on one press-ready image, 1200 × 630 (language: vi or en).");
    }

    private static string FileName(Report report, string extension) =>
        $"liaison-report-{(report.AllProvinces ? "all" : report.ProvinceCodes.Replace(',', '-'))}-{Dates.Format(report.From, "yyyyMMdd")}-{Dates.Format(report.To, "yyyyMMdd")}.{extension}";
}
