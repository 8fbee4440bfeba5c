using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Liaison.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OverseasVietnamese : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "OverseasContacts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    CountryCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    City = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Field = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    HomeTie = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    HowToReach = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
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
                    table.PrimaryKey("PK_OverseasContacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OverseasContacts_Provinces_ProvinceId",
                        column: x => x.ProvinceId,
                        principalTable: "Provinces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OverseasInvolvement",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OverseasContactId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OverseasInvolvement", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OverseasInvolvement_OverseasContacts_OverseasContactId",
                        column: x => x.OverseasContactId,
                        principalTable: "OverseasContacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OverseasContacts_ProvinceId",
                table: "OverseasContacts",
                column: "ProvinceId");

            migrationBuilder.CreateIndex(
                name: "IX_OverseasContacts_ProvinceId_CountryCode",
                table: "OverseasContacts",
                columns: new[] { "ProvinceId", "CountryCode" });

            migrationBuilder.CreateIndex(
                name: "IX_OverseasInvolvement_OverseasContactId",
                table: "OverseasInvolvement",
                column: "OverseasContactId");

            // The new record type joins the search index (ADR 0013), as its list stood then.
            migrationBuilder.Sql(Liaison.Web.Infrastructure.Search.SearchIndexSql.IndexSqlite([("OverseasContact", "OverseasContacts", 19)]));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DELETE FROM \"SearchIndex\" WHERE \"RecordType\" = 'OverseasContact';");

            migrationBuilder.DropTable(
                name: "OverseasInvolvement");

            migrationBuilder.DropTable(
                name: "OverseasContacts");
        }
    }
}
