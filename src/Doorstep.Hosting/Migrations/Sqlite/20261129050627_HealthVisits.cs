using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Doorstep.Hosting.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class HealthVisits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "health_enrolments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 15, nullable: false),
                    Disease = table.Column<int>(type: "INTEGER", nullable: false),
                    EnrolledOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Doctor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_health_enrolments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "health_visits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 15, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    ReadingsCipher = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    BpClass = table.Column<int>(type: "INTEGER", nullable: true),
                    Controlled = table.Column<bool>(type: "INTEGER", nullable: true),
                    UrgentReferral = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReferForUncontrolled = table.Column<bool>(type: "INTEGER", nullable: false),
                    NeedsDiagnosis = table.Column<bool>(type: "INTEGER", nullable: false),
                    NextFollowUp = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReferralWorkItemId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_health_visits", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_health_enrolments_PersonId_Disease",
                table: "health_enrolments",
                columns: new[] { "PersonId", "Disease" });

            migrationBuilder.CreateIndex(
                name: "IX_health_enrolments_RegionCode",
                table: "health_enrolments",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_health_visits_PersonId_Date",
                table: "health_visits",
                columns: new[] { "PersonId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_health_visits_RegionCode",
                table: "health_visits",
                column: "RegionCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "health_enrolments");

            migrationBuilder.DropTable(
                name: "health_visits");
        }
    }
}
