using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CchcPlanner.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DocumentSettings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DocumentSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    TopMm = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false),
                    BottomMm = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false),
                    LeftMm = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false),
                    RightMm = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false),
                    BodyPt = table.Column<int>(type: "INTEGER", nullable: false),
                    LineSpacing = table.Column<decimal>(type: "TEXT", precision: 4, scale: 2, nullable: false),
                    ChangedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentSettings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DocumentSettings_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DocumentSettings_UnitId",
                table: "DocumentSettings",
                column: "UnitId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DocumentSettings");
        }
    }
}
