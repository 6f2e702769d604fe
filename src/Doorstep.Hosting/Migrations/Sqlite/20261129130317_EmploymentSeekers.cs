using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Doorstep.Hosting.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EmploymentSeekers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "employment_referrals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SeekerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VacancyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 15, nullable: false),
                    OccupationCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    VacancyRegionCode = table.Column<string>(type: "TEXT", maxLength: 15, nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Score = table.Column<double>(type: "REAL", nullable: false),
                    Reasons = table.Column<string>(type: "TEXT", nullable: false),
                    RecommendedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ContactedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    InterviewedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_employment_referrals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "employment_seekers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 15, nullable: false),
                    Longitude = table.Column<double>(type: "REAL", nullable: false),
                    Latitude = table.Column<double>(type: "REAL", nullable: false),
                    DesiredOccupations = table.Column<string>(type: "TEXT", nullable: false),
                    Skills = table.Column<string>(type: "TEXT", nullable: false),
                    Education = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ExperienceYears = table.Column<int>(type: "INTEGER", nullable: false),
                    ExpectedWage = table.Column<int>(type: "INTEGER", nullable: false),
                    WageUnit = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    MaxCommuteMeters = table.Column<int>(type: "INTEGER", nullable: false),
                    Schedules = table.Column<string>(type: "TEXT", nullable: false),
                    AvailableFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Disability = table.Column<string>(type: "TEXT", maxLength: 15, nullable: true),
                    TargetGroups = table.Column<string>(type: "TEXT", nullable: false),
                    PublicWallConsent = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_employment_seekers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "employment_stations",
                columns: table => new
                {
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 15, nullable: false),
                    Hours = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OpenWeekends = table.Column<bool>(type: "INTEGER", nullable: false),
                    Services = table.Column<string>(type: "TEXT", nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_employment_stations", x => x.OrganisationId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_employment_referrals_RegionCode_Stage",
                table: "employment_referrals",
                columns: new[] { "RegionCode", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_employment_referrals_SeekerId_VacancyId",
                table: "employment_referrals",
                columns: new[] { "SeekerId", "VacancyId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_employment_referrals_VacancyId",
                table: "employment_referrals",
                column: "VacancyId");

            migrationBuilder.CreateIndex(
                name: "IX_employment_seekers_PersonId",
                table: "employment_seekers",
                column: "PersonId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_employment_seekers_RegionCode_Status",
                table: "employment_seekers",
                columns: new[] { "RegionCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_employment_stations_RegionCode",
                table: "employment_stations",
                column: "RegionCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "employment_referrals");

            migrationBuilder.DropTable(
                name: "employment_seekers");

            migrationBuilder.DropTable(
                name: "employment_stations");
        }
    }
}
