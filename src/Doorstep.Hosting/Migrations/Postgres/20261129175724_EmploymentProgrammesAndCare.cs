using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Doorstep.Hosting.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class EmploymentProgrammesAndCare : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "care_households",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    HouseholdId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    Categories = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Responsible = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_households", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "care_items",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Unit = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_items", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "care_plans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_plans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "care_stock",
                columns: table => new
                {
                    ItemCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    Quantity = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_stock", x => new { x.RegionCode, x.ItemCode });
                    table.CheckConstraint("ck_care_stock_quantity", "\"Quantity\" >= 0");
                });

            migrationBuilder.CreateTable(
                name: "care_stock_movements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Change = table.Column<int>(type: "integer", nullable: false),
                    Balance = table.Column<int>(type: "integer", nullable: false),
                    VisitId = table.Column<Guid>(type: "uuid", nullable: true),
                    Note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    By = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_stock_movements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "care_visits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    NeedyHouseholdId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    StockRegionCode = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    VisitedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Visitors = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    VisitorNames = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Money = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: false),
                    Heard = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_visits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "employment_base_applications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CallId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    InstitutionName = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    Address = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ContactName = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ContactPhoneCipher = table.Column<string>(type: "text", nullable: true),
                    ContactPhoneMasked = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    AnnualPersonTimes = table.Column<int>(type: "integer", nullable: false),
                    SubsidisedPersonTimes = table.Column<int>(type: "integer", nullable: false),
                    TotalTrained = table.Column<int>(type: "integer", nullable: false),
                    Programmes = table.Column<List<string>>(type: "text[]", nullable: false),
                    SharedBase = table.Column<bool>(type: "boolean", nullable: false),
                    SharedBaseDescription = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    LocalEmploymentPercent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    IndustriesServed = table.Column<List<string>>(type: "text[]", nullable: false),
                    Status = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    FailedRules = table.Column<List<string>>(type: "text[]", nullable: false),
                    SubsidyYuan = table.Column<int>(type: "integer", nullable: true),
                    AccreditedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AccreditedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    evidence = table.Column<string>(type: "jsonb", nullable: true),
                    partners = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_employment_base_applications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "employment_base_calls",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    OpensOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ClosesOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Quota = table.Column<int>(type: "integer", nullable: false),
                    SubsidyYuan = table.Column<int>(type: "integer", nullable: false),
                    PillarIndustries = table.Column<List<string>>(type: "text[]", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_employment_base_calls", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "employment_base_scores",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    Expert = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: false),
                    Comment = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_employment_base_scores", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "employment_fair_employers",
                columns: table => new
                {
                    FairId = table.Column<Guid>(type: "uuid", nullable: false),
                    EmployerId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    Booth = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_employment_fair_employers", x => new { x.FairId, x.EmployerId });
                });

            migrationBuilder.CreateTable(
                name: "employment_fair_outcomes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FairId = table.Column<Guid>(type: "uuid", nullable: false),
                    VisitorId = table.Column<Guid>(type: "uuid", nullable: false),
                    VacancyId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    Stage = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_employment_fair_outcomes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "employment_fair_vacancies",
                columns: table => new
                {
                    FairId = table.Column<Guid>(type: "uuid", nullable: false),
                    VacancyId = table.Column<Guid>(type: "uuid", nullable: false),
                    EmployerId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_employment_fair_vacancies", x => new { x.FairId, x.VacancyId });
                });

            migrationBuilder.CreateTable(
                name: "employment_fair_visitors",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FairId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    SeekerId = table.Column<Guid>(type: "uuid", nullable: true),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    IdNumberCipher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IdNumberHash = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IdNumberMasked = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PhoneCipher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PhoneMasked = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    TargetGroups = table.Column<string[]>(type: "text[]", nullable: false),
                    WishedOccupation = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    Disability = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: true),
                    RegisteredBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RegisteredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_employment_fair_visitors", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "employment_fairs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    Title = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Kind = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    StartsAt = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    EndsAt = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    Address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Longitude = table.Column<double>(type: "double precision", nullable: true),
                    Latitude = table.Column<double>(type: "double precision", nullable: true),
                    Organisers = table.Column<List<string>>(type: "text[]", nullable: false),
                    TargetGroups = table.Column<string[]>(type: "text[]", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_employment_fairs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "employment_gig_assignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    JobId = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkerId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    State = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    PaidAmount = table.Column<int>(type: "integer", nullable: true),
                    AcceptedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AcceptedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DoneAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PaidAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_employment_gig_assignments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "employment_gig_categories",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Retired = table.Column<bool>(type: "boolean", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_employment_gig_categories", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "employment_gig_check_ins",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkerId = table.Column<Guid>(type: "uuid", nullable: false),
                    MarketId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_employment_gig_check_ins", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "employment_gig_jobs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    MarketId = table.Column<Guid>(type: "uuid", nullable: false),
                    CategoryId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    PosterKind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    PosterName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    PosterPhoneCipher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PosterPhoneMasked = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Longitude = table.Column<double>(type: "double precision", nullable: false),
                    Latitude = table.Column<double>(type: "double precision", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: false),
                    StartTime = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    EndTime = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    Pay = table.Column<int>(type: "integer", nullable: false),
                    PayUnit = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    PeopleNeeded = table.Column<int>(type: "integer", nullable: false),
                    Taken = table.Column<int>(type: "integer", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_employment_gig_jobs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "employment_gig_workers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    RegionCode = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    MarketId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    PhoneCipher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PhoneMasked = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Longitude = table.Column<double>(type: "double precision", nullable: false),
                    Latitude = table.Column<double>(type: "double precision", nullable: false),
                    Skills = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    Days = table.Column<string[]>(type: "text[]", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_employment_gig_workers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "employment_incubation_bases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    Capacity = table.Column<int>(type: "integer", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_employment_incubation_bases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "employment_labour_brand_workers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BrandId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    AddedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AddedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_employment_labour_brand_workers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "employment_labour_brands",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Level = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    OccupationCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    RegionCode = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_employment_labour_brands", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "employment_startup_applications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    BusinessName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    Amount = table.Column<int>(type: "integer", nullable: false),
                    TermMonths = table.Column<int>(type: "integer", nullable: true),
                    Members = table.Column<int>(type: "integer", nullable: false),
                    TargetGroups = table.Column<string[]>(type: "text[]", nullable: false),
                    FirstTimeFounder = table.Column<bool>(type: "boolean", nullable: false),
                    OperatingSince = table.Column<DateOnly>(type: "date", nullable: true),
                    JobsCreated = table.Column<int>(type: "integer", nullable: false),
                    Stage = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CheckedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CheckedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RejectionReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    IssuedAmount = table.Column<int>(type: "integer", nullable: true),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_employment_startup_applications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "employment_startup_classes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Course = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    Venue = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_employment_startup_classes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "employment_training_courses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProviderId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    Title = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Mode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    OccupationCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Hours = table.Column<int>(type: "integer", nullable: false),
                    SubsidyPerPerson = table.Column<int>(type: "integer", nullable: false),
                    Capacity = table.Column<int>(type: "integer", nullable: false),
                    Enrolled = table.Column<int>(type: "integer", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_employment_training_courses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "employment_training_enrolments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CourseId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    ProviderId = table.Column<Guid>(type: "uuid", nullable: false),
                    Subsidised = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CertificateKind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    CertificateLevel = table.Column<int>(type: "integer", nullable: true),
                    CertificateNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    CertifiedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EmployedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EmployerName = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_employment_training_enrolments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "employment_walls",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StationId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    WeekStart = table.Column<DateOnly>(type: "date", nullable: false),
                    StationName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    StationKind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    StationAddress = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    StationPhone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    StationHours = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    RadiusMeters = table.Column<int>(type: "integer", nullable: false),
                    VacancyCount = table.Column<int>(type: "integer", nullable: false),
                    PostCount = table.Column<int>(type: "integer", nullable: false),
                    SuitableForDisabledCount = table.Column<int>(type: "integer", nullable: false),
                    SeekerCount = table.Column<int>(type: "integer", nullable: false),
                    GeneratedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    GeneratedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_employment_walls", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "employment_workshops",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    EmployerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    Longitude = table.Column<double>(type: "double precision", nullable: false),
                    Latitude = table.Column<double>(type: "double precision", nullable: false),
                    ContactName = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ContactPhoneCipher = table.Column<string>(type: "text", nullable: true),
                    ContactPhoneMasked = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecognisedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ModelOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CommonProsperityOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_employment_workshops", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "care_plan_entries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    NeedyHouseholdId = table.Column<Guid>(type: "uuid", nullable: false),
                    Visitor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_plan_entries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_care_plan_entries_care_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "care_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "care_visit_goods",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    VisitId = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Quantity = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_visit_goods", x => x.Id);
                    table.ForeignKey(
                        name: "FK_care_visit_goods_care_visits_VisitId",
                        column: x => x.VisitId,
                        principalTable: "care_visits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "employment_resident_enterprises",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    Founder = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    MovedIn = table.Column<DateOnly>(type: "date", nullable: false),
                    MovedOut = table.Column<DateOnly>(type: "date", nullable: true),
                    RentWaivedMonths = table.Column<int>(type: "integer", nullable: false),
                    PropertyFeeWaivedMonths = table.Column<int>(type: "integer", nullable: false),
                    WaivedAmount = table.Column<int>(type: "integer", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_employment_resident_enterprises", x => x.Id);
                    table.ForeignKey(
                        name: "FK_employment_resident_enterprises_employment_incubation_bases~",
                        column: x => x.BaseId,
                        principalTable: "employment_incubation_bases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "employment_startup_trainees",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ClassId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    Completed = table.Column<bool>(type: "boolean", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_employment_startup_trainees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_employment_startup_trainees_employment_startup_classes_Clas~",
                        column: x => x.ClassId,
                        principalTable: "employment_startup_classes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "employment_wall_seekers",
                columns: table => new
                {
                    WallId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    SeekerId = table.Column<Guid>(type: "uuid", nullable: false),
                    MaskedName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Skills = table.Column<List<string>>(type: "text[]", nullable: false),
                    Occupations = table.Column<List<string>>(type: "text[]", nullable: false),
                    ExpectedWage = table.Column<int>(type: "integer", nullable: false),
                    WageUnit = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Schedules = table.Column<string[]>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_employment_wall_seekers", x => new { x.WallId, x.Number });
                    table.ForeignKey(
                        name: "FK_employment_wall_seekers_employment_walls_WallId",
                        column: x => x.WallId,
                        principalTable: "employment_walls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "employment_wall_vacancies",
                columns: table => new
                {
                    WallId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    VacancyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    EmployerName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    OccupationName = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Headcount = table.Column<int>(type: "integer", nullable: false),
                    WageMin = table.Column<int>(type: "integer", nullable: false),
                    WageMax = table.Column<int>(type: "integer", nullable: false),
                    WageUnit = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Schedule = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    SuitableForDisabled = table.Column<bool>(type: "boolean", nullable: false),
                    Address = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DistanceMetres = table.Column<int>(type: "integer", nullable: true),
                    ExpiresOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_employment_wall_vacancies", x => new { x.WallId, x.Number });
                    table.ForeignKey(
                        name: "FK_employment_wall_vacancies_employment_walls_WallId",
                        column: x => x.WallId,
                        principalTable: "employment_walls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "employment_workshop_workers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkshopId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    HiredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    LeftOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Income = table.Column<int>(type: "integer", nullable: false),
                    IncomePeriod = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_employment_workshop_workers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_employment_workshop_workers_employment_workshops_WorkshopId",
                        column: x => x.WorkshopId,
                        principalTable: "employment_workshops",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "care_items",
                columns: new[] { "Code", "Name", "Position", "Unit" },
                values: new object[,]
                {
                    { "fruit", "水果", 4, "箱" },
                    { "milk", "牛奶", 3, "箱" },
                    { "oil", "食用油", 2, "桶" },
                    { "quilt", "棉被", 5, "床" },
                    { "rice", "大米", 1, "袋" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_care_households_HouseholdId",
                table: "care_households",
                column: "HouseholdId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_care_households_RegionCode",
                table: "care_households",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_care_items_Name",
                table: "care_items",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_care_plan_entries_PlanId_NeedyHouseholdId",
                table: "care_plan_entries",
                columns: new[] { "PlanId", "NeedyHouseholdId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_care_plans_RegionCode_StartsOn",
                table: "care_plans",
                columns: new[] { "RegionCode", "StartsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_care_stock_movements_RegionCode_At",
                table: "care_stock_movements",
                columns: new[] { "RegionCode", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_care_stock_movements_VisitId",
                table: "care_stock_movements",
                column: "VisitId");

            migrationBuilder.CreateIndex(
                name: "IX_care_visit_goods_VisitId",
                table: "care_visit_goods",
                column: "VisitId");

            migrationBuilder.CreateIndex(
                name: "IX_care_visits_NeedyHouseholdId_VisitedOn",
                table: "care_visits",
                columns: new[] { "NeedyHouseholdId", "VisitedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_care_visits_Number",
                table: "care_visits",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_care_visits_RegionCode_VisitedOn",
                table: "care_visits",
                columns: new[] { "RegionCode", "VisitedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_employment_base_applications_CallId_Status",
                table: "employment_base_applications",
                columns: new[] { "CallId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_employment_base_applications_CreditCode_Year",
                table: "employment_base_applications",
                columns: new[] { "CreditCode", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_employment_base_applications_RegionCode",
                table: "employment_base_applications",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_employment_base_calls_Year_RegionCode",
                table: "employment_base_calls",
                columns: new[] { "Year", "RegionCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_employment_base_scores_ApplicationId_Expert",
                table: "employment_base_scores",
                columns: new[] { "ApplicationId", "Expert" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_employment_fair_outcomes_FairId_Stage",
                table: "employment_fair_outcomes",
                columns: new[] { "FairId", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_employment_fair_outcomes_VisitorId_VacancyId",
                table: "employment_fair_outcomes",
                columns: new[] { "VisitorId", "VacancyId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_employment_fair_vacancies_FairId_EmployerId",
                table: "employment_fair_vacancies",
                columns: new[] { "FairId", "EmployerId" });

            migrationBuilder.CreateIndex(
                name: "IX_employment_fair_visitors_FairId_IdNumberHash",
                table: "employment_fair_visitors",
                columns: new[] { "FairId", "IdNumberHash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_employment_fairs_RegionCode_Date",
                table: "employment_fairs",
                columns: new[] { "RegionCode", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_employment_gig_assignments_JobId_WorkerId",
                table: "employment_gig_assignments",
                columns: new[] { "JobId", "WorkerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_employment_gig_assignments_WorkerId",
                table: "employment_gig_assignments",
                column: "WorkerId");

            migrationBuilder.CreateIndex(
                name: "IX_employment_gig_categories_Name",
                table: "employment_gig_categories",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_employment_gig_check_ins_MarketId_Date",
                table: "employment_gig_check_ins",
                columns: new[] { "MarketId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_employment_gig_check_ins_WorkerId_Date",
                table: "employment_gig_check_ins",
                columns: new[] { "WorkerId", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_employment_gig_jobs_MarketId_StartDate",
                table: "employment_gig_jobs",
                columns: new[] { "MarketId", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_employment_gig_jobs_RegionCode_EndDate",
                table: "employment_gig_jobs",
                columns: new[] { "RegionCode", "EndDate" });

            migrationBuilder.CreateIndex(
                name: "IX_employment_gig_workers_PersonId",
                table: "employment_gig_workers",
                column: "PersonId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_employment_gig_workers_RegionCode",
                table: "employment_gig_workers",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_employment_incubation_bases_Name",
                table: "employment_incubation_bases",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_employment_incubation_bases_RegionCode",
                table: "employment_incubation_bases",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_employment_labour_brand_workers_BrandId_PersonId",
                table: "employment_labour_brand_workers",
                columns: new[] { "BrandId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_employment_labour_brand_workers_RegionCode",
                table: "employment_labour_brand_workers",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_employment_labour_brands_Name",
                table: "employment_labour_brands",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_employment_resident_enterprises_BaseId_CreditCode",
                table: "employment_resident_enterprises",
                columns: new[] { "BaseId", "CreditCode" });

            migrationBuilder.CreateIndex(
                name: "IX_employment_resident_enterprises_RegionCode",
                table: "employment_resident_enterprises",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_employment_startup_applications_PersonId",
                table: "employment_startup_applications",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_employment_startup_applications_RegionCode_Stage",
                table: "employment_startup_applications",
                columns: new[] { "RegionCode", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_employment_startup_classes_RegionCode_StartsOn",
                table: "employment_startup_classes",
                columns: new[] { "RegionCode", "StartsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_employment_startup_trainees_ClassId_PersonId",
                table: "employment_startup_trainees",
                columns: new[] { "ClassId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_employment_startup_trainees_RegionCode",
                table: "employment_startup_trainees",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_employment_training_courses_ProviderId",
                table: "employment_training_courses",
                column: "ProviderId");

            migrationBuilder.CreateIndex(
                name: "IX_employment_training_courses_RegionCode_StartsOn",
                table: "employment_training_courses",
                columns: new[] { "RegionCode", "StartsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_employment_training_enrolments_CourseId_PersonId",
                table: "employment_training_enrolments",
                columns: new[] { "CourseId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_employment_training_enrolments_RegionCode_Status",
                table: "employment_training_enrolments",
                columns: new[] { "RegionCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_employment_walls_StationId_WeekStart",
                table: "employment_walls",
                columns: new[] { "StationId", "WeekStart" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_employment_walls_WeekStart_RegionCode",
                table: "employment_walls",
                columns: new[] { "WeekStart", "RegionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_employment_workshop_workers_PersonId",
                table: "employment_workshop_workers",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_employment_workshop_workers_WorkshopId_PersonId",
                table: "employment_workshop_workers",
                columns: new[] { "WorkshopId", "PersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_employment_workshops_EmployerId",
                table: "employment_workshops",
                column: "EmployerId");

            migrationBuilder.CreateIndex(
                name: "IX_employment_workshops_RegionCode",
                table: "employment_workshops",
                column: "RegionCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "care_households");

            migrationBuilder.DropTable(
                name: "care_items");

            migrationBuilder.DropTable(
                name: "care_plan_entries");

            migrationBuilder.DropTable(
                name: "care_stock");

            migrationBuilder.DropTable(
                name: "care_stock_movements");

            migrationBuilder.DropTable(
                name: "care_visit_goods");

            migrationBuilder.DropTable(
                name: "employment_base_applications");

            migrationBuilder.DropTable(
                name: "employment_base_calls");

            migrationBuilder.DropTable(
                name: "employment_base_scores");

            migrationBuilder.DropTable(
                name: "employment_fair_employers");

            migrationBuilder.DropTable(
                name: "employment_fair_outcomes");

            migrationBuilder.DropTable(
                name: "employment_fair_vacancies");

            migrationBuilder.DropTable(
                name: "employment_fair_visitors");

            migrationBuilder.DropTable(
                name: "employment_fairs");

            migrationBuilder.DropTable(
                name: "employment_gig_assignments");

            migrationBuilder.DropTable(
                name: "employment_gig_categories");

            migrationBuilder.DropTable(
                name: "employment_gig_check_ins");

            migrationBuilder.DropTable(
                name: "employment_gig_jobs");

            migrationBuilder.DropTable(
                name: "employment_gig_workers");

            migrationBuilder.DropTable(
                name: "employment_labour_brand_workers");

            migrationBuilder.DropTable(
                name: "employment_labour_brands");

            migrationBuilder.DropTable(
                name: "employment_resident_enterprises");

            migrationBuilder.DropTable(
                name: "employment_startup_applications");

            migrationBuilder.DropTable(
                name: "employment_startup_trainees");

            migrationBuilder.DropTable(
                name: "employment_training_courses");

            migrationBuilder.DropTable(
                name: "employment_training_enrolments");

            migrationBuilder.DropTable(
                name: "employment_wall_seekers");

            migrationBuilder.DropTable(
                name: "employment_wall_vacancies");

            migrationBuilder.DropTable(
                name: "employment_workshop_workers");

            migrationBuilder.DropTable(
                name: "care_plans");

            migrationBuilder.DropTable(
                name: "care_visits");

            migrationBuilder.DropTable(
                name: "employment_incubation_bases");

            migrationBuilder.DropTable(
                name: "employment_startup_classes");

            migrationBuilder.DropTable(
                name: "employment_walls");

            migrationBuilder.DropTable(
                name: "employment_workshops");
        }
    }
}
