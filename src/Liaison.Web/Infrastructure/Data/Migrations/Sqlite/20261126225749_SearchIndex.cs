using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Liaison.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SearchIndex : Migration
    {
        // The record types as they stood at this migration; a later record type gets its own migration.
        private static readonly (string Type, string Table, int Number)[] Records =
        [
            ("Partner", "Partners", 1), ("Delegation", "Delegations", 2), ("Agreement", "Agreements", 3), ("Activity", "Activities", 4),
            ("Attachment", "Attachment", 5), ("AidProject", "AidProjects", 6), ("InvestmentProject", "InvestmentProjects", 7), ("TradeFigure", "TradeFigures", 8),
            ("LabourProgramme", "LabourProgrammes", 9), ("Mechanism", "Mechanisms", 10), ("MechanismSession", "MechanismSessions", 11), ("BorderGate", "BorderGates", 12),
            ("VillagePair", "VillagePairs", 13), ("BorderIncident", "BorderIncidents", 14),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Liaison.Web.Infrastructure.Search.SearchIndexSql.CreateSqlite(Records));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Liaison.Web.Infrastructure.Search.SearchIndexSql.DropSqlite());
        }
    }
}
