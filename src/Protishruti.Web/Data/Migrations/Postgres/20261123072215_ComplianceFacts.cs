using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Protishruti.Web.Data.Migrations.Postgres
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OfficeId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComplianceChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ComplianceFactPeriods",
                columns: table => new
                {
                    FiscalYearStart = table.Column<int>(type: "integer", nullable: false),
                    Period = table.Column<int>(type: "integer", nullable: false),
                    PlanKind = table.Column<int>(type: "integer", nullable: false),
                    BuiltAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComplianceFactPeriods", x => new { x.FiscalYearStart, x.Period, x.PlanKind });
                });

            migrationBuilder.CreateTable(
                name: "ComplianceFacts",
                columns: table => new
                {
                    FiscalYearStart = table.Column<int>(type: "integer", nullable: false),
                    Period = table.Column<int>(type: "integer", nullable: false),
                    PlanKind = table.Column<int>(type: "integer", nullable: false),
                    OfficeId = table.Column<int>(type: "integer", nullable: false),
                    Path = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    OfficeKind = table.Column<int>(type: "integer", nullable: false),
                    HasSubordinates = table.Column<bool>(type: "boolean", nullable: false),
                    State = table.Column<int>(type: "integer", nullable: true),
                    Submitted = table.Column<bool>(type: "boolean", nullable: false),
                    Late = table.Column<bool>(type: "boolean", nullable: false),
                    Charter = table.Column<bool>(type: "boolean", nullable: false),
                    Committee = table.Column<bool>(type: "boolean", nullable: false),
                    Meeting = table.Column<bool>(type: "boolean", nullable: false),
                    DecisionsImplemented = table.Column<int>(type: "integer", nullable: false),
                    DecisionsCounted = table.Column<int>(type: "integer", nullable: false),
                    Reached = table.Column<long>(type: "bigint", nullable: false),
                    Below = table.Column<long>(type: "bigint", nullable: false)
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
            foreach (var sql in ComplianceChangeTriggers.Postgres()) migrationBuilder.Sql(sql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in ComplianceChangeTriggers.DropPostgres()) migrationBuilder.Sql(sql);

            migrationBuilder.DropTable(
                name: "ComplianceChanges");

            migrationBuilder.DropTable(
                name: "ComplianceFactPeriods");

            migrationBuilder.DropTable(
                name: "ComplianceFacts");
        }
    }
}
