using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Doorstep.Hosting.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class GigChangesStartupPartnersCallCancellation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<Guid>>(
                name: "PartnerIds",
                table: "employment_startup_applications",
                type: "uuid[]",
                nullable: false);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawalReason",
                table: "employment_startup_applications",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "WithdrawnAt",
                table: "employment_startup_applications",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawnBy",
                table: "employment_startup_applications",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "StoppedAt",
                table: "employment_gig_workers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CancelReason",
                table: "employment_gig_jobs",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "CancelledAt",
                table: "employment_gig_jobs",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CancelledBy",
                table: "employment_gig_jobs",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CancelReason",
                table: "employment_base_calls",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "CancelledAt",
                table: "employment_base_calls",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CancelledBy",
                table: "employment_base_calls",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PartnerIds",
                table: "employment_startup_applications");

            migrationBuilder.DropColumn(
                name: "WithdrawalReason",
                table: "employment_startup_applications");

            migrationBuilder.DropColumn(
                name: "WithdrawnAt",
                table: "employment_startup_applications");

            migrationBuilder.DropColumn(
                name: "WithdrawnBy",
                table: "employment_startup_applications");

            migrationBuilder.DropColumn(
                name: "StoppedAt",
                table: "employment_gig_workers");

            migrationBuilder.DropColumn(
                name: "CancelReason",
                table: "employment_gig_jobs");

            migrationBuilder.DropColumn(
                name: "CancelledAt",
                table: "employment_gig_jobs");

            migrationBuilder.DropColumn(
                name: "CancelledBy",
                table: "employment_gig_jobs");

            migrationBuilder.DropColumn(
                name: "CancelReason",
                table: "employment_base_calls");

            migrationBuilder.DropColumn(
                name: "CancelledAt",
                table: "employment_base_calls");

            migrationBuilder.DropColumn(
                name: "CancelledBy",
                table: "employment_base_calls");
        }
    }
}
