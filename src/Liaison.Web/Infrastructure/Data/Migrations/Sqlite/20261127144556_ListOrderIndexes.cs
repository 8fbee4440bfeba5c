using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Liaison.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ListOrderIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DelegationCountry_CountryCode",
                table: "DelegationCountry");

            migrationBuilder.CreateIndex(
                name: "IX_Delegations_ProvinceId_StartDate_Id",
                table: "Delegations",
                columns: new[] { "ProvinceId", "StartDate", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Delegations_StartDate_Id",
                table: "Delegations",
                columns: new[] { "StartDate", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_DelegationCountry_CountryCode_DelegationId",
                table: "DelegationCountry",
                columns: new[] { "CountryCode", "DelegationId" });

            migrationBuilder.CreateIndex(
                name: "IX_Activities_ProvinceId_StartDate_Id",
                table: "Activities",
                columns: new[] { "ProvinceId", "StartDate", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Activities_StartDate_Id",
                table: "Activities",
                columns: new[] { "StartDate", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Delegations_ProvinceId_StartDate_Id",
                table: "Delegations");

            migrationBuilder.DropIndex(
                name: "IX_Delegations_StartDate_Id",
                table: "Delegations");

            migrationBuilder.DropIndex(
                name: "IX_DelegationCountry_CountryCode_DelegationId",
                table: "DelegationCountry");

            migrationBuilder.DropIndex(
                name: "IX_Activities_ProvinceId_StartDate_Id",
                table: "Activities");

            migrationBuilder.DropIndex(
                name: "IX_Activities_StartDate_Id",
                table: "Activities");

            migrationBuilder.CreateIndex(
                name: "IX_DelegationCountry_CountryCode",
                table: "DelegationCountry",
                column: "CountryCode");
        }
    }
}
