using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Doorstep.Hosting.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SafetyTraining : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "safety_training_sessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 15, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Topics = table.Column<string>(type: "TEXT", nullable: false),
                    Organiser = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Trainer = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Attendees = table.Column<int>(type: "INTEGER", nullable: false),
                    VenueKinds = table.Column<string>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_safety_training_sessions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_safety_training_sessions_RegionCode_Date",
                table: "safety_training_sessions",
                columns: new[] { "RegionCode", "Date" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "safety_training_sessions");
        }
    }
}
