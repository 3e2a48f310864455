using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Protishruti.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ApplicationFactsDerived : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // SQLite rebuilds a table to drop a foreign key, at the end of the migration, and a table that another
            // table's trigger names cannot be renamed into place: the application fact triggers go first and come back
            // unchanged in the next migration (ApplicationFactTriggersBack), once the fact tables are rebuilt.
            DropTriggers(migrationBuilder);

            migrationBuilder.DropForeignKey(
                name: "FK_ApplicationFacts_Offices_OfficeId",
                table: "ApplicationFacts");

            migrationBuilder.DropForeignKey(
                name: "FK_ApplicationSubtreeFacts_Offices_OfficeId",
                table: "ApplicationSubtreeFacts");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddForeignKey(
                name: "FK_ApplicationFacts_Offices_OfficeId",
                table: "ApplicationFacts",
                column: "OfficeId",
                principalTable: "Offices",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_ApplicationSubtreeFacts_Offices_OfficeId",
                table: "ApplicationSubtreeFacts",
                column: "OfficeId",
                principalTable: "Offices",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        private static void DropTriggers(MigrationBuilder migrationBuilder)
        {
            foreach (var name in new[] { "insert", "update", "delete", "office_move" })
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"application_facts_{name}\";");
        }
    }
}
