using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Protishruti.Web.Data.Migrations.Sqlite
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DocumentType",
                table: "IssuedMemos",
                type: "TEXT",
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
