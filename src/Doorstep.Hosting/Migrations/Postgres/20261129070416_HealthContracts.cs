using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Doorstep.Hosting.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class HealthContracts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "health_contracts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    TeamId = table.Column<Guid>(type: "uuid", nullable: false),
                    Doctor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    ActivePersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    SignedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Packages = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    KeyPopulations = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EmergencyContact = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    EmergencyPhone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    PreviousId = table.Column<Guid>(type: "uuid", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndReason = table.Column<int>(type: "integer", nullable: true),
                    EndNote = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SignedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_health_contracts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "health_packages",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Name = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Services = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Fee = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: false),
                    Targets = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_health_packages", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "health_teams",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    FacilityId = table.Column<Guid>(type: "uuid", nullable: false),
                    FacilityName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    Doctor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_health_teams", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "health_team_members",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TeamId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    UserName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_health_team_members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_health_team_members_health_teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "health_teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_health_contracts_ActivePersonId",
                table: "health_contracts",
                column: "ActivePersonId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_health_contracts_EndsOn",
                table: "health_contracts",
                column: "EndsOn");

            migrationBuilder.CreateIndex(
                name: "IX_health_contracts_Number",
                table: "health_contracts",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_health_contracts_PersonId",
                table: "health_contracts",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_health_contracts_RegionCode",
                table: "health_contracts",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_health_contracts_TeamId_Status",
                table: "health_contracts",
                columns: new[] { "TeamId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_health_team_members_TeamId",
                table: "health_team_members",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_health_team_members_UserName",
                table: "health_team_members",
                column: "UserName");

            migrationBuilder.CreateIndex(
                name: "IX_health_teams_Doctor",
                table: "health_teams",
                column: "Doctor");

            migrationBuilder.CreateIndex(
                name: "IX_health_teams_RegionCode",
                table: "health_teams",
                column: "RegionCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "health_contracts");

            migrationBuilder.DropTable(
                name: "health_packages");

            migrationBuilder.DropTable(
                name: "health_team_members");

            migrationBuilder.DropTable(
                name: "health_teams");
        }
    }
}
