using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Liaison.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Border : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "HandlesBorderMatters",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "BorderGateId",
                table: "Activities",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BorderStretch",
                table: "Activities",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "BorderGates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CounterpartName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    CounterpartCountryCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    CounterpartLocality = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Location = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
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
                    table.PrimaryKey("PK_BorderGates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BorderGates_Provinces_ProvinceId",
                        column: x => x.ProvinceId,
                        principalTable: "Provinces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "VillagePairs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OurVillage = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OurCommune = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TheirVillage = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TheirLocality = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CountryCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    AgreementId = table.Column<int>(type: "INTEGER", nullable: true),
                    Since = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SincePrecision = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
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
                    table.PrimaryKey("PK_VillagePairs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VillagePairs_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_VillagePairs_Provinces_ProvinceId",
                        column: x => x.ProvinceId,
                        principalTable: "Provinces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BorderGateEvent",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BorderGateId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Precision = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Commodity = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BorderGateEvent", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BorderGateEvent_BorderGates_BorderGateId",
                        column: x => x.BorderGateId,
                        principalTable: "BorderGates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BorderIncidents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    BorderMarker = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    BorderGateId = table.Column<int>(type: "INTEGER", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Handling = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    HandledBy = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
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
                    table.PrimaryKey("PK_BorderIncidents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BorderIncidents_BorderGates_BorderGateId",
                        column: x => x.BorderGateId,
                        principalTable: "BorderGates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_BorderIncidents_Provinces_ProvinceId",
                        column: x => x.ProvinceId,
                        principalTable: "Provinces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Activities_BorderGateId",
                table: "Activities",
                column: "BorderGateId");

            migrationBuilder.CreateIndex(
                name: "IX_BorderGateEvent_BorderGateId_OccurredOn",
                table: "BorderGateEvent",
                columns: new[] { "BorderGateId", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_BorderGates_ProvinceId",
                table: "BorderGates",
                column: "ProvinceId");

            migrationBuilder.CreateIndex(
                name: "IX_BorderIncidents_BorderGateId",
                table: "BorderIncidents",
                column: "BorderGateId");

            migrationBuilder.CreateIndex(
                name: "IX_BorderIncidents_ProvinceId",
                table: "BorderIncidents",
                column: "ProvinceId");

            migrationBuilder.CreateIndex(
                name: "IX_BorderIncidents_ProvinceId_OccurredOn",
                table: "BorderIncidents",
                columns: new[] { "ProvinceId", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_VillagePairs_AgreementId",
                table: "VillagePairs",
                column: "AgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_VillagePairs_ProvinceId",
                table: "VillagePairs",
                column: "ProvinceId");

            migrationBuilder.AddForeignKey(
                name: "FK_Activities_BorderGates_BorderGateId",
                table: "Activities",
                column: "BorderGateId",
                principalTable: "BorderGates",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Activities_BorderGates_BorderGateId",
                table: "Activities");

            migrationBuilder.DropTable(
                name: "BorderGateEvent");

            migrationBuilder.DropTable(
                name: "BorderIncidents");

            migrationBuilder.DropTable(
                name: "VillagePairs");

            migrationBuilder.DropTable(
                name: "BorderGates");

            migrationBuilder.DropIndex(
                name: "IX_Activities_BorderGateId",
                table: "Activities");

            migrationBuilder.DropColumn(
                name: "HandlesBorderMatters",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "BorderGateId",
                table: "Activities");

            migrationBuilder.DropColumn(
                name: "BorderStretch",
                table: "Activities");
        }
    }
}
