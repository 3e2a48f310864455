using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Protishruti.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MonitoringCycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ActionPlans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FiscalYearStart = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    TitleBn = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    TitleEn = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    SourceNote = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionPlans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Reminders",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    OfficeId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ProgressReportId = table.Column<int>(type: "INTEGER", nullable: true),
                    FiscalYearStart = table.Column<int>(type: "INTEGER", nullable: false),
                    Period = table.Column<int>(type: "INTEGER", nullable: false),
                    TextBn = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    TextEn = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReadAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Reminders_Offices_OfficeId",
                        column: x => x.OfficeId,
                        principalTable: "Offices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportingDeadlines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FiscalYearStart = table.Column<int>(type: "INTEGER", nullable: false),
                    Period = table.Column<int>(type: "INTEGER", nullable: false),
                    Tier = table.Column<int>(type: "INTEGER", nullable: true),
                    OpensOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportingDeadlines", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PlanIndicator",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ActionPlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    AreaBn = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    AreaEn = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    AreaMarks = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: false),
                    ActivityCode = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ActivityBn = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ActivityEn = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    TextBn = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    TextEn = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Unit = table.Column<int>(type: "INTEGER", nullable: false),
                    Weight = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: false),
                    AnnualTarget = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: false),
                    TargetQ1 = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: true),
                    TargetQ2 = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: true),
                    TargetQ3 = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: true),
                    TargetQ4 = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: true),
                    TargetDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EvidenceBn = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    EvidenceEn = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Applicability = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    Assumed = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanIndicator", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanIndicator_ActionPlans_ActionPlanId",
                        column: x => x.ActionPlanId,
                        principalTable: "ActionPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProgressReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OfficeId = table.Column<int>(type: "INTEGER", nullable: false),
                    ActionPlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    FiscalYearStart = table.Column<int>(type: "INTEGER", nullable: false),
                    Period = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FirstSubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastSubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SubmittedLate = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReviewedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Submissions = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgressReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgressReports_ActionPlans_ActionPlanId",
                        column: x => x.ActionPlanId,
                        principalTable: "ActionPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProgressReports_Offices_OfficeId",
                        column: x => x.OfficeId,
                        principalTable: "Offices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportEntry",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProgressReportId = table.Column<int>(type: "INTEGER", nullable: false),
                    PlanIndicatorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Achieved = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: true),
                    DoneOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Remarks = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Computed = table.Column<bool>(type: "INTEGER", nullable: false),
                    EvidenceUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    EvidenceLabel = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    EvidencePath = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    EvidenceName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: true),
                    EvidenceContentType = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportEntry", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportEntry_PlanIndicator_PlanIndicatorId",
                        column: x => x.PlanIndicatorId,
                        principalTable: "PlanIndicator",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReportEntry_ProgressReports_ProgressReportId",
                        column: x => x.ProgressReportId,
                        principalTable: "ProgressReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportStep",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProgressReportId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SnapshotJson = table.Column<string>(type: "TEXT", nullable: true),
                    IndicatorComments = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportStep", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportStep_ProgressReports_ProgressReportId",
                        column: x => x.ProgressReportId,
                        principalTable: "ProgressReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ActionPlans_FiscalYearStart_Kind",
                table: "ActionPlans",
                columns: new[] { "FiscalYearStart", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanIndicator_ActionPlanId_Code",
                table: "PlanIndicator",
                columns: new[] { "ActionPlanId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProgressReports_ActionPlanId",
                table: "ProgressReports",
                column: "ActionPlanId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgressReports_FiscalYearStart_Period_OfficeId",
                table: "ProgressReports",
                columns: new[] { "FiscalYearStart", "Period", "OfficeId" });

            migrationBuilder.CreateIndex(
                name: "IX_ProgressReports_OfficeId_ActionPlanId_Period",
                table: "ProgressReports",
                columns: new[] { "OfficeId", "ActionPlanId", "Period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reminders_Key",
                table: "Reminders",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reminders_OfficeId",
                table: "Reminders",
                column: "OfficeId");

            migrationBuilder.CreateIndex(
                name: "IX_Reminders_UserId_Id",
                table: "Reminders",
                columns: new[] { "UserId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportEntry_PlanIndicatorId",
                table: "ReportEntry",
                column: "PlanIndicatorId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportEntry_ProgressReportId_PlanIndicatorId",
                table: "ReportEntry",
                columns: new[] { "ProgressReportId", "PlanIndicatorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportingDeadlines_FiscalYearStart_Period_Tier",
                table: "ReportingDeadlines",
                columns: new[] { "FiscalYearStart", "Period", "Tier" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportStep_ProgressReportId_Id",
                table: "ReportStep",
                columns: new[] { "ProgressReportId", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Reminders");

            migrationBuilder.DropTable(
                name: "ReportEntry");

            migrationBuilder.DropTable(
                name: "ReportingDeadlines");

            migrationBuilder.DropTable(
                name: "ReportStep");

            migrationBuilder.DropTable(
                name: "PlanIndicator");

            migrationBuilder.DropTable(
                name: "ProgressReports");

            migrationBuilder.DropTable(
                name: "ActionPlans");
        }
    }
}
