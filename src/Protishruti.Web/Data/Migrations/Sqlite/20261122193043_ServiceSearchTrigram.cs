using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Protishruti.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ServiceSearchTrigram : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Trigram full-text index of the search entries (ADR 0010). Contentless: the text lives in ServiceSearchEntries;
            // triggers keep the index in step. Filter values are appended as upper-case tags (QK5Q = office kind 5,
            // QC1Q = category 1, QD69Q = district 69) that lower-cased query words can never match.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "ServiceSearchFts" USING fts5("Terms", content='', tokenize='trigram case_sensitive 1');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "ServiceSearchEntries_ai" AFTER INSERT ON "ServiceSearchEntries" BEGIN
                    INSERT INTO "ServiceSearchFts"(rowid, "Terms") VALUES (new."Id", new."Terms" || 'QK' || new."OfficeKind" || 'Q QC' || new."Category" || 'Q QD' || coalesce(new."DistrictCode", '') || 'Q ');
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "ServiceSearchEntries_ad" AFTER DELETE ON "ServiceSearchEntries" BEGIN
                    INSERT INTO "ServiceSearchFts"("ServiceSearchFts", rowid, "Terms") VALUES ('delete', old."Id", old."Terms" || 'QK' || old."OfficeKind" || 'Q QC' || old."Category" || 'Q QD' || coalesce(old."DistrictCode", '') || 'Q ');
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "ServiceSearchEntries_au" AFTER UPDATE ON "ServiceSearchEntries" BEGIN
                    INSERT INTO "ServiceSearchFts"("ServiceSearchFts", rowid, "Terms") VALUES ('delete', old."Id", old."Terms" || 'QK' || old."OfficeKind" || 'Q QC' || old."Category" || 'Q QD' || coalesce(old."DistrictCode", '') || 'Q ');
                    INSERT INTO "ServiceSearchFts"(rowid, "Terms") VALUES (new."Id", new."Terms" || 'QK' || new."OfficeKind" || 'Q QC' || new."Category" || 'Q QD' || coalesce(new."DistrictCode", '') || 'Q ');
                END;
                """);
            migrationBuilder.Sql("""
                INSERT INTO "ServiceSearchFts"(rowid, "Terms") SELECT "Id", "ServiceSearchEntries"."Terms" || 'QK' || "ServiceSearchEntries"."OfficeKind" || 'Q QC' || "ServiceSearchEntries"."Category" || 'Q QD' || coalesce("ServiceSearchEntries"."DistrictCode", '') || 'Q ' FROM "ServiceSearchEntries";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "ServiceSearchEntries_au";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "ServiceSearchEntries_ad";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "ServiceSearchEntries_ai";""");
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "ServiceSearchFts";""");
        }
    }
}
