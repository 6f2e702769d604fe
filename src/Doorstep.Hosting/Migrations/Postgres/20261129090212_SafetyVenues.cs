using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Doorstep.Hosting.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SafetyVenues : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "safety_venue_kinds",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Group = table.Column<int>(type: "integer", nullable: false),
                    Measure = table.Column<int>(type: "integer", nullable: false),
                    Limit = table.Column<int>(type: "integer", nullable: true),
                    HighestFloor = table.Column<int>(type: "integer", nullable: true),
                    Position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_safety_venue_kinds", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "safety_venues",
                columns: table => new
                {
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    FloorArea = table.Column<decimal>(type: "numeric(10,1)", precision: 10, scale: 1, nullable: true),
                    Seats = table.Column<int>(type: "integer", nullable: true),
                    Beds = table.Column<int>(type: "integer", nullable: true),
                    Floors = table.Column<int>(type: "integer", nullable: true),
                    HighestFloor = table.Column<int>(type: "integer", nullable: true),
                    PeopleLiving = table.Column<int>(type: "integer", nullable: false),
                    Responsible = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ResponsiblePhoneCipher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ResponsiblePhoneMasked = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    OverLimit = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_safety_venues", x => x.OrganisationId);
                });

            migrationBuilder.InsertData(
                table: "safety_venue_kinds",
                columns: new[] { "Code", "Group", "HighestFloor", "Limit", "Measure", "Name", "Position" },
                values: new object[,]
                {
                    { "fireworks-seller", 2, null, null, 0, "烟花爆竹经营店", 12 },
                    { "lpg-dealer", 2, null, null, 0, "液化气经销店", 11 },
                    { "petrol-station", 2, null, null, 0, "加油站", 10 },
                    { "small-beauty-bath", 1, null, 200, 1, "小美容洗浴场所", 6 },
                    { "small-clinic", 1, null, 20, 3, "小医院（诊所）", 8 },
                    { "small-entertainment", 1, 3, 200, 1, "小歌舞娱乐场所", 4 },
                    { "small-hotel", 1, null, 50, 3, "小旅馆", 3 },
                    { "small-internet-cafe", 1, null, 200, 1, "小网吧", 5 },
                    { "small-restaurant", 1, null, 100, 2, "小餐饮", 2 },
                    { "small-school", 1, null, null, 0, "小学校（幼儿园）", 7 },
                    { "small-shop", 1, null, 300, 1, "小商店", 1 },
                    { "small-workshop", 1, null, 1000, 1, "小生产加工企业", 9 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_safety_venues_Kind",
                table: "safety_venues",
                column: "Kind");

            migrationBuilder.CreateIndex(
                name: "IX_safety_venues_RegionCode",
                table: "safety_venues",
                column: "RegionCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "safety_venue_kinds");

            migrationBuilder.DropTable(
                name: "safety_venues");
        }
    }
}
