using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Liaison.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AidProjects : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AidProjects",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Form = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DecisionDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Approver = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    PlannedStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PlannedEnd = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ActualStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ActualEnd = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ValueAmount = table.Column<decimal>(type: "TEXT", precision: 22, scale: 4, nullable: true),
                    ValueCurrency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    CounterpartAmount = table.Column<decimal>(type: "TEXT", precision: 22, scale: 4, nullable: true),
                    CounterpartCurrency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
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
                    table.PrimaryKey("PK_AidProjects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AidProjects_Provinces_ProvinceId",
                        column: x => x.ProvinceId,
                        principalTable: "Provinces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AidInKind",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AidProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Quantity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    ValueAmount = table.Column<decimal>(type: "TEXT", precision: 22, scale: 4, nullable: true),
                    ValueCurrency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AidInKind", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AidInKind_AidProjects_AidProjectId",
                        column: x => x.AidProjectId,
                        principalTable: "AidProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AidParticipant",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AidProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PartnerId = table.Column<int>(type: "INTEGER", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AidParticipant", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AidParticipant_AidProjects_AidProjectId",
                        column: x => x.AidProjectId,
                        principalTable: "AidProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AidParticipant_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AidPlace",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AidProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AidPlace", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AidPlace_AidProjects_AidProjectId",
                        column: x => x.AidProjectId,
                        principalTable: "AidProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AidSector",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AidProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Percentage = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AidSector", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AidSector_AidProjects_AidProjectId",
                        column: x => x.AidProjectId,
                        principalTable: "AidProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AidTransaction",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AidProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 22, scale: 4, nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AidTransaction", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AidTransaction_AidProjects_AidProjectId",
                        column: x => x.AidProjectId,
                        principalTable: "AidProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AidInKind_AidProjectId",
                table: "AidInKind",
                column: "AidProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_AidParticipant_AidProjectId",
                table: "AidParticipant",
                column: "AidProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_AidParticipant_PartnerId",
                table: "AidParticipant",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_AidPlace_AidProjectId",
                table: "AidPlace",
                column: "AidProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_AidProjects_ProvinceId",
                table: "AidProjects",
                column: "ProvinceId");

            migrationBuilder.CreateIndex(
                name: "IX_AidProjects_ProvinceId_Status_PlannedStart",
                table: "AidProjects",
                columns: new[] { "ProvinceId", "Status", "PlannedStart" });

            migrationBuilder.CreateIndex(
                name: "IX_AidSector_AidProjectId",
                table: "AidSector",
                column: "AidProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_AidTransaction_AidProjectId_Date",
                table: "AidTransaction",
                columns: new[] { "AidProjectId", "Date" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AidInKind");

            migrationBuilder.DropTable(
                name: "AidParticipant");

            migrationBuilder.DropTable(
                name: "AidPlace");

            migrationBuilder.DropTable(
                name: "AidSector");

            migrationBuilder.DropTable(
                name: "AidTransaction");

            migrationBuilder.DropTable(
                name: "AidProjects");
        }
    }
}
