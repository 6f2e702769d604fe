using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Doorstep.Hosting.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Employment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "employment_employers",
                columns: table => new
                {
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    Industry = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Size = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Staff = table.Column<int>(type: "integer", nullable: false),
                    DisabledStaff = table.Column<int>(type: "integer", nullable: false),
                    SevereDisabledStaff = table.Column<int>(type: "integer", nullable: false),
                    ContactName = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ContactPhoneCipher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ContactPhoneMasked = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_employment_employers", x => x.OrganisationId);
                });

            migrationBuilder.CreateTable(
                name: "employment_occupations",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    MajorGroup = table.Column<int>(type: "integer", nullable: false),
                    ParentCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_employment_occupations", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "employment_referrals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SeekerId = table.Column<Guid>(type: "uuid", nullable: false),
                    VacancyId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    OccupationCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    VacancyRegionCode = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    Stage = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Score = table.Column<double>(type: "double precision", nullable: false),
                    Reasons = table.Column<List<string>>(type: "text[]", nullable: false),
                    RecommendedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ContactedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    InterviewedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_employment_referrals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "employment_seekers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    Longitude = table.Column<double>(type: "double precision", nullable: false),
                    Latitude = table.Column<double>(type: "double precision", nullable: false),
                    DesiredOccupations = table.Column<List<string>>(type: "text[]", nullable: false),
                    Skills = table.Column<List<string>>(type: "text[]", nullable: false),
                    Education = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ExperienceYears = table.Column<int>(type: "integer", nullable: false),
                    ExpectedWage = table.Column<int>(type: "integer", nullable: false),
                    WageUnit = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    MaxCommuteMeters = table.Column<int>(type: "integer", nullable: false),
                    Schedules = table.Column<string[]>(type: "text[]", nullable: false),
                    AvailableFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    Disability = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: true),
                    TargetGroups = table.Column<string[]>(type: "text[]", nullable: false),
                    PublicWallConsent = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_employment_seekers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "employment_stations",
                columns: table => new
                {
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    Hours = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    OpenWeekends = table.Column<bool>(type: "boolean", nullable: false),
                    Services = table.Column<List<string>>(type: "text[]", nullable: false),
                    Phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_employment_stations", x => x.OrganisationId);
                });

            migrationBuilder.CreateTable(
                name: "employment_vacancies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    Title = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    EmployerId = table.Column<Guid>(type: "uuid", nullable: false),
                    OccupationCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Headcount = table.Column<int>(type: "integer", nullable: false),
                    WageMin = table.Column<int>(type: "integer", nullable: false),
                    WageMax = table.Column<int>(type: "integer", nullable: false),
                    WageUnit = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Schedule = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Longitude = table.Column<double>(type: "double precision", nullable: false),
                    Latitude = table.Column<double>(type: "double precision", nullable: false),
                    Address = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Skills = table.Column<List<string>>(type: "text[]", nullable: false),
                    Education = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ExperienceYears = table.Column<int>(type: "integer", nullable: false),
                    Requirements = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    SuitsDisabilities = table.Column<List<string>>(type: "text[]", nullable: false),
                    AccessibleWorkplace = table.Column<bool>(type: "boolean", nullable: false),
                    PostedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Findings = table.Column<List<string>>(type: "text[]", nullable: false),
                    ReviewedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ReviewedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReviewNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_employment_vacancies", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "employment_occupations",
                columns: new[] { "Code", "MajorGroup", "Name", "ParentCode" },
                values: new object[,]
                {
                    { "1", 1, "党的机关、国家机关、群众团体和社会组织、企事业单位负责人", null },
                    { "2", 2, "专业技术人员", null },
                    { "3", 3, "办事人员和有关人员", null },
                    { "4", 4, "社会生产服务和生活服务人员", null },
                    { "4-01-02-03", 4, "商品营业员", "4" },
                    { "4-02-02-01", 4, "道路客运汽车驾驶员", "4" },
                    { "4-02-02-02", 4, "道路货运汽车驾驶员", "4" },
                    { "4-02-05-01", 4, "装卸搬运工", "4" },
                    { "4-02-06-01", 4, "仓储管理员", "4" },
                    { "4-02-06-02", 4, "理货员", "4" },
                    { "4-02-07-08", 4, "快递员", "4" },
                    { "4-02-07-09", 4, "快件处理员", "4" },
                    { "4-03-02-01", 4, "中式烹调师", "4" },
                    { "4-03-02-05", 4, "餐厅服务员", "4" },
                    { "4-07-05-01", 4, "保安员", "4" },
                    { "4-10-01-02", 4, "育婴员", "4" },
                    { "4-10-01-05", 4, "养老护理员", "4" },
                    { "4-10-01-06", 4, "家政服务员", "4" },
                    { "5", 5, "农、林、牧、渔业生产及辅助人员", null },
                    { "6", 6, "生产制造及有关人员", null },
                    { "6-05-01-03", 6, "缝纫工", "6" },
                    { "6-06-04-00", 6, "家具制作工", "6" },
                    { "6-18-02-04", 6, "焊工", "6" },
                    { "6-22-02-01", 6, "汽车装调工", "6" },
                    { "6-29-01-01", 6, "砌筑工", "6" },
                    { "6-29-01-03", 6, "混凝土工", "6" },
                    { "6-29-01-04", 6, "钢筋工", "6" },
                    { "6-29-03-02", 6, "电气设备安装工", "6" },
                    { "6-29-04-01", 6, "装饰装修工", "6" },
                    { "6-31-01-03", 6, "电工", "6" },
                    { "7", 7, "军队人员", null },
                    { "8", 8, "不便分类的其他从业人员", null }
                });

            migrationBuilder.CreateIndex(
                name: "IX_employment_employers_RegionCode",
                table: "employment_employers",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_employment_occupations_ParentCode",
                table: "employment_occupations",
                column: "ParentCode");

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

            migrationBuilder.CreateIndex(
                name: "IX_employment_vacancies_EmployerId",
                table: "employment_vacancies",
                column: "EmployerId");

            migrationBuilder.CreateIndex(
                name: "IX_employment_vacancies_OccupationCode",
                table: "employment_vacancies",
                column: "OccupationCode");

            migrationBuilder.CreateIndex(
                name: "IX_employment_vacancies_RegionCode_Status",
                table: "employment_vacancies",
                columns: new[] { "RegionCode", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "employment_employers");

            migrationBuilder.DropTable(
                name: "employment_occupations");

            migrationBuilder.DropTable(
                name: "employment_referrals");

            migrationBuilder.DropTable(
                name: "employment_seekers");

            migrationBuilder.DropTable(
                name: "employment_stations");

            migrationBuilder.DropTable(
                name: "employment_vacancies");
        }
    }
}
