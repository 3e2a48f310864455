using Protishruti.Web.Features.Delivery;

namespace Protishruti.Tests.Features.Delivery;

/// <summary>How an office's own register is read (ADR 0039): which column is which from the header words, and dates as offices type them.</summary>
public sealed class RegisterFileTests
{
    [Theory]
    [InlineData("২০/১১/২০২২", "2022-11-20")]
    [InlineData("20-12-2020", "2020-12-20")]
    [InlineData("২৪.১২.২০২৩", "2023-12-24")]
    [InlineData("2022-11-20", "2022-11-20")]
    [InlineData("৫/৩/২০২৪", "2024-03-05")]
    [InlineData(" 2024/3/5 ", "2024-03-05")]
    [InlineData("2024-03-05 00:00:00", "2024-03-05")]
    [InlineData("31/02/2024", "31/02/2024")] // no such day: kept as typed, for the recorder to refuse with the text
    [InlineData("গতকাল", "গতকাল")]
    public void Dates_are_read_day_first_with_bengali_or_ascii_digits(string typed, string read) =>
        RegisterFile.Date(typed).ShouldBe(read);

    [Fact]
    public void A_bengali_header_is_mapped_and_columns_that_are_no_field_are_left_out()
    {
        var guess = RegisterFile.Guess(["ক্রমিক/রেজিস্টার নং", "আবেদনকারীর নাম", "মোবাইল", "সেবার নাম", "আবেদনের তারিখ", "আবেদনের মাধ্যম", "প্রদানের তারিখ", "সেবার অবস্থা", "নামঞ্জুরের কারণ", "মন্তব্য"]);
        guess.ShouldBe(new Dictionary<RegisterField, int>
        {
            [RegisterField.Reference] = 0, [RegisterField.Service] = 3, [RegisterField.ReceivedOn] = 4, [RegisterField.Channel] = 5,
            [RegisterField.DeliveredOn] = 6, [RegisterField.Outcome] = 7, [RegisterField.Reason] = 8, [RegisterField.Note] = 9,
        }, ignoreOrder: true);
    }

    [Fact]
    public void An_english_header_is_mapped_and_a_lone_date_column_is_the_received_date()
    {
        RegisterFile.Guess(["Sl. No.", "Service", "Date", "Delivered on", "Status", "Remarks"]).ShouldBe(new Dictionary<RegisterField, int>
        {
            [RegisterField.Reference] = 0, [RegisterField.Service] = 1, [RegisterField.ReceivedOn] = 2, [RegisterField.DeliveredOn] = 3,
            [RegisterField.Outcome] = 4, [RegisterField.Note] = 5,
        }, ignoreOrder: true);
        RegisterFile.Guess(["Name of applicant", "Mobile"]).ShouldBeEmpty();
    }
}
