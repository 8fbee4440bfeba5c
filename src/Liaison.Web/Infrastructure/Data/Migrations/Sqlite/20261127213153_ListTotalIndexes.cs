using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Liaison.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ListTotalIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Delegations_ProvinceId_ArchivedAt",
                table: "Delegations",
                columns: new[] { "ProvinceId", "ArchivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Activities_ProvinceId_ArchivedAt",
                table: "Activities",
                columns: new[] { "ProvinceId", "ArchivedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Delegations_ProvinceId_ArchivedAt",
                table: "Delegations");

            migrationBuilder.DropIndex(
                name: "IX_Activities_ProvinceId_ArchivedAt",
                table: "Activities");
        }
    }
}
