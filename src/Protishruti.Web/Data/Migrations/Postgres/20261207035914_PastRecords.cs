using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Protishruti.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PastRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "FileNumber",
                table: "MemoFiles",
                type: "character varying(80)",
                maxLength: 80,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40);

            migrationBuilder.AddColumn<int>(
                name: "Style",
                table: "MemoFiles",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AlterColumn<int>(
                name: "Serial",
                table: "IssuedMemos",
                type: "integer",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AlterColumn<string>(
                name: "Number",
                table: "IssuedMemos",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(60)",
                oldMaxLength: 60);

            migrationBuilder.AlterColumn<int>(
                name: "MemoFileId",
                table: "IssuedMemos",
                type: "integer",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AddColumn<string>(
                name: "NumberKey",
                table: "IssuedMemos",
                type: "character varying(100)",
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

            migrationBuilder.AlterColumn<string>(
                name: "FileNumber",
                table: "MemoFiles",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(80)",
                oldMaxLength: 80);

            migrationBuilder.AlterColumn<int>(
                name: "Serial",
                table: "IssuedMemos",
                type: "integer",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "integer",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Number",
                table: "IssuedMemos",
                type: "character varying(60)",
                maxLength: 60,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100);

            migrationBuilder.AlterColumn<int>(
                name: "MemoFileId",
                table: "IssuedMemos",
                type: "integer",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "integer",
                oldNullable: true);
        }
    }
}
