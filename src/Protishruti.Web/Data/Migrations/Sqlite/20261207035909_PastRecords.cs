using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Protishruti.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PastRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Style",
                table: "MemoFiles",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AlterColumn<int>(
                name: "Serial",
                table: "IssuedMemos",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            migrationBuilder.AlterColumn<int>(
                name: "MemoFileId",
                table: "IssuedMemos",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            migrationBuilder.AddColumn<string>(
                name: "NumberKey",
                table: "IssuedMemos",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            // Numbers issued so far are ASCII digits and dots without spaces: each is its own key (PrintedMemoNumber.Key).
            migrationBuilder.Sql("UPDATE \"IssuedMemos\" SET \"NumberKey\" = LOWER(\"Number\");");

            migrationBuilder.CreateIndex(
                name: "IX_IssuedMemos_OfficeId_NumberKey",
                table: "IssuedMemos",
                columns: new[] { "OfficeId", "NumberKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_IssuedMemos_OfficeId_NumberKey",
                table: "IssuedMemos");

            migrationBuilder.DropColumn(
                name: "Style",
                table: "MemoFiles");

            migrationBuilder.DropColumn(
                name: "NumberKey",
                table: "IssuedMemos");

            migrationBuilder.AlterColumn<int>(
                name: "Serial",
                table: "IssuedMemos",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "MemoFileId",
                table: "IssuedMemos",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);
        }
    }
}
