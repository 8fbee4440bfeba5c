using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Liaison.Web.Infrastructure.Data.Migrations.Postgres
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
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "BorderGateId",
                table: "Activities",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BorderStretch",
                table: "Activities",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "BorderGates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CounterpartName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    CounterpartCountryCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    CounterpartLocality = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Location = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OurVillage = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OurCommune = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TheirVillage = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TheirLocality = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CountryCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    AgreementId = table.Column<int>(type: "integer", nullable: true),
                    Since = table.Column<DateOnly>(type: "date", nullable: true),
                    SincePrecision = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BorderGateId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Precision = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Commodity = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Place = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    BorderMarker = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    BorderGateId = table.Column<int>(type: "integer", nullable: true),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Handling = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    HandledBy = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
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
