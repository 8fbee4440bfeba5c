using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Liaison.Web.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ForeignNgos : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ForeignNgos",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PartnerId = table.Column<int>(type: "integer", nullable: false),
                    CertificateNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CertificateKind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    IssuedBy = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: false),
                    WorkPlan = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ProvinceId = table.Column<int>(type: "integer", nullable: false),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false),
                    ArchivedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    SearchText = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ForeignNgos", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ForeignNgos_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ForeignNgos_Provinces_ProvinceId",
                        column: x => x.ProvinceId,
                        principalTable: "Provinces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "NgoProject",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ForeignNgoId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    AidProjectId = table.Column<int>(type: "integer", nullable: true),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NgoProject", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NgoProject_AidProjects_AidProjectId",
                        column: x => x.AidProjectId,
                        principalTable: "AidProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_NgoProject_ForeignNgos_ForeignNgoId",
                        column: x => x.ForeignNgoId,
                        principalTable: "ForeignNgos",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NgoYearlyReport",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ForeignNgoId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NgoYearlyReport", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NgoYearlyReport_ForeignNgos_ForeignNgoId",
                        column: x => x.ForeignNgoId,
                        principalTable: "ForeignNgos",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ForeignNgos_PartnerId",
                table: "ForeignNgos",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_ForeignNgos_ProvinceId",
                table: "ForeignNgos",
                column: "ProvinceId");

            migrationBuilder.CreateIndex(
                name: "IX_ForeignNgos_ProvinceId_ValidTo",
                table: "ForeignNgos",
                columns: new[] { "ProvinceId", "ValidTo" });

            migrationBuilder.CreateIndex(
                name: "IX_NgoProject_AidProjectId",
                table: "NgoProject",
                column: "AidProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_NgoProject_ForeignNgoId",
                table: "NgoProject",
                column: "ForeignNgoId");

            migrationBuilder.CreateIndex(
                name: "IX_NgoYearlyReport_ForeignNgoId_Year",
                table: "NgoYearlyReport",
                columns: new[] { "ForeignNgoId", "Year" },
                unique: true);

            // The new record type joins the search index (ADR 0013), as its list stood then.
            migrationBuilder.Sql(Liaison.Web.Infrastructure.Search.SearchIndexSql.IndexPostgres([("ForeignNgo", "ForeignNgos", 17)]));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DELETE FROM \"SearchIndex\" WHERE \"RecordType\" = 'ForeignNgo';");

            migrationBuilder.DropTable(
                name: "NgoProject");

            migrationBuilder.DropTable(
                name: "NgoYearlyReport");

            migrationBuilder.DropTable(
                name: "ForeignNgos");
        }
    }
}
