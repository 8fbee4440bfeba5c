using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Liaison.Web.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class NationalCoveringIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Delegations_StartDate_Id",
                table: "Delegations");

            migrationBuilder.DropIndex(
                name: "IX_Activities_StartDate_Id",
                table: "Activities");

            migrationBuilder.CreateIndex(
                name: "IX_Delegations_StartDate_Id",
                table: "Delegations",
                columns: new[] { "StartDate", "Id" })
                .Annotation("Npgsql:IndexInclude", new[] { "ProvinceId", "Direction", "Status", "ArchivedAt", "MemberCount", "Purpose", "Level", "SubmittedByUnit" });

            migrationBuilder.CreateIndex(
                name: "IX_Activities_StartDate_Id",
                table: "Activities",
                columns: new[] { "StartDate", "Id" })
                .Annotation("Npgsql:IndexInclude", new[] { "ProvinceId", "Kind", "Status", "ArchivedAt", "ParticipantCount", "SubmittedByUnit" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Delegations_StartDate_Id",
                table: "Delegations");

            migrationBuilder.DropIndex(
                name: "IX_Activities_StartDate_Id",
                table: "Activities");

            migrationBuilder.CreateIndex(
                name: "IX_Delegations_StartDate_Id",
                table: "Delegations",
                columns: new[] { "StartDate", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Activities_StartDate_Id",
                table: "Activities",
                columns: new[] { "StartDate", "Id" });
        }
    }
}
