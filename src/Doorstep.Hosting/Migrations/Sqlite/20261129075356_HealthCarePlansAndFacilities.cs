using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Doorstep.Hosting.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class HealthCarePlansAndFacilities : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "health_care_plan_check_ins",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 15, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    NoteCipher = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_health_care_plan_check_ins", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "health_care_plans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 15, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DetailCipher = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CadenceDays = table.Column<int>(type: "INTEGER", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Doctor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LastCheckIn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndNote = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_health_care_plans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "health_facility_profiles",
                columns: table => new
                {
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 15, nullable: false),
                    Hours = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Services = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Beds = table.Column<int>(type: "INTEGER", nullable: true),
                    Doctors = table.Column<int>(type: "INTEGER", nullable: true),
                    Nurses = table.Column<int>(type: "INTEGER", nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_health_facility_profiles", x => x.OrganisationId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_health_care_plan_check_ins_PlanId_Date",
                table: "health_care_plan_check_ins",
                columns: new[] { "PlanId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_health_care_plans_Doctor_EndedOn",
                table: "health_care_plans",
                columns: new[] { "Doctor", "EndedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_health_care_plans_PersonId",
                table: "health_care_plans",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_health_care_plans_RegionCode",
                table: "health_care_plans",
                column: "RegionCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "health_care_plan_check_ins");

            migrationBuilder.DropTable(
                name: "health_care_plans");

            migrationBuilder.DropTable(
                name: "health_facility_profiles");
        }
    }
}
