using Protishruti.Domain.Calendar;

namespace Protishruti.Tests.Domain.Calendar;

public class OfficialDateTests
{
    [Fact]
    public void The_date_line_prints_both_calendars_in_Bengali_digits_as_memos_do()
    {
        OfficialDate.Line(new DateOnly(2022, 11, 22)).ShouldBe("৭ অগ্রহায়ণ ১৪২৯ বঙ্গাব্দ / ২২ নভেম্বর ২০২২ খ্রিষ্টাব্দ");
        OfficialDate.BanglaLine(new DateOnly(2024, 9, 22)).ShouldBe("৭ আশ্বিন ১৪৩১ বঙ্গাব্দ");
        OfficialDate.GregorianLine(new DateOnly(2024, 9, 22)).ShouldBe("২২ সেপ্টেম্বর ২০২৪ খ্রিষ্টাব্দ");
        OfficialDate.EnglishLine(new DateOnly(2022, 11, 22)).ShouldBe("7 Agrahayan 1429 (Bangla) / 22 November 2022");
    }
}
