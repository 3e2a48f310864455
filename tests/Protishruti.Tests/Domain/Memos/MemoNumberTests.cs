using Protishruti.Domain;
using Protishruti.Domain.Memos;

namespace Protishruti.Tests.Domain.Memos;

public class MemoNumberTests
{
    private static MemoNumber Parsed(string text)
    {
        MemoNumber.TryParse(text, out var number, out var problem).ShouldBeTrue(problem?.MessageEn);
        return number!;
    }

    private static MemoNumberProblem Refused(string text)
    {
        MemoNumber.TryParse(text, out var number, out var problem).ShouldBeFalse($"{text} was read as {number}");
        return problem!;
    }

    [Theory]
    [InlineData("০৫.৪৩.৬৯০০.০০৬.৩২.০০১.২১.৭৬৮")]
    [InlineData("05.43.6900.006.32.001.21.768")]
    [InlineData("০৫.৪৩.৬৯০০.০০৬.৩২.০০১.২১. ৭৬৮")] // as printed on the Natore minutes
    [InlineData(" 05 . 43.6900.006.32.001.21.\u00A0768 ")]
    public void The_Natore_memo_is_read_in_the_2014_form_whatever_the_digits_and_spaces(string typed)
    {
        var n = Parsed(typed);
        n.Form.ShouldBe(MemoNumberForm.Form2014);
        n.FileNumber.ShouldBe("05.43.6900.006.32.001.21");
        n.FileBlocks.ShouldBe(["05", "43", "6900", "006", "32", "001", "21"]);
        n.Serial.ShouldBe(768);
        n.IsVariant.ShouldBeFalse();
        n.ToBengali().ShouldBe("০৫.৪৩.৬৯০০.০০৬.৩২.০০১.২১.৭৬৮");
    }

    [Fact]
    public void The_IRD_office_order_is_a_2014_memo()
    {
        var n = Parsed("০৮.০০.০০০০.০৩৬.২৩.০২৯.১৭");
        n.Form.ShouldBe(MemoNumberForm.Form2014);
        n.Serial.ShouldBeNull();
        n.IsMemo.ShouldBeFalse();
        n.ToBengali().ShouldBe("০৮.০০.০০০০.০৩৬.২৩.০২৯.১৭");
    }

    [Theory]
    [InlineData("05.43.6900.000.006.32.0001.24", null)]
    [InlineData("০৫.৪৩.৬৯০০.০০০.০০৬.৩২.০০০১.২৪.১২", 12L)]
    public void The_2024_form_has_eight_blocks_and_an_optional_serial(string typed, long? serial)
    {
        var n = Parsed(typed);
        n.Form.ShouldBe(MemoNumberForm.Form2024);
        n.FileBlocks.Count.ShouldBe(8);
        n.FileBlocks[6].ShouldBe("0001");
        n.Serial.ShouldBe(serial);
        n.IsVariant.ShouldBeFalse();
    }

    [Fact]
    public void The_DPE_number_with_a_four_digit_year_and_hyphenated_serial_is_a_variant()
    {
        var n = Parsed("৩৮.০১.০০০০.৮০১.০৩.১১৩.২০২৫-৬৩০");
        n.Form.ShouldBe(MemoNumberForm.Form2014);
        n.IsVariant.ShouldBeTrue();
        n.Serial.ShouldBe(630);
        n.FileBlocks[6].ShouldBe("2025");
        n.ToBengali().ShouldBe("৩৮.০১.০০০০.৮০১.০৩.১১৩.২০২৫-৬৩০");
    }

    [Fact]
    public void The_old_nineteen_digit_form_is_read_as_a_legacy_variant()
    {
        var n = Parsed("০৫.২০৬.০৩৩.০০.০০.০৬৮.২০০৮.৮৭");
        n.Form.ShouldBe(MemoNumberForm.Legacy2008);
        n.IsVariant.ShouldBeTrue();
        n.Serial.ShouldBe(87);
    }

    [Fact]
    public void A_short_section_block_is_named_in_both_languages()
    {
        var p = Refused("05.43.6900.06.32.001.21.768");
        p.Block.ShouldBe(4);
        p.MessageEn.ShouldBe("Block 4 (section code) must have 3 digits in the 2014 form; '06' has 2.");
        p.MessageBn.ShouldBe("চতুর্থ ব্লক (শাখা কোড) ২০১৪ সালের রীতিতে ৩ অঙ্কের হতে হবে; '০৬' ২ অঙ্কের।");
    }

    [Fact]
    public void A_wrong_block_of_the_2024_form_is_named_with_its_2024_meaning()
    {
        var p = Refused("05.43.6900.000.006.32.001.24");
        p.Block.ShouldBe(7);
        p.MessageEn.ShouldContain("Block 7 (file serial) must have 4 digits in the 2024 form");
        p.MessageBn.ShouldContain("সপ্তম ব্লক (নথির ক্রমিক) ২০২৪ সালের রীতিতে ৪ অঙ্কের হতে হবে");
    }

