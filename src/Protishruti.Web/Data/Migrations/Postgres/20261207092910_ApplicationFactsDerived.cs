using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Protishruti.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ApplicationFactsDerived : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ApplicationFacts_Offices_OfficeId",
                table: "ApplicationFacts");

            migrationBuilder.DropForeignKey(
                name: "FK_ApplicationSubtreeFacts_Offices_OfficeId",
                table: "ApplicationSubtreeFacts");

            // Room on each page for the new version of a row an update writes (HOT: no index entry to add): the fact
            // rows are updated by every batch and recompute, an application's working days taken by a holiday change.
            migrationBuilder.Sql("""ALTER TABLE "ApplicationFacts" SET (fillfactor = 70);""");
            migrationBuilder.Sql("""ALTER TABLE "ApplicationSubtreeFacts" SET (fillfactor = 70);""");
            migrationBuilder.Sql("""ALTER TABLE "Applications" SET (fillfactor = 90);""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in new[] { "ApplicationFacts", "ApplicationSubtreeFacts", "Applications" })
                migrationBuilder.Sql($"""ALTER TABLE "{table}" RESET (fillfactor);""");

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
    }
}
