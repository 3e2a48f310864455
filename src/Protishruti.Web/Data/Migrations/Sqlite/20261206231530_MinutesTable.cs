using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Protishruti.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MinutesTable : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "MinutesColumns",
                table: "Meetings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "MinutesDecisionNumbering",
                table: "Meetings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "MinutesHeadings",
                table: "Meetings",
                type: "TEXT",
                maxLength: 305,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MinutesSerial",
                table: "Meetings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "MinutesColumns",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "MinutesDecisionNumbering",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "MinutesHeadings",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "MinutesSerial",
                table: "Meetings");
        }
    }
}
