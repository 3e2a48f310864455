using Protishruti.Domain.Calendar;

namespace Protishruti.Tests.Domain.Calendar;

public class BengaliDigitsTests
{
    [Fact]
    public void Every_ascii_digit_becomes_its_Bengali_digit() =>
        BengaliDigits.ToBengali("0123456789").ShouldBe("০১২৩৪৫৬৭৮৯");

    [Fact]
    public void Everything_but_digits_is_left_alone() =>
        BengaliDigits.ToBengali("স্মারক নং 05.47.0000.013.18.001.24-12").ShouldBe("স্মারক নং ০৫.৪৭.০০০০.০১৩.১৮.০০১.২৪-১২");

    [Fact]
    public void Text_without_digits_is_returned_unchanged()
    {
        const string text = "অগ্রহায়ণ";
        BengaliDigits.ToBengali(text).ShouldBeSameAs(text);
        BengaliDigits.ToAscii(text).ShouldBeSameAs(text);
    }

    [Theory]
    [InlineData(2024L, "২০২৪")]
    [InlineData(0L, "০")]
    [InlineData(1234567L, "১২৩৪৫৬৭")]
    [InlineData(-15L, "-১৫")]
    public void Numbers_are_written_without_thousands_separators(long number, string expected) =>
        BengaliDigits.ToBengali(number).ShouldBe(expected);

    [Fact]
    public void Bengali_digits_become_ascii_digits() =>
        BengaliDigits.ToAscii("২২ নভেম্বর ২০২২, 10টা").ShouldBe("22 নভেম্বর 2022, 10টা");

    [Fact]
    public void Converting_to_Bengali_and_back_gives_the_original_text()
    {
        const string text = "FY 2024-25: 1,234 applications (98.5%)";
        BengaliDigits.ToAscii(BengaliDigits.ToBengali(text)).ShouldBe(text);
    }

    [Theory]
    [InlineData("২০২৪", 2024)]
    [InlineData("2024", 2024)]
    [InlineData("২0২4", 2024)]
    [InlineData("  ১৫\t", 15)]
    [InlineData("\u00a0৭\u00a0", 7)]
    [InlineData("০", 0)]
    [InlineData("-৫", -5)]
    [InlineData("2147483647", int.MaxValue)]
    public void Parsing_accepts_Bengali_ascii_and_mixed_digits(string text, int expected)
    {
        BengaliDigits.TryParseInt(text, out var value).ShouldBeTrue();
        value.ShouldBe(expected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("২০২৪ সাল")]
    [InlineData("১২.৫")]
    [InlineData("১,২৩৪")]
    [InlineData("12 34")]
    [InlineData("2147483648")]
    [InlineData("৯৯৯৯৯৯৯৯৯৯৯")]
    [InlineData("٣")]
    public void Parsing_rejects_empty_text_garbage_and_overflow(string? text)
    {
        BengaliDigits.TryParseInt(text, out var value).ShouldBeFalse();
        value.ShouldBe(0);
    }

    [Fact]
    public void Localize_converts_only_for_Bengali()
    {
        BengaliDigits.Localize("Q1 2024", bengali: true).ShouldBe("Q১ ২০২৪");
        BengaliDigits.Localize("Q1 2024", bengali: false).ShouldBe("Q1 2024");
    }
}
