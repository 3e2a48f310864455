using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Protishruti.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MinutesContactsUnderChair : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "MinutesContactsUnderChair",
                table: "Meetings",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "MinutesContactsUnderChair",
                table: "Meetings");
        }
    }
}
