using System.Text;
using Protishruti.Domain.Calendar;

namespace Protishruti.Tests.Domain.Calendar;

public class GregorianNamesTests
{
    [Fact]
    public void Months_are_spelled_as_in_government_memos()
    {
        string[] expected = ["জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর"];
        Enumerable.Range(1, 12).Select(GregorianNames.MonthBn).ShouldBe(expected.Select(s => s.Normalize(NormalizationForm.FormC)));
    }

    [Fact]
    public void Bengali_month_and_day_names_are_NFC_normalized()
    {
        foreach (var name in Enumerable.Range(1, 12).Select(GregorianNames.MonthBn)
                     .Concat(Enum.GetValues<DayOfWeek>().Select(GregorianNames.DayOfWeekBn)))
        {
            name.IsNormalized(NormalizationForm.FormC).ShouldBeTrue(name);
        }

        GregorianNames.MonthBn(1).ShouldContain("\u09AF\u09BC");
    }

    [Fact]
    public void Twenty_second_November_2022_is_formatted_in_both_languages()
    {
        var date = new DateOnly(2022, 11, 22);
        GregorianNames.Format(date, bengali: true).ShouldBe("২২ নভেম্বর ২০২২");
        GregorianNames.Format(date, bengali: false).ShouldBe("22 November 2022");
    }

    [Fact]
    public void Single_digit_days_have_no_leading_zero() =>
        GregorianNames.Format(new DateOnly(2025, 1, 5), bengali: true).ShouldBe("৫ জানুয়ারি ২০২৫");

    [Theory]
    [InlineData(DayOfWeek.Sunday, "রবিবার")]
    [InlineData(DayOfWeek.Monday, "সোমবার")]
    [InlineData(DayOfWeek.Tuesday, "মঙ্গলবার")]
    [InlineData(DayOfWeek.Wednesday, "বুধবার")]
    [InlineData(DayOfWeek.Thursday, "বৃহস্পতিবার")]
    [InlineData(DayOfWeek.Friday, "শুক্রবার")]
    [InlineData(DayOfWeek.Saturday, "শনিবার")]
    public void Days_of_the_week_have_Bengali_names(DayOfWeek day, string expected) =>
        GregorianNames.DayOfWeekBn(day).ShouldBe(expected);

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void Month_numbers_outside_1_to_12_throw(int month)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => GregorianNames.MonthBn(month));
        Should.Throw<ArgumentOutOfRangeException>(() => GregorianNames.MonthEn(month));
    }

    [Fact]
    public void An_undefined_day_of_week_throws() =>
        Should.Throw<ArgumentOutOfRangeException>(() => GregorianNames.DayOfWeekBn((DayOfWeek)7));
}
