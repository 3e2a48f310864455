using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Protishruti.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class GrievanceFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "GrievanceChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OfficeId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GrievanceChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "GrievanceFacts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FiscalYearStart = table.Column<int>(type: "INTEGER", nullable: false),
                    Quarter = table.Column<int>(type: "INTEGER", nullable: false),
                    OfficeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Path = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    ServiceKey = table.Column<Guid>(type: "TEXT", nullable: true),
                    ServiceNameBn = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Received = table.Column<int>(type: "INTEGER", nullable: false),
                    ResolvedInTime = table.Column<int>(type: "INTEGER", nullable: false),
                    ClosedLate = table.Column<int>(type: "INTEGER", nullable: false),
                    OtherwiseClosed = table.Column<int>(type: "INTEGER", nullable: false),
                    Appealed = table.Column<int>(type: "INTEGER", nullable: false),
                    NotResolvedByCitizen = table.Column<int>(type: "INTEGER", nullable: false),
                    Open = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenOverdue = table.Column<int>(type: "INTEGER", nullable: false),
                    CountedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    NextDue = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GrievanceFacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GrievanceFacts_Offices_OfficeId",
                        column: x => x.OfficeId,
                        principalTable: "Offices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GrievanceFactYears",
                columns: table => new
                {
                    FiscalYearStart = table.Column<int>(type: "INTEGER", nullable: false),
                    BuiltAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GrievanceFactYears", x => x.FiscalYearStart);
                });

            migrationBuilder.CreateTable(
                name: "GrievanceOfficeFacts",
                columns: table => new
                {
                    FiscalYearStart = table.Column<int>(type: "INTEGER", nullable: false),
                    Quarter = table.Column<int>(type: "INTEGER", nullable: false),
                    OfficeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Path = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Received = table.Column<int>(type: "INTEGER", nullable: false),
                    ResolvedInTime = table.Column<int>(type: "INTEGER", nullable: false),
                    ClosedLate = table.Column<int>(type: "INTEGER", nullable: false),
                    OtherwiseClosed = table.Column<int>(type: "INTEGER", nullable: false),
                    Appealed = table.Column<int>(type: "INTEGER", nullable: false),
                    NotResolvedByCitizen = table.Column<int>(type: "INTEGER", nullable: false),
                    Open = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenOverdue = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GrievanceOfficeFacts", x => new { x.FiscalYearStart, x.Quarter, x.OfficeId });
                    table.ForeignKey(
                        name: "FK_GrievanceOfficeFacts_Offices_OfficeId",
                        column: x => x.OfficeId,
                        principalTable: "Offices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_GrievanceFacts_CountedOn",
                table: "GrievanceFacts",
                column: "CountedOn");

            migrationBuilder.CreateIndex(
                name: "IX_GrievanceFacts_NextDue",
                table: "GrievanceFacts",
                column: "NextDue");

            migrationBuilder.CreateIndex(
                name: "IX_GrievanceFacts_OfficeId_FiscalYearStart",
                table: "GrievanceFacts",
                columns: new[] { "OfficeId", "FiscalYearStart" });

            migrationBuilder.CreateIndex(
                name: "IX_GrievanceOfficeFacts_FiscalYearStart_Quarter_Path",
                table: "GrievanceOfficeFacts",
                columns: new[] { "FiscalYearStart", "Quarter", "Path" });

            migrationBuilder.CreateIndex(
                name: "IX_GrievanceOfficeFacts_OfficeId",
                table: "GrievanceOfficeFacts",
                column: "OfficeId");

            // Grievance change triggers (ADR 0045), as Data/GrievanceChangeTriggers.cs produced them when this migration was made.
            migrationBuilder.Sql("""
                CREATE TRIGGER "grievance_changes_grievances_insert" AFTER INSERT ON "Grievances" FOR EACH ROW BEGIN INSERT INTO "GrievanceChanges" ("OfficeId") SELECT x.o FROM (SELECT NEW."OfficeId" AS o) x WHERE x.o IS NOT NULL; END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "grievance_changes_grievances_update" AFTER UPDATE OF "OfficeId", "ServiceKey", "ServiceNameBn", "SubmittedOn", "Level", "State", "DueOn", "Outcome", "ClosedOn", "Verdict" ON "Grievances" FOR EACH ROW BEGIN INSERT INTO "GrievanceChanges" ("OfficeId") SELECT x.o FROM (SELECT OLD."OfficeId" AS o UNION ALL SELECT NEW."OfficeId" AS o) x WHERE x.o IS NOT NULL; END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "grievance_changes_grievances_delete" AFTER DELETE ON "Grievances" FOR EACH ROW BEGIN INSERT INTO "GrievanceChanges" ("OfficeId") SELECT x.o FROM (SELECT OLD."OfficeId" AS o) x WHERE x.o IS NOT NULL; END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "grievance_changes_offices_update" AFTER UPDATE OF "ParentId", "Path" ON "Offices" FOR EACH ROW BEGIN INSERT INTO "GrievanceChanges" ("OfficeId") SELECT x.o FROM (SELECT OLD."Id" AS o UNION ALL SELECT NEW."Id" AS o) x WHERE x.o IS NOT NULL; END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "grievance_changes_offices_delete" AFTER DELETE ON "Offices" FOR EACH ROW BEGIN INSERT INTO "GrievanceChanges" ("OfficeId") SELECT x.o FROM (SELECT OLD."Id" AS o) x WHERE x.o IS NOT NULL; END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Grievance change triggers (ADR 0045), as Data/GrievanceChangeTriggers.cs produced them when this migration was made.
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS "grievance_changes_grievances_insert";
                """);
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS "grievance_changes_grievances_update";
                """);
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS "grievance_changes_grievances_delete";
                """);
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS "grievance_changes_offices_update";
                """);
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS "grievance_changes_offices_delete";
                """);

            migrationBuilder.DropTable(
                name: "GrievanceChanges");

            migrationBuilder.DropTable(
                name: "GrievanceFacts");

            migrationBuilder.DropTable(
                name: "GrievanceFactYears");

            migrationBuilder.DropTable(
                name: "GrievanceOfficeFacts");
        }
    }
}
