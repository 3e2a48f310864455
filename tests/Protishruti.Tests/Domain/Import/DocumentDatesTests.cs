using Protishruti.Domain.Import;

namespace Protishruti.Tests.Domain.Import;

public sealed class DocumentDatesTests
{
    [Theory]
    [InlineData("তারিখ : ২০/১১/২০২২ খ্রি:", "2022-11-20")]
    [InlineData("তারিখ : ২০-১২-২০২০ (রবিবার)", "2020-12-20")]
    [InlineData("সভার তারিখ : ২৪.১২.২০২৩ খ্রি.", "2023-12-24")]
    [InlineData("২৪.১২.২৬,", "2026-12-24")]
    [InlineData("১১ জুন, ২০২৩খ্রিঃ", "2023-06-11")]
    [InlineData("২২ নভেম্বর, ২০২২", "2022-11-22")]
    [InlineData("Date: 22 November 2022", "2022-11-22")]
    [InlineData("November 22, 2022", "2022-11-22")]
    [InlineData("৭ আশ্বিন ১৪৩১", "2024-09-22")]
    [InlineData("০৬ অগ্রহায়ণ, ১৪২৯", "2022-11-21")]
    [InlineData("১৩ আশ্বিন ১৪৩১ বঙ্গাব্দ", "2024-09-28")]
    public void Dates_in_the_forms_documents_print_them_are_read(string text, string iso) =>
        DocumentDates.First(text)!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).ShouldBe(iso);

    [Fact]
    public void A_memo_number_is_not_read_as_a_date() =>
        DocumentDates.Find("স্মারক নম্বর : ০৫.৪৩.৬৯০০.০০৬.৩২.০০১.২১.৭৬৮").ShouldBeEmpty();

    [Theory]
    [InlineData("সময় : দুপুর ১২:৩০ টা", "12:30")]
    [InlineData("সময় : বেলা- ১২.৩০ টা", "12:30")]
    [InlineData("সভার সময় সকাল ১০.৩০ ঘটিকা", "10:30")]
    [InlineData("বিকাল ৩.০০ টায়", "15:00")]
    [InlineData("দুপুর ২.৩০ টা", "14:30")]
    [InlineData("10:30 AM", "10:30")]
    [InlineData("3:15 pm", "15:15")]
    public void Times_of_day_are_read_with_the_afternoon_words(string text, string time) =>
        DocumentDates.FindTime(text).ShouldBe(time);

    [Fact]
    public void A_memo_whose_Bangla_date_disagrees_with_its_Gregorian_date_is_flagged()
    {
        var result = DocumentParser.Parse("স্মারক নম্বর : ০৫.৪৩.৬৯০০.০০৬.৩২.০০১.২১.৭৬৮\nতারিখ : ০৬ অগ্রহায়ণ, ১৪২৯\n২২ নভেম্বর, ২০২২\n\nসভার কার্যবিবরণী\nক্রমিক\tসিদ্ধান্ত\n১\tহবে");
        result.Documents.ShouldHaveSingleItem().IssuedOn.ShouldBe("2022-11-22");
        result.Warnings.ShouldContain(w => w.Contains("2022-11-21", StringComparison.Ordinal) && w.Contains("2022-11-22", StringComparison.Ordinal));
    }
}
