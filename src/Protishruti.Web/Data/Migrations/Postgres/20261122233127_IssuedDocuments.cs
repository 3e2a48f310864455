using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Protishruti.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class IssuedDocuments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DocumentJson",
                table: "IssuedMemos",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DocumentType",
                table: "IssuedMemos",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_IssuedMemos_OfficeId_Number",
                table: "IssuedMemos",
                columns: new[] { "OfficeId", "Number" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_IssuedMemos_OfficeId_Number",
                table: "IssuedMemos");

            migrationBuilder.DropColumn(
                name: "DocumentJson",
                table: "IssuedMemos");

            migrationBuilder.DropColumn(
                name: "DocumentType",
                table: "IssuedMemos");
        }
    }
}
