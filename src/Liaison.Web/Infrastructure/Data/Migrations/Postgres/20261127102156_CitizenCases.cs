using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Liaison.Web.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CitizenCases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "HandlesCitizenCases",
                table: "AspNetUsers",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "CitizenCases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FileNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CountryCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    PlaceAbroad = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ForeignAuthority = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Circumstances = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RequestReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    VerifiedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CoordinatedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReceivedAtBorderOn = table.Column<DateOnly>(type: "date", nullable: true),
                    BorderGateId = table.Column<int>(type: "integer", nullable: true),
                    HandedOverOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    PeopleCount = table.Column<int>(type: "integer", nullable: false),
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
                    table.PrimaryKey("PK_CitizenCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CitizenCases_BorderGates_BorderGateId",
                        column: x => x.BorderGateId,
                        principalTable: "BorderGates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_CitizenCases_Provinces_ProvinceId",
                        column: x => x.ProvinceId,
                        principalTable: "Provinces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CasePerson",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CitizenCaseId = table.Column<int>(type: "integer", nullable: false),
                    FullName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IdentityDocument = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    DateOfBirth = table.Column<DateOnly>(type: "date", nullable: true),
                    HomeCommune = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CasePerson", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CasePerson_CitizenCases_CitizenCaseId",
                        column: x => x.CitizenCaseId,
                        principalTable: "CitizenCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CasePerson_CitizenCaseId",
                table: "CasePerson",
                column: "CitizenCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CitizenCases_BorderGateId",
                table: "CitizenCases",
                column: "BorderGateId");

            migrationBuilder.CreateIndex(
                name: "IX_CitizenCases_ProvinceId",
                table: "CitizenCases",
                column: "ProvinceId");

            migrationBuilder.CreateIndex(
                name: "IX_CitizenCases_ProvinceId_RequestReceivedOn",
                table: "CitizenCases",
                columns: new[] { "ProvinceId", "RequestReceivedOn" });

            // The new record type joins the search index (ADR 0013), as its list stood then.
            migrationBuilder.Sql(Liaison.Web.Infrastructure.Search.SearchIndexSql.IndexPostgres([("CitizenCase", "CitizenCases", 15)]));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DELETE FROM \"SearchIndex\" WHERE \"RecordType\" = 'CitizenCase';");

            migrationBuilder.DropTable(
                name: "CasePerson");

            migrationBuilder.DropTable(
                name: "CitizenCases");

            migrationBuilder.DropColumn(
                name: "HandlesCitizenCases",
                table: "AspNetUsers");
        }
    }
}
