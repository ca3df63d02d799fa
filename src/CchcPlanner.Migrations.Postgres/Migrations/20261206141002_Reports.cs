using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CchcPlanner.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Reports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ReportJson",
                table: "Plans",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReportOnPlanId",
                table: "Plans",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReportPeriod",
                table: "Plans",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Plans_ReportOnPlanId",
                table: "Plans",
                column: "ReportOnPlanId");

            migrationBuilder.AddForeignKey(
                name: "FK_Plans_Plans_ReportOnPlanId",
                table: "Plans",
                column: "ReportOnPlanId",
                principalTable: "Plans",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Plans_Plans_ReportOnPlanId",
                table: "Plans");

            migrationBuilder.DropIndex(
                name: "IX_Plans_ReportOnPlanId",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "ReportJson",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "ReportOnPlanId",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "ReportPeriod",
                table: "Plans");
        }
    }
}
