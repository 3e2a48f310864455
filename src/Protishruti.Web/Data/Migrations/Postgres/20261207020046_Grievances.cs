using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Protishruti.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Grievances : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Grievances",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TrackingNumber = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    OfficeId = table.Column<int>(type: "integer", nullable: false),
                    HandlingOfficeId = table.Column<int>(type: "integer", nullable: true),
                    ServiceKey = table.Column<Guid>(type: "uuid", nullable: true),
                    ServiceNameBn = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ApplicationTrackingNumber = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    WhatHappened = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    WhatTheyWant = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ComplainantName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ComplainantMobile = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: true),
                    ComplainantEmail = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    LevelStartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Extended = table.Column<bool>(type: "boolean", nullable: false),
                    Outcome = table.Column<int>(type: "integer", nullable: true),
                    Decision = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Verdict = table.Column<int>(type: "integer", nullable: true),
                    RepliesInEnglish = table.Column<bool>(type: "boolean", nullable: false),
                    SubmissionKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    DuplicateOfId = table.Column<int>(type: "integer", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Grievances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Grievances_Offices_HandlingOfficeId",
                        column: x => x.HandlingOfficeId,
                        principalTable: "Offices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Grievances_Offices_OfficeId",
                        column: x => x.OfficeId,
                        principalTable: "Offices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SmsMessages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OfficeId = table.Column<int>(type: "integer", nullable: false),
                    ToNumber = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    NextAttemptAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClaimToken = table.Column<Guid>(type: "uuid", nullable: true),
                    ClaimedUntil = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SmsMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SmsMessages_Offices_OfficeId",
                        column: x => x.OfficeId,
                        principalTable: "Offices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GrievanceAttachments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    GrievanceId = table.Column<int>(type: "integer", nullable: false),
                    Path = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GrievanceAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GrievanceAttachments_Grievances_GrievanceId",
                        column: x => x.GrievanceId,
                        principalTable: "Grievances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GrievanceSteps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    GrievanceId = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    Action = table.Column<int>(type: "integer", nullable: false),
                    OfficeId = table.Column<int>(type: "integer", nullable: true),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GrievanceSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GrievanceSteps_Grievances_GrievanceId",
                        column: x => x.GrievanceId,
                        principalTable: "Grievances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_GrievanceAttachments_GrievanceId",
                table: "GrievanceAttachments",
                column: "GrievanceId");

            migrationBuilder.CreateIndex(
                name: "IX_Grievances_OfficeId_SubmittedOn",
                table: "Grievances",
                columns: new[] { "OfficeId", "SubmittedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Grievances_Open_DueOn",
                table: "Grievances",
                column: "DueOn",
                filter: "\"State\" <> 3");

            migrationBuilder.CreateIndex(
                name: "IX_Grievances_Open_HandlingOfficeId_DueOn",
                table: "Grievances",
                columns: new[] { "HandlingOfficeId", "DueOn" },
                filter: "\"State\" <> 3");

            migrationBuilder.CreateIndex(
                name: "IX_Grievances_SubmissionKey",
                table: "Grievances",
                column: "SubmissionKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Grievances_TrackingNumber",
                table: "Grievances",
                column: "TrackingNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GrievanceSteps_GrievanceId",
                table: "GrievanceSteps",
                column: "GrievanceId");

            migrationBuilder.CreateIndex(
                name: "IX_SmsMessages_OfficeId",
                table: "SmsMessages",
                column: "OfficeId");

            migrationBuilder.CreateIndex(
                name: "IX_SmsMessages_SentAt_NextAttemptAt",
                table: "SmsMessages",
                columns: new[] { "SentAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SmsMessages_Source",
                table: "SmsMessages",
                column: "Source");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GrievanceAttachments");

            migrationBuilder.DropTable(
                name: "GrievanceSteps");

            migrationBuilder.DropTable(
                name: "SmsMessages");

            migrationBuilder.DropTable(
                name: "Grievances");
        }
    }
}
