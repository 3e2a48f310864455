using Protishruti.Domain.Calendar;

namespace Protishruti.Tests.Domain.Calendar;

public class FiscalYearTests
{
    [Theory]
    [InlineData(2024, 6, 30, 2023)]
    [InlineData(2024, 7, 1, 2024)]
    [InlineData(2024, 12, 31, 2024)]
    [InlineData(2025, 1, 1, 2024)]
    [InlineData(2025, 6, 30, 2024)]
    [InlineData(2025, 7, 1, 2025)]
    public void The_fiscal_year_turns_over_between_30_June_and_1_July(int y, int m, int d, int startYear) =>
        FiscalYear.Of(new DateOnly(y, m, d)).ShouldBe(new FiscalYear(startYear));

    [Fact]
    public void Fiscal_year_2024_25_runs_from_1_July_2024_to_30_June_2025()
    {
        var fy = new FiscalYear(2024);
        fy.Start.ShouldBe(new DateOnly(2024, 7, 1));
        fy.End.ShouldBe(new DateOnly(2025, 6, 30));
        fy.Contains(new DateOnly(2025, 6, 30)).ShouldBeTrue();
        fy.Contains(new DateOnly(2025, 7, 1)).ShouldBeFalse();
    }

    [Fact]
    public void Labels_use_the_short_second_year()
    {
        new FiscalYear(2024).LabelEn.ShouldBe("2024-25");
        new FiscalYear(2024).LabelBn.ShouldBe("২০২৪-২৫");
        new FiscalYear(2024).ToString().ShouldBe("2024-25");
    }

    [Fact]
    public void The_label_of_a_fiscal_year_ending_in_a_new_century_keeps_two_digits() =>
        new FiscalYear(2099).LabelEn.ShouldBe("2099-00");

    [Theory]
    [InlineData("2024-25")]
    [InlineData("২০২৪-২৫")]
    [InlineData("2024-2025")]
    [InlineData("২০২৪-২০২৫")]
    [InlineData(" ২০২৪ – ২৫ ")]
    [InlineData("2024–2025")]
    public void Parsing_accepts_short_and_long_labels_in_either_script(string text)
    {
        FiscalYear.TryParse(text, out var fy).ShouldBeTrue();
        fy.ShouldBe(new FiscalYear(2024));
    }

    [Fact]
    public void Parsing_handles_the_century_turn()
    {
        FiscalYear.TryParse("2099-00", out var fy).ShouldBeTrue();
        fy.StartYear.ShouldBe(2099);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2024")]
    [InlineData("2024-26")]
    [InlineData("2024-2026")]
    [InlineData("2024-24")]
    [InlineData("২০২৪-২০২৩")]
    [InlineData("24-25")]
    [InlineData("2024-5")]
    [InlineData("2024-025")]
    [InlineData("2024-25-26")]
    [InlineData("20a4-25")]
    [InlineData("2024/25")]
    [InlineData("-2024-25")]
    [InlineData("9999-00")]
    public void Parsing_rejects_labels_whose_second_year_does_not_follow_the_first(string? text)
    {
        FiscalYear.TryParse(text, out var fy).ShouldBeFalse();
        fy.ShouldBe(default);
    }

    [Fact]
    public void A_fiscal_year_has_four_quarters_in_order()
    {
        var quarters = new FiscalYear(2024).Quarters;
        quarters.Select(q => q.Number).ShouldBe([1, 2, 3, 4]);
        quarters[0].Start.ShouldBe(new DateOnly(2024, 7, 1));
        quarters[3].End.ShouldBe(new DateOnly(2025, 6, 30));
        for (var i = 1; i < 4; i++)
        {
            quarters[i].Start.ShouldBe(quarters[i - 1].End.AddDays(1));
        }
    }

    [Fact]
    public void Quarter_builds_the_numbered_quarter() =>
        new FiscalYear(2024).Quarter(3).ShouldBe(new FiscalQuarter(new FiscalYear(2024), 3));

    [Theory]
    [InlineData(0)]
    [InlineData(9999)]
    public void Years_whose_end_is_not_a_date_throw(int startYear) =>
        Should.Throw<ArgumentOutOfRangeException>(() => new FiscalYear(startYear));
}
