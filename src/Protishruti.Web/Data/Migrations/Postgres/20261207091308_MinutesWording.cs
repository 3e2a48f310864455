using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Protishruti.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MinutesWording : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "MinutesAttendanceLine",
                table: "Meetings",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MinutesChairRole",
                table: "Meetings",
                type: "character varying(304)",
                maxLength: 304,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "MinutesChairRoleWithPost",
                table: "Meetings",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "MinutesHidesAppendix",
                table: "Meetings",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "MinutesTimeDot",
                table: "Meetings",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "MinutesTimeGhotika",
                table: "Meetings",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "MinutesTimeWord",
                table: "Meetings",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MinutesTitle",
                table: "Meetings",
                type: "character varying(520)",
                maxLength: 520,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PrintedImplementers",
                table: "Decisions",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "MinutesAttendanceLine",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "MinutesChairRole",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "MinutesChairRoleWithPost",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "MinutesHidesAppendix",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "MinutesTimeDot",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "MinutesTimeGhotika",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "MinutesTimeWord",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "MinutesTitle",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "PrintedImplementers",
                table: "Decisions");
        }
    }
}
