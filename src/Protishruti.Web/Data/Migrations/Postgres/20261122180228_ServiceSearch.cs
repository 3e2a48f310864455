using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Protishruti.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ServiceSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ServiceSearchEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OfficeId = table.Column<int>(type: "integer", nullable: false),
                    CharterVersionId = table.Column<int>(type: "integer", nullable: false),
                    ServiceKey = table.Column<Guid>(type: "uuid", nullable: false),
                    OfficeCode = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    OfficeNameBn = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    OfficeNameEn = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    OfficeKind = table.Column<int>(type: "integer", nullable: false),
                    DistrictCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    Category = table.Column<int>(type: "integer", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    NameBn = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    FeeBn = table.Column<string>(type: "text", nullable: true),
                    FeeEn = table.Column<string>(type: "text", nullable: true),
                    TimeLimitBn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    TimeLimitEn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Terms = table.Column<string>(type: "text", nullable: false)
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ServiceSearchEntries");
        }
    }
}
