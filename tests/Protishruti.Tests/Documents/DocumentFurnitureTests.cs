using Protishruti.Web.Documents;

namespace Protishruti.Tests.Documents;

public sealed class DocumentFurnitureTests
{
    [Theory]
    [InlineData(12, 30, "দুপুর ১২:৩০ টা")]
    [InlineData(10, 0, "সকাল ১০:০০ টা")]
    [InlineData(15, 0, "বিকাল ৩:০০ টা")]
    [InlineData(18, 45, "সন্ধ্যা ৬:৪৫ টা")]
    [InlineData(20, 0, "রাত ৮:০০ টা")]
    public void A_meeting_time_reads_as_notices_print_it(int hour, int minute, string expected) =>
        BanglaTime.Text(new TimeOnly(hour, minute)).ShouldBe(expected);

    [Fact]
    public void A_distribution_numbers_its_recipients_and_says_why_each_gets_a_copy()
    {
        var d = new Distribution(DistributionKind.Copy, [new("জেলা প্রশাসক, নাটোর", DistributionPurpose.KindInformation), new("অফিস কপি")]);
        d.HeadingLine.ShouldBe("অনুলিপি (জ্যেষ্ঠতার ক্রমানুসারে নয়):");
        d.Line(0).ShouldBe("জেলা প্রশাসক, নাটোর: সদয় অবগতির জন্য।");
        d.Line(1).ShouldBe("অফিস কপি");
        Distribution.Serial(9).ShouldBe("১০।");
        (d with { Kind = DistributionKind.Distribution, BySeniority = true }).HeadingLine.ShouldBe("বিতরণ:");
    }

    [Fact]
    public void A_letterhead_prints_the_website_without_its_scheme_and_skips_an_address_that_repeats_the_name()
    {
        Letterhead.WebsiteText("https://www.natore.gov.bd/").ShouldBe("www.natore.gov.bd");
        Letterhead.WebsiteText(null).ShouldBeNull();
        var office = new Protishruti.Domain.Offices.Office("dc-x", "জেলা প্রশাসকের কার্যালয়, নাটোর", "DC Natore", Protishruti.Domain.Offices.OfficeKind.DistrictOffice);
        office.SetContacts("জেলা প্রশাসকের কার্যালয়, নাটোর", null, null, null, "https://natore.gov.bd");
        Letterhead.For(office).ShouldBe(new Letterhead("জেলা প্রশাসকের কার্যালয়, নাটোর", null, null, "natore.gov.bd"));
    }
}
