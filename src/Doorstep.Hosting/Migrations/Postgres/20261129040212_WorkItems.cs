using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Doorstep.Hosting.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class WorkItems : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "UnitId",
                table: "platform_users",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "platform_notifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Link = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    WorkItemId = table.Column<Guid>(type: "uuid", nullable: true),
                    OccasionKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReadAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_notifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_outbox",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    UserName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_work_item_limits",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TypeCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    Limit = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_work_item_limits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_work_item_rules",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TypeCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    RegionCode = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    UserName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_work_item_rules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_work_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    TypeCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RegionCode = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    Address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Longitude = table.Column<double>(type: "double precision", nullable: true),
                    Latitude = table.Column<double>(type: "double precision", nullable: true),
                    SubjectRef = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    ReportedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReportedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ContactName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    ContactPhoneCipher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ContactPhoneMasked = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: true),
                    TimeLimit = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    OpenedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DueAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RemindAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DispatchedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AssignedUnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    AssignedUnitName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AssignedUser = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AcceptedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    HandledAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    VerifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EvaluatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Satisfaction = table.Column<int>(type: "integer", nullable: true),
                    ReworkCount = table.Column<int>(type: "integer", nullable: false),
                    ExtensionCount = table.Column<int>(type: "integer", nullable: false),
                    Pending = table.Column<int>(type: "integer", nullable: false),
                    PendingReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    PendingBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    PendingAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PendingDays = table.Column<int>(type: "integer", nullable: true),
                    RemindedForDue = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EscalatedForDue = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_work_items", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_work_item_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WorkItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Action = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    FromStatus = table.Column<int>(type: "integer", nullable: true),
                    ToStatus = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Longitude = table.Column<double>(type: "double precision", nullable: true),
                    Latitude = table.Column<double>(type: "double precision", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_work_item_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_platform_work_item_events_platform_work_items_WorkItemId",
                        column: x => x.WorkItemId,
                        principalTable: "platform_work_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_work_item_photos",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<long>(type: "bigint", nullable: true),
                    FileName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_work_item_photos", x => x.Id);
                    table.ForeignKey(
                        name: "FK_platform_work_item_photos_platform_work_item_events_EventId",
                        column: x => x.EventId,
                        principalTable: "platform_work_item_events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_platform_work_item_photos_platform_work_items_WorkItemId",
                        column: x => x.WorkItemId,
                        principalTable: "platform_work_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_platform_notifications_OccasionKey",
                table: "platform_notifications",
                column: "OccasionKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_platform_notifications_UserName_ReadAt",
                table: "platform_notifications",
                columns: new[] { "UserName", "ReadAt" });

            migrationBuilder.CreateIndex(
                name: "IX_platform_outbox_SentAt",
                table: "platform_outbox",
                column: "SentAt");

            migrationBuilder.CreateIndex(
                name: "IX_platform_work_item_events_WorkItemId",
                table: "platform_work_item_events",
                column: "WorkItemId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_work_item_limits_TypeCode_Category_RegionCode",
                table: "platform_work_item_limits",
                columns: new[] { "TypeCode", "Category", "RegionCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_platform_work_item_photos_EventId",
                table: "platform_work_item_photos",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_work_item_photos_WorkItemId",
                table: "platform_work_item_photos",
                column: "WorkItemId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_work_item_rules_TypeCode_RegionCode",
                table: "platform_work_item_rules",
                columns: new[] { "TypeCode", "RegionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_platform_work_items_AssignedUnitId",
                table: "platform_work_items",
                column: "AssignedUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_work_items_AssignedUser",
                table: "platform_work_items",
                column: "AssignedUser");

            migrationBuilder.CreateIndex(
                name: "IX_platform_work_items_Number",
                table: "platform_work_items",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_platform_work_items_RegionCode",
                table: "platform_work_items",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_platform_work_items_ReportedAt",
                table: "platform_work_items",
                column: "ReportedAt");

            migrationBuilder.CreateIndex(
                name: "IX_platform_work_items_Status_DueAt",
                table: "platform_work_items",
                columns: new[] { "Status", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_platform_work_items_SubjectRef",
                table: "platform_work_items",
                column: "SubjectRef");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "platform_notifications");

            migrationBuilder.DropTable(
                name: "platform_outbox");

            migrationBuilder.DropTable(
                name: "platform_work_item_limits");

            migrationBuilder.DropTable(
                name: "platform_work_item_photos");

            migrationBuilder.DropTable(
                name: "platform_work_item_rules");

            migrationBuilder.DropTable(
                name: "platform_work_item_events");

            migrationBuilder.DropTable(
                name: "platform_work_items");

            migrationBuilder.DropColumn(
                name: "UnitId",
                table: "platform_users");
        }
    }
}
