using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Protishruti.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CharterWorkflow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "PublishedOn",
                table: "CharterVersion",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "QualityScore",
                table: "CharterVersion",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Revision",
                table: "CharterVersion",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "TemplateId",
                table: "CharterService",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TemplateRevision",
                table: "CharterService",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ServiceSearchEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OfficeId = table.Column<int>(type: "INTEGER", nullable: false),
                    CharterVersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    ServiceKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfficeCode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    OfficeNameBn = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    OfficeNameEn = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    OfficeKind = table.Column<int>(type: "INTEGER", nullable: false),
                    DistrictCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    NameBn = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    FeeBn = table.Column<string>(type: "TEXT", nullable: true),
                    FeeEn = table.Column<string>(type: "TEXT", nullable: true),
                    TimeLimitBn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    TimeLimitEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Terms = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceSearchEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceSearchEntries_Offices_OfficeId",
                        column: x => x.OfficeId,
                        principalTable: "Offices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ServiceTemplates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    OwnerOfficeId = table.Column<int>(type: "INTEGER", nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceTemplates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceTemplates_Offices_OwnerOfficeId",
                        column: x => x.OwnerOfficeId,
                        principalTable: "Offices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ServiceTemplateRevision",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ServiceTemplateId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    NameBn = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    NoDocumentsRequired = table.Column<bool>(type: "INTEGER", nullable: false),
                    Documents = table.Column<string>(type: "TEXT", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    DeliveryMethod_Channels = table.Column<int>(type: "INTEGER", nullable: true),
                    DeliveryMethod_OnlineUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DeliveryMethod_TextBn = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DeliveryMethod_TextEn = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Fee_Amount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    Fee_IsFree = table.Column<bool>(type: "INTEGER", nullable: true),
                    Fee_Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Fee_OtherMethodText = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Fee_PaymentMethod = table.Column<int>(type: "INTEGER", nullable: true),
                    TimeLimit_Text = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    TimeLimit_Unit = table.Column<int>(type: "INTEGER", nullable: true),
                    TimeLimit_Value = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceTemplateRevision", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceTemplateRevision_ServiceTemplates_ServiceTemplateId",
                        column: x => x.ServiceTemplateId,
                        principalTable: "ServiceTemplates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceSearchEntries_Category",
                table: "ServiceSearchEntries",
                column: "Category");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceSearchEntries_DistrictCode",
                table: "ServiceSearchEntries",
                column: "DistrictCode");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceSearchEntries_OfficeId",
                table: "ServiceSearchEntries",
                column: "OfficeId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceSearchEntries_OfficeKind",
                table: "ServiceSearchEntries",
                column: "OfficeKind");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceTemplateRevision_ServiceTemplateId_Number",
                table: "ServiceTemplateRevision",
                columns: new[] { "ServiceTemplateId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceTemplates_Kind_OwnerOfficeId",
                table: "ServiceTemplates",
                columns: new[] { "Kind", "OwnerOfficeId" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceTemplates_OwnerOfficeId",
                table: "ServiceTemplates",
                column: "OwnerOfficeId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ServiceSearchEntries");

            migrationBuilder.DropTable(
                name: "ServiceTemplateRevision");

            migrationBuilder.DropTable(
                name: "ServiceTemplates");

            migrationBuilder.DropColumn(
                name: "PublishedOn",
                table: "CharterVersion");

            migrationBuilder.DropColumn(
                name: "QualityScore",
                table: "CharterVersion");

            migrationBuilder.DropColumn(
                name: "Revision",
                table: "CharterVersion");

            migrationBuilder.DropColumn(
                name: "TemplateId",
                table: "CharterService");

            migrationBuilder.DropColumn(
                name: "TemplateRevision",
                table: "CharterService");
        }
    }
}
