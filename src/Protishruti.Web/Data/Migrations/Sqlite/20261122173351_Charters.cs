using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Protishruti.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Charters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Charters",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OfficeId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Charters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Charters_Offices_OfficeId",
                        column: x => x.OfficeId,
                        principalTable: "Offices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CharterVersion",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CharterId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    Layout = table.Column<int>(type: "INTEGER", nullable: false),
                    VisionBn = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    VisionEn = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    MissionBn = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    MissionEn = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    ReturnedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ReturnedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    ReturnComment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    PublishedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CharterVersion", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CharterVersion_Charters_CharterId",
                        column: x => x.CharterId,
                        principalTable: "Charters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CharterEvent",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CharterVersionId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CharterEvent", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CharterEvent_CharterVersion_CharterVersionId",
                        column: x => x.CharterVersionId,
                        principalTable: "CharterVersion",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CharterService",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<Guid>(type: "TEXT", nullable: false),
                    CharterVersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    NameBn = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    NoDocumentsRequired = table.Column<bool>(type: "INTEGER", nullable: false),
                    ResponsibleOfficerPostId = table.Column<int>(type: "INTEGER", nullable: true),
                    SupervisingOfficerPostId = table.Column<int>(type: "INTEGER", nullable: true),
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
                    table.PrimaryKey("PK_CharterService", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CharterService_CharterVersion_CharterVersionId",
                        column: x => x.CharterVersionId,
                        principalTable: "CharterVersion",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Expectation",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    TextBn = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    TextEn = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CharterVersionId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Expectation", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Expectation_CharterVersion_CharterVersionId",
                        column: x => x.CharterVersionId,
                        principalTable: "CharterVersion",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GrievanceLevel",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    WhenBn = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    WhenEn = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    WhomPostId = table.Column<int>(type: "INTEGER", nullable: true),
                    WhomBn = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    WhomEn = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    AddressBn = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AddressEn = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CharterVersionId = table.Column<int>(type: "INTEGER", nullable: true),
                    ResolutionLimit_Text = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ResolutionLimit_Unit = table.Column<int>(type: "INTEGER", nullable: true),
                    ResolutionLimit_Value = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GrievanceLevel", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GrievanceLevel_CharterVersion_CharterVersionId",
                        column: x => x.CharterVersionId,
                        principalTable: "CharterVersion",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RequiredDocument",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    NameBn = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    WhereToGetBn = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    WhereToGetEn = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CharterServiceId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequiredDocument", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RequiredDocument_CharterService_CharterServiceId",
                        column: x => x.CharterServiceId,
                        principalTable: "CharterService",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CharterEvent_CharterVersionId",
                table: "CharterEvent",
                column: "CharterVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_Charters_OfficeId",
                table: "Charters",
                column: "OfficeId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CharterService_CharterVersionId_Category_Order",
                table: "CharterService",
                columns: new[] { "CharterVersionId", "Category", "Order" });

            migrationBuilder.CreateIndex(
                name: "IX_CharterService_Key",
                table: "CharterService",
                column: "Key");

            migrationBuilder.CreateIndex(
                name: "IX_CharterVersion_CharterId_Number",
                table: "CharterVersion",
                columns: new[] { "CharterId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CharterVersion_State_PublishedAt",
                table: "CharterVersion",
                columns: new[] { "State", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Expectation_CharterVersionId",
                table: "Expectation",
                column: "CharterVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_GrievanceLevel_CharterVersionId",
                table: "GrievanceLevel",
                column: "CharterVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_RequiredDocument_CharterServiceId",
                table: "RequiredDocument",
                column: "CharterServiceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CharterEvent");

            migrationBuilder.DropTable(
                name: "Expectation");

            migrationBuilder.DropTable(
                name: "GrievanceLevel");

            migrationBuilder.DropTable(
                name: "RequiredDocument");

            migrationBuilder.DropTable(
                name: "CharterService");

            migrationBuilder.DropTable(
                name: "CharterVersion");

            migrationBuilder.DropTable(
                name: "Charters");
        }
    }
}
