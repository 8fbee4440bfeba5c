using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Liaison.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LabourProgrammes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LabourProgrammes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    PartnerId = table.Column<int>(type: "INTEGER", nullable: false),
                    AgreementId = table.Column<int>(type: "INTEGER", nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ProvinceId = table.Column<int>(type: "INTEGER", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    ArchivedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LabourProgrammes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LabourProgrammes_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_LabourProgrammes_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LabourProgrammes_Provinces_ProvinceId",
                        column: x => x.ProvinceId,
                        principalTable: "Provinces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LabourSeason",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LabourProgrammeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    WorkersSent = table.Column<int>(type: "INTEGER", nullable: false),
                    ReturnedOnTime = table.Column<int>(type: "INTEGER", nullable: false),
                    StayedIllegally = table.Column<int>(type: "INTEGER", nullable: false),
                    AverageMonthlyIncome = table.Column<decimal>(type: "TEXT", precision: 22, scale: 4, nullable: true),
                    IncomeCurrency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LabourSeason", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LabourSeason_LabourProgrammes_LabourProgrammeId",
                        column: x => x.LabourProgrammeId,
                        principalTable: "LabourProgrammes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LabourProgrammes_AgreementId",
                table: "LabourProgrammes",
                column: "AgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_LabourProgrammes_PartnerId",
                table: "LabourProgrammes",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_LabourProgrammes_ProvinceId",
                table: "LabourProgrammes",
                column: "ProvinceId");

            migrationBuilder.CreateIndex(
                name: "IX_LabourSeason_LabourProgrammeId",
                table: "LabourSeason",
                column: "LabourProgrammeId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LabourSeason");

            migrationBuilder.DropTable(
                name: "LabourProgrammes");
        }
    }
}
