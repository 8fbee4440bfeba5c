using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Liaison.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReportCoveringIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TradeFigures_ProvinceId",
                table: "TradeFigures");

            migrationBuilder.DropIndex(
                name: "IX_Partners_ProvinceId",
                table: "Partners");

            migrationBuilder.DropIndex(
                name: "IX_OverseasContacts_ProvinceId",
                table: "OverseasContacts");

            migrationBuilder.DropIndex(
                name: "IX_InvestmentProjects_ProvinceId",
                table: "InvestmentProjects");

            migrationBuilder.DropIndex(
                name: "IX_ForeignNgos_ProvinceId",
                table: "ForeignNgos");

            migrationBuilder.DropIndex(
                name: "IX_ExternalInfoItems_ProvinceId",
                table: "ExternalInfoItems");

            migrationBuilder.DropIndex(
                name: "IX_Delegations_ProvinceId",
                table: "Delegations");

            migrationBuilder.DropIndex(
                name: "IX_Delegations_ProvinceId_Direction_StartDate",
                table: "Delegations");

            migrationBuilder.DropIndex(
                name: "IX_CitizenCases_ProvinceId",
                table: "CitizenCases");

            migrationBuilder.DropIndex(
                name: "IX_BorderIncidents_ProvinceId",
                table: "BorderIncidents");

            migrationBuilder.DropIndex(
                name: "IX_ApecApplications_ProvinceId",
                table: "ApecApplications");

            migrationBuilder.DropIndex(
                name: "IX_AidProjects_ProvinceId",
                table: "AidProjects");

            migrationBuilder.DropIndex(
                name: "IX_Agreements_ProvinceId",
                table: "Agreements");

            migrationBuilder.DropIndex(
                name: "IX_Activities_ProvinceId",
                table: "Activities");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_TradeFigures_ProvinceId",
                table: "TradeFigures",
                column: "ProvinceId");

            migrationBuilder.CreateIndex(
                name: "IX_Partners_ProvinceId",
                table: "Partners",
                column: "ProvinceId");

            migrationBuilder.CreateIndex(
                name: "IX_OverseasContacts_ProvinceId",
                table: "OverseasContacts",
                column: "ProvinceId");

            migrationBuilder.CreateIndex(
                name: "IX_InvestmentProjects_ProvinceId",
                table: "InvestmentProjects",
                column: "ProvinceId");

            migrationBuilder.CreateIndex(
                name: "IX_ForeignNgos_ProvinceId",
                table: "ForeignNgos",
                column: "ProvinceId");

            migrationBuilder.CreateIndex(
                name: "IX_ExternalInfoItems_ProvinceId",
                table: "ExternalInfoItems",
                column: "ProvinceId");

            migrationBuilder.CreateIndex(
                name: "IX_Delegations_ProvinceId",
                table: "Delegations",
                column: "ProvinceId");

            migrationBuilder.CreateIndex(
                name: "IX_Delegations_ProvinceId_Direction_StartDate",
                table: "Delegations",
                columns: new[] { "ProvinceId", "Direction", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_CitizenCases_ProvinceId",
                table: "CitizenCases",
                column: "ProvinceId");

            migrationBuilder.CreateIndex(
                name: "IX_BorderIncidents_ProvinceId",
                table: "BorderIncidents",
                column: "ProvinceId");

            migrationBuilder.CreateIndex(
                name: "IX_ApecApplications_ProvinceId",
                table: "ApecApplications",
                column: "ProvinceId");

            migrationBuilder.CreateIndex(
                name: "IX_AidProjects_ProvinceId",
                table: "AidProjects",
                column: "ProvinceId");

            migrationBuilder.CreateIndex(
                name: "IX_Agreements_ProvinceId",
                table: "Agreements",
                column: "ProvinceId");

            migrationBuilder.CreateIndex(
                name: "IX_Activities_ProvinceId",
                table: "Activities",
                column: "ProvinceId");
        }
    }
}
