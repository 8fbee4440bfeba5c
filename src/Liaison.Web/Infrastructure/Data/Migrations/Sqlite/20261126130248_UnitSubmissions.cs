using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Liaison.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class UnitSubmissions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SubmittedByUnit",
                table: "Delegations",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Unit",
                table: "AspNetUsers",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubmittedByUnit",
                table: "Activities",
                type: "TEXT",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SubmittedByUnit",
                table: "Delegations");

            migrationBuilder.DropColumn(
                name: "Unit",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "SubmittedByUnit",
                table: "Activities");
        }
    }
}
