using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Protishruti.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OfficeWrittenDocuments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LetterheadMotto",
                table: "Offices",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LetterheadParentLine",
                table: "Offices",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MinutesCopyHeading",
                table: "Meetings",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MinutesDistribution",
                table: "Meetings",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "MinutesDistributionHeading",
                table: "Meetings",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "MinutesDistributionWritten",
                table: "Meetings",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "MinutesNumbering",
                table: "Meetings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "NoticeBody",
                table: "Meetings",
                type: "TEXT",
                maxLength: 8000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NoticeCopyHeading",
                table: "Meetings",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NoticeDistribution",
                table: "Meetings",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "NoticeDistributionHeading",
                table: "Meetings",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "NoticeDistributionWritten",
                table: "Meetings",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "NoticeNumbering",
                table: "Meetings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "NoticeOmitsAgenda",
                table: "Meetings",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "NoticeOmitsDetails",
                table: "Meetings",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Section",
                table: "Meetings",
                type: "TEXT",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LetterheadMotto",
                table: "Offices");

            migrationBuilder.DropColumn(
                name: "LetterheadParentLine",
                table: "Offices");

            migrationBuilder.DropColumn(
                name: "MinutesCopyHeading",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "MinutesDistribution",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "MinutesDistributionHeading",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "MinutesDistributionWritten",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "MinutesNumbering",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "NoticeBody",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "NoticeCopyHeading",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "NoticeDistribution",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "NoticeDistributionHeading",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "NoticeDistributionWritten",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "NoticeNumbering",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "NoticeOmitsAgenda",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "NoticeOmitsDetails",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "Section",
                table: "Meetings");
        }
    }
}
