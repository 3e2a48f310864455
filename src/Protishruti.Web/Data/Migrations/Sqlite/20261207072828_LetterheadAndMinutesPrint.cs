using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Protishruti.Web.Data.Migrations.Sqlite
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
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "LetterheadName",
                table: "Offices",
                type: "TEXT",
                maxLength: 401,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MinutesChairName",
                table: "Meetings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "MinutesDateForm",
                table: "Meetings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "MinutesHidesContacts",
                table: "Meetings",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "MinutesIssuerName",
                table: "Meetings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "MinutesMeetingLabels",
                table: "Meetings",
                type: "INTEGER",
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
