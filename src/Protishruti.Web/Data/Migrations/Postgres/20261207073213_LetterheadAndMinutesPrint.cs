using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Protishruti.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LetterheadAndMinutesPrint : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "LetterheadHidesWebsite",
                table: "Offices",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "LetterheadName",
                table: "Offices",
                type: "character varying(401)",
                maxLength: 401,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MinutesChairName",
                table: "Meetings",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "MinutesDateForm",
                table: "Meetings",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "MinutesHidesContacts",
                table: "Meetings",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "MinutesIssuerName",
                table: "Meetings",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "MinutesMeetingLabels",
                table: "Meetings",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LetterheadHidesWebsite",
                table: "Offices");

            migrationBuilder.DropColumn(
                name: "LetterheadName",
                table: "Offices");

            migrationBuilder.DropColumn(
                name: "MinutesChairName",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "MinutesDateForm",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "MinutesHidesContacts",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "MinutesIssuerName",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "MinutesMeetingLabels",
                table: "Meetings");
        }
    }
}
