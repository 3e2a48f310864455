using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Protishruti.Web.Data.Migrations.Sqlite
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
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ApplicationFacts",
                columns: table => new
                {
                    OfficeId = table.Column<int>(type: "INTEGER", nullable: false),
                    QuarterStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<short>(type: "INTEGER", nullable: false),
                    Bin = table.Column<int>(type: "INTEGER", nullable: false),
                    ServiceKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    OnTime = table.Column<int>(type: "INTEGER", nullable: false),
                    Late = table.Column<int>(type: "INTEGER", nullable: false),
                    Rejected = table.Column<int>(type: "INTEGER", nullable: false)
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
                    OfficeId = table.Column<int>(type: "INTEGER", nullable: false),
                    QuarterStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<short>(type: "INTEGER", nullable: false),
                    Bin = table.Column<int>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    OnTime = table.Column<int>(type: "INTEGER", nullable: false),
                    Late = table.Column<int>(type: "INTEGER", nullable: false),
                    Rejected = table.Column<int>(type: "INTEGER", nullable: false)
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
            // As ApplicationFactTriggers produced them when this migration was made (literal, so editing that code never rewrites history).
            migrationBuilder.Sql("""
                CREATE TRIGGER "application_facts_insert" AFTER INSERT ON "Applications" FOR EACH ROW BEGIN INSERT INTO "ApplicationFacts" ("OfficeId", "QuarterStart", "ServiceKey", "Kind", "Bin", "Count", "OnTime", "Late", "Rejected")
                SELECT c."OfficeId", c."QuarterStart", c."ServiceKey", c."Kind", c."Bin", SUM(c."Count"), SUM(c."OnTime"), SUM(c."Late"), SUM(c."Rejected") FROM (SELECT r."OfficeId", r."Path", r."ServiceKey", date(r."ReceivedOn", 'start of month', '-' || ((CAST(strftime('%m', r."ReceivedOn") AS INTEGER) - 1) % 3) || ' months') AS "QuarterStart" , 0 AS "Kind", 0 AS "Bin", 1 AS "Count",
                  CASE WHEN r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."ClosedOn" <= r."DueOn" THEN 1 ELSE 0 END AS "OnTime",
                  CASE WHEN r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."ClosedOn" > r."DueOn" THEN 1 ELSE 0 END AS "Late",
                  CASE WHEN r."Outcome" = 2 THEN 1 ELSE 0 END AS "Rejected" FROM (SELECT NEW."OfficeId" AS "OfficeId", NEW."ServiceKey" AS "ServiceKey", NEW."ReceivedOn" AS "ReceivedOn", NEW."DueOn" AS "DueOn", NEW."Outcome" AS "Outcome", NEW."ClosedOn" AS "ClosedOn", NEW."WorkingDaysTaken" AS "WorkingDaysTaken", (SELECT o."Path" FROM "Offices" o WHERE o."Id" = NEW."OfficeId") AS "Path") r
                UNION ALL SELECT r."OfficeId", r."Path", r."ServiceKey", date(r."ReceivedOn", 'start of month', '-' || ((CAST(strftime('%m', r."ReceivedOn") AS INTEGER) - 1) % 3) || ' months') AS "QuarterStart" , 1, r."WorkingDaysTaken", 1, 0, 0, 0 FROM (SELECT NEW."OfficeId" AS "OfficeId", NEW."ServiceKey" AS "ServiceKey", NEW."ReceivedOn" AS "ReceivedOn", NEW."DueOn" AS "DueOn", NEW."Outcome" AS "Outcome", NEW."ClosedOn" AS "ClosedOn", NEW."WorkingDaysTaken" AS "WorkingDaysTaken", (SELECT o."Path" FROM "Offices" o WHERE o."Id" = NEW."OfficeId") AS "Path") r
                  WHERE r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."WorkingDaysTaken" IS NOT NULL
                UNION ALL SELECT r."OfficeId", r."Path", r."ServiceKey", date(r."ReceivedOn", 'start of month', '-' || ((CAST(strftime('%m', r."ReceivedOn") AS INTEGER) - 1) % 3) || ' months') AS "QuarterStart" , 2, CAST(julianday(r."DueOn") - 2451544.5 AS INTEGER), 1, 0, 0, 0 FROM (SELECT NEW."OfficeId" AS "OfficeId", NEW."ServiceKey" AS "ServiceKey", NEW."ReceivedOn" AS "ReceivedOn", NEW."DueOn" AS "DueOn", NEW."Outcome" AS "Outcome", NEW."ClosedOn" AS "ClosedOn", NEW."WorkingDaysTaken" AS "WorkingDaysTaken", (SELECT o."Path" FROM "Offices" o WHERE o."Id" = NEW."OfficeId") AS "Path") r
                  WHERE r."Outcome" IS NULL AND r."DueOn" IS NOT NULL) c WHERE true
                GROUP BY c."OfficeId", c."QuarterStart", c."ServiceKey", c."Kind", c."Bin" HAVING SUM(c."Count") <> 0 OR SUM(c."OnTime") <> 0 OR SUM(c."Late") <> 0 OR SUM(c."Rejected") <> 0
                ON CONFLICT ("OfficeId", "QuarterStart", "ServiceKey", "Kind", "Bin") DO UPDATE SET "Count" = "ApplicationFacts"."Count" + excluded."Count", "OnTime" = "ApplicationFacts"."OnTime" + excluded."OnTime", "Late" = "ApplicationFacts"."Late" + excluded."Late", "Rejected" = "ApplicationFacts"."Rejected" + excluded."Rejected" ;
                INSERT INTO "ApplicationSubtreeFacts" ("OfficeId", "QuarterStart", "Kind", "Bin", "Count", "OnTime", "Late", "Rejected")
                SELECT CAST(a.value AS INTEGER), c."QuarterStart", c."Kind", c."Bin", SUM(c."Count"), SUM(c."OnTime"), SUM(c."Late"), SUM(c."Rejected") FROM (SELECT r."OfficeId", r."Path", r."ServiceKey", date(r."ReceivedOn", 'start of month', '-' || ((CAST(strftime('%m', r."ReceivedOn") AS INTEGER) - 1) % 3) || ' months') AS "QuarterStart" , 0 AS "Kind", 0 AS "Bin", 1 AS "Count",
                  CASE WHEN r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."ClosedOn" <= r."DueOn" THEN 1 ELSE 0 END AS "OnTime",
                  CASE WHEN r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."ClosedOn" > r."DueOn" THEN 1 ELSE 0 END AS "Late",
                  CASE WHEN r."Outcome" = 2 THEN 1 ELSE 0 END AS "Rejected" FROM (SELECT NEW."OfficeId" AS "OfficeId", NEW."ServiceKey" AS "ServiceKey", NEW."ReceivedOn" AS "ReceivedOn", NEW."DueOn" AS "DueOn", NEW."Outcome" AS "Outcome", NEW."ClosedOn" AS "ClosedOn", NEW."WorkingDaysTaken" AS "WorkingDaysTaken", (SELECT o."Path" FROM "Offices" o WHERE o."Id" = NEW."OfficeId") AS "Path") r
                UNION ALL SELECT r."OfficeId", r."Path", r."ServiceKey", date(r."ReceivedOn", 'start of month', '-' || ((CAST(strftime('%m', r."ReceivedOn") AS INTEGER) - 1) % 3) || ' months') AS "QuarterStart" , 1, r."WorkingDaysTaken", 1, 0, 0, 0 FROM (SELECT NEW."OfficeId" AS "OfficeId", NEW."ServiceKey" AS "ServiceKey", NEW."ReceivedOn" AS "ReceivedOn", NEW."DueOn" AS "DueOn", NEW."Outcome" AS "Outcome", NEW."ClosedOn" AS "ClosedOn", NEW."WorkingDaysTaken" AS "WorkingDaysTaken", (SELECT o."Path" FROM "Offices" o WHERE o."Id" = NEW."OfficeId") AS "Path") r
                  WHERE r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."WorkingDaysTaken" IS NOT NULL
                UNION ALL SELECT r."OfficeId", r."Path", r."ServiceKey", date(r."ReceivedOn", 'start of month', '-' || ((CAST(strftime('%m', r."ReceivedOn") AS INTEGER) - 1) % 3) || ' months') AS "QuarterStart" , 2, CAST(julianday(r."DueOn") - 2451544.5 AS INTEGER), 1, 0, 0, 0 FROM (SELECT NEW."OfficeId" AS "OfficeId", NEW."ServiceKey" AS "ServiceKey", NEW."ReceivedOn" AS "ReceivedOn", NEW."DueOn" AS "DueOn", NEW."Outcome" AS "Outcome", NEW."ClosedOn" AS "ClosedOn", NEW."WorkingDaysTaken" AS "WorkingDaysTaken", (SELECT o."Path" FROM "Offices" o WHERE o."Id" = NEW."OfficeId") AS "Path") r
                  WHERE r."Outcome" IS NULL AND r."DueOn" IS NOT NULL) c JOIN json_each('[' || replace(trim(c."Path" || c."OfficeId", '/'), '/', ',') || ']') a WHERE true
                GROUP BY CAST(a.value AS INTEGER), c."QuarterStart", c."Kind", c."Bin" HAVING SUM(c."Count") <> 0 OR SUM(c."OnTime") <> 0 OR SUM(c."Late") <> 0 OR SUM(c."Rejected") <> 0
                ON CONFLICT ("OfficeId", "QuarterStart", "Kind", "Bin") DO UPDATE SET "Count" = "ApplicationSubtreeFacts"."Count" + excluded."Count", "OnTime" = "ApplicationSubtreeFacts"."OnTime" + excluded."OnTime", "Late" = "ApplicationSubtreeFacts"."Late" + excluded."Late", "Rejected" = "ApplicationSubtreeFacts"."Rejected" + excluded."Rejected" ; END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "application_facts_update" AFTER UPDATE OF  "OfficeId", "ServiceKey", "ReceivedOn", "DueOn", "Outcome", "ClosedOn", "WorkingDaysTaken"  ON "Applications" FOR EACH ROW BEGIN INSERT INTO "ApplicationFacts" ("OfficeId", "QuarterStart", "ServiceKey", "Kind", "Bin", "Count", "OnTime", "Late", "Rejected")
                SELECT c."OfficeId", c."QuarterStart", c."ServiceKey", c."Kind", c."Bin", SUM(c."Count"), SUM(c."OnTime"), SUM(c."Late"), SUM(c."Rejected") FROM (SELECT r."OfficeId", r."Path", r."ServiceKey", date(r."ReceivedOn", 'start of month', '-' || ((CAST(strftime('%m', r."ReceivedOn") AS INTEGER) - 1) % 3) || ' months') AS "QuarterStart" , 0 AS "Kind", 0 AS "Bin", -1 AS "Count",
                  CASE WHEN r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."ClosedOn" <= r."DueOn" THEN -1 ELSE 0 END AS "OnTime",
                  CASE WHEN r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."ClosedOn" > r."DueOn" THEN -1 ELSE 0 END AS "Late",
                  CASE WHEN r."Outcome" = 2 THEN -1 ELSE 0 END AS "Rejected" FROM (SELECT OLD."OfficeId" AS "OfficeId", OLD."ServiceKey" AS "ServiceKey", OLD."ReceivedOn" AS "ReceivedOn", OLD."DueOn" AS "DueOn", OLD."Outcome" AS "Outcome", OLD."ClosedOn" AS "ClosedOn", OLD."WorkingDaysTaken" AS "WorkingDaysTaken", (SELECT o."Path" FROM "Offices" o WHERE o."Id" = OLD."OfficeId") AS "Path") r
                UNION ALL SELECT r."OfficeId", r."Path", r."ServiceKey", date(r."ReceivedOn", 'start of month', '-' || ((CAST(strftime('%m', r."ReceivedOn") AS INTEGER) - 1) % 3) || ' months') AS "QuarterStart" , 1, r."WorkingDaysTaken", -1, 0, 0, 0 FROM (SELECT OLD."OfficeId" AS "OfficeId", OLD."ServiceKey" AS "ServiceKey", OLD."ReceivedOn" AS "ReceivedOn", OLD."DueOn" AS "DueOn", OLD."Outcome" AS "Outcome", OLD."ClosedOn" AS "ClosedOn", OLD."WorkingDaysTaken" AS "WorkingDaysTaken", (SELECT o."Path" FROM "Offices" o WHERE o."Id" = OLD."OfficeId") AS "Path") r
                  WHERE r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."WorkingDaysTaken" IS NOT NULL
                UNION ALL SELECT r."OfficeId", r."Path", r."ServiceKey", date(r."ReceivedOn", 'start of month', '-' || ((CAST(strftime('%m', r."ReceivedOn") AS INTEGER) - 1) % 3) || ' months') AS "QuarterStart" , 2, CAST(julianday(r."DueOn") - 2451544.5 AS INTEGER), -1, 0, 0, 0 FROM (SELECT OLD."OfficeId" AS "OfficeId", OLD."ServiceKey" AS "ServiceKey", OLD."ReceivedOn" AS "ReceivedOn", OLD."DueOn" AS "DueOn", OLD."Outcome" AS "Outcome", OLD."ClosedOn" AS "ClosedOn", OLD."WorkingDaysTaken" AS "WorkingDaysTaken", (SELECT o."Path" FROM "Offices" o WHERE o."Id" = OLD."OfficeId") AS "Path") r
                  WHERE r."Outcome" IS NULL AND r."DueOn" IS NOT NULL UNION ALL SELECT r."OfficeId", r."Path", r."ServiceKey", date(r."ReceivedOn", 'start of month', '-' || ((CAST(strftime('%m', r."ReceivedOn") AS INTEGER) - 1) % 3) || ' months') AS "QuarterStart" , 0 AS "Kind", 0 AS "Bin", 1 AS "Count",
                  CASE WHEN r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."ClosedOn" <= r."DueOn" THEN 1 ELSE 0 END AS "OnTime",
                  CASE WHEN r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."ClosedOn" > r."DueOn" THEN 1 ELSE 0 END AS "Late",
                  CASE WHEN r."Outcome" = 2 THEN 1 ELSE 0 END AS "Rejected" FROM (SELECT NEW."OfficeId" AS "OfficeId", NEW."ServiceKey" AS "ServiceKey", NEW."ReceivedOn" AS "ReceivedOn", NEW."DueOn" AS "DueOn", NEW."Outcome" AS "Outcome", NEW."ClosedOn" AS "ClosedOn", NEW."WorkingDaysTaken" AS "WorkingDaysTaken", (SELECT o."Path" FROM "Offices" o WHERE o."Id" = NEW."OfficeId") AS "Path") r
                UNION ALL SELECT r."OfficeId", r."Path", r."ServiceKey", date(r."ReceivedOn", 'start of month', '-' || ((CAST(strftime('%m', r."ReceivedOn") AS INTEGER) - 1) % 3) || ' months') AS "QuarterStart" , 1, r."WorkingDaysTaken", 1, 0, 0, 0 FROM (SELECT NEW."OfficeId" AS "OfficeId", NEW."ServiceKey" AS "ServiceKey", NEW."ReceivedOn" AS "ReceivedOn", NEW."DueOn" AS "DueOn", NEW."Outcome" AS "Outcome", NEW."ClosedOn" AS "ClosedOn", NEW."WorkingDaysTaken" AS "WorkingDaysTaken", (SELECT o."Path" FROM "Offices" o WHERE o."Id" = NEW."OfficeId") AS "Path") r
                  WHERE r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."WorkingDaysTaken" IS NOT NULL
                UNION ALL SELECT r."OfficeId", r."Path", r."ServiceKey", date(r."ReceivedOn", 'start of month', '-' || ((CAST(strftime('%m', r."ReceivedOn") AS INTEGER) - 1) % 3) || ' months') AS "QuarterStart" , 2, CAST(julianday(r."DueOn") - 2451544.5 AS INTEGER), 1, 0, 0, 0 FROM (SELECT NEW."OfficeId" AS "OfficeId", NEW."ServiceKey" AS "ServiceKey", NEW."ReceivedOn" AS "ReceivedOn", NEW."DueOn" AS "DueOn", NEW."Outcome" AS "Outcome", NEW."ClosedOn" AS "ClosedOn", NEW."WorkingDaysTaken" AS "WorkingDaysTaken", (SELECT o."Path" FROM "Offices" o WHERE o."Id" = NEW."OfficeId") AS "Path") r
                  WHERE r."Outcome" IS NULL AND r."DueOn" IS NOT NULL) c WHERE true
                GROUP BY c."OfficeId", c."QuarterStart", c."ServiceKey", c."Kind", c."Bin" HAVING SUM(c."Count") <> 0 OR SUM(c."OnTime") <> 0 OR SUM(c."Late") <> 0 OR SUM(c."Rejected") <> 0
                ON CONFLICT ("OfficeId", "QuarterStart", "ServiceKey", "Kind", "Bin") DO UPDATE SET "Count" = "ApplicationFacts"."Count" + excluded."Count", "OnTime" = "ApplicationFacts"."OnTime" + excluded."OnTime", "Late" = "ApplicationFacts"."Late" + excluded."Late", "Rejected" = "ApplicationFacts"."Rejected" + excluded."Rejected" ;
                INSERT INTO "ApplicationSubtreeFacts" ("OfficeId", "QuarterStart", "Kind", "Bin", "Count", "OnTime", "Late", "Rejected")
                SELECT CAST(a.value AS INTEGER), c."QuarterStart", c."Kind", c."Bin", SUM(c."Count"), SUM(c."OnTime"), SUM(c."Late"), SUM(c."Rejected") FROM (SELECT r."OfficeId", r."Path", r."ServiceKey", date(r."ReceivedOn", 'start of month', '-' || ((CAST(strftime('%m', r."ReceivedOn") AS INTEGER) - 1) % 3) || ' months') AS "QuarterStart" , 0 AS "Kind", 0 AS "Bin", -1 AS "Count",
                  CASE WHEN r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."ClosedOn" <= r."DueOn" THEN -1 ELSE 0 END AS "OnTime",
                  CASE WHEN r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."ClosedOn" > r."DueOn" THEN -1 ELSE 0 END AS "Late",
                  CASE WHEN r."Outcome" = 2 THEN -1 ELSE 0 END AS "Rejected" FROM (SELECT OLD."OfficeId" AS "OfficeId", OLD."ServiceKey" AS "ServiceKey", OLD."ReceivedOn" AS "ReceivedOn", OLD."DueOn" AS "DueOn", OLD."Outcome" AS "Outcome", OLD."ClosedOn" AS "ClosedOn", OLD."WorkingDaysTaken" AS "WorkingDaysTaken", (SELECT o."Path" FROM "Offices" o WHERE o."Id" = OLD."OfficeId") AS "Path") r
                UNION ALL SELECT r."OfficeId", r."Path", r."ServiceKey", date(r."ReceivedOn", 'start of month', '-' || ((CAST(strftime('%m', r."ReceivedOn") AS INTEGER) - 1) % 3) || ' months') AS "QuarterStart" , 1, r."WorkingDaysTaken", -1, 0, 0, 0 FROM (SELECT OLD."OfficeId" AS "OfficeId", OLD."ServiceKey" AS "ServiceKey", OLD."ReceivedOn" AS "ReceivedOn", OLD."DueOn" AS "DueOn", OLD."Outcome" AS "Outcome", OLD."ClosedOn" AS "ClosedOn", OLD."WorkingDaysTaken" AS "WorkingDaysTaken", (SELECT o."Path" FROM "Offices" o WHERE o."Id" = OLD."OfficeId") AS "Path") r
                  WHERE r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."WorkingDaysTaken" IS NOT NULL
                UNION ALL SELECT r."OfficeId", r."Path", r."ServiceKey", date(r."ReceivedOn", 'start of month', '-' || ((CAST(strftime('%m', r."ReceivedOn") AS INTEGER) - 1) % 3) || ' months') AS "QuarterStart" , 2, CAST(julianday(r."DueOn") - 2451544.5 AS INTEGER), -1, 0, 0, 0 FROM (SELECT OLD."OfficeId" AS "OfficeId", OLD."ServiceKey" AS "ServiceKey", OLD."ReceivedOn" AS "ReceivedOn", OLD."DueOn" AS "DueOn", OLD."Outcome" AS "Outcome", OLD."ClosedOn" AS "ClosedOn", OLD."WorkingDaysTaken" AS "WorkingDaysTaken", (SELECT o."Path" FROM "Offices" o WHERE o."Id" = OLD."OfficeId") AS "Path") r
                  WHERE r."Outcome" IS NULL AND r."DueOn" IS NOT NULL UNION ALL SELECT r."OfficeId", r."Path", r."ServiceKey", date(r."ReceivedOn", 'start of month', '-' || ((CAST(strftime('%m', r."ReceivedOn") AS INTEGER) - 1) % 3) || ' months') AS "QuarterStart" , 0 AS "Kind", 0 AS "Bin", 1 AS "Count",
                  CASE WHEN r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."ClosedOn" <= r."DueOn" THEN 1 ELSE 0 END AS "OnTime",
                  CASE WHEN r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."ClosedOn" > r."DueOn" THEN 1 ELSE 0 END AS "Late",
                  CASE WHEN r."Outcome" = 2 THEN 1 ELSE 0 END AS "Rejected" FROM (SELECT NEW."OfficeId" AS "OfficeId", NEW."ServiceKey" AS "ServiceKey", NEW."ReceivedOn" AS "ReceivedOn", NEW."DueOn" AS "DueOn", NEW."Outcome" AS "Outcome", NEW."ClosedOn" AS "ClosedOn", NEW."WorkingDaysTaken" AS "WorkingDaysTaken", (SELECT o."Path" FROM "Offices" o WHERE o."Id" = NEW."OfficeId") AS "Path") r
                UNION ALL SELECT r."OfficeId", r."Path", r."ServiceKey", date(r."ReceivedOn", 'start of month', '-' || ((CAST(strftime('%m', r."ReceivedOn") AS INTEGER) - 1) % 3) || ' months') AS "QuarterStart" , 1, r."WorkingDaysTaken", 1, 0, 0, 0 FROM (SELECT NEW."OfficeId" AS "OfficeId", NEW."ServiceKey" AS "ServiceKey", NEW."ReceivedOn" AS "ReceivedOn", NEW."DueOn" AS "DueOn", NEW."Outcome" AS "Outcome", NEW."ClosedOn" AS "ClosedOn", NEW."WorkingDaysTaken" AS "WorkingDaysTaken", (SELECT o."Path" FROM "Offices" o WHERE o."Id" = NEW."OfficeId") AS "Path") r
                  WHERE r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."WorkingDaysTaken" IS NOT NULL
                UNION ALL SELECT r."OfficeId", r."Path", r."ServiceKey", date(r."ReceivedOn", 'start of month', '-' || ((CAST(strftime('%m', r."ReceivedOn") AS INTEGER) - 1) % 3) || ' months') AS "QuarterStart" , 2, CAST(julianday(r."DueOn") - 2451544.5 AS INTEGER), 1, 0, 0, 0 FROM (SELECT NEW."OfficeId" AS "OfficeId", NEW."ServiceKey" AS "ServiceKey", NEW."ReceivedOn" AS "ReceivedOn", NEW."DueOn" AS "DueOn", NEW."Outcome" AS "Outcome", NEW."ClosedOn" AS "ClosedOn", NEW."WorkingDaysTaken" AS "WorkingDaysTaken", (SELECT o."Path" FROM "Offices" o WHERE o."Id" = NEW."OfficeId") AS "Path") r
                  WHERE r."Outcome" IS NULL AND r."DueOn" IS NOT NULL) c JOIN json_each('[' || replace(trim(c."Path" || c."OfficeId", '/'), '/', ',') || ']') a WHERE true
                GROUP BY CAST(a.value AS INTEGER), c."QuarterStart", c."Kind", c."Bin" HAVING SUM(c."Count") <> 0 OR SUM(c."OnTime") <> 0 OR SUM(c."Late") <> 0 OR SUM(c."Rejected") <> 0
                ON CONFLICT ("OfficeId", "QuarterStart", "Kind", "Bin") DO UPDATE SET "Count" = "ApplicationSubtreeFacts"."Count" + excluded."Count", "OnTime" = "ApplicationSubtreeFacts"."OnTime" + excluded."OnTime", "Late" = "ApplicationSubtreeFacts"."Late" + excluded."Late", "Rejected" = "ApplicationSubtreeFacts"."Rejected" + excluded."Rejected" ; END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "application_facts_delete" AFTER DELETE ON "Applications" FOR EACH ROW BEGIN INSERT INTO "ApplicationFacts" ("OfficeId", "QuarterStart", "ServiceKey", "Kind", "Bin", "Count", "OnTime", "Late", "Rejected")
                SELECT c."OfficeId", c."QuarterStart", c."ServiceKey", c."Kind", c."Bin", SUM(c."Count"), SUM(c."OnTime"), SUM(c."Late"), SUM(c."Rejected") FROM (SELECT r."OfficeId", r."Path", r."ServiceKey", date(r."ReceivedOn", 'start of month', '-' || ((CAST(strftime('%m', r."ReceivedOn") AS INTEGER) - 1) % 3) || ' months') AS "QuarterStart" , 0 AS "Kind", 0 AS "Bin", -1 AS "Count",
                  CASE WHEN r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."ClosedOn" <= r."DueOn" THEN -1 ELSE 0 END AS "OnTime",
                  CASE WHEN r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."ClosedOn" > r."DueOn" THEN -1 ELSE 0 END AS "Late",
                  CASE WHEN r."Outcome" = 2 THEN -1 ELSE 0 END AS "Rejected" FROM (SELECT OLD."OfficeId" AS "OfficeId", OLD."ServiceKey" AS "ServiceKey", OLD."ReceivedOn" AS "ReceivedOn", OLD."DueOn" AS "DueOn", OLD."Outcome" AS "Outcome", OLD."ClosedOn" AS "ClosedOn", OLD."WorkingDaysTaken" AS "WorkingDaysTaken", (SELECT o."Path" FROM "Offices" o WHERE o."Id" = OLD."OfficeId") AS "Path") r
                UNION ALL SELECT r."OfficeId", r."Path", r."ServiceKey", date(r."ReceivedOn", 'start of month', '-' || ((CAST(strftime('%m', r."ReceivedOn") AS INTEGER) - 1) % 3) || ' months') AS "QuarterStart" , 1, r."WorkingDaysTaken", -1, 0, 0, 0 FROM (SELECT OLD."OfficeId" AS "OfficeId", OLD."ServiceKey" AS "ServiceKey", OLD."ReceivedOn" AS "ReceivedOn", OLD."DueOn" AS "DueOn", OLD."Outcome" AS "Outcome", OLD."ClosedOn" AS "ClosedOn", OLD."WorkingDaysTaken" AS "WorkingDaysTaken", (SELECT o."Path" FROM "Offices" o WHERE o."Id" = OLD."OfficeId") AS "Path") r
                  WHERE r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."WorkingDaysTaken" IS NOT NULL
                UNION ALL SELECT r."OfficeId", r."Path", r."ServiceKey", date(r."ReceivedOn", 'start of month', '-' || ((CAST(strftime('%m', r."ReceivedOn") AS INTEGER) - 1) % 3) || ' months') AS "QuarterStart" , 2, CAST(julianday(r."DueOn") - 2451544.5 AS INTEGER), -1, 0, 0, 0 FROM (SELECT OLD."OfficeId" AS "OfficeId", OLD."ServiceKey" AS "ServiceKey", OLD."ReceivedOn" AS "ReceivedOn", OLD."DueOn" AS "DueOn", OLD."Outcome" AS "Outcome", OLD."ClosedOn" AS "ClosedOn", OLD."WorkingDaysTaken" AS "WorkingDaysTaken", (SELECT o."Path" FROM "Offices" o WHERE o."Id" = OLD."OfficeId") AS "Path") r
                  WHERE r."Outcome" IS NULL AND r."DueOn" IS NOT NULL) c WHERE true
                GROUP BY c."OfficeId", c."QuarterStart", c."ServiceKey", c."Kind", c."Bin" HAVING SUM(c."Count") <> 0 OR SUM(c."OnTime") <> 0 OR SUM(c."Late") <> 0 OR SUM(c."Rejected") <> 0
                ON CONFLICT ("OfficeId", "QuarterStart", "ServiceKey", "Kind", "Bin") DO UPDATE SET "Count" = "ApplicationFacts"."Count" + excluded."Count", "OnTime" = "ApplicationFacts"."OnTime" + excluded."OnTime", "Late" = "ApplicationFacts"."Late" + excluded."Late", "Rejected" = "ApplicationFacts"."Rejected" + excluded."Rejected" ;
                INSERT INTO "ApplicationSubtreeFacts" ("OfficeId", "QuarterStart", "Kind", "Bin", "Count", "OnTime", "Late", "Rejected")
                SELECT CAST(a.value AS INTEGER), c."QuarterStart", c."Kind", c."Bin", SUM(c."Count"), SUM(c."OnTime"), SUM(c."Late"), SUM(c."Rejected") FROM (SELECT r."OfficeId", r."Path", r."ServiceKey", date(r."ReceivedOn", 'start of month', '-' || ((CAST(strftime('%m', r."ReceivedOn") AS INTEGER) - 1) % 3) || ' months') AS "QuarterStart" , 0 AS "Kind", 0 AS "Bin", -1 AS "Count",
                  CASE WHEN r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."ClosedOn" <= r."DueOn" THEN -1 ELSE 0 END AS "OnTime",
                  CASE WHEN r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."ClosedOn" > r."DueOn" THEN -1 ELSE 0 END AS "Late",
                  CASE WHEN r."Outcome" = 2 THEN -1 ELSE 0 END AS "Rejected" FROM (SELECT OLD."OfficeId" AS "OfficeId", OLD."ServiceKey" AS "ServiceKey", OLD."ReceivedOn" AS "ReceivedOn", OLD."DueOn" AS "DueOn", OLD."Outcome" AS "Outcome", OLD."ClosedOn" AS "ClosedOn", OLD."WorkingDaysTaken" AS "WorkingDaysTaken", (SELECT o."Path" FROM "Offices" o WHERE o."Id" = OLD."OfficeId") AS "Path") r
                UNION ALL SELECT r."OfficeId", r."Path", r."ServiceKey", date(r."ReceivedOn", 'start of month', '-' || ((CAST(strftime('%m', r."ReceivedOn") AS INTEGER) - 1) % 3) || ' months') AS "QuarterStart" , 1, r."WorkingDaysTaken", -1, 0, 0, 0 FROM (SELECT OLD."OfficeId" AS "OfficeId", OLD."ServiceKey" AS "ServiceKey", OLD."ReceivedOn" AS "ReceivedOn", OLD."DueOn" AS "DueOn", OLD."Outcome" AS "Outcome", OLD."ClosedOn" AS "ClosedOn", OLD."WorkingDaysTaken" AS "WorkingDaysTaken", (SELECT o."Path" FROM "Offices" o WHERE o."Id" = OLD."OfficeId") AS "Path") r
                  WHERE r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."WorkingDaysTaken" IS NOT NULL
                UNION ALL SELECT r."OfficeId", r."Path", r."ServiceKey", date(r."ReceivedOn", 'start of month', '-' || ((CAST(strftime('%m', r."ReceivedOn") AS INTEGER) - 1) % 3) || ' months') AS "QuarterStart" , 2, CAST(julianday(r."DueOn") - 2451544.5 AS INTEGER), -1, 0, 0, 0 FROM (SELECT OLD."OfficeId" AS "OfficeId", OLD."ServiceKey" AS "ServiceKey", OLD."ReceivedOn" AS "ReceivedOn", OLD."DueOn" AS "DueOn", OLD."Outcome" AS "Outcome", OLD."ClosedOn" AS "ClosedOn", OLD."WorkingDaysTaken" AS "WorkingDaysTaken", (SELECT o."Path" FROM "Offices" o WHERE o."Id" = OLD."OfficeId") AS "Path") r
                  WHERE r."Outcome" IS NULL AND r."DueOn" IS NOT NULL) c JOIN json_each('[' || replace(trim(c."Path" || c."OfficeId", '/'), '/', ',') || ']') a WHERE true
                GROUP BY CAST(a.value AS INTEGER), c."QuarterStart", c."Kind", c."Bin" HAVING SUM(c."Count") <> 0 OR SUM(c."OnTime") <> 0 OR SUM(c."Late") <> 0 OR SUM(c."Rejected") <> 0
                ON CONFLICT ("OfficeId", "QuarterStart", "Kind", "Bin") DO UPDATE SET "Count" = "ApplicationSubtreeFacts"."Count" + excluded."Count", "OnTime" = "ApplicationSubtreeFacts"."OnTime" + excluded."OnTime", "Late" = "ApplicationSubtreeFacts"."Late" + excluded."Late", "Rejected" = "ApplicationSubtreeFacts"."Rejected" + excluded."Rejected" ; END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "application_facts_office_move" AFTER UPDATE OF "Path" ON "Offices" FOR EACH ROW WHEN OLD."Path" <> NEW."Path" BEGIN INSERT INTO "ApplicationFacts" ("OfficeId", "QuarterStart", "ServiceKey", "Kind", "Bin", "Count", "OnTime", "Late", "Rejected")
                SELECT c."OfficeId", c."QuarterStart", c."ServiceKey", c."Kind", c."Bin", SUM(c."Count"), SUM(c."OnTime"), SUM(c."Late"), SUM(c."Rejected") FROM (SELECT r."OfficeId", r."Path", r."ServiceKey", date(r."ReceivedOn", 'start of month', '-' || ((CAST(strftime('%m', r."ReceivedOn") AS INTEGER) - 1) % 3) || ' months') AS "QuarterStart" , 0 AS "Kind", 0 AS "Bin", -1 AS "Count",
                  CASE WHEN r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."ClosedOn" <= r."DueOn" THEN -1 ELSE 0 END AS "OnTime",
                  CASE WHEN r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."ClosedOn" > r."DueOn" THEN -1 ELSE 0 END AS "Late",
                  CASE WHEN r."Outcome" = 2 THEN -1 ELSE 0 END AS "Rejected" FROM (SELECT t."OfficeId", t."ServiceKey", t."ReceivedOn", t."DueOn", t."Outcome", t."ClosedOn", t."WorkingDaysTaken", OLD."Path" AS "Path" FROM "Applications" t WHERE t."OfficeId" = NEW."Id") r
                UNION ALL SELECT r."OfficeId", r."Path", r."ServiceKey", date(r."ReceivedOn", 'start of month', '-' || ((CAST(strftime('%m', r."ReceivedOn") AS INTEGER) - 1) % 3) || ' months') AS "QuarterStart" , 1, r."WorkingDaysTaken", -1, 0, 0, 0 FROM (SELECT t."OfficeId", t."ServiceKey", t."ReceivedOn", t."DueOn", t."Outcome", t."ClosedOn", t."WorkingDaysTaken", OLD."Path" AS "Path" FROM "Applications" t WHERE t."OfficeId" = NEW."Id") r
                  WHERE r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."WorkingDaysTaken" IS NOT NULL
                UNION ALL SELECT r."OfficeId", r."Path", r."ServiceKey", date(r."ReceivedOn", 'start of month', '-' || ((CAST(strftime('%m', r."ReceivedOn") AS INTEGER) - 1) % 3) || ' months') AS "QuarterStart" , 2, CAST(julianday(r."DueOn") - 2451544.5 AS INTEGER), -1, 0, 0, 0 FROM (SELECT t."OfficeId", t."ServiceKey", t."ReceivedOn", t."DueOn", t."Outcome", t."ClosedOn", t."WorkingDaysTaken", OLD."Path" AS "Path" FROM "Applications" t WHERE t."OfficeId" = NEW."Id") r
                  WHERE r."Outcome" IS NULL AND r."DueOn" IS NOT NULL UNION ALL SELECT r."OfficeId", r."Path", r."ServiceKey", date(r."ReceivedOn", 'start of month', '-' || ((CAST(strftime('%m', r."ReceivedOn") AS INTEGER) - 1) % 3) || ' months') AS "QuarterStart" , 0 AS "Kind", 0 AS "Bin", 1 AS "Count",
                  CASE WHEN r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."ClosedOn" <= r."DueOn" THEN 1 ELSE 0 END AS "OnTime",
                  CASE WHEN r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."ClosedOn" > r."DueOn" THEN 1 ELSE 0 END AS "Late",
                  CASE WHEN r."Outcome" = 2 THEN 1 ELSE 0 END AS "Rejected" FROM (SELECT t."OfficeId", t."ServiceKey", t."ReceivedOn", t."DueOn", t."Outcome", t."ClosedOn", t."WorkingDaysTaken", NEW."Path" AS "Path" FROM "Applications" t WHERE t."OfficeId" = NEW."Id") r
                UNION ALL SELECT r."OfficeId", r."Path", r."ServiceKey", date(r."ReceivedOn", 'start of month', '-' || ((CAST(strftime('%m', r."ReceivedOn") AS INTEGER) - 1) % 3) || ' months') AS "QuarterStart" , 1, r."WorkingDaysTaken", 1, 0, 0, 0 FROM (SELECT t."OfficeId", t."ServiceKey", t."ReceivedOn", t."DueOn", t."Outcome", t."ClosedOn", t."WorkingDaysTaken", NEW."Path" AS "Path" FROM "Applications" t WHERE t."OfficeId" = NEW."Id") r
                  WHERE r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."WorkingDaysTaken" IS NOT NULL
                UNION ALL SELECT r."OfficeId", r."Path", r."ServiceKey", date(r."ReceivedOn", 'start of month', '-' || ((CAST(strftime('%m', r."ReceivedOn") AS INTEGER) - 1) % 3) || ' months') AS "QuarterStart" , 2, CAST(julianday(r."DueOn") - 2451544.5 AS INTEGER), 1, 0, 0, 0 FROM (SELECT t."OfficeId", t."ServiceKey", t."ReceivedOn", t."DueOn", t."Outcome", t."ClosedOn", t."WorkingDaysTaken", NEW."Path" AS "Path" FROM "Applications" t WHERE t."OfficeId" = NEW."Id") r
                  WHERE r."Outcome" IS NULL AND r."DueOn" IS NOT NULL) c WHERE true
                GROUP BY c."OfficeId", c."QuarterStart", c."ServiceKey", c."Kind", c."Bin" HAVING SUM(c."Count") <> 0 OR SUM(c."OnTime") <> 0 OR SUM(c."Late") <> 0 OR SUM(c."Rejected") <> 0
                ON CONFLICT ("OfficeId", "QuarterStart", "ServiceKey", "Kind", "Bin") DO UPDATE SET "Count" = "ApplicationFacts"."Count" + excluded."Count", "OnTime" = "ApplicationFacts"."OnTime" + excluded."OnTime", "Late" = "ApplicationFacts"."Late" + excluded."Late", "Rejected" = "ApplicationFacts"."Rejected" + excluded."Rejected" ;
                INSERT INTO "ApplicationSubtreeFacts" ("OfficeId", "QuarterStart", "Kind", "Bin", "Count", "OnTime", "Late", "Rejected")
                SELECT CAST(a.value AS INTEGER), c."QuarterStart", c."Kind", c."Bin", SUM(c."Count"), SUM(c."OnTime"), SUM(c."Late"), SUM(c."Rejected") FROM (SELECT r."OfficeId", r."Path", r."ServiceKey", date(r."ReceivedOn", 'start of month', '-' || ((CAST(strftime('%m', r."ReceivedOn") AS INTEGER) - 1) % 3) || ' months') AS "QuarterStart" , 0 AS "Kind", 0 AS "Bin", -1 AS "Count",
                  CASE WHEN r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."ClosedOn" <= r."DueOn" THEN -1 ELSE 0 END AS "OnTime",
                  CASE WHEN r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."ClosedOn" > r."DueOn" THEN -1 ELSE 0 END AS "Late",
                  CASE WHEN r."Outcome" = 2 THEN -1 ELSE 0 END AS "Rejected" FROM (SELECT t."OfficeId", t."ServiceKey", t."ReceivedOn", t."DueOn", t."Outcome", t."ClosedOn", t."WorkingDaysTaken", OLD."Path" AS "Path" FROM "Applications" t WHERE t."OfficeId" = NEW."Id") r
                UNION ALL SELECT r."OfficeId", r."Path", r."ServiceKey", date(r."ReceivedOn", 'start of month', '-' || ((CAST(strftime('%m', r."ReceivedOn") AS INTEGER) - 1) % 3) || ' months') AS "QuarterStart" , 1, r."WorkingDaysTaken", -1, 0, 0, 0 FROM (SELECT t."OfficeId", t."ServiceKey", t."ReceivedOn", t."DueOn", t."Outcome", t."ClosedOn", t."WorkingDaysTaken", OLD."Path" AS "Path" FROM "Applications" t WHERE t."OfficeId" = NEW."Id") r
                  WHERE r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."WorkingDaysTaken" IS NOT NULL
                UNION ALL SELECT r."OfficeId", r."Path", r."ServiceKey", date(r."ReceivedOn", 'start of month', '-' || ((CAST(strftime('%m', r."ReceivedOn") AS INTEGER) - 1) % 3) || ' months') AS "QuarterStart" , 2, CAST(julianday(r."DueOn") - 2451544.5 AS INTEGER), -1, 0, 0, 0 FROM (SELECT t."OfficeId", t."ServiceKey", t."ReceivedOn", t."DueOn", t."Outcome", t."ClosedOn", t."WorkingDaysTaken", OLD."Path" AS "Path" FROM "Applications" t WHERE t."OfficeId" = NEW."Id") r
                  WHERE r."Outcome" IS NULL AND r."DueOn" IS NOT NULL UNION ALL SELECT r."OfficeId", r."Path", r."ServiceKey", date(r."ReceivedOn", 'start of month', '-' || ((CAST(strftime('%m', r."ReceivedOn") AS INTEGER) - 1) % 3) || ' months') AS "QuarterStart" , 0 AS "Kind", 0 AS "Bin", 1 AS "Count",
                  CASE WHEN r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."ClosedOn" <= r."DueOn" THEN 1 ELSE 0 END AS "OnTime",
                  CASE WHEN r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."ClosedOn" > r."DueOn" THEN 1 ELSE 0 END AS "Late",
                  CASE WHEN r."Outcome" = 2 THEN 1 ELSE 0 END AS "Rejected" FROM (SELECT t."OfficeId", t."ServiceKey", t."ReceivedOn", t."DueOn", t."Outcome", t."ClosedOn", t."WorkingDaysTaken", NEW."Path" AS "Path" FROM "Applications" t WHERE t."OfficeId" = NEW."Id") r
                UNION ALL SELECT r."OfficeId", r."Path", r."ServiceKey", date(r."ReceivedOn", 'start of month', '-' || ((CAST(strftime('%m', r."ReceivedOn") AS INTEGER) - 1) % 3) || ' months') AS "QuarterStart" , 1, r."WorkingDaysTaken", 1, 0, 0, 0 FROM (SELECT t."OfficeId", t."ServiceKey", t."ReceivedOn", t."DueOn", t."Outcome", t."ClosedOn", t."WorkingDaysTaken", NEW."Path" AS "Path" FROM "Applications" t WHERE t."OfficeId" = NEW."Id") r
                  WHERE r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."WorkingDaysTaken" IS NOT NULL
                UNION ALL SELECT r."OfficeId", r."Path", r."ServiceKey", date(r."ReceivedOn", 'start of month', '-' || ((CAST(strftime('%m', r."ReceivedOn") AS INTEGER) - 1) % 3) || ' months') AS "QuarterStart" , 2, CAST(julianday(r."DueOn") - 2451544.5 AS INTEGER), 1, 0, 0, 0 FROM (SELECT t."OfficeId", t."ServiceKey", t."ReceivedOn", t."DueOn", t."Outcome", t."ClosedOn", t."WorkingDaysTaken", NEW."Path" AS "Path" FROM "Applications" t WHERE t."OfficeId" = NEW."Id") r
                  WHERE r."Outcome" IS NULL AND r."DueOn" IS NOT NULL) c JOIN json_each('[' || replace(trim(c."Path" || c."OfficeId", '/'), '/', ',') || ']') a WHERE true
                GROUP BY CAST(a.value AS INTEGER), c."QuarterStart", c."Kind", c."Bin" HAVING SUM(c."Count") <> 0 OR SUM(c."OnTime") <> 0 OR SUM(c."Late") <> 0 OR SUM(c."Rejected") <> 0
                ON CONFLICT ("OfficeId", "QuarterStart", "Kind", "Bin") DO UPDATE SET "Count" = "ApplicationSubtreeFacts"."Count" + excluded."Count", "OnTime" = "ApplicationSubtreeFacts"."OnTime" + excluded."OnTime", "Late" = "ApplicationSubtreeFacts"."Late" + excluded."Late", "Rejected" = "ApplicationSubtreeFacts"."Rejected" + excluded."Rejected" ; END;
                """);
            migrationBuilder.Sql("""
                DELETE FROM "ApplicationFacts"; DELETE FROM "ApplicationSubtreeFacts";INSERT INTO "ApplicationFacts" ("OfficeId", "QuarterStart", "ServiceKey", "Kind", "Bin", "Count", "OnTime", "Late", "Rejected")
                SELECT c."OfficeId", c."QuarterStart", c."ServiceKey", c."Kind", c."Bin", SUM(c."Count"), SUM(c."OnTime"), SUM(c."Late"), SUM(c."Rejected") FROM (SELECT r."OfficeId", r."Path", r."ServiceKey", date(r."ReceivedOn", 'start of month', '-' || ((CAST(strftime('%m', r."ReceivedOn") AS INTEGER) - 1) % 3) || ' months') AS "QuarterStart" , 0 AS "Kind", 0 AS "Bin", 1 AS "Count",
                  CASE WHEN r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."ClosedOn" <= r."DueOn" THEN 1 ELSE 0 END AS "OnTime",
                  CASE WHEN r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."ClosedOn" > r."DueOn" THEN 1 ELSE 0 END AS "Late",
                  CASE WHEN r."Outcome" = 2 THEN 1 ELSE 0 END AS "Rejected" FROM (SELECT t."OfficeId", t."ServiceKey", t."ReceivedOn", t."DueOn", t."Outcome", t."ClosedOn", t."WorkingDaysTaken", o."Path" FROM "Applications" t JOIN "Offices" o ON o."Id" = t."OfficeId") r
                UNION ALL SELECT r."OfficeId", r."Path", r."ServiceKey", date(r."ReceivedOn", 'start of month', '-' || ((CAST(strftime('%m', r."ReceivedOn") AS INTEGER) - 1) % 3) || ' months') AS "QuarterStart" , 1, r."WorkingDaysTaken", 1, 0, 0, 0 FROM (SELECT t."OfficeId", t."ServiceKey", t."ReceivedOn", t."DueOn", t."Outcome", t."ClosedOn", t."WorkingDaysTaken", o."Path" FROM "Applications" t JOIN "Offices" o ON o."Id" = t."OfficeId") r
                  WHERE r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."WorkingDaysTaken" IS NOT NULL
                UNION ALL SELECT r."OfficeId", r."Path", r."ServiceKey", date(r."ReceivedOn", 'start of month', '-' || ((CAST(strftime('%m', r."ReceivedOn") AS INTEGER) - 1) % 3) || ' months') AS "QuarterStart" , 2, CAST(julianday(r."DueOn") - 2451544.5 AS INTEGER), 1, 0, 0, 0 FROM (SELECT t."OfficeId", t."ServiceKey", t."ReceivedOn", t."DueOn", t."Outcome", t."ClosedOn", t."WorkingDaysTaken", o."Path" FROM "Applications" t JOIN "Offices" o ON o."Id" = t."OfficeId") r
                  WHERE r."Outcome" IS NULL AND r."DueOn" IS NOT NULL) c WHERE true
                GROUP BY c."OfficeId", c."QuarterStart", c."ServiceKey", c."Kind", c."Bin" HAVING SUM(c."Count") <> 0 OR SUM(c."OnTime") <> 0 OR SUM(c."Late") <> 0 OR SUM(c."Rejected") <> 0
                ON CONFLICT ("OfficeId", "QuarterStart", "ServiceKey", "Kind", "Bin") DO UPDATE SET "Count" = "ApplicationFacts"."Count" + excluded."Count", "OnTime" = "ApplicationFacts"."OnTime" + excluded."OnTime", "Late" = "ApplicationFacts"."Late" + excluded."Late", "Rejected" = "ApplicationFacts"."Rejected" + excluded."Rejected" ;
                INSERT INTO "ApplicationSubtreeFacts" ("OfficeId", "QuarterStart", "Kind", "Bin", "Count", "OnTime", "Late", "Rejected")
                SELECT CAST(a.value AS INTEGER), c."QuarterStart", c."Kind", c."Bin", SUM(c."Count"), SUM(c."OnTime"), SUM(c."Late"), SUM(c."Rejected") FROM (SELECT r."OfficeId", r."Path", r."ServiceKey", date(r."ReceivedOn", 'start of month', '-' || ((CAST(strftime('%m', r."ReceivedOn") AS INTEGER) - 1) % 3) || ' months') AS "QuarterStart" , 0 AS "Kind", 0 AS "Bin", 1 AS "Count",
                  CASE WHEN r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."ClosedOn" <= r."DueOn" THEN 1 ELSE 0 END AS "OnTime",
                  CASE WHEN r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."ClosedOn" > r."DueOn" THEN 1 ELSE 0 END AS "Late",
                  CASE WHEN r."Outcome" = 2 THEN 1 ELSE 0 END AS "Rejected" FROM (SELECT t."OfficeId", t."ServiceKey", t."ReceivedOn", t."DueOn", t."Outcome", t."ClosedOn", t."WorkingDaysTaken", o."Path" FROM "Applications" t JOIN "Offices" o ON o."Id" = t."OfficeId") r
                UNION ALL SELECT r."OfficeId", r."Path", r."ServiceKey", date(r."ReceivedOn", 'start of month', '-' || ((CAST(strftime('%m', r."ReceivedOn") AS INTEGER) - 1) % 3) || ' months') AS "QuarterStart" , 1, r."WorkingDaysTaken", 1, 0, 0, 0 FROM (SELECT t."OfficeId", t."ServiceKey", t."ReceivedOn", t."DueOn", t."Outcome", t."ClosedOn", t."WorkingDaysTaken", o."Path" FROM "Applications" t JOIN "Offices" o ON o."Id" = t."OfficeId") r
                  WHERE r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."WorkingDaysTaken" IS NOT NULL
                UNION ALL SELECT r."OfficeId", r."Path", r."ServiceKey", date(r."ReceivedOn", 'start of month', '-' || ((CAST(strftime('%m', r."ReceivedOn") AS INTEGER) - 1) % 3) || ' months') AS "QuarterStart" , 2, CAST(julianday(r."DueOn") - 2451544.5 AS INTEGER), 1, 0, 0, 0 FROM (SELECT t."OfficeId", t."ServiceKey", t."ReceivedOn", t."DueOn", t."Outcome", t."ClosedOn", t."WorkingDaysTaken", o."Path" FROM "Applications" t JOIN "Offices" o ON o."Id" = t."OfficeId") r
                  WHERE r."Outcome" IS NULL AND r."DueOn" IS NOT NULL) c JOIN json_each('[' || replace(trim(c."Path" || c."OfficeId", '/'), '/', ',') || ']') a WHERE true
                GROUP BY CAST(a.value AS INTEGER), c."QuarterStart", c."Kind", c."Bin" HAVING SUM(c."Count") <> 0 OR SUM(c."OnTime") <> 0 OR SUM(c."Late") <> 0 OR SUM(c."Rejected") <> 0
                ON CONFLICT ("OfficeId", "QuarterStart", "Kind", "Bin") DO UPDATE SET "Count" = "ApplicationSubtreeFacts"."Count" + excluded."Count", "OnTime" = "ApplicationSubtreeFacts"."OnTime" + excluded."OnTime", "Late" = "ApplicationSubtreeFacts"."Late" + excluded."Late", "Rejected" = "ApplicationSubtreeFacts"."Rejected" + excluded."Rejected" ;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS "application_facts_insert";
                """);
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS "application_facts_update";
                """);
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS "application_facts_delete";
                """);
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS "application_facts_office_move";
                """);

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
