using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Protishruti.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OfficeHead : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsHead",
                table: "Posts",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            // The head was the post with the lowest sort order; that post is now flagged, so nothing changes for existing offices.
            migrationBuilder.Sql("""
                UPDATE "Posts" SET "IsHead" = TRUE WHERE NOT EXISTS (
                    SELECT 1 FROM "Posts" q WHERE q."OfficeId" = "Posts"."OfficeId"
                    AND (q."SortOrder" < "Posts"."SortOrder" OR (q."SortOrder" = "Posts"."SortOrder" AND q."Id" < "Posts"."Id")));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "IsHead",
                table: "Posts");
        }
    }
}