    [Fact]
    public void Every_wrong_block_is_reported()
    {
        var p = Refused("5.43.690.006.32.001.21");
        p.Block.ShouldBe(1);
        p.MessageEn.ShouldContain("Block 1 (ministry/division code)");
        p.MessageEn.ShouldContain("Block 3 (geo code) must have 4 digits");
        p.MessageBn.ShouldContain("প্রথম ব্লক");
        p.MessageBn.ShouldContain("তৃতীয় ব্লক (জিও কোড)");
    }

    [Theory]
    [InlineData("05.43.6900.006.32", "this one has 5")]
    [InlineData("05.43..6900.006.32.001.21", "Block 3 is empty")]
    [InlineData("05.43.6900.006.32.001.21/768", "'/' is not allowed")]
    [InlineData("", "Enter the number")]
    [InlineData("05.43.6900.006.32.001.21.0", "letter serial (block 8)")]
    [InlineData("05.43-6900.006.32.001.21.768", "hyphen is allowed only")]
    public void Malformed_numbers_say_what_is_wrong(string typed, string english)
    {
        var p = Refused(typed);
        p.MessageEn.ShouldContain(english);
        p.MessageBn.ShouldNotBeNullOrWhiteSpace();
        p.MessageBn.ShouldNotContain("Block");
    }

    [Fact]
    public void A_file_number_is_only_an_official_form_without_a_serial()
    {
        MemoNumber.TryParseFile("০৫.৪৩.৬৯০০.০০৬.৩২.০০১.২১", out var file, out _).ShouldBeTrue();
        file!.WithSerial(769).ToBengali().ShouldBe("০৫.৪৩.৬৯০০.০০৬.৩২.০০১.২১.৭৬৯");

        MemoNumber.TryParseFile("05.43.6900.006.32.001.21.768", out _, out var withSerial).ShouldBeFalse();
        withSerial!.MessageEn.ShouldContain("without the serial");
        withSerial.MessageBn.ShouldContain("ক্রমিক ছাড়া");

        MemoNumber.TryParseFile("38.01.0000.801.03.113.2025", out _, out var fourDigitYear).ShouldBeFalse();
        fourDigitYear!.MessageEn.ShouldContain("Block 7 (year the file was opened) must have 2 digits");
    }

    [Fact]
    public void Parse_throws_a_domain_exception_with_both_messages()
    {
        var e = Should.Throw<DomainException>(() => MemoNumber.Parse("05.43.6900.006.32.01.21"));
        e.Message.ShouldContain("Block 6 (file serial)");
        e.MessageBn.ShouldContain("ষষ্ঠ ব্লক (নথির ক্রমিক)");
    }
}

public class MemoFileTests
{
    [Fact]
    public void A_file_keeps_its_number_in_ascii_and_knows_its_form()
    {
        var f = new MemoFile(1, "০৫.৪৩.৬৯০০.০০০.০০৬.৩২.০০০১.২৪", "সাধারণ শাখা", null, firstSerial: 41);
        f.FileNumber.ShouldBe("05.43.6900.000.006.32.0001.24");
        f.Form.ShouldBe(MemoNumberForm.Form2024);
        Protishruti.Domain.Calendar.BengaliDigits.ToBengali(f.NextNumber).ShouldBe("০৫.৪৩.৬৯০০.০০০.০০৬.৩২.০০০১.২৪.৪১");
        f.HasIssued.ShouldBeFalse();
    }

    [Fact]
    public void A_bad_file_number_is_refused_on_its_field()
    {
        var e = Should.Throw<DomainException>(() => new MemoFile(1, "05.43.6900.006.32.001", "নথি", null));
        e.Field.ShouldBe(nameof(MemoFile.FileNumber));
        e.MessageBn.ShouldContain("৭টি ব্লক");
    }

    [Fact]
    public void After_a_memo_was_issued_the_number_and_serial_cannot_change()
    {
        var f = new MemoFile(1, "05.43.6900.006.32.001.21", "নথি", null);
        typeof(MemoFile).GetProperty(nameof(MemoFile.NextSerial))!.SetValue(f, 2); // as the issuing statement leaves it
        f.HasIssued.ShouldBeTrue();
        var e = Should.Throw<DomainException>(() => f.SetNumber("05.43.6900.006.32.002.21"));
        e.Message.ShouldContain("Add a new file");
        e.MessageBn.ShouldContain("নতুন নথি যোগ করে");
        Should.Throw<DomainException>(() => f.SetFirstSerial(1));
        f.SetNumber("০৫.৪৩.৬৯০০.০০৬.৩২.০০১.২১"); // the same number typed in Bengali digits is no change
        f.Relabel("নতুন নাম", "New name");
        f.Label(bengali: false).ShouldBe("New name");
    }

    [Fact]
    public void An_inactive_file_is_not_the_default_and_cannot_become_it()
    {
        var f = new MemoFile(1, "05.43.6900.006.32.001.21", "নথি", null);
        f.MakeDefault();
        f.Deactivate();
        f.IsDefault.ShouldBeFalse();
        Should.Throw<DomainException>(f.MakeDefault).MessageBn.ShouldContain("নিষ্ক্রিয়");
    }
}
