using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Protishruti.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PerformanceFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "WorkingDaysTaken",
                table: "Applications",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ApplicationFacts",
                columns: table => new
                {
                    OfficeId = table.Column<int>(type: "integer", nullable: false),
                    QuarterStart = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<short>(type: "smallint", nullable: false),
                    Bin = table.Column<int>(type: "integer", nullable: false),
                    ServiceKey = table.Column<Guid>(type: "uuid", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    OnTime = table.Column<int>(type: "integer", nullable: false),
                    Late = table.Column<int>(type: "integer", nullable: false),
                    Rejected = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApplicationFacts", x => new { x.OfficeId, x.QuarterStart, x.ServiceKey, x.Kind, x.Bin });
                    table.ForeignKey(
                        name: "FK_ApplicationFacts_Offices_OfficeId",
                        column: x => x.OfficeId,
                        principalTable: "Offices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ApplicationSubtreeFacts",
                columns: table => new
                {
                    OfficeId = table.Column<int>(type: "integer", nullable: false),
                    QuarterStart = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<short>(type: "smallint", nullable: false),
                    Bin = table.Column<int>(type: "integer", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    OnTime = table.Column<int>(type: "integer", nullable: false),
                    Late = table.Column<int>(type: "integer", nullable: false),
                    Rejected = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApplicationSubtreeFacts", x => new { x.OfficeId, x.QuarterStart, x.Kind, x.Bin });
                    table.ForeignKey(
                        name: "FK_ApplicationSubtreeFacts_Offices_OfficeId",
                        column: x => x.OfficeId,
                        principalTable: "Offices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // The performance fact triggers (ADR 0044), then the facts counted once from the applications already stored.
            foreach (var sql in Features.Delivery.Performance.ApplicationFactTriggers.Postgres())
                migrationBuilder.Sql(sql);
            migrationBuilder.Sql(Features.Delivery.Performance.ApplicationFactTriggers.Rebuild(postgres: true));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in Features.Delivery.Performance.ApplicationFactTriggers.DropPostgres())
                migrationBuilder.Sql(sql);

            migrationBuilder.DropTable(
                name: "ApplicationFacts");

            migrationBuilder.DropTable(
                name: "ApplicationSubtreeFacts");

            migrationBuilder.DropColumn(
                name: "WorkingDaysTaken",
                table: "Applications");
        }
    }
}
