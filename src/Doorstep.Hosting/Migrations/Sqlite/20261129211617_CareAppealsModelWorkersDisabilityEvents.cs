using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Doorstep.Hosting.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CareAppealsModelWorkersDisabilityEvents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "care_appeals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TimeClass = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Content = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AppellantName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    AppellantPhoneCipher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AppellantPhoneMasked = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    NeedyHouseholdId = table.Column<Guid>(type: "TEXT", nullable: true),
                    VisitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReceivedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 15, nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    WorkItemId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_appeals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "care_disability_certificates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 15, nullable: false),
                    NumberCipher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NumberHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    NumberMasked = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    Grade = table.Column<int>(type: "INTEGER", nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_disability_certificates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "care_disability_targets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 15, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    SetBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_disability_targets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "care_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StartsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Organisers = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    SignUpDeadline = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 15, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RosterVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    NextSequence = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "care_labour_competitions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Organiser = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Field = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 15, nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_labour_competitions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "care_model_worker_activities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Organiser = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 15, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_model_worker_activities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "care_model_workers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 15, nullable: false),
                    Employer = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Trade = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Hardship = table.Column<bool>(type: "INTEGER", nullable: false),
                    HardshipReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_model_workers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "care_photos",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 15, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_photos", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "care_disability_services",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CertificateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 15, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    AppliedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Request = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DeliveredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Delivered = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_disability_services", x => x.Id);
                    table.ForeignKey(
                        name: "FK_care_disability_services_care_disability_certificates_CertificateId",
                        column: x => x.CertificateId,
                        principalTable: "care_disability_certificates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "care_event_signups",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 15, nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    PhoneCipher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PhoneHash = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PhoneMasked = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    IdNumberMasked = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Attended = table.Column<bool>(type: "INTEGER", nullable: true),
                    SignedUpBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SignedUpAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PromotedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CancelledAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_event_signups", x => x.Id);
                    table.ForeignKey(
                        name: "FK_care_event_signups_care_events_EventId",
                        column: x => x.EventId,
                        principalTable: "care_events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "care_labour_competition_winners",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompetitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ModelWorkerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Employer = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Prize = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_labour_competition_winners", x => x.Id);
                    table.ForeignKey(
                        name: "FK_care_labour_competition_winners_care_labour_competitions_CompetitionId",
                        column: x => x.CompetitionId,
                        principalTable: "care_labour_competitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "care_model_worker_activity_participants",
                columns: table => new
                {
                    ActivityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ModelWorkerId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_model_worker_activity_participants", x => new { x.ActivityId, x.ModelWorkerId });
                    table.ForeignKey(
                        name: "FK_care_model_worker_activity_participants_care_model_worker_activities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "care_model_worker_activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "care_model_worker_honours",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ModelWorkerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    AwardedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_model_worker_honours", x => x.Id);
                    table.ForeignKey(
                        name: "FK_care_model_worker_honours_care_model_workers_ModelWorkerId",
                        column: x => x.ModelWorkerId,
                        principalTable: "care_model_workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_care_appeals_NeedyHouseholdId",
                table: "care_appeals",
                column: "NeedyHouseholdId");

            migrationBuilder.CreateIndex(
                name: "IX_care_appeals_ReceivedBy_ReceivedAt",
                table: "care_appeals",
                columns: new[] { "ReceivedBy", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_care_appeals_RegionCode_ReceivedAt",
                table: "care_appeals",
                columns: new[] { "RegionCode", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_care_appeals_VisitId",
                table: "care_appeals",
                column: "VisitId");

            migrationBuilder.CreateIndex(
                name: "IX_care_appeals_WorkItemId",
                table: "care_appeals",
                column: "WorkItemId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_care_disability_certificates_NumberHash",
                table: "care_disability_certificates",
                column: "NumberHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_care_disability_certificates_PersonId",
                table: "care_disability_certificates",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_care_disability_certificates_RegionCode",
                table: "care_disability_certificates",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_care_disability_services_CertificateId",
                table: "care_disability_services",
                column: "CertificateId");

            migrationBuilder.CreateIndex(
                name: "IX_care_disability_services_PersonId_Kind",
                table: "care_disability_services",
                columns: new[] { "PersonId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_care_disability_services_RegionCode_AppliedOn",
                table: "care_disability_services",
                columns: new[] { "RegionCode", "AppliedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_care_disability_targets_RegionCode_Year_Kind",
                table: "care_disability_targets",
                columns: new[] { "RegionCode", "Year", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_care_event_signups_EventId_Sequence",
                table: "care_event_signups",
                columns: new[] { "EventId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_care_events_Number",
                table: "care_events",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_care_events_RegionCode_StartsAt",
                table: "care_events",
                columns: new[] { "RegionCode", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_care_labour_competition_winners_CompetitionId",
                table: "care_labour_competition_winners",
                column: "CompetitionId");

            migrationBuilder.CreateIndex(
                name: "IX_care_labour_competition_winners_ModelWorkerId",
                table: "care_labour_competition_winners",
                column: "ModelWorkerId");

            migrationBuilder.CreateIndex(
                name: "IX_care_labour_competitions_RegionCode",
                table: "care_labour_competitions",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_care_model_worker_activities_RegionCode",
                table: "care_model_worker_activities",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_care_model_worker_activity_participants_ModelWorkerId",
                table: "care_model_worker_activity_participants",
                column: "ModelWorkerId");

            migrationBuilder.CreateIndex(
                name: "IX_care_model_worker_honours_Kind",
                table: "care_model_worker_honours",
                column: "Kind");

            migrationBuilder.CreateIndex(
                name: "IX_care_model_worker_honours_ModelWorkerId_Kind_Year",
                table: "care_model_worker_honours",
                columns: new[] { "ModelWorkerId", "Kind", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_care_model_workers_PersonId",
                table: "care_model_workers",
                column: "PersonId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_care_model_workers_RegionCode",
                table: "care_model_workers",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_care_photos_OwnerKind_OwnerId",
                table: "care_photos",
                columns: new[] { "OwnerKind", "OwnerId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "care_appeals");

            migrationBuilder.DropTable(
                name: "care_disability_services");

            migrationBuilder.DropTable(
                name: "care_disability_targets");

            migrationBuilder.DropTable(
                name: "care_event_signups");

            migrationBuilder.DropTable(
                name: "care_labour_competition_winners");

            migrationBuilder.DropTable(
                name: "care_model_worker_activity_participants");

            migrationBuilder.DropTable(
                name: "care_model_worker_honours");

            migrationBuilder.DropTable(
                name: "care_photos");

            migrationBuilder.DropTable(
                name: "care_disability_certificates");

            migrationBuilder.DropTable(
                name: "care_events");

            migrationBuilder.DropTable(
                name: "care_labour_competitions");

            migrationBuilder.DropTable(
                name: "care_model_worker_activities");

            migrationBuilder.DropTable(
                name: "care_model_workers");
        }
    }
}
