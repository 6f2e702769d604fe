using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Doorstep.Hosting.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class HealthChecksAndDeliveries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "health_elderly_checks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Parts = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FindingsCipher = table.Column<string>(type: "character varying(12000)", maxLength: 12000, nullable: false),
                    Abnormal = table.Column<bool>(type: "boolean", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_health_elderly_checks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "health_service_deliveries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ContractId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    Service = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Source = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_health_service_deliveries", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_health_elderly_checks_PersonId_Year",
                table: "health_elderly_checks",
                columns: new[] { "PersonId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_health_elderly_checks_Year_RegionCode",
                table: "health_elderly_checks",
                columns: new[] { "Year", "RegionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_health_service_deliveries_ContractId_Service",
                table: "health_service_deliveries",
                columns: new[] { "ContractId", "Service" });

            migrationBuilder.CreateIndex(
                name: "IX_health_service_deliveries_RegionCode",
                table: "health_service_deliveries",
                column: "RegionCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "health_elderly_checks");

            migrationBuilder.DropTable(
                name: "health_service_deliveries");
        }
    }
}
