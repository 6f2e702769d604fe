using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Doorstep.Hosting.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PeopleHouseholdIndexFiltered : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_platform_people_HouseholdId",
                table: "platform_people");

            migrationBuilder.CreateIndex(
                name: "IX_platform_people_HouseholdId",
                table: "platform_people",
                column: "HouseholdId",
                filter: "\"HouseholdId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_platform_people_HouseholdId",
                table: "platform_people");

            migrationBuilder.CreateIndex(
                name: "IX_platform_people_HouseholdId",
                table: "platform_people",
                column: "HouseholdId");
        }
    }
}
