using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Doorstep.Hosting.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class GigChangesStartupPartnersCallCancellation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PartnerIds",
                table: "employment_startup_applications",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "WithdrawalReason",
                table: "employment_startup_applications",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "WithdrawnAt",
                table: "employment_startup_applications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawnBy",
                table: "employment_startup_applications",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "StoppedAt",
                table: "employment_gig_workers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CancelReason",
                table: "employment_gig_jobs",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "CancelledAt",
                table: "employment_gig_jobs",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CancelledBy",
                table: "employment_gig_jobs",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CancelReason",
                table: "employment_base_calls",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "CancelledAt",
                table: "employment_base_calls",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CancelledBy",
                table: "employment_base_calls",
                type: "TEXT",
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
