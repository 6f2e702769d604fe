using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Doorstep.Hosting.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SafetyInspections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "safety_campaign_venues",
                columns: table => new
                {
                    CampaignId = table.Column<Guid>(type: "uuid", nullable: false),
                    VenueId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Inspectors = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    InspectionId = table.Column<Guid>(type: "uuid", nullable: true),
                    InspectedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_safety_campaign_venues", x => new { x.CampaignId, x.VenueId });
                });

            migrationBuilder.CreateTable(
                name: "safety_campaigns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Regions = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Kinds = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: false),
                    Agencies = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_safety_campaigns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "safety_checklists",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PublishedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_safety_checklists", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "safety_hazards",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    InspectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    CampaignId = table.Column<Guid>(type: "uuid", nullable: true),
                    VenueId = table.Column<Guid>(type: "uuid", nullable: false),
                    VenueName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemText = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Provision = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Requirement = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Location = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Severity = table.Column<int>(type: "integer", nullable: false),
                    MajorConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ReinspectBy = table.Column<DateOnly>(type: "date", nullable: false),
                    OwnerRequestedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RectifiedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FoundAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_safety_hazards", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "safety_inspection_photos",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InspectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: true),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_safety_inspection_photos", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "safety_inspections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CampaignId = table.Column<Guid>(type: "uuid", nullable: true),
                    VenueId = table.Column<Guid>(type: "uuid", nullable: false),
                    VenueName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    ChecklistId = table.Column<Guid>(type: "uuid", nullable: false),
                    InspectedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Inspectors = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    InspectorNames = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Longitude = table.Column<double>(type: "double precision", nullable: true),
                    Latitude = table.Column<double>(type: "double precision", nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Failed = table.Column<int>(type: "integer", nullable: false),
                    FixedOnSpot = table.Column<int>(type: "integer", nullable: false),
                    NoticeNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_safety_inspections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "safety_major_hazard_reviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    HazardId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Method = table.Column<int>(type: "integer", nullable: false),
                    Members = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: false),
                    Agreeing = table.Column<int>(type: "integer", nullable: false),
                    Major = table.Column<bool>(type: "boolean", nullable: false),
                    Basis = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_safety_major_hazard_reviews", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "safety_reinspections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    HazardId = table.Column<Guid>(type: "uuid", nullable: false),
                    InspectedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Inspectors = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    InspectorNames = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Passed = table.Column<bool>(type: "boolean", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_safety_reinspections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "safety_checklist_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ChecklistId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Provision = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Requirement = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Severity = table.Column<int>(type: "integer", nullable: false),
                    FixableOnSpot = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_safety_checklist_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_safety_checklist_items_safety_checklists_ChecklistId",
                        column: x => x.ChecklistId,
                        principalTable: "safety_checklists",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "safety_inspection_results",
                columns: table => new
                {
                    InspectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    Outcome = table.Column<int>(type: "integer", nullable: false),
                    FixedOnSpot = table.Column<bool>(type: "boolean", nullable: false),
                    Location = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_safety_inspection_results", x => new { x.InspectionId, x.ItemId });
                    table.ForeignKey(
                        name: "FK_safety_inspection_results_safety_inspections_InspectionId",
                        column: x => x.InspectionId,
                        principalTable: "safety_inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "safety_checklists",
                columns: new[] { "Id", "Kind", "PublishedAt", "PublishedBy", "Version" },
                values: new object[,]
                {
                    { new Guid("0494f9be-ff58-e625-872e-f8714712d3b2"), "small-restaurant", new DateTime(2024, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "system", 1 },
                    { new Guid("50f7e978-d2b7-941c-37ec-a2780050ce67"), "small-clinic", new DateTime(2024, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "system", 1 },
                    { new Guid("51bfcff8-5912-f786-113b-aff2e7fe6647"), "small-entertainment", new DateTime(2024, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "system", 1 },
                    { new Guid("59c3f234-36a7-35ee-c711-eeaf05dad846"), "petrol-station", new DateTime(2024, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "system", 1 },
                    { new Guid("665c3b1f-7f34-b35f-5276-d627228fb8c6"), "fireworks-seller", new DateTime(2024, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "system", 1 },
                    { new Guid("74ba31c6-7c21-d686-1299-c2d6e5586f0d"), "small-shop", new DateTime(2024, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "system", 1 },
                    { new Guid("7e5d58a8-2aab-7067-a617-ff81519e39b6"), "lpg-dealer", new DateTime(2024, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "system", 1 },
                    { new Guid("883b2bd7-10a6-c259-c4ee-ee286992132a"), "small-hotel", new DateTime(2024, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "system", 1 },
                    { new Guid("9babd9d0-a436-26be-8b83-3109db67d351"), "small-workshop", new DateTime(2024, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "system", 1 },
                    { new Guid("a5db2181-3254-936e-1eb3-13d14c97b008"), "small-beauty-bath", new DateTime(2024, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "system", 1 },
                    { new Guid("cbbca66a-0ef6-bbc2-ec80-9ded8975b2e9"), "small-internet-cafe", new DateTime(2024, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "system", 1 },
                    { new Guid("d74502a3-8af3-0b2e-c9a0-7089d7bf9f69"), "small-school", new DateTime(2024, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "system", 1 }
                });

            migrationBuilder.InsertData(
                table: "safety_checklist_items",
                columns: new[] { "Id", "ChecklistId", "FixableOnSpot", "Position", "Provision", "Requirement", "Severity", "Text" },
                values: new object[,]
                {
                    { new Guid("00031523-7466-b6c8-81b7-7fa974da20f9"), new Guid("59c3f234-36a7-35ee-c711-eeaf05dad846"), false, 13, "《汽车加油加气加氢站技术标准》GB 50156-2021 第11.1节", "修复静电接地装置，委托检测并保留报告", 2, "卸油、加油区静电接地和防雷设施完好，检测在有效期内" },
                    { new Guid("01596974-1df0-fde5-551f-4d7550dc6f1f"), new Guid("74ba31c6-7c21-d686-1299-c2d6e5586f0d"), true, 8, "《中华人民共和国消防法》第二十八条", "立即清理通道、打开安全出口，保持畅通", 1, "安全出口、疏散通道未锁闭、未堵塞" },
                    { new Guid("044234de-fb14-3f46-c348-b6962f01b90e"), new Guid("74ba31c6-7c21-d686-1299-c2d6e5586f0d"), false, 11, "《建筑设计防火规范》GB 50016-2014（2018年版）第3.2.17条", "拆除易燃可燃彩钢板，改用不燃材料", 2, "未采用易燃可燃夹芯彩钢板搭建或分隔" },
                    { new Guid("0495441f-521e-4582-b499-e8980f281fcd"), new Guid("cbbca66a-0ef6-bbc2-ec80-9ded8975b2e9"), true, 8, "《中华人民共和国消防法》第二十八条", "立即清理通道、打开安全出口，保持畅通", 1, "安全出口、疏散通道未锁闭、未堵塞" },
                    { new Guid("06e0d1d3-6821-e823-4054-c2004dd35d7a"), new Guid("59c3f234-36a7-35ee-c711-eeaf05dad846"), true, 12, "《中华人民共和国消防法》第二十七条", "拆除私拉电线，由持证电工规范敷设", 1, "无违规用火、用电、用气，无私拉乱接电线" },
                    { new Guid("099eba39-5a35-107f-1a13-5452bb5dd123"), new Guid("883b2bd7-10a6-c259-c4ee-ee286992132a"), true, 9, "《中华人民共和国消防法》第二十八条", "将电动自行车移出室内，到集中充电点充电", 1, "室内未停放、未充电电动自行车" },
                    { new Guid("09cc6829-9adf-694e-52b2-65d73a13bdc3"), new Guid("9babd9d0-a436-26be-8b83-3109db67d351"), false, 1, "《中华人民共和国消防法》第十六条第一款第（二）项", "按标准配置灭火器并每月检查，失效的立即更换", 1, "配置灭火器，压力指针在绿区、在有效期内" },
                    { new Guid("09e9d78f-7fcc-4778-f14b-c2b2a585f3e0"), new Guid("50f7e978-d2b7-941c-37ec-a2780050ce67"), true, 12, "《中华人民共和国消防法》第二十七条", "拆除私拉电线，由持证电工规范敷设", 1, "无违规用火、用电、用气，无私拉乱接电线" },
                    { new Guid("0e146ef3-6304-9365-05f4-a5ba11571458"), new Guid("9babd9d0-a436-26be-8b83-3109db67d351"), false, 3, "《中华人民共和国消防法》第十六条第一款第（二）项", "修复或更换应急照明灯", 1, "应急照明灯完好有效" },
                    { new Guid("0f4573d7-d65d-5c5c-731c-51ad5162305c"), new Guid("cbbca66a-0ef6-bbc2-ec80-9ded8975b2e9"), false, 1, "《中华人民共和国消防法》第十六条第一款第（二）项", "按标准配置灭火器并每月检查，失效的立即更换", 1, "配置灭火器，压力指针在绿区、在有效期内" },
                    { new Guid("101c6f9f-9baf-6d0b-29c2-3efd38f58877"), new Guid("665c3b1f-7f34-b35f-5276-d627228fb8c6"), false, 2, "《中华人民共和国消防法》第十六条第一款第（二）项", "补齐水带、水枪，确保消火栓完好有效", 1, "室内消火栓箱内水带、水枪齐全，出水正常" },
                    { new Guid("10774afb-f20b-91aa-c86f-ed5236b16192"), new Guid("50f7e978-d2b7-941c-37ec-a2780050ce67"), false, 10, "《中华人民共和国消防法》第二十八条", "拆除防盗网或设置可从内部开启的逃生窗", 1, "外窗未设置影响逃生和灭火救援的防盗网、广告牌" },
                    { new Guid("1257dc51-d6ea-f4c4-0a3a-fde849f32c3a"), new Guid("51bfcff8-5912-f786-113b-aff2e7fe6647"), true, 9, "《中华人民共和国消防法》第二十八条", "将电动自行车移出室内，到集中充电点充电", 1, "室内未停放、未充电电动自行车" },
                    { new Guid("130b0323-468d-8a51-89f3-ff50c36557fa"), new Guid("0494f9be-ff58-e625-872e-f8714712d3b2"), true, 9, "《中华人民共和国消防法》第二十八条", "将电动自行车移出室内，到集中充电点充电", 1, "室内未停放、未充电电动自行车" },
                    { new Guid("1718a0a1-355d-6dfd-5b6f-7ba530d19df3"), new Guid("883b2bd7-10a6-c259-c4ee-ee286992132a"), true, 12, "《中华人民共和国消防法》第二十七条", "拆除私拉电线，由持证电工规范敷设", 1, "无违规用火、用电、用气，无私拉乱接电线" },
                    { new Guid("18b517c9-e573-17fd-be6a-db3c679f66cc"), new Guid("d74502a3-8af3-0b2e-c9a0-7089d7bf9f69"), true, 12, "《中华人民共和国消防法》第二十七条", "拆除私拉电线，由持证电工规范敷设", 1, "无违规用火、用电、用气，无私拉乱接电线" },
                    { new Guid("1954d28f-4938-3298-6277-b9fde21ee70d"), new Guid("74ba31c6-7c21-d686-1299-c2d6e5586f0d"), false, 7, "《中华人民共和国消防法》第十九条第二款", "住宿与经营、储存场所彻底分隔或搬离", 2, "经营场所内无人员住宿（无“三合一”）" },
                    { new Guid("1c33bd8b-d70b-b1dd-14bc-13cd8b507db6"), new Guid("cbbca66a-0ef6-bbc2-ec80-9ded8975b2e9"), true, 6, "《中华人民共和国消防法》第十六条第一款第（五）、（六）项", "组织员工消防培训和演练，做到“四会”", 1, "员工会报警、会使用消防器材、会组织疏散、会扑救初起火灾" },
                    { new Guid("1c81d3a5-d5c0-9c2e-2c70-532ba9d2e6b8"), new Guid("0494f9be-ff58-e625-872e-f8714712d3b2"), false, 11, "《建筑设计防火规范》GB 50016-2014（2018年版）第3.2.17条", "拆除易燃可燃彩钢板，改用不燃材料", 2, "未采用易燃可燃夹芯彩钢板搭建或分隔" },
                    { new Guid("1cbd7abf-64e7-849f-52cd-2f0f22c1d6e7"), new Guid("a5db2181-3254-936e-1eb3-13d14c97b008"), false, 7, "《中华人民共和国消防法》第十九条第二款", "住宿与经营、储存场所彻底分隔或搬离", 2, "经营场所内无人员住宿（无“三合一”）" },
                    { new Guid("20ccf7d7-e715-e445-ab40-76fdc7bbcfc0"), new Guid("cbbca66a-0ef6-bbc2-ec80-9ded8975b2e9"), false, 7, "《中华人民共和国消防法》第十九条第二款", "住宿与经营、储存场所彻底分隔或搬离", 2, "经营场所内无人员住宿（无“三合一”）" },
                    { new Guid("259f7ce4-8720-223d-ab63-ea1511b54052"), new Guid("883b2bd7-10a6-c259-c4ee-ee286992132a"), true, 6, "《中华人民共和国消防法》第十六条第一款第（五）、（六）项", "组织员工消防培训和演练，做到“四会”", 1, "员工会报警、会使用消防器材、会组织疏散、会扑救初起火灾" },
                    { new Guid("261412bd-dbb6-4a41-9065-4ca336c6bc76"), new Guid("d74502a3-8af3-0b2e-c9a0-7089d7bf9f69"), true, 6, "《中华人民共和国消防法》第十六条第一款第（五）、（六）项", "组织员工消防培训和演练，做到“四会”", 1, "员工会报警、会使用消防器材、会组织疏散、会扑救初起火灾" },
                    { new Guid("271d69f2-63f2-df7f-bf0f-3dd250a15615"), new Guid("665c3b1f-7f34-b35f-5276-d627228fb8c6"), false, 11, "《建筑设计防火规范》GB 50016-2014（2018年版）第3.2.17条", "拆除易燃可燃彩钢板，改用不燃材料", 2, "未采用易燃可燃夹芯彩钢板搭建或分隔" },
                    { new Guid("2777c92f-1b2e-b482-108c-1853a242722a"), new Guid("d74502a3-8af3-0b2e-c9a0-7089d7bf9f69"), false, 3, "《中华人民共和国消防法》第十六条第一款第（二）项", "修复或更换应急照明灯", 1, "应急照明灯完好有效" },
                    { new Guid("280f9007-094e-5db6-0ba0-ed70bcf698fe"), new Guid("cbbca66a-0ef6-bbc2-ec80-9ded8975b2e9"), false, 4, "《中华人民共和国消防法》第十六条第一款第（二）项", "修复或增设疏散指示标志", 1, "安全出口、疏散指示标志完好有效" },
                    { new Guid("29168682-fb76-5022-6a36-003ebebfd88d"), new Guid("59c3f234-36a7-35ee-c711-eeaf05dad846"), false, 7, "《中华人民共和国消防法》第十九条第二款", "住宿与经营、储存场所彻底分隔或搬离", 2, "经营场所内无人员住宿（无“三合一”）" },
                    { new Guid("297963ef-7210-5198-1289-b2001b277ee3"), new Guid("9babd9d0-a436-26be-8b83-3109db67d351"), false, 10, "《中华人民共和国消防法》第二十八条", "拆除防盗网或设置可从内部开启的逃生窗", 1, "外窗未设置影响逃生和灭火救援的防盗网、广告牌" },
                    { new Guid("2bc23aba-f227-c75b-e7a5-4c854fb6d59b"), new Guid("665c3b1f-7f34-b35f-5276-d627228fb8c6"), false, 10, "《中华人民共和国消防法》第二十八条", "拆除防盗网或设置可从内部开启的逃生窗", 1, "外窗未设置影响逃生和灭火救援的防盗网、广告牌" },
                    { new Guid("2db6a873-b6c5-87e8-8bb5-b392a8f06561"), new Guid("883b2bd7-10a6-c259-c4ee-ee286992132a"), false, 1, "《中华人民共和国消防法》第十六条第一款第（二）项", "按标准配置灭火器并每月检查，失效的立即更换", 1, "配置灭火器，压力指针在绿区、在有效期内" },
                    { new Guid("2fbb61c8-3861-5f45-1edc-3eb9502e7427"), new Guid("74ba31c6-7c21-d686-1299-c2d6e5586f0d"), false, 1, "《中华人民共和国消防法》第十六条第一款第（二）项", "按标准配置灭火器并每月检查，失效的立即更换", 1, "配置灭火器，压力指针在绿区、在有效期内" },
                    { new Guid("30cfb1df-b7c9-03fd-e518-66843dc27790"), new Guid("a5db2181-3254-936e-1eb3-13d14c97b008"), false, 1, "《中华人民共和国消防法》第十六条第一款第（二）项", "按标准配置灭火器并每月检查，失效的立即更换", 1, "配置灭火器，压力指针在绿区、在有效期内" },
                    { new Guid("334cbcb5-1a59-7f34-3b28-35416bcfb166"), new Guid("0494f9be-ff58-e625-872e-f8714712d3b2"), true, 6, "《中华人民共和国消防法》第十六条第一款第（五）、（六）项", "组织员工消防培训和演练，做到“四会”", 1, "员工会报警、会使用消防器材、会组织疏散、会扑救初起火灾" },
                    { new Guid("339e9bf2-60f2-0f2b-6a41-7347228e1cc1"), new Guid("9babd9d0-a436-26be-8b83-3109db67d351"), false, 4, "《中华人民共和国消防法》第十六条第一款第（二）项", "修复或增设疏散指示标志", 1, "安全出口、疏散指示标志完好有效" },
                    { new Guid("37aa6fda-dc4d-7830-9e43-4e58245ac438"), new Guid("cbbca66a-0ef6-bbc2-ec80-9ded8975b2e9"), false, 3, "《中华人民共和国消防法》第十六条第一款第（二）项", "修复或更换应急照明灯", 1, "应急照明灯完好有效" },
                    { new Guid("383a0144-4d8a-0800-057f-f3e7f4c79878"), new Guid("d74502a3-8af3-0b2e-c9a0-7089d7bf9f69"), false, 13, "《建筑设计防火规范》GB 50016-2014（2018年版）第5.4.4条", "将儿童活动用房调整到一至三层", 2, "儿童活动场所未设在地下或四层及以上" },
                    { new Guid("3a67129d-247c-cf1e-6204-9f8b3c036069"), new Guid("cbbca66a-0ef6-bbc2-ec80-9ded8975b2e9"), true, 12, "《中华人民共和国消防法》第二十七条", "拆除私拉电线，由持证电工规范敷设", 1, "无违规用火、用电、用气，无私拉乱接电线" },
                    { new Guid("3a90d59d-c8ad-7618-3987-f2e530f2f778"), new Guid("59c3f234-36a7-35ee-c711-eeaf05dad846"), false, 3, "《中华人民共和国消防法》第十六条第一款第（二）项", "修复或更换应急照明灯", 1, "应急照明灯完好有效" },
                    { new Guid("3bb75de8-6e0c-4c05-1061-a86e431acae7"), new Guid("665c3b1f-7f34-b35f-5276-d627228fb8c6"), true, 8, "《中华人民共和国消防法》第二十八条", "立即清理通道、打开安全出口，保持畅通", 1, "安全出口、疏散通道未锁闭、未堵塞" },
                    { new Guid("3c86377a-7af3-3190-d594-004baa64cff7"), new Guid("a5db2181-3254-936e-1eb3-13d14c97b008"), false, 4, "《中华人民共和国消防法》第十六条第一款第（二）项", "修复或增设疏散指示标志", 1, "安全出口、疏散指示标志完好有效" },
                    { new Guid("3f8852bc-86bd-1281-cb5c-a8e45622fd45"), new Guid("d74502a3-8af3-0b2e-c9a0-7089d7bf9f69"), false, 7, "《中华人民共和国消防法》第十九条第二款", "住宿与经营、储存场所彻底分隔或搬离", 2, "经营场所内无人员住宿（无“三合一”）" },
                    { new Guid("406f4486-1541-e27f-0ec2-5371e1298091"), new Guid("51bfcff8-5912-f786-113b-aff2e7fe6647"), false, 3, "《中华人民共和国消防法》第十六条第一款第（二）项", "修复或更换应急照明灯", 1, "应急照明灯完好有效" },
                    { new Guid("43bc3b0f-a1e6-9194-1714-4396159bffbf"), new Guid("a5db2181-3254-936e-1eb3-13d14c97b008"), false, 3, "《中华人民共和国消防法》第十六条第一款第（二）项", "修复或更换应急照明灯", 1, "应急照明灯完好有效" },
                    { new Guid("4462e156-7935-b2d7-58b7-b10731b5a5fb"), new Guid("665c3b1f-7f34-b35f-5276-d627228fb8c6"), true, 9, "《中华人民共和国消防法》第二十八条", "将电动自行车移出室内，到集中充电点充电", 1, "室内未停放、未充电电动自行车" },
                    { new Guid("45811445-a4a5-24fa-d529-b4291bc4327c"), new Guid("883b2bd7-10a6-c259-c4ee-ee286992132a"), true, 8, "《中华人民共和国消防法》第二十八条", "立即清理通道、打开安全出口，保持畅通", 1, "安全出口、疏散通道未锁闭、未堵塞" },
                    { new Guid("4920e4ba-65c4-9845-0ee1-5d02ef0fd76a"), new Guid("9babd9d0-a436-26be-8b83-3109db67d351"), true, 8, "《中华人民共和国消防法》第二十八条", "立即清理通道、打开安全出口，保持畅通", 1, "安全出口、疏散通道未锁闭、未堵塞" },
                    { new Guid("4a1e19e3-4042-1622-6626-06d4dc906cb1"), new Guid("d74502a3-8af3-0b2e-c9a0-7089d7bf9f69"), true, 8, "《中华人民共和国消防法》第二十八条", "立即清理通道、打开安全出口，保持畅通", 1, "安全出口、疏散通道未锁闭、未堵塞" },
                    { new Guid("4a414981-0dc2-5df1-ddc0-cbd013385840"), new Guid("7e5d58a8-2aab-7067-a617-ff81519e39b6"), false, 3, "《中华人民共和国消防法》第十六条第一款第（二）项", "修复或更换应急照明灯", 1, "应急照明灯完好有效" },
                    { new Guid("4ae134ed-95f7-91ce-3f08-065b3056f4bb"), new Guid("d74502a3-8af3-0b2e-c9a0-7089d7bf9f69"), false, 11, "《建筑设计防火规范》GB 50016-2014（2018年版）第3.2.17条", "拆除易燃可燃彩钢板，改用不燃材料", 2, "未采用易燃可燃夹芯彩钢板搭建或分隔" },
                    { new Guid("4c0ad9f8-54d8-3f55-8201-35486913342e"), new Guid("74ba31c6-7c21-d686-1299-c2d6e5586f0d"), false, 3, "《中华人民共和国消防法》第十六条第一款第（二）项", "修复或更换应急照明灯", 1, "应急照明灯完好有效" },
                    { new Guid("4c4c6ce8-c26c-34ec-8335-55ec3a417067"), new Guid("50f7e978-d2b7-941c-37ec-a2780050ce67"), false, 11, "《建筑设计防火规范》GB 50016-2014（2018年版）第3.2.17条", "拆除易燃可燃彩钢板，改用不燃材料", 2, "未采用易燃可燃夹芯彩钢板搭建或分隔" },
                    { new Guid("4da18172-2216-8bff-f1ec-8d7c44599736"), new Guid("7e5d58a8-2aab-7067-a617-ff81519e39b6"), false, 4, "《中华人民共和国消防法》第十六条第一款第（二）项", "修复或增设疏散指示标志", 1, "安全出口、疏散指示标志完好有效" },
                    { new Guid("4e81343c-9e12-edf9-6260-c1701602e524"), new Guid("cbbca66a-0ef6-bbc2-ec80-9ded8975b2e9"), true, 9, "《中华人民共和国消防法》第二十八条", "将电动自行车移出室内，到集中充电点充电", 1, "室内未停放、未充电电动自行车" },
                    { new Guid("4fd80a73-ff2c-c579-7693-923e30fac898"), new Guid("59c3f234-36a7-35ee-c711-eeaf05dad846"), false, 1, "《中华人民共和国消防法》第十六条第一款第（二）项", "按标准配置灭火器并每月检查，失效的立即更换", 1, "配置灭火器，压力指针在绿区、在有效期内" },
                    { new Guid("506d4430-e7e2-ccbd-a9f1-b31da4570bfd"), new Guid("74ba31c6-7c21-d686-1299-c2d6e5586f0d"), true, 12, "《中华人民共和国消防法》第二十七条", "拆除私拉电线，由持证电工规范敷设", 1, "无违规用火、用电、用气，无私拉乱接电线" },
                    { new Guid("519a6882-790a-bcf5-c1e7-be6464958d98"), new Guid("a5db2181-3254-936e-1eb3-13d14c97b008"), true, 8, "《中华人民共和国消防法》第二十八条", "立即清理通道、打开安全出口，保持畅通", 1, "安全出口、疏散通道未锁闭、未堵塞" },
                    { new Guid("51eb8969-bf80-60c4-c47d-878d2f0c1173"), new Guid("a5db2181-3254-936e-1eb3-13d14c97b008"), true, 9, "《中华人民共和国消防法》第二十八条", "将电动自行车移出室内，到集中充电点充电", 1, "室内未停放、未充电电动自行车" },
                    { new Guid("520c1b71-0295-b392-c0c3-463b4b8a2f7c"), new Guid("cbbca66a-0ef6-bbc2-ec80-9ded8975b2e9"), false, 11, "《建筑设计防火规范》GB 50016-2014（2018年版）第3.2.17条", "拆除易燃可燃彩钢板，改用不燃材料", 2, "未采用易燃可燃夹芯彩钢板搭建或分隔" },
                    { new Guid("523d0158-cb05-8f1c-2ce6-db13a21975bb"), new Guid("d74502a3-8af3-0b2e-c9a0-7089d7bf9f69"), false, 2, "《中华人民共和国消防法》第十六条第一款第（二）项", "补齐水带、水枪，确保消火栓完好有效", 1, "室内消火栓箱内水带、水枪齐全，出水正常" },
                    { new Guid("52845aa6-2ca7-47c6-27e1-f16b02deb142"), new Guid("51bfcff8-5912-f786-113b-aff2e7fe6647"), false, 11, "《建筑设计防火规范》GB 50016-2014（2018年版）第3.2.17条", "拆除易燃可燃彩钢板，改用不燃材料", 2, "未采用易燃可燃夹芯彩钢板搭建或分隔" },
                    { new Guid("54bca5ac-ca5d-f2c0-6fc3-3669c0554856"), new Guid("883b2bd7-10a6-c259-c4ee-ee286992132a"), false, 2, "《中华人民共和国消防法》第十六条第一款第（二）项", "补齐水带、水枪，确保消火栓完好有效", 1, "室内消火栓箱内水带、水枪齐全，出水正常" },
                    { new Guid("56eae9ac-e8e8-b135-8dac-888b05f514e7"), new Guid("9babd9d0-a436-26be-8b83-3109db67d351"), true, 6, "《中华人民共和国消防法》第十六条第一款第（五）、（六）项", "组织员工消防培训和演练，做到“四会”", 1, "员工会报警、会使用消防器材、会组织疏散、会扑救初起火灾" },
                    { new Guid("57bfefe6-23e8-5b3e-6a63-8b7bb9a8fbb2"), new Guid("883b2bd7-10a6-c259-c4ee-ee286992132a"), true, 14, "《中华人民共和国消防法》第十六条第一款第（二）项", "在每间客房门后张贴疏散示意图", 1, "客房门后张贴疏散示意图" },
                    { new Guid("587d2517-4090-16c2-c7f7-1d8d8c9e7510"), new Guid("665c3b1f-7f34-b35f-5276-d627228fb8c6"), true, 14, "《烟花爆竹经营许可实施办法》第十七条", "超量部分退回批发企业，禁止店内燃放", 1, "库存不超过许可限量，店内无试放、燃放" },
                    { new Guid("5e57c14c-90df-53ca-2abc-8dac4049b1f5"), new Guid("0494f9be-ff58-e625-872e-f8714712d3b2"), false, 14, "《城镇燃气设计规范》GB 50028-2006（2020年版）第10.8.3条", "安装可燃气体报警器和紧急切断阀", 1, "燃气管道、阀门无泄漏，安装燃气泄漏报警和自动切断装置" },
                    { new Guid("610db78c-779a-f12c-de32-15e5ad00f3d9"), new Guid("7e5d58a8-2aab-7067-a617-ff81519e39b6"), false, 5, "《中华人民共和国消防法》第十六条第一款第（二）项", "按每间不少于1只安装独立式感烟火灾探测报警器", 1, "安装独立式感烟火灾探测报警器，工作正常" },
                    { new Guid("61939001-6e39-d958-1a3e-dd78464cd03a"), new Guid("883b2bd7-10a6-c259-c4ee-ee286992132a"), false, 5, "《中华人民共和国消防法》第十六条第一款第（二）项", "按每间不少于1只安装独立式感烟火灾探测报警器", 1, "安装独立式感烟火灾探测报警器，工作正常" },
                    { new Guid("61c9ef12-8d95-6173-1340-0b937bb49846"), new Guid("59c3f234-36a7-35ee-c711-eeaf05dad846"), false, 4, "《中华人民共和国消防法》第十六条第一款第（二）项", "修复或增设疏散指示标志", 1, "安全出口、疏散指示标志完好有效" },
                    { new Guid("636991b1-fd35-295b-ff85-eb125c72b042"), new Guid("9babd9d0-a436-26be-8b83-3109db67d351"), true, 9, "《中华人民共和国消防法》第二十八条", "将电动自行车移出室内，到集中充电点充电", 1, "室内未停放、未充电电动自行车" },
                    { new Guid("637504c5-b158-9c57-c8e5-bf43ab8a9bf1"), new Guid("cbbca66a-0ef6-bbc2-ec80-9ded8975b2e9"), false, 2, "《中华人民共和国消防法》第十六条第一款第（二）项", "补齐水带、水枪，确保消火栓完好有效", 1, "室内消火栓箱内水带、水枪齐全，出水正常" },
                    { new Guid("645b472a-509b-f2b4-5d63-0982e6c11eec"), new Guid("0494f9be-ff58-e625-872e-f8714712d3b2"), false, 3, "《中华人民共和国消防法》第十六条第一款第（二）项", "修复或更换应急照明灯", 1, "应急照明灯完好有效" },
                    { new Guid("6533b4be-8b0e-b6b0-43c3-85f2c9ba85c4"), new Guid("50f7e978-d2b7-941c-37ec-a2780050ce67"), false, 7, "《中华人民共和国消防法》第十九条第二款", "住宿与经营、储存场所彻底分隔或搬离", 2, "经营场所内无人员住宿（无“三合一”）" },
                    { new Guid("657543cf-f9c0-cbe9-2106-76c3d06c9c3e"), new Guid("59c3f234-36a7-35ee-c711-eeaf05dad846"), false, 2, "《中华人民共和国消防法》第十六条第一款第（二）项", "补齐水带、水枪，确保消火栓完好有效", 1, "室内消火栓箱内水带、水枪齐全，出水正常" },
                    { new Guid("66e134a0-dc31-6e2e-649a-36340be851cc"), new Guid("51bfcff8-5912-f786-113b-aff2e7fe6647"), false, 7, "《中华人民共和国消防法》第十九条第二款", "住宿与经营、储存场所彻底分隔或搬离", 2, "经营场所内无人员住宿（无“三合一”）" },
                    { new Guid("675eff52-cee2-c2b1-2334-06392e370af8"), new Guid("74ba31c6-7c21-d686-1299-c2d6e5586f0d"), false, 5, "《中华人民共和国消防法》第十六条第一款第（二）项", "按每间不少于1只安装独立式感烟火灾探测报警器", 1, "安装独立式感烟火灾探测报警器，工作正常" },
                    { new Guid("679dbbdc-f33a-7270-76d6-29ddf0d91ac5"), new Guid("50f7e978-d2b7-941c-37ec-a2780050ce67"), true, 6, "《中华人民共和国消防法》第十六条第一款第（五）、（六）项", "组织员工消防培训和演练，做到“四会”", 1, "员工会报警、会使用消防器材、会组织疏散、会扑救初起火灾" },
                    { new Guid("6aac9b8e-498b-8a6a-d428-fe39d784d8e8"), new Guid("0494f9be-ff58-e625-872e-f8714712d3b2"), false, 10, "《中华人民共和国消防法》第二十八条", "拆除防盗网或设置可从内部开启的逃生窗", 1, "外窗未设置影响逃生和灭火救援的防盗网、广告牌" },
                    { new Guid("70e2bda1-85f0-72c9-7930-b23db2b7d94e"), new Guid("50f7e978-d2b7-941c-37ec-a2780050ce67"), false, 4, "《中华人民共和国消防法》第十六条第一款第（二）项", "修复或增设疏散指示标志", 1, "安全出口、疏散指示标志完好有效" },
                    { new Guid("7429d970-c86e-a294-dec2-57ff67e4632a"), new Guid("7e5d58a8-2aab-7067-a617-ff81519e39b6"), true, 6, "《中华人民共和国消防法》第十六条第一款第（五）、（六）项", "组织员工消防培训和演练，做到“四会”", 1, "员工会报警、会使用消防器材、会组织疏散、会扑救初起火灾" },
                    { new Guid("746ace15-abc8-7503-eb1b-205e6b0f314a"), new Guid("883b2bd7-10a6-c259-c4ee-ee286992132a"), false, 10, "《中华人民共和国消防法》第二十八条", "拆除防盗网或设置可从内部开启的逃生窗", 1, "外窗未设置影响逃生和灭火救援的防盗网、广告牌" },
                    { new Guid("7838e100-1e25-9bee-bc54-1b8634972179"), new Guid("59c3f234-36a7-35ee-c711-eeaf05dad846"), true, 14, "《中华人民共和国消防法》第二十一条", "设置警示标志，制止站内吸烟和使用明火", 1, "站内无吸烟、无明火，加油区严禁使用手机的标志齐全" },
                    { new Guid("7b261edc-f565-1d79-5342-07e81cb0dde1"), new Guid("d74502a3-8af3-0b2e-c9a0-7089d7bf9f69"), false, 1, "《中华人民共和国消防法》第十六条第一款第（二）项", "按标准配置灭火器并每月检查，失效的立即更换", 1, "配置灭火器，压力指针在绿区、在有效期内" },
                    { new Guid("7ba518ec-b597-831f-f1d7-a9bf0783bb1c"), new Guid("74ba31c6-7c21-d686-1299-c2d6e5586f0d"), true, 9, "《中华人民共和国消防法》第二十八条", "将电动自行车移出室内，到集中充电点充电", 1, "室内未停放、未充电电动自行车" },
                    { new Guid("7ba95119-7902-80c5-983f-1bb2c98f72d3"), new Guid("59c3f234-36a7-35ee-c711-eeaf05dad846"), false, 10, "《中华人民共和国消防法》第二十八条", "拆除防盗网或设置可从内部开启的逃生窗", 1, "外窗未设置影响逃生和灭火救援的防盗网、广告牌" },
                    { new Guid("7e5eb9d7-b28f-9ef5-c20b-d6bd31d09ba1"), new Guid("50f7e978-d2b7-941c-37ec-a2780050ce67"), true, 9, "《中华人民共和国消防法》第二十八条", "将电动自行车移出室内，到集中充电点充电", 1, "室内未停放、未充电电动自行车" },
                    { new Guid("809d1118-b3ad-93cd-49f4-2d2ef025a422"), new Guid("a5db2181-3254-936e-1eb3-13d14c97b008"), true, 6, "《中华人民共和国消防法》第十六条第一款第（五）、（六）项", "组织员工消防培训和演练，做到“四会”", 1, "员工会报警、会使用消防器材、会组织疏散、会扑救初起火灾" },
                    { new Guid("82d4b8cc-a5f6-33f9-723f-dc1cb22a97bb"), new Guid("665c3b1f-7f34-b35f-5276-d627228fb8c6"), false, 5, "《中华人民共和国消防法》第十六条第一款第（二）项", "按每间不少于1只安装独立式感烟火灾探测报警器", 1, "安装独立式感烟火灾探测报警器，工作正常" },
                    { new Guid("84a2eccc-c9df-95cd-1e29-4a1313ba0bd3"), new Guid("51bfcff8-5912-f786-113b-aff2e7fe6647"), false, 10, "《中华人民共和国消防法》第二十八条", "拆除防盗网或设置可从内部开启的逃生窗", 1, "外窗未设置影响逃生和灭火救援的防盗网、广告牌" },
                    { new Guid("84ef7079-cd81-2c76-edf7-95e504b0ed06"), new Guid("d74502a3-8af3-0b2e-c9a0-7089d7bf9f69"), false, 5, "《中华人民共和国消防法》第十六条第一款第（二）项", "按每间不少于1只安装独立式感烟火灾探测报警器", 1, "安装独立式感烟火灾探测报警器，工作正常" },
                    { new Guid("858ea983-75c4-ac73-9481-5924659ce35f"), new Guid("9babd9d0-a436-26be-8b83-3109db67d351"), false, 7, "《中华人民共和国消防法》第十九条第二款", "住宿与经营、储存场所彻底分隔或搬离", 2, "经营场所内无人员住宿（无“三合一”）" },
                    { new Guid("86559987-d496-41a3-1448-4ca5fd76f3a6"), new Guid("883b2bd7-10a6-c259-c4ee-ee286992132a"), false, 3, "《中华人民共和国消防法》第十六条第一款第（二）项", "修复或更换应急照明灯", 1, "应急照明灯完好有效" },
                    { new Guid("8d0e0bd2-3694-ef49-b172-647ddbd99c16"), new Guid("59c3f234-36a7-35ee-c711-eeaf05dad846"), false, 11, "《建筑设计防火规范》GB 50016-2014（2018年版）第3.2.17条", "拆除易燃可燃彩钢板，改用不燃材料", 2, "未采用易燃可燃夹芯彩钢板搭建或分隔" },
                    { new Guid("8daf66c9-727b-9d91-0f0b-65f758df8ff0"), new Guid("665c3b1f-7f34-b35f-5276-d627228fb8c6"), true, 12, "《中华人民共和国消防法》第二十七条", "拆除私拉电线，由持证电工规范敷设", 1, "无违规用火、用电、用气，无私拉乱接电线" },
                    { new Guid("90bcaacd-23ae-3d83-8670-baafec33df0b"), new Guid("883b2bd7-10a6-c259-c4ee-ee286992132a"), false, 13, "《旅馆业治安管理办法》及当地消防安全标准", "每间客房配置过滤式自救呼吸器和手电筒", 1, "客房配置逃生用口罩（过滤式消防自救呼吸器）和手电筒" },
                    { new Guid("93c50ae3-1331-54a5-bb7e-0fa9b21fd9a7"), new Guid("0494f9be-ff58-e625-872e-f8714712d3b2"), false, 4, "《中华人民共和国消防法》第十六条第一款第（二）项", "修复或增设疏散指示标志", 1, "安全出口、疏散指示标志完好有效" },
                    { new Guid("98789253-0024-4f79-9806-cbf5b08b9b4b"), new Guid("51bfcff8-5912-f786-113b-aff2e7fe6647"), false, 2, "《中华人民共和国消防法》第十六条第一款第（二）项", "补齐水带、水枪，确保消火栓完好有效", 1, "室内消火栓箱内水带、水枪齐全，出水正常" },
                    { new Guid("995b8448-fe1d-c038-cd12-9cd939778f54"), new Guid("50f7e978-d2b7-941c-37ec-a2780050ce67"), false, 1, "《中华人民共和国消防法》第十六条第一款第（二）项", "按标准配置灭火器并每月检查，失效的立即更换", 1, "配置灭火器，压力指针在绿区、在有效期内" },
                    { new Guid("9a58876c-93d0-a2d9-eaf2-346dd309ecda"), new Guid("cbbca66a-0ef6-bbc2-ec80-9ded8975b2e9"), false, 5, "《中华人民共和国消防法》第十六条第一款第（二）项", "按每间不少于1只安装独立式感烟火灾探测报警器", 1, "安装独立式感烟火灾探测报警器，工作正常" },
                    { new Guid("9a9d481a-9d46-7e12-e197-6828b8f15d86"), new Guid("7e5d58a8-2aab-7067-a617-ff81519e39b6"), true, 8, "《中华人民共和国消防法》第二十八条", "立即清理通道、打开安全出口，保持畅通", 1, "安全出口、疏散通道未锁闭、未堵塞" },
                    { new Guid("9adf07f7-84cf-2972-3ff4-4039c6540d8f"), new Guid("d74502a3-8af3-0b2e-c9a0-7089d7bf9f69"), false, 10, "《中华人民共和国消防法》第二十八条", "拆除防盗网或设置可从内部开启的逃生窗", 1, "外窗未设置影响逃生和灭火救援的防盗网、广告牌" },
                    { new Guid("9cbb7f36-2737-890e-af61-f0bf3dab48d5"), new Guid("7e5d58a8-2aab-7067-a617-ff81519e39b6"), true, 12, "《中华人民共和国消防法》第二十七条", "拆除私拉电线，由持证电工规范敷设", 1, "无违规用火、用电、用气，无私拉乱接电线" },
                    { new Guid("9d0c9003-7188-8635-ca7e-98fb1654f579"), new Guid("665c3b1f-7f34-b35f-5276-d627228fb8c6"), false, 3, "《中华人民共和国消防法》第十六条第一款第（二）项", "修复或更换应急照明灯", 1, "应急照明灯完好有效" },
                    { new Guid("9e5b706f-1709-3e44-943e-611fb33c753f"), new Guid("9babd9d0-a436-26be-8b83-3109db67d351"), true, 12, "《中华人民共和国消防法》第二十七条", "拆除私拉电线，由持证电工规范敷设", 1, "无违规用火、用电、用气，无私拉乱接电线" },
                    { new Guid("9fe1ade7-62c2-845b-8410-03921b725f3c"), new Guid("d74502a3-8af3-0b2e-c9a0-7089d7bf9f69"), true, 9, "《中华人民共和国消防法》第二十八条", "将电动自行车移出室内，到集中充电点充电", 1, "室内未停放、未充电电动自行车" },
                    { new Guid("a01d5e04-3de7-834e-86aa-10c8d55819c1"), new Guid("51bfcff8-5912-f786-113b-aff2e7fe6647"), false, 1, "《中华人民共和国消防法》第十六条第一款第（二）项", "按标准配置灭火器并每月检查，失效的立即更换", 1, "配置灭火器，压力指针在绿区、在有效期内" },
                    { new Guid("a123b3ff-de44-5500-bfce-f68509947863"), new Guid("7e5d58a8-2aab-7067-a617-ff81519e39b6"), true, 9, "《中华人民共和国消防法》第二十八条", "将电动自行车移出室内，到集中充电点充电", 1, "室内未停放、未充电电动自行车" },
                    { new Guid("a4a7a10c-a144-5e1f-a514-12832826c80f"), new Guid("883b2bd7-10a6-c259-c4ee-ee286992132a"), false, 7, "《中华人民共和国消防法》第十九条第二款", "住宿与经营、储存场所彻底分隔或搬离", 2, "经营场所内无人员住宿（无“三合一”）" },
                    { new Guid("a5a8f69a-5b5e-f4cf-a531-991759eb6c2d"), new Guid("a5db2181-3254-936e-1eb3-13d14c97b008"), false, 5, "《中华人民共和国消防法》第十六条第一款第（二）项", "按每间不少于1只安装独立式感烟火灾探测报警器", 1, "安装独立式感烟火灾探测报警器，工作正常" },
                    { new Guid("a68efccc-9bd2-0a32-473c-19296e4c5f9a"), new Guid("74ba31c6-7c21-d686-1299-c2d6e5586f0d"), false, 4, "《中华人民共和国消防法》第十六条第一款第（二）项", "修复或增设疏散指示标志", 1, "安全出口、疏散指示标志完好有效" },
                    { new Guid("a79554d7-dacf-e6e2-9f5c-9a223c7b6b2c"), new Guid("7e5d58a8-2aab-7067-a617-ff81519e39b6"), false, 13, "《城镇燃气设计规范》GB 50028-2006（2020年版）第8.6节", "改善通风，安装可燃气体报警装置", 2, "钢瓶存放间通风良好，安装可燃气体报警装置" },
                    { new Guid("a8b09ba7-f7ea-6d22-a712-0c2fdd7b4893"), new Guid("665c3b1f-7f34-b35f-5276-d627228fb8c6"), false, 1, "《中华人民共和国消防法》第十六条第一款第（二）项", "按标准配置灭火器并每月检查，失效的立即更换", 1, "配置灭火器，压力指针在绿区、在有效期内" },
                    { new Guid("aa9ad5a8-d260-a57f-40c3-219fd45ec483"), new Guid("59c3f234-36a7-35ee-c711-eeaf05dad846"), true, 6, "《中华人民共和国消防法》第十六条第一款第（五）、（六）项", "组织员工消防培训和演练，做到“四会”", 1, "员工会报警、会使用消防器材、会组织疏散、会扑救初起火灾" },
                    { new Guid("aaa745d8-a664-ee18-ffa7-5ef1d432d433"), new Guid("74ba31c6-7c21-d686-1299-c2d6e5586f0d"), false, 10, "《中华人民共和国消防法》第二十八条", "拆除防盗网或设置可从内部开启的逃生窗", 1, "外窗未设置影响逃生和灭火救援的防盗网、广告牌" },
                    { new Guid("aac631a7-fcd9-a8b8-186f-69d10a872236"), new Guid("51bfcff8-5912-f786-113b-aff2e7fe6647"), true, 12, "《中华人民共和国消防法》第二十七条", "拆除私拉电线，由持证电工规范敷设", 1, "无违规用火、用电、用气，无私拉乱接电线" },
                    { new Guid("ab6da0f2-0aca-42f7-47c7-0871ad78990e"), new Guid("cbbca66a-0ef6-bbc2-ec80-9ded8975b2e9"), false, 10, "《中华人民共和国消防法》第二十八条", "拆除防盗网或设置可从内部开启的逃生窗", 1, "外窗未设置影响逃生和灭火救援的防盗网、广告牌" },
                    { new Guid("abd826a3-6231-cac8-8e23-7f161ee8a8f2"), new Guid("a5db2181-3254-936e-1eb3-13d14c97b008"), false, 2, "《中华人民共和国消防法》第十六条第一款第（二）项", "补齐水带、水枪，确保消火栓完好有效", 1, "室内消火栓箱内水带、水枪齐全，出水正常" },
                    { new Guid("ad6105ee-ca85-8479-cbbf-b5b180d5f236"), new Guid("0494f9be-ff58-e625-872e-f8714712d3b2"), true, 8, "《中华人民共和国消防法》第二十八条", "立即清理通道、打开安全出口，保持畅通", 1, "安全出口、疏散通道未锁闭、未堵塞" },
                    { new Guid("b0565a27-8450-d691-8d7d-0dd697fd397b"), new Guid("59c3f234-36a7-35ee-c711-eeaf05dad846"), false, 5, "《中华人民共和国消防法》第十六条第一款第（二）项", "按每间不少于1只安装独立式感烟火灾探测报警器", 1, "安装独立式感烟火灾探测报警器，工作正常" },
                    { new Guid("b17628fb-7406-9233-b8e0-740457b68e50"), new Guid("9babd9d0-a436-26be-8b83-3109db67d351"), false, 2, "《中华人民共和国消防法》第十六条第一款第（二）项", "补齐水带、水枪，确保消火栓完好有效", 1, "室内消火栓箱内水带、水枪齐全，出水正常" },
                    { new Guid("b3610758-a4d1-1870-d00e-f5f8c198c81f"), new Guid("50f7e978-d2b7-941c-37ec-a2780050ce67"), true, 8, "《中华人民共和国消防法》第二十八条", "立即清理通道、打开安全出口，保持畅通", 1, "安全出口、疏散通道未锁闭、未堵塞" },
                    { new Guid("b869ffd6-39a8-e011-dc40-165b13ab5719"), new Guid("50f7e978-d2b7-941c-37ec-a2780050ce67"), false, 2, "《中华人民共和国消防法》第十六条第一款第（二）项", "补齐水带、水枪，确保消火栓完好有效", 1, "室内消火栓箱内水带、水枪齐全，出水正常" },
                    { new Guid("ba448216-9f89-0549-626c-b8de790cb0ea"), new Guid("51bfcff8-5912-f786-113b-aff2e7fe6647"), true, 6, "《中华人民共和国消防法》第十六条第一款第（五）、（六）项", "组织员工消防培训和演练，做到“四会”", 1, "员工会报警、会使用消防器材、会组织疏散、会扑救初起火灾" },
                    { new Guid("bb46dffa-5280-e8ce-91aa-30dd5e5a8e9c"), new Guid("883b2bd7-10a6-c259-c4ee-ee286992132a"), false, 11, "《建筑设计防火规范》GB 50016-2014（2018年版）第3.2.17条", "拆除易燃可燃彩钢板，改用不燃材料", 2, "未采用易燃可燃夹芯彩钢板搭建或分隔" },
                    { new Guid("c37a089e-7444-59d2-b7a5-0a757ef04ffd"), new Guid("a5db2181-3254-936e-1eb3-13d14c97b008"), false, 11, "《建筑设计防火规范》GB 50016-2014（2018年版）第3.2.17条", "拆除易燃可燃彩钢板，改用不燃材料", 2, "未采用易燃可燃夹芯彩钢板搭建或分隔" },
                    { new Guid("c3d52081-6bc7-9df7-11cf-644361e03994"), new Guid("9babd9d0-a436-26be-8b83-3109db67d351"), false, 13, "《中华人民共和国消防法》第十九条第一款", "宿舍搬离生产、储存建筑", 2, "生产车间、仓库与员工宿舍不在同一建筑内" },
                    { new Guid("c8e745a0-6be1-35b0-1566-f5581e230924"), new Guid("665c3b1f-7f34-b35f-5276-d627228fb8c6"), false, 4, "《中华人民共和国消防法》第十六条第一款第（二）项", "修复或增设疏散指示标志", 1, "安全出口、疏散指示标志完好有效" },
                    { new Guid("cb5bf759-0de5-d8ea-fed2-5c15e4c29475"), new Guid("9babd9d0-a436-26be-8b83-3109db67d351"), false, 5, "《中华人民共和国消防法》第十六条第一款第（二）项", "按每间不少于1只安装独立式感烟火灾探测报警器", 1, "安装独立式感烟火灾探测报警器，工作正常" },
                    { new Guid("cc78c26c-a9d3-556a-9e3c-914bc74d850b"), new Guid("74ba31c6-7c21-d686-1299-c2d6e5586f0d"), true, 6, "《中华人民共和国消防法》第十六条第一款第（五）、（六）项", "组织员工消防培训和演练，做到“四会”", 1, "员工会报警、会使用消防器材、会组织疏散、会扑救初起火灾" },
                    { new Guid("ccc7a693-25f2-e98b-43fe-7e15fe2a26b9"), new Guid("50f7e978-d2b7-941c-37ec-a2780050ce67"), false, 5, "《中华人民共和国消防法》第十六条第一款第（二）项", "按每间不少于1只安装独立式感烟火灾探测报警器", 1, "安装独立式感烟火灾探测报警器，工作正常" },
                    { new Guid("ce305eed-ef77-ae4b-b227-e1a6c21bf10d"), new Guid("d74502a3-8af3-0b2e-c9a0-7089d7bf9f69"), false, 4, "《中华人民共和国消防法》第十六条第一款第（二）项", "修复或增设疏散指示标志", 1, "安全出口、疏散指示标志完好有效" },
                    { new Guid("ce71faa4-00d2-772b-0c34-00202e8c9205"), new Guid("7e5d58a8-2aab-7067-a617-ff81519e39b6"), false, 11, "《建筑设计防火规范》GB 50016-2014（2018年版）第3.2.17条", "拆除易燃可燃彩钢板，改用不燃材料", 2, "未采用易燃可燃夹芯彩钢板搭建或分隔" },
                    { new Guid("cf6d603b-b9ab-2716-d28c-1e94b81190cf"), new Guid("665c3b1f-7f34-b35f-5276-d627228fb8c6"), true, 6, "《中华人民共和国消防法》第十六条第一款第（五）、（六）项", "组织员工消防培训和演练，做到“四会”", 1, "员工会报警、会使用消防器材、会组织疏散、会扑救初起火灾" },
                    { new Guid("cfc9f385-ba09-28bc-14df-ac84490a66e3"), new Guid("51bfcff8-5912-f786-113b-aff2e7fe6647"), false, 5, "《中华人民共和国消防法》第十六条第一款第（二）项", "按每间不少于1只安装独立式感烟火灾探测报警器", 1, "安装独立式感烟火灾探测报警器，工作正常" },
                    { new Guid("d11810d8-cf40-017c-4780-f0a2efb3da2e"), new Guid("a5db2181-3254-936e-1eb3-13d14c97b008"), true, 12, "《中华人民共和国消防法》第二十七条", "拆除私拉电线，由持证电工规范敷设", 1, "无违规用火、用电、用气，无私拉乱接电线" },
                    { new Guid("d361e66b-28ad-01ca-fcd0-c372f7eb287a"), new Guid("50f7e978-d2b7-941c-37ec-a2780050ce67"), false, 3, "《中华人民共和国消防法》第十六条第一款第（二）项", "修复或更换应急照明灯", 1, "应急照明灯完好有效" },
                    { new Guid("d4b968ca-d857-5033-c701-40e194ec7261"), new Guid("51bfcff8-5912-f786-113b-aff2e7fe6647"), false, 4, "《中华人民共和国消防法》第十六条第一款第（二）项", "修复或增设疏散指示标志", 1, "安全出口、疏散指示标志完好有效" },
                    { new Guid("d5963b30-50e6-0035-e421-06e609fe39e8"), new Guid("0494f9be-ff58-e625-872e-f8714712d3b2"), false, 7, "《中华人民共和国消防法》第十九条第二款", "住宿与经营、储存场所彻底分隔或搬离", 2, "经营场所内无人员住宿（无“三合一”）" },
                    { new Guid("dd6c2acc-d1b4-ad80-eea5-2ef90bf169f0"), new Guid("7e5d58a8-2aab-7067-a617-ff81519e39b6"), false, 2, "《中华人民共和国消防法》第十六条第一款第（二）项", "补齐水带、水枪，确保消火栓完好有效", 1, "室内消火栓箱内水带、水枪齐全，出水正常" },
                    { new Guid("e398cd63-df9d-5dde-e469-66127bf706fa"), new Guid("0494f9be-ff58-e625-872e-f8714712d3b2"), false, 13, "《饮食建筑设计标准》JGJ 64-2017 第4.3.11条", "委托专业单位清洗油烟道，保留清洗记录", 1, "厨房排油烟罩、烟道定期清洗，无积油" },
                    { new Guid("e3a8b259-a8e3-2217-4955-46da5ca80442"), new Guid("51bfcff8-5912-f786-113b-aff2e7fe6647"), true, 8, "《中华人民共和国消防法》第二十八条", "立即清理通道、打开安全出口，保持畅通", 1, "安全出口、疏散通道未锁闭、未堵塞" },
                    { new Guid("e49ea343-e339-1bc9-3ece-0649a1000afa"), new Guid("7e5d58a8-2aab-7067-a617-ff81519e39b6"), false, 7, "《中华人民共和国消防法》第十九条第二款", "住宿与经营、储存场所彻底分隔或搬离", 2, "经营场所内无人员住宿（无“三合一”）" },
                    { new Guid("e6487131-f9eb-3ed8-2e98-40c33be693fc"), new Guid("7e5d58a8-2aab-7067-a617-ff81519e39b6"), false, 14, "《城镇燃气管理条例》第二十条", "清退超量、过期钢瓶，送检验机构检验", 1, "未存放超量、过期、未检验钢瓶" },
                    { new Guid("e659f38b-e12a-1dc0-671e-b44c8eea0c2b"), new Guid("0494f9be-ff58-e625-872e-f8714712d3b2"), true, 12, "《中华人民共和国消防法》第二十七条", "拆除私拉电线，由持证电工规范敷设", 1, "无违规用火、用电、用气，无私拉乱接电线" },
                    { new Guid("eb30ee2a-02d6-aced-8209-240e521d5f6c"), new Guid("7e5d58a8-2aab-7067-a617-ff81519e39b6"), false, 10, "《中华人民共和国消防法》第二十八条", "拆除防盗网或设置可从内部开启的逃生窗", 1, "外窗未设置影响逃生和灭火救援的防盗网、广告牌" },
                    { new Guid("ed6352c5-c65d-7ad4-f7ea-6de2b72db085"), new Guid("74ba31c6-7c21-d686-1299-c2d6e5586f0d"), false, 2, "《中华人民共和国消防法》第十六条第一款第（二）项", "补齐水带、水枪，确保消火栓完好有效", 1, "室内消火栓箱内水带、水枪齐全，出水正常" },
                    { new Guid("ef761910-d8fc-bfc6-a8db-42fa63582370"), new Guid("59c3f234-36a7-35ee-c711-eeaf05dad846"), true, 9, "《中华人民共和国消防法》第二十八条", "将电动自行车移出室内，到集中充电点充电", 1, "室内未停放、未充电电动自行车" },
                    { new Guid("efa70626-d86a-6216-a999-07ff8632e015"), new Guid("0494f9be-ff58-e625-872e-f8714712d3b2"), false, 5, "《中华人民共和国消防法》第十六条第一款第（二）项", "按每间不少于1只安装独立式感烟火灾探测报警器", 1, "安装独立式感烟火灾探测报警器，工作正常" },
                    { new Guid("efd78217-beca-321d-6d33-eb1994f78123"), new Guid("7e5d58a8-2aab-7067-a617-ff81519e39b6"), false, 1, "《中华人民共和国消防法》第十六条第一款第（二）项", "按标准配置灭火器并每月检查，失效的立即更换", 1, "配置灭火器，压力指针在绿区、在有效期内" },
                    { new Guid("f0fb12cb-b758-157c-e2fe-1154b3573fbb"), new Guid("a5db2181-3254-936e-1eb3-13d14c97b008"), false, 10, "《中华人民共和国消防法》第二十八条", "拆除防盗网或设置可从内部开启的逃生窗", 1, "外窗未设置影响逃生和灭火救援的防盗网、广告牌" },
                    { new Guid("f325ddc3-8a48-9a50-356c-d80683e9ac40"), new Guid("0494f9be-ff58-e625-872e-f8714712d3b2"), false, 2, "《中华人民共和国消防法》第十六条第一款第（二）项", "补齐水带、水枪，确保消火栓完好有效", 1, "室内消火栓箱内水带、水枪齐全，出水正常" },
                    { new Guid("f338cb91-5f0b-2a59-8438-106036199c7c"), new Guid("665c3b1f-7f34-b35f-5276-d627228fb8c6"), false, 13, "《烟花爆竹安全管理条例》第十八条", "停止在居住建筑内经营烟花爆竹", 2, "专店专营，店铺不与居住场所设在同一建筑内" },
                    { new Guid("f501124e-be85-8070-a228-8ef82b8432fa"), new Guid("883b2bd7-10a6-c259-c4ee-ee286992132a"), false, 4, "《中华人民共和国消防法》第十六条第一款第（二）项", "修复或增设疏散指示标志", 1, "安全出口、疏散指示标志完好有效" },
                    { new Guid("f6fa2b74-d3ce-3fd4-c159-8162a334c7b1"), new Guid("9babd9d0-a436-26be-8b83-3109db67d351"), false, 11, "《建筑设计防火规范》GB 50016-2014（2018年版）第3.2.17条", "拆除易燃可燃彩钢板，改用不燃材料", 2, "未采用易燃可燃夹芯彩钢板搭建或分隔" },
                    { new Guid("fd4b2323-3c27-a9c3-06f5-e5e1f2f4aa13"), new Guid("665c3b1f-7f34-b35f-5276-d627228fb8c6"), false, 7, "《中华人民共和国消防法》第十九条第二款", "住宿与经营、储存场所彻底分隔或搬离", 2, "经营场所内无人员住宿（无“三合一”）" },
                    { new Guid("fd8ba970-5cbd-fc76-9396-1b0d44eab6fb"), new Guid("59c3f234-36a7-35ee-c711-eeaf05dad846"), true, 8, "《中华人民共和国消防法》第二十八条", "立即清理通道、打开安全出口，保持畅通", 1, "安全出口、疏散通道未锁闭、未堵塞" },
                    { new Guid("fe109014-f44c-c4b1-6081-ef8633bb0069"), new Guid("0494f9be-ff58-e625-872e-f8714712d3b2"), false, 1, "《中华人民共和国消防法》第十六条第一款第（二）项", "按标准配置灭火器并每月检查，失效的立即更换", 1, "配置灭火器，压力指针在绿区、在有效期内" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_safety_campaign_venues_CampaignId_RegionCode",
                table: "safety_campaign_venues",
                columns: new[] { "CampaignId", "RegionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_safety_campaigns_StartsOn",
                table: "safety_campaigns",
                column: "StartsOn");

            migrationBuilder.CreateIndex(
                name: "IX_safety_checklist_items_ChecklistId_Position",
                table: "safety_checklist_items",
                columns: new[] { "ChecklistId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_safety_checklists_Kind_Version",
                table: "safety_checklists",
                columns: new[] { "Kind", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_safety_hazards_CampaignId_RegionCode",
                table: "safety_hazards",
                columns: new[] { "CampaignId", "RegionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_safety_hazards_InspectionId",
                table: "safety_hazards",
                column: "InspectionId");

            migrationBuilder.CreateIndex(
                name: "IX_safety_hazards_VenueId",
                table: "safety_hazards",
                column: "VenueId");

            migrationBuilder.CreateIndex(
                name: "IX_safety_hazards_WorkItemId",
                table: "safety_hazards",
                column: "WorkItemId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_safety_inspection_photos_InspectionId",
                table: "safety_inspection_photos",
                column: "InspectionId");

            migrationBuilder.CreateIndex(
                name: "IX_safety_inspections_CampaignId_VenueId",
                table: "safety_inspections",
                columns: new[] { "CampaignId", "VenueId" });

            migrationBuilder.CreateIndex(
                name: "IX_safety_inspections_Number",
                table: "safety_inspections",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_safety_inspections_RegionCode",
                table: "safety_inspections",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_safety_inspections_VenueId",
                table: "safety_inspections",
                column: "VenueId");

            migrationBuilder.CreateIndex(
                name: "IX_safety_major_hazard_reviews_HazardId",
                table: "safety_major_hazard_reviews",
                column: "HazardId");

            migrationBuilder.CreateIndex(
                name: "IX_safety_reinspections_HazardId",
                table: "safety_reinspections",
                column: "HazardId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "safety_campaign_venues");

            migrationBuilder.DropTable(
                name: "safety_campaigns");

            migrationBuilder.DropTable(
                name: "safety_checklist_items");

            migrationBuilder.DropTable(
                name: "safety_hazards");

            migrationBuilder.DropTable(
                name: "safety_inspection_photos");

            migrationBuilder.DropTable(
                name: "safety_inspection_results");

            migrationBuilder.DropTable(
                name: "safety_major_hazard_reviews");

            migrationBuilder.DropTable(
                name: "safety_reinspections");

            migrationBuilder.DropTable(
                name: "safety_checklists");

            migrationBuilder.DropTable(
                name: "safety_inspections");
        }
    }
}
