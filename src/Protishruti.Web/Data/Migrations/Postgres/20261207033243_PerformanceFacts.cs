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
            // As ApplicationFactTriggers produced them when this migration was made (literal, so editing that code never rewrites history).
            migrationBuilder.Sql("""
                CREATE FUNCTION "application_facts_insert"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO "ApplicationFacts" ("OfficeId", "QuarterStart", "ServiceKey", "Kind", "Bin", "Count", "OnTime", "Late", "Rejected")
                SELECT c."OfficeId", c."QuarterStart", c."ServiceKey", c."Kind", c."Bin", SUM(c."Count"), SUM(c."OnTime"), SUM(c."Late"), SUM(c."Rejected") FROM (SELECT r."OfficeId", r."Path", r."ServiceKey", CAST(date_trunc('quarter', r."ReceivedOn") AS date) AS "QuarterStart" , 0 AS "Kind", 0 AS "Bin", 1 AS "Count",
                  CASE WHEN r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."ClosedOn" <= r."DueOn" THEN 1 ELSE 0 END AS "OnTime",
                  CASE WHEN r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."ClosedOn" > r."DueOn" THEN 1 ELSE 0 END AS "Late",
                  CASE WHEN r."Outcome" = 2 THEN 1 ELSE 0 END AS "Rejected" FROM (SELECT t."OfficeId", t."ServiceKey", t."ReceivedOn", t."DueOn", t."Outcome", t."ClosedOn", t."WorkingDaysTaken", o."Path" FROM new_rows t JOIN "Offices" o ON o."Id" = t."OfficeId") r
                UNION ALL SELECT r."OfficeId", r."Path", r."ServiceKey", CAST(date_trunc('quarter', r."ReceivedOn") AS date) AS "QuarterStart" , 1, r."WorkingDaysTaken", 1, 0, 0, 0 FROM (SELECT t."OfficeId", t."ServiceKey", t."ReceivedOn", t."DueOn", t."Outcome", t."ClosedOn", t."WorkingDaysTaken", o."Path" FROM new_rows t JOIN "Offices" o ON o."Id" = t."OfficeId") r
                  WHERE r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."WorkingDaysTaken" IS NOT NULL
                UNION ALL SELECT r."OfficeId", r."Path", r."ServiceKey", CAST(date_trunc('quarter', r."ReceivedOn") AS date) AS "QuarterStart" , 2, (r."DueOn" - DATE '2000-01-01'), 1, 0, 0, 0 FROM (SELECT t."OfficeId", t."ServiceKey", t."ReceivedOn", t."DueOn", t."Outcome", t."ClosedOn", t."WorkingDaysTaken", o."Path" FROM new_rows t JOIN "Offices" o ON o."Id" = t."OfficeId") r
                  WHERE r."Outcome" IS NULL AND r."DueOn" IS NOT NULL) c WHERE true
                GROUP BY c."OfficeId", c."QuarterStart", c."ServiceKey", c."Kind", c."Bin" HAVING SUM(c."Count") <> 0 OR SUM(c."OnTime") <> 0 OR SUM(c."Late") <> 0 OR SUM(c."Rejected") <> 0
                ON CONFLICT ("OfficeId", "QuarterStart", "ServiceKey", "Kind", "Bin") DO UPDATE SET "Count" = "ApplicationFacts"."Count" + excluded."Count", "OnTime" = "ApplicationFacts"."OnTime" + excluded."OnTime", "Late" = "ApplicationFacts"."Late" + excluded."Late", "Rejected" = "ApplicationFacts"."Rejected" + excluded."Rejected" ;
                INSERT INTO "ApplicationSubtreeFacts" ("OfficeId", "QuarterStart", "Kind", "Bin", "Count", "OnTime", "Late", "Rejected")
                SELECT CAST(a.id AS integer), c."QuarterStart", c."Kind", c."Bin", SUM(c."Count"), SUM(c."OnTime"), SUM(c."Late"), SUM(c."Rejected") FROM (SELECT r."OfficeId", r."Path", r."ServiceKey", CAST(date_trunc('quarter', r."ReceivedOn") AS date) AS "QuarterStart" , 0 AS "Kind", 0 AS "Bin", 1 AS "Count",
                  CASE WHEN r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."ClosedOn" <= r."DueOn" THEN 1 ELSE 0 END AS "OnTime",
                  CASE WHEN r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."ClosedOn" > r."DueOn" THEN 1 ELSE 0 END AS "Late",
                  CASE WHEN r."Outcome" = 2 THEN 1 ELSE 0 END AS "Rejected" FROM (SELECT t."OfficeId", t."ServiceKey", t."ReceivedOn", t."DueOn", t."Outcome", t."ClosedOn", t."WorkingDaysTaken", o."Path" FROM new_rows t JOIN "Offices" o ON o."Id" = t."OfficeId") r
                UNION ALL SELECT r."OfficeId", r."Path", r."ServiceKey", CAST(date_trunc('quarter', r."ReceivedOn") AS date) AS "QuarterStart" , 1, r."WorkingDaysTaken", 1, 0, 0, 0 FROM (SELECT t."OfficeId", t."ServiceKey", t."ReceivedOn", t."DueOn", t."Outcome", t."ClosedOn", t."WorkingDaysTaken", o."Path" FROM new_rows t JOIN "Offices" o ON o."Id" = t."OfficeId") r
                  WHERE r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."WorkingDaysTaken" IS NOT NULL
                UNION ALL SELECT r."OfficeId", r."Path", r."ServiceKey", CAST(date_trunc('quarter', r."ReceivedOn") AS date) AS "QuarterStart" , 2, (r."DueOn" - DATE '2000-01-01'), 1, 0, 0, 0 FROM (SELECT t."OfficeId", t."ServiceKey", t."ReceivedOn", t."DueOn", t."Outcome", t."ClosedOn", t."WorkingDaysTaken", o."Path" FROM new_rows t JOIN "Offices" o ON o."Id" = t."OfficeId") r
                  WHERE r."Outcome" IS NULL AND r."DueOn" IS NOT NULL) c CROSS JOIN LATERAL unnest(string_to_array(trim(both '/' from c."Path" || c."OfficeId"), '/')) AS a(id) WHERE true
                GROUP BY CAST(a.id AS integer), c."QuarterStart", c."Kind", c."Bin" HAVING SUM(c."Count") <> 0 OR SUM(c."OnTime") <> 0 OR SUM(c."Late") <> 0 OR SUM(c."Rejected") <> 0
                ON CONFLICT ("OfficeId", "QuarterStart", "Kind", "Bin") DO UPDATE SET "Count" = "ApplicationSubtreeFacts"."Count" + excluded."Count", "OnTime" = "ApplicationSubtreeFacts"."OnTime" + excluded."OnTime", "Late" = "ApplicationSubtreeFacts"."Late" + excluded."Late", "Rejected" = "ApplicationSubtreeFacts"."Rejected" + excluded."Rejected" ; RETURN NULL; END $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "application_facts_insert" AFTER INSERT ON "Applications" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "application_facts_insert"();
                """);
            migrationBuilder.Sql("""
                CREATE FUNCTION "application_facts_update"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO "ApplicationFacts" ("OfficeId", "QuarterStart", "ServiceKey", "Kind", "Bin", "Count", "OnTime", "Late", "Rejected")
                SELECT c."OfficeId", c."QuarterStart", c."ServiceKey", c."Kind", c."Bin", SUM(c."Count"), SUM(c."OnTime"), SUM(c."Late"), SUM(c."Rejected") FROM (SELECT r."OfficeId", r."Path", r."ServiceKey", CAST(date_trunc('quarter', r."ReceivedOn") AS date) AS "QuarterStart" , 0 AS "Kind", 0 AS "Bin", -1 AS "Count",
                  CASE WHEN r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."ClosedOn" <= r."DueOn" THEN -1 ELSE 0 END AS "OnTime",
                  CASE WHEN r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."ClosedOn" > r."DueOn" THEN -1 ELSE 0 END AS "Late",
                  CASE WHEN r."Outcome" = 2 THEN -1 ELSE 0 END AS "Rejected" FROM (SELECT t."OfficeId", t."ServiceKey", t."ReceivedOn", t."DueOn", t."Outcome", t."ClosedOn", t."WorkingDaysTaken", o."Path" FROM old_rows t JOIN "Offices" o ON o."Id" = t."OfficeId") r
                UNION ALL SELECT r."OfficeId", r."Path", r."ServiceKey", CAST(date_trunc('quarter', r."ReceivedOn") AS date) AS "QuarterStart" , 1, r."WorkingDaysTaken", -1, 0, 0, 0 FROM (SELECT t."OfficeId", t."ServiceKey", t."ReceivedOn", t."DueOn", t."Outcome", t."ClosedOn", t."WorkingDaysTaken", o."Path" FROM old_rows t JOIN "Offices" o ON o."Id" = t."OfficeId") r
                  WHERE r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."WorkingDaysTaken" IS NOT NULL
                UNION ALL SELECT r."OfficeId", r."Path", r."ServiceKey", CAST(date_trunc('quarter', r."ReceivedOn") AS date) AS "QuarterStart" , 2, (r."DueOn" - DATE '2000-01-01'), -1, 0, 0, 0 FROM (SELECT t."OfficeId", t."ServiceKey", t."ReceivedOn", t."DueOn", t."Outcome", t."ClosedOn", t."WorkingDaysTaken", o."Path" FROM old_rows t JOIN "Offices" o ON o."Id" = t."OfficeId") r
                  WHERE r."Outcome" IS NULL AND r."DueOn" IS NOT NULL UNION ALL SELECT r."OfficeId", r."Path", r."ServiceKey", CAST(date_trunc('quarter', r."ReceivedOn") AS date) AS "QuarterStart" , 0 AS "Kind", 0 AS "Bin", 1 AS "Count",
                  CASE WHEN r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."ClosedOn" <= r."DueOn" THEN 1 ELSE 0 END AS "OnTime",
                  CASE WHEN r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."ClosedOn" > r."DueOn" THEN 1 ELSE 0 END AS "Late",
                  CASE WHEN r."Outcome" = 2 THEN 1 ELSE 0 END AS "Rejected" FROM (SELECT t."OfficeId", t."ServiceKey", t."ReceivedOn", t."DueOn", t."Outcome", t."ClosedOn", t."WorkingDaysTaken", o."Path" FROM new_rows t JOIN "Offices" o ON o."Id" = t."OfficeId") r
                UNION ALL SELECT r."OfficeId", r."Path", r."ServiceKey", CAST(date_trunc('quarter', r."ReceivedOn") AS date) AS "QuarterStart" , 1, r."WorkingDaysTaken", 1, 0, 0, 0 FROM (SELECT t."OfficeId", t."ServiceKey", t."ReceivedOn", t."DueOn", t."Outcome", t."ClosedOn", t."WorkingDaysTaken", o."Path" FROM new_rows t JOIN "Offices" o ON o."Id" = t."OfficeId") r
                  WHERE r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."WorkingDaysTaken" IS NOT NULL
                UNION ALL SELECT r."OfficeId", r."Path", r."ServiceKey", CAST(date_trunc('quarter', r."ReceivedOn") AS date) AS "QuarterStart" , 2, (r."DueOn" - DATE '2000-01-01'), 1, 0, 0, 0 FROM (SELECT t."OfficeId", t."ServiceKey", t."ReceivedOn", t."DueOn", t."Outcome", t."ClosedOn", t."WorkingDaysTaken", o."Path" FROM new_rows t JOIN "Offices" o ON o."Id" = t."OfficeId") r
                  WHERE r."Outcome" IS NULL AND r."DueOn" IS NOT NULL) c WHERE true
                GROUP BY c."OfficeId", c."QuarterStart", c."ServiceKey", c."Kind", c."Bin" HAVING SUM(c."Count") <> 0 OR SUM(c."OnTime") <> 0 OR SUM(c."Late") <> 0 OR SUM(c."Rejected") <> 0
                ON CONFLICT ("OfficeId", "QuarterStart", "ServiceKey", "Kind", "Bin") DO UPDATE SET "Count" = "ApplicationFacts"."Count" + excluded."Count", "OnTime" = "ApplicationFacts"."OnTime" + excluded."OnTime", "Late" = "ApplicationFacts"."Late" + excluded."Late", "Rejected" = "ApplicationFacts"."Rejected" + excluded."Rejected" ;
                INSERT INTO "ApplicationSubtreeFacts" ("OfficeId", "QuarterStart", "Kind", "Bin", "Count", "OnTime", "Late", "Rejected")
                SELECT CAST(a.id AS integer), c."QuarterStart", c."Kind", c."Bin", SUM(c."Count"), SUM(c."OnTime"), SUM(c."Late"), SUM(c."Rejected") FROM (SELECT r."OfficeId", r."Path", r."ServiceKey", CAST(date_trunc('quarter', r."ReceivedOn") AS date) AS "QuarterStart" , 0 AS "Kind", 0 AS "Bin", -1 AS "Count",
                  CASE WHEN r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."ClosedOn" <= r."DueOn" THEN -1 ELSE 0 END AS "OnTime",
                  CASE WHEN r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."ClosedOn" > r."DueOn" THEN -1 ELSE 0 END AS "Late",
                  CASE WHEN r."Outcome" = 2 THEN -1 ELSE 0 END AS "Rejected" FROM (SELECT t."OfficeId", t."ServiceKey", t."ReceivedOn", t."DueOn", t."Outcome", t."ClosedOn", t."WorkingDaysTaken", o."Path" FROM old_rows t JOIN "Offices" o ON o."Id" = t."OfficeId") r
                UNION ALL SELECT r."OfficeId", r."Path", r."ServiceKey", CAST(date_trunc('quarter', r."ReceivedOn") AS date) AS "QuarterStart" , 1, r."WorkingDaysTaken", -1, 0, 0, 0 FROM (SELECT t."OfficeId", t."ServiceKey", t."ReceivedOn", t."DueOn", t."Outcome", t."ClosedOn", t."WorkingDaysTaken", o."Path" FROM old_rows t JOIN "Offices" o ON o."Id" = t."OfficeId") r
                  WHERE r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."WorkingDaysTaken" IS NOT NULL
                UNION ALL SELECT r."OfficeId", r."Path", r."ServiceKey", CAST(date_trunc('quarter', r."ReceivedOn") AS date) AS "QuarterStart" , 2, (r."DueOn" - DATE '2000-01-01'), -1, 0, 0, 0 FROM (SELECT t."OfficeId", t."ServiceKey", t."ReceivedOn", t."DueOn", t."Outcome", t."ClosedOn", t."WorkingDaysTaken", o."Path" FROM old_rows t JOIN "Offices" o ON o."Id" = t."OfficeId") r
                  WHERE r."Outcome" IS NULL AND r."DueOn" IS NOT NULL UNION ALL SELECT r."OfficeId", r."Path", r."ServiceKey", CAST(date_trunc('quarter', r."ReceivedOn") AS date) AS "QuarterStart" , 0 AS "Kind", 0 AS "Bin", 1 AS "Count",
                  CASE WHEN r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."ClosedOn" <= r."DueOn" THEN 1 ELSE 0 END AS "OnTime",
                  CASE WHEN r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."ClosedOn" > r."DueOn" THEN 1 ELSE 0 END AS "Late",
                  CASE WHEN r."Outcome" = 2 THEN 1 ELSE 0 END AS "Rejected" FROM (SELECT t."OfficeId", t."ServiceKey", t."ReceivedOn", t."DueOn", t."Outcome", t."ClosedOn", t."WorkingDaysTaken", o."Path" FROM new_rows t JOIN "Offices" o ON o."Id" = t."OfficeId") r
                UNION ALL SELECT r."OfficeId", r."Path", r."ServiceKey", CAST(date_trunc('quarter', r."ReceivedOn") AS date) AS "QuarterStart" , 1, r."WorkingDaysTaken", 1, 0, 0, 0 FROM (SELECT t."OfficeId", t."ServiceKey", t."ReceivedOn", t."DueOn", t."Outcome", t."ClosedOn", t."WorkingDaysTaken", o."Path" FROM new_rows t JOIN "Offices" o ON o."Id" = t."OfficeId") r
                  WHERE r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."WorkingDaysTaken" IS NOT NULL
                UNION ALL SELECT r."OfficeId", r."Path", r."ServiceKey", CAST(date_trunc('quarter', r."ReceivedOn") AS date) AS "QuarterStart" , 2, (r."DueOn" - DATE '2000-01-01'), 1, 0, 0, 0 FROM (SELECT t."OfficeId", t."ServiceKey", t."ReceivedOn", t."DueOn", t."Outcome", t."ClosedOn", t."WorkingDaysTaken", o."Path" FROM new_rows t JOIN "Offices" o ON o."Id" = t."OfficeId") r
                  WHERE r."Outcome" IS NULL AND r."DueOn" IS NOT NULL) c CROSS JOIN LATERAL unnest(string_to_array(trim(both '/' from c."Path" || c."OfficeId"), '/')) AS a(id) WHERE true
                GROUP BY CAST(a.id AS integer), c."QuarterStart", c."Kind", c."Bin" HAVING SUM(c."Count") <> 0 OR SUM(c."OnTime") <> 0 OR SUM(c."Late") <> 0 OR SUM(c."Rejected") <> 0
                ON CONFLICT ("OfficeId", "QuarterStart", "Kind", "Bin") DO UPDATE SET "Count" = "ApplicationSubtreeFacts"."Count" + excluded."Count", "OnTime" = "ApplicationSubtreeFacts"."OnTime" + excluded."OnTime", "Late" = "ApplicationSubtreeFacts"."Late" + excluded."Late", "Rejected" = "ApplicationSubtreeFacts"."Rejected" + excluded."Rejected" ; RETURN NULL; END $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "application_facts_update" AFTER UPDATE ON "Applications" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "application_facts_update"();
                """);
            migrationBuilder.Sql("""
                CREATE FUNCTION "application_facts_delete"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO "ApplicationFacts" ("OfficeId", "QuarterStart", "ServiceKey", "Kind", "Bin", "Count", "OnTime", "Late", "Rejected")
                SELECT c."OfficeId", c."QuarterStart", c."ServiceKey", c."Kind", c."Bin", SUM(c."Count"), SUM(c."OnTime"), SUM(c."Late"), SUM(c."Rejected") FROM (SELECT r."OfficeId", r."Path", r."ServiceKey", CAST(date_trunc('quarter', r."ReceivedOn") AS date) AS "QuarterStart" , 0 AS "Kind", 0 AS "Bin", -1 AS "Count",
                  CASE WHEN r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."ClosedOn" <= r."DueOn" THEN -1 ELSE 0 END AS "OnTime",
                  CASE WHEN r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."ClosedOn" > r."DueOn" THEN -1 ELSE 0 END AS "Late",
                  CASE WHEN r."Outcome" = 2 THEN -1 ELSE 0 END AS "Rejected" FROM (SELECT t."OfficeId", t."ServiceKey", t."ReceivedOn", t."DueOn", t."Outcome", t."ClosedOn", t."WorkingDaysTaken", o."Path" FROM old_rows t JOIN "Offices" o ON o."Id" = t."OfficeId") r
                UNION ALL SELECT r."OfficeId", r."Path", r."ServiceKey", CAST(date_trunc('quarter', r."ReceivedOn") AS date) AS "QuarterStart" , 1, r."WorkingDaysTaken", -1, 0, 0, 0 FROM (SELECT t."OfficeId", t."ServiceKey", t."ReceivedOn", t."DueOn", t."Outcome", t."ClosedOn", t."WorkingDaysTaken", o."Path" FROM old_rows t JOIN "Offices" o ON o."Id" = t."OfficeId") r
                  WHERE r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."WorkingDaysTaken" IS NOT NULL
                UNION ALL SELECT r."OfficeId", r."Path", r."ServiceKey", CAST(date_trunc('quarter', r."ReceivedOn") AS date) AS "QuarterStart" , 2, (r."DueOn" - DATE '2000-01-01'), -1, 0, 0, 0 FROM (SELECT t."OfficeId", t."ServiceKey", t."ReceivedOn", t."DueOn", t."Outcome", t."ClosedOn", t."WorkingDaysTaken", o."Path" FROM old_rows t JOIN "Offices" o ON o."Id" = t."OfficeId") r
                  WHERE r."Outcome" IS NULL AND r."DueOn" IS NOT NULL) c WHERE true
                GROUP BY c."OfficeId", c."QuarterStart", c."ServiceKey", c."Kind", c."Bin" HAVING SUM(c."Count") <> 0 OR SUM(c."OnTime") <> 0 OR SUM(c."Late") <> 0 OR SUM(c."Rejected") <> 0
                ON CONFLICT ("OfficeId", "QuarterStart", "ServiceKey", "Kind", "Bin") DO UPDATE SET "Count" = "ApplicationFacts"."Count" + excluded."Count", "OnTime" = "ApplicationFacts"."OnTime" + excluded."OnTime", "Late" = "ApplicationFacts"."Late" + excluded."Late", "Rejected" = "ApplicationFacts"."Rejected" + excluded."Rejected" ;
                INSERT INTO "ApplicationSubtreeFacts" ("OfficeId", "QuarterStart", "Kind", "Bin", "Count", "OnTime", "Late", "Rejected")
                SELECT CAST(a.id AS integer), c."QuarterStart", c."Kind", c."Bin", SUM(c."Count"), SUM(c."OnTime"), SUM(c."Late"), SUM(c."Rejected") FROM (SELECT r."OfficeId", r."Path", r."ServiceKey", CAST(date_trunc('quarter', r."ReceivedOn") AS date) AS "QuarterStart" , 0 AS "Kind", 0 AS "Bin", -1 AS "Count",
                  CASE WHEN r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."ClosedOn" <= r."DueOn" THEN -1 ELSE 0 END AS "OnTime",
                  CASE WHEN r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."ClosedOn" > r."DueOn" THEN -1 ELSE 0 END AS "Late",
                  CASE WHEN r."Outcome" = 2 THEN -1 ELSE 0 END AS "Rejected" FROM (SELECT t."OfficeId", t."ServiceKey", t."ReceivedOn", t."DueOn", t."Outcome", t."ClosedOn", t."WorkingDaysTaken", o."Path" FROM old_rows t JOIN "Offices" o ON o."Id" = t."OfficeId") r
                UNION ALL SELECT r."OfficeId", r."Path", r."ServiceKey", CAST(date_trunc('quarter', r."ReceivedOn") AS date) AS "QuarterStart" , 1, r."WorkingDaysTaken", -1, 0, 0, 0 FROM (SELECT t."OfficeId", t."ServiceKey", t."ReceivedOn", t."DueOn", t."Outcome", t."ClosedOn", t."WorkingDaysTaken", o."Path" FROM old_rows t JOIN "Offices" o ON o."Id" = t."OfficeId") r
                  WHERE r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."WorkingDaysTaken" IS NOT NULL
                UNION ALL SELECT r."OfficeId", r."Path", r."ServiceKey", CAST(date_trunc('quarter', r."ReceivedOn") AS date) AS "QuarterStart" , 2, (r."DueOn" - DATE '2000-01-01'), -1, 0, 0, 0 FROM (SELECT t."OfficeId", t."ServiceKey", t."ReceivedOn", t."DueOn", t."Outcome", t."ClosedOn", t."WorkingDaysTaken", o."Path" FROM old_rows t JOIN "Offices" o ON o."Id" = t."OfficeId") r
                  WHERE r."Outcome" IS NULL AND r."DueOn" IS NOT NULL) c CROSS JOIN LATERAL unnest(string_to_array(trim(both '/' from c."Path" || c."OfficeId"), '/')) AS a(id) WHERE true
                GROUP BY CAST(a.id AS integer), c."QuarterStart", c."Kind", c."Bin" HAVING SUM(c."Count") <> 0 OR SUM(c."OnTime") <> 0 OR SUM(c."Late") <> 0 OR SUM(c."Rejected") <> 0
                ON CONFLICT ("OfficeId", "QuarterStart", "Kind", "Bin") DO UPDATE SET "Count" = "ApplicationSubtreeFacts"."Count" + excluded."Count", "OnTime" = "ApplicationSubtreeFacts"."OnTime" + excluded."OnTime", "Late" = "ApplicationSubtreeFacts"."Late" + excluded."Late", "Rejected" = "ApplicationSubtreeFacts"."Rejected" + excluded."Rejected" ; RETURN NULL; END $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "application_facts_delete" AFTER DELETE ON "Applications" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "application_facts_delete"();
                """);
            migrationBuilder.Sql("""
                CREATE FUNCTION "application_facts_office_move"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO "ApplicationFacts" ("OfficeId", "QuarterStart", "ServiceKey", "Kind", "Bin", "Count", "OnTime", "Late", "Rejected")
                SELECT c."OfficeId", c."QuarterStart", c."ServiceKey", c."Kind", c."Bin", SUM(c."Count"), SUM(c."OnTime"), SUM(c."Late"), SUM(c."Rejected") FROM (SELECT r."OfficeId", r."Path", r."ServiceKey", CAST(date_trunc('quarter', r."ReceivedOn") AS date) AS "QuarterStart" , 0 AS "Kind", 0 AS "Bin", -1 AS "Count",
                  CASE WHEN r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."ClosedOn" <= r."DueOn" THEN -1 ELSE 0 END AS "OnTime",
                  CASE WHEN r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."ClosedOn" > r."DueOn" THEN -1 ELSE 0 END AS "Late",
                  CASE WHEN r."Outcome" = 2 THEN -1 ELSE 0 END AS "Rejected" FROM (SELECT t."OfficeId", t."ServiceKey", t."ReceivedOn", t."DueOn", t."Outcome", t."ClosedOn", t."WorkingDaysTaken", o."Path" FROM "Applications" t JOIN new_rows n ON n."Id" = t."OfficeId" JOIN old_rows o ON o."Id" = n."Id" WHERE o."Path" <> n."Path" ) r
                UNION ALL SELECT r."OfficeId", r."Path", r."ServiceKey", CAST(date_trunc('quarter', r."ReceivedOn") AS date) AS "QuarterStart" , 1, r."WorkingDaysTaken", -1, 0, 0, 0 FROM (SELECT t."OfficeId", t."ServiceKey", t."ReceivedOn", t."DueOn", t."Outcome", t."ClosedOn", t."WorkingDaysTaken", o."Path" FROM "Applications" t JOIN new_rows n ON n."Id" = t."OfficeId" JOIN old_rows o ON o."Id" = n."Id" WHERE o."Path" <> n."Path" ) r
                  WHERE r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."WorkingDaysTaken" IS NOT NULL
                UNION ALL SELECT r."OfficeId", r."Path", r."ServiceKey", CAST(date_trunc('quarter', r."ReceivedOn") AS date) AS "QuarterStart" , 2, (r."DueOn" - DATE '2000-01-01'), -1, 0, 0, 0 FROM (SELECT t."OfficeId", t."ServiceKey", t."ReceivedOn", t."DueOn", t."Outcome", t."ClosedOn", t."WorkingDaysTaken", o."Path" FROM "Applications" t JOIN new_rows n ON n."Id" = t."OfficeId" JOIN old_rows o ON o."Id" = n."Id" WHERE o."Path" <> n."Path" ) r
                  WHERE r."Outcome" IS NULL AND r."DueOn" IS NOT NULL UNION ALL SELECT r."OfficeId", r."Path", r."ServiceKey", CAST(date_trunc('quarter', r."ReceivedOn") AS date) AS "QuarterStart" , 0 AS "Kind", 0 AS "Bin", 1 AS "Count",
                  CASE WHEN r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."ClosedOn" <= r."DueOn" THEN 1 ELSE 0 END AS "OnTime",
                  CASE WHEN r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."ClosedOn" > r."DueOn" THEN 1 ELSE 0 END AS "Late",
                  CASE WHEN r."Outcome" = 2 THEN 1 ELSE 0 END AS "Rejected" FROM (SELECT t."OfficeId", t."ServiceKey", t."ReceivedOn", t."DueOn", t."Outcome", t."ClosedOn", t."WorkingDaysTaken", n."Path" FROM "Applications" t JOIN new_rows n ON n."Id" = t."OfficeId" JOIN old_rows o ON o."Id" = n."Id" WHERE o."Path" <> n."Path" ) r
                UNION ALL SELECT r."OfficeId", r."Path", r."ServiceKey", CAST(date_trunc('quarter', r."ReceivedOn") AS date) AS "QuarterStart" , 1, r."WorkingDaysTaken", 1, 0, 0, 0 FROM (SELECT t."OfficeId", t."ServiceKey", t."ReceivedOn", t."DueOn", t."Outcome", t."ClosedOn", t."WorkingDaysTaken", n."Path" FROM "Applications" t JOIN new_rows n ON n."Id" = t."OfficeId" JOIN old_rows o ON o."Id" = n."Id" WHERE o."Path" <> n."Path" ) r
                  WHERE r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."WorkingDaysTaken" IS NOT NULL
                UNION ALL SELECT r."OfficeId", r."Path", r."ServiceKey", CAST(date_trunc('quarter', r."ReceivedOn") AS date) AS "QuarterStart" , 2, (r."DueOn" - DATE '2000-01-01'), 1, 0, 0, 0 FROM (SELECT t."OfficeId", t."ServiceKey", t."ReceivedOn", t."DueOn", t."Outcome", t."ClosedOn", t."WorkingDaysTaken", n."Path" FROM "Applications" t JOIN new_rows n ON n."Id" = t."OfficeId" JOIN old_rows o ON o."Id" = n."Id" WHERE o."Path" <> n."Path" ) r
                  WHERE r."Outcome" IS NULL AND r."DueOn" IS NOT NULL) c WHERE true
                GROUP BY c."OfficeId", c."QuarterStart", c."ServiceKey", c."Kind", c."Bin" HAVING SUM(c."Count") <> 0 OR SUM(c."OnTime") <> 0 OR SUM(c."Late") <> 0 OR SUM(c."Rejected") <> 0
                ON CONFLICT ("OfficeId", "QuarterStart", "ServiceKey", "Kind", "Bin") DO UPDATE SET "Count" = "ApplicationFacts"."Count" + excluded."Count", "OnTime" = "ApplicationFacts"."OnTime" + excluded."OnTime", "Late" = "ApplicationFacts"."Late" + excluded."Late", "Rejected" = "ApplicationFacts"."Rejected" + excluded."Rejected" ;
                INSERT INTO "ApplicationSubtreeFacts" ("OfficeId", "QuarterStart", "Kind", "Bin", "Count", "OnTime", "Late", "Rejected")
                SELECT CAST(a.id AS integer), c."QuarterStart", c."Kind", c."Bin", SUM(c."Count"), SUM(c."OnTime"), SUM(c."Late"), SUM(c."Rejected") FROM (SELECT r."OfficeId", r."Path", r."ServiceKey", CAST(date_trunc('quarter', r."ReceivedOn") AS date) AS "QuarterStart" , 0 AS "Kind", 0 AS "Bin", -1 AS "Count",
                  CASE WHEN r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."ClosedOn" <= r."DueOn" THEN -1 ELSE 0 END AS "OnTime",
                  CASE WHEN r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."ClosedOn" > r."DueOn" THEN -1 ELSE 0 END AS "Late",
                  CASE WHEN r."Outcome" = 2 THEN -1 ELSE 0 END AS "Rejected" FROM (SELECT t."OfficeId", t."ServiceKey", t."ReceivedOn", t."DueOn", t."Outcome", t."ClosedOn", t."WorkingDaysTaken", o."Path" FROM "Applications" t JOIN new_rows n ON n."Id" = t."OfficeId" JOIN old_rows o ON o."Id" = n."Id" WHERE o."Path" <> n."Path" ) r
                UNION ALL SELECT r."OfficeId", r."Path", r."ServiceKey", CAST(date_trunc('quarter', r."ReceivedOn") AS date) AS "QuarterStart" , 1, r."WorkingDaysTaken", -1, 0, 0, 0 FROM (SELECT t."OfficeId", t."ServiceKey", t."ReceivedOn", t."DueOn", t."Outcome", t."ClosedOn", t."WorkingDaysTaken", o."Path" FROM "Applications" t JOIN new_rows n ON n."Id" = t."OfficeId" JOIN old_rows o ON o."Id" = n."Id" WHERE o."Path" <> n."Path" ) r
                  WHERE r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."WorkingDaysTaken" IS NOT NULL
                UNION ALL SELECT r."OfficeId", r."Path", r."ServiceKey", CAST(date_trunc('quarter', r."ReceivedOn") AS date) AS "QuarterStart" , 2, (r."DueOn" - DATE '2000-01-01'), -1, 0, 0, 0 FROM (SELECT t."OfficeId", t."ServiceKey", t."ReceivedOn", t."DueOn", t."Outcome", t."ClosedOn", t."WorkingDaysTaken", o."Path" FROM "Applications" t JOIN new_rows n ON n."Id" = t."OfficeId" JOIN old_rows o ON o."Id" = n."Id" WHERE o."Path" <> n."Path" ) r
                  WHERE r."Outcome" IS NULL AND r."DueOn" IS NOT NULL UNION ALL SELECT r."OfficeId", r."Path", r."ServiceKey", CAST(date_trunc('quarter', r."ReceivedOn") AS date) AS "QuarterStart" , 0 AS "Kind", 0 AS "Bin", 1 AS "Count",
                  CASE WHEN r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."ClosedOn" <= r."DueOn" THEN 1 ELSE 0 END AS "OnTime",
                  CASE WHEN r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."ClosedOn" > r."DueOn" THEN 1 ELSE 0 END AS "Late",
                  CASE WHEN r."Outcome" = 2 THEN 1 ELSE 0 END AS "Rejected" FROM (SELECT t."OfficeId", t."ServiceKey", t."ReceivedOn", t."DueOn", t."Outcome", t."ClosedOn", t."WorkingDaysTaken", n."Path" FROM "Applications" t JOIN new_rows n ON n."Id" = t."OfficeId" JOIN old_rows o ON o."Id" = n."Id" WHERE o."Path" <> n."Path" ) r
                UNION ALL SELECT r."OfficeId", r."Path", r."ServiceKey", CAST(date_trunc('quarter', r."ReceivedOn") AS date) AS "QuarterStart" , 1, r."WorkingDaysTaken", 1, 0, 0, 0 FROM (SELECT t."OfficeId", t."ServiceKey", t."ReceivedOn", t."DueOn", t."Outcome", t."ClosedOn", t."WorkingDaysTaken", n."Path" FROM "Applications" t JOIN new_rows n ON n."Id" = t."OfficeId" JOIN old_rows o ON o."Id" = n."Id" WHERE o."Path" <> n."Path" ) r
                  WHERE r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."WorkingDaysTaken" IS NOT NULL
                UNION ALL SELECT r."OfficeId", r."Path", r."ServiceKey", CAST(date_trunc('quarter', r."ReceivedOn") AS date) AS "QuarterStart" , 2, (r."DueOn" - DATE '2000-01-01'), 1, 0, 0, 0 FROM (SELECT t."OfficeId", t."ServiceKey", t."ReceivedOn", t."DueOn", t."Outcome", t."ClosedOn", t."WorkingDaysTaken", n."Path" FROM "Applications" t JOIN new_rows n ON n."Id" = t."OfficeId" JOIN old_rows o ON o."Id" = n."Id" WHERE o."Path" <> n."Path" ) r
                  WHERE r."Outcome" IS NULL AND r."DueOn" IS NOT NULL) c CROSS JOIN LATERAL unnest(string_to_array(trim(both '/' from c."Path" || c."OfficeId"), '/')) AS a(id) WHERE true
                GROUP BY CAST(a.id AS integer), c."QuarterStart", c."Kind", c."Bin" HAVING SUM(c."Count") <> 0 OR SUM(c."OnTime") <> 0 OR SUM(c."Late") <> 0 OR SUM(c."Rejected") <> 0
                ON CONFLICT ("OfficeId", "QuarterStart", "Kind", "Bin") DO UPDATE SET "Count" = "ApplicationSubtreeFacts"."Count" + excluded."Count", "OnTime" = "ApplicationSubtreeFacts"."OnTime" + excluded."OnTime", "Late" = "ApplicationSubtreeFacts"."Late" + excluded."Late", "Rejected" = "ApplicationSubtreeFacts"."Rejected" + excluded."Rejected" ; RETURN NULL; END $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "application_facts_office_move" AFTER UPDATE ON "Offices" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "application_facts_office_move"();
                """);
            migrationBuilder.Sql("""
                DELETE FROM "ApplicationFacts"; DELETE FROM "ApplicationSubtreeFacts";INSERT INTO "ApplicationFacts" ("OfficeId", "QuarterStart", "ServiceKey", "Kind", "Bin", "Count", "OnTime", "Late", "Rejected")
                SELECT c."OfficeId", c."QuarterStart", c."ServiceKey", c."Kind", c."Bin", SUM(c."Count"), SUM(c."OnTime"), SUM(c."Late"), SUM(c."Rejected") FROM (SELECT r."OfficeId", r."Path", r."ServiceKey", CAST(date_trunc('quarter', r."ReceivedOn") AS date) AS "QuarterStart" , 0 AS "Kind", 0 AS "Bin", 1 AS "Count",
                  CASE WHEN r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."ClosedOn" <= r."DueOn" THEN 1 ELSE 0 END AS "OnTime",
                  CASE WHEN r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."ClosedOn" > r."DueOn" THEN 1 ELSE 0 END AS "Late",
                  CASE WHEN r."Outcome" = 2 THEN 1 ELSE 0 END AS "Rejected" FROM (SELECT t."OfficeId", t."ServiceKey", t."ReceivedOn", t."DueOn", t."Outcome", t."ClosedOn", t."WorkingDaysTaken", o."Path" FROM "Applications" t JOIN "Offices" o ON o."Id" = t."OfficeId") r
                UNION ALL SELECT r."OfficeId", r."Path", r."ServiceKey", CAST(date_trunc('quarter', r."ReceivedOn") AS date) AS "QuarterStart" , 1, r."WorkingDaysTaken", 1, 0, 0, 0 FROM (SELECT t."OfficeId", t."ServiceKey", t."ReceivedOn", t."DueOn", t."Outcome", t."ClosedOn", t."WorkingDaysTaken", o."Path" FROM "Applications" t JOIN "Offices" o ON o."Id" = t."OfficeId") r
                  WHERE r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."WorkingDaysTaken" IS NOT NULL
                UNION ALL SELECT r."OfficeId", r."Path", r."ServiceKey", CAST(date_trunc('quarter', r."ReceivedOn") AS date) AS "QuarterStart" , 2, (r."DueOn" - DATE '2000-01-01'), 1, 0, 0, 0 FROM (SELECT t."OfficeId", t."ServiceKey", t."ReceivedOn", t."DueOn", t."Outcome", t."ClosedOn", t."WorkingDaysTaken", o."Path" FROM "Applications" t JOIN "Offices" o ON o."Id" = t."OfficeId") r
                  WHERE r."Outcome" IS NULL AND r."DueOn" IS NOT NULL) c WHERE true
                GROUP BY c."OfficeId", c."QuarterStart", c."ServiceKey", c."Kind", c."Bin" HAVING SUM(c."Count") <> 0 OR SUM(c."OnTime") <> 0 OR SUM(c."Late") <> 0 OR SUM(c."Rejected") <> 0
                ON CONFLICT ("OfficeId", "QuarterStart", "ServiceKey", "Kind", "Bin") DO UPDATE SET "Count" = "ApplicationFacts"."Count" + excluded."Count", "OnTime" = "ApplicationFacts"."OnTime" + excluded."OnTime", "Late" = "ApplicationFacts"."Late" + excluded."Late", "Rejected" = "ApplicationFacts"."Rejected" + excluded."Rejected" ;
                INSERT INTO "ApplicationSubtreeFacts" ("OfficeId", "QuarterStart", "Kind", "Bin", "Count", "OnTime", "Late", "Rejected")
                SELECT CAST(a.id AS integer), c."QuarterStart", c."Kind", c."Bin", SUM(c."Count"), SUM(c."OnTime"), SUM(c."Late"), SUM(c."Rejected") FROM (SELECT r."OfficeId", r."Path", r."ServiceKey", CAST(date_trunc('quarter', r."ReceivedOn") AS date) AS "QuarterStart" , 0 AS "Kind", 0 AS "Bin", 1 AS "Count",
                  CASE WHEN r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."ClosedOn" <= r."DueOn" THEN 1 ELSE 0 END AS "OnTime",
                  CASE WHEN r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."ClosedOn" > r."DueOn" THEN 1 ELSE 0 END AS "Late",
                  CASE WHEN r."Outcome" = 2 THEN 1 ELSE 0 END AS "Rejected" FROM (SELECT t."OfficeId", t."ServiceKey", t."ReceivedOn", t."DueOn", t."Outcome", t."ClosedOn", t."WorkingDaysTaken", o."Path" FROM "Applications" t JOIN "Offices" o ON o."Id" = t."OfficeId") r
                UNION ALL SELECT r."OfficeId", r."Path", r."ServiceKey", CAST(date_trunc('quarter', r."ReceivedOn") AS date) AS "QuarterStart" , 1, r."WorkingDaysTaken", 1, 0, 0, 0 FROM (SELECT t."OfficeId", t."ServiceKey", t."ReceivedOn", t."DueOn", t."Outcome", t."ClosedOn", t."WorkingDaysTaken", o."Path" FROM "Applications" t JOIN "Offices" o ON o."Id" = t."OfficeId") r
                  WHERE r."Outcome" = 1 AND r."DueOn" IS NOT NULL AND r."WorkingDaysTaken" IS NOT NULL
                UNION ALL SELECT r."OfficeId", r."Path", r."ServiceKey", CAST(date_trunc('quarter', r."ReceivedOn") AS date) AS "QuarterStart" , 2, (r."DueOn" - DATE '2000-01-01'), 1, 0, 0, 0 FROM (SELECT t."OfficeId", t."ServiceKey", t."ReceivedOn", t."DueOn", t."Outcome", t."ClosedOn", t."WorkingDaysTaken", o."Path" FROM "Applications" t JOIN "Offices" o ON o."Id" = t."OfficeId") r
                  WHERE r."Outcome" IS NULL AND r."DueOn" IS NOT NULL) c CROSS JOIN LATERAL unnest(string_to_array(trim(both '/' from c."Path" || c."OfficeId"), '/')) AS a(id) WHERE true
                GROUP BY CAST(a.id AS integer), c."QuarterStart", c."Kind", c."Bin" HAVING SUM(c."Count") <> 0 OR SUM(c."OnTime") <> 0 OR SUM(c."Late") <> 0 OR SUM(c."Rejected") <> 0
                ON CONFLICT ("OfficeId", "QuarterStart", "Kind", "Bin") DO UPDATE SET "Count" = "ApplicationSubtreeFacts"."Count" + excluded."Count", "OnTime" = "ApplicationSubtreeFacts"."OnTime" + excluded."OnTime", "Late" = "ApplicationSubtreeFacts"."Late" + excluded."Late", "Rejected" = "ApplicationSubtreeFacts"."Rejected" + excluded."Rejected" ;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS "application_facts_insert" ON "Applications"; DROP FUNCTION IF EXISTS "application_facts_insert"();
                """);
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS "application_facts_update" ON "Applications"; DROP FUNCTION IF EXISTS "application_facts_update"();
                """);
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS "application_facts_delete" ON "Applications"; DROP FUNCTION IF EXISTS "application_facts_delete"();
                """);
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS "application_facts_office_move" ON "Offices"; DROP FUNCTION IF EXISTS "application_facts_office_move"();
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
