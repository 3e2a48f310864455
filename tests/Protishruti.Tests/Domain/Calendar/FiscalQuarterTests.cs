using System.Text;
using Protishruti.Domain.Calendar;

namespace Protishruti.Tests.Domain.Calendar;

public class FiscalQuarterTests
{
    private static readonly FiscalYear Fy2024 = new(2024);

    [Theory]
    [InlineData(2024, 6, 30, 2023, 4)]
    [InlineData(2024, 7, 1, 2024, 1)]
    [InlineData(2024, 9, 30, 2024, 1)]
    [InlineData(2024, 10, 1, 2024, 2)]
    [InlineData(2024, 12, 31, 2024, 2)]
    [InlineData(2025, 1, 1, 2024, 3)]
    [InlineData(2025, 3, 31, 2024, 3)]
    [InlineData(2025, 4, 1, 2024, 4)]
    [InlineData(2025, 6, 30, 2024, 4)]
    public void Quarter_boundaries_fall_at_the_turn_of_the_calendar_quarters(int y, int m, int d, int fy, int number)
    {
        var date = new DateOnly(y, m, d);
        var quarter = FiscalQuarter.Of(date);
        quarter.ShouldBe(new FiscalQuarter(new FiscalYear(fy), number));
        quarter.Contains(date).ShouldBeTrue();
    }

    [Theory]
    [InlineData(1, 2024, 7, 1, 2024, 9, 30)]
    [InlineData(2, 2024, 10, 1, 2024, 12, 31)]
    [InlineData(3, 2025, 1, 1, 2025, 3, 31)]
    [InlineData(4, 2025, 4, 1, 2025, 6, 30)]
    public void Each_quarter_spans_three_months(int number, int sy, int sm, int sd, int ey, int em, int ed)
    {
        var quarter = Fy2024.Quarter(number);
        quarter.Start.ShouldBe(new DateOnly(sy, sm, sd));
        quarter.End.ShouldBe(new DateOnly(ey, em, ed));
        quarter.Contains(quarter.Start.AddDays(-1)).ShouldBeFalse();
        quarter.Contains(quarter.End.AddDays(1)).ShouldBeFalse();
    }

    [Fact]
    public void Every_day_of_a_fiscal_year_is_in_exactly_the_quarter_Of_returns()
    {
        for (var date = Fy2024.Start; date <= Fy2024.End; date = date.AddDays(1))
        {
            var quarter = FiscalQuarter.Of(date);
            quarter.FiscalYear.ShouldBe(Fy2024);
            Fy2024.Quarters.Count(q => q.Contains(date)).ShouldBe(1);
            quarter.Contains(date).ShouldBeTrue();
        }
    }

    [Theory]
    [InlineData(1, "১ম", "২০২৪-২৫ অর্থবছরের ১ম কোয়ার্টার (জুলাই–সেপ্টেম্বর)", "Q1 of FY 2024-25 (July–September)")]
    [InlineData(2, "২য়", "২০২৪-২৫ অর্থবছরের ২য় কোয়ার্টার (অক্টোবর–ডিসেম্বর)", "Q2 of FY 2024-25 (October–December)")]
    [InlineData(3, "৩য়", "২০২৪-২৫ অর্থবছরের ৩য় কোয়ার্টার (জানুয়ারি–মার্চ)", "Q3 of FY 2024-25 (January–March)")]
    [InlineData(4, "৪র্থ", "২০২৪-২৫ অর্থবছরের ৪র্থ কোয়ার্টার (এপ্রিল–জুন)", "Q4 of FY 2024-25 (April–June)")]
    public void Quarters_are_labelled_as_in_APA_reports(int number, string ordinal, string labelBn, string labelEn)
    {
        var quarter = Fy2024.Quarter(number);
        quarter.OrdinalBn.ShouldBe(ordinal.Normalize(NormalizationForm.FormC));
        quarter.LabelBn.ShouldBe(labelBn.Normalize(NormalizationForm.FormC));
        quarter.LabelBn.IsNormalized(NormalizationForm.FormC).ShouldBeTrue();
        quarter.LabelEn.ShouldBe(labelEn);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(-1)]
    public void Quarter_numbers_outside_1_to_4_throw(int number)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new FiscalQuarter(Fy2024, number));
        Should.Throw<ArgumentOutOfRangeException>(() => Fy2024.Quarter(number));
    }
}
