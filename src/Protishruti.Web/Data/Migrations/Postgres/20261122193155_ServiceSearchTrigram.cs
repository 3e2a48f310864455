using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Protishruti.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ServiceSearchTrigram : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Trigram index for substring search (ADR 0010). Creating the extension needs a superuser or a database
            // owner with CREATE privilege (pg_trgm is a trusted extension since PostgreSQL 13); in production it may be created beforehand.
            migrationBuilder.Sql("""CREATE EXTENSION IF NOT EXISTS pg_trgm;""");
            migrationBuilder.Sql("""CREATE INDEX "IX_ServiceSearchEntries_Terms_trgm" ON "ServiceSearchEntries" USING gin ("Terms" gin_trgm_ops);""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_ServiceSearchEntries_Terms_trgm";""");
        }
    }
}
