using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Protishruti.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ComplianceFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ComplianceChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OfficeId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComplianceChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ComplianceFactPeriods",
                columns: table => new
                {
                    FiscalYearStart = table.Column<int>(type: "INTEGER", nullable: false),
                    Period = table.Column<int>(type: "INTEGER", nullable: false),
                    PlanKind = table.Column<int>(type: "INTEGER", nullable: false),
                    BuiltAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComplianceFactPeriods", x => new { x.FiscalYearStart, x.Period, x.PlanKind });
                });

            migrationBuilder.CreateTable(
                name: "ComplianceFacts",
                columns: table => new
                {
                    FiscalYearStart = table.Column<int>(type: "INTEGER", nullable: false),
                    Period = table.Column<int>(type: "INTEGER", nullable: false),
                    PlanKind = table.Column<int>(type: "INTEGER", nullable: false),
                    OfficeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Path = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    OfficeKind = table.Column<int>(type: "INTEGER", nullable: false),
                    HasSubordinates = table.Column<bool>(type: "INTEGER", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: true),
                    Submitted = table.Column<bool>(type: "INTEGER", nullable: false),
                    Late = table.Column<bool>(type: "INTEGER", nullable: false),
                    Charter = table.Column<bool>(type: "INTEGER", nullable: false),
                    Committee = table.Column<bool>(type: "INTEGER", nullable: false),
                    Meeting = table.Column<bool>(type: "INTEGER", nullable: false),
                    DecisionsImplemented = table.Column<int>(type: "INTEGER", nullable: false),
                    DecisionsCounted = table.Column<int>(type: "INTEGER", nullable: false),
                    Reached = table.Column<long>(type: "INTEGER", nullable: false),
                    Below = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComplianceFacts", x => new { x.FiscalYearStart, x.Period, x.PlanKind, x.OfficeId });
                    table.ForeignKey(
                        name: "FK_ComplianceFacts_Offices_OfficeId",
                        column: x => x.OfficeId,
                        principalTable: "Offices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ComplianceFacts_OfficeId",
                table: "ComplianceFacts",
                column: "OfficeId");

            // The triggers that keep the facts current (ADR 0022).
            foreach (var sql in ComplianceChangeTriggers.Sqlite()) migrationBuilder.Sql(sql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in ComplianceChangeTriggers.DropSqlite()) migrationBuilder.Sql(sql);

            migrationBuilder.DropTable(
                name: "ComplianceChanges");

            migrationBuilder.DropTable(
                name: "ComplianceFactPeriods");

            migrationBuilder.DropTable(
                name: "ComplianceFacts");
        }
    }
}
