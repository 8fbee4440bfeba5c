using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Liaison.Web.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AidIatiIdentifier : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "IatiIdentifier",
                table: "AidProjects",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_AidProjects_ProvinceId_IatiIdentifier",
                table: "AidProjects",
                columns: new[] { "ProvinceId", "IatiIdentifier" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AidProjects_ProvinceId_IatiIdentifier",
                table: "AidProjects");

            migrationBuilder.DropColumn(
                name: "IatiIdentifier",
                table: "AidProjects");
        }
    }
}
