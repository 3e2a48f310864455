using System.Text;
using Protishruti.Domain;
using Protishruti.Domain.Charters;

namespace Protishruti.Tests.Domain.Charters;

public class TimeLimitTests
{
    [Theory]
    [InlineData("৭ কর্মদিবস", 7, TimeLimitUnit.WorkingDays)]
    [InlineData("৭ (সাত) কার্যদিবস", 7, TimeLimitUnit.WorkingDays)]
    [InlineData("০৭ (সাত) কার্যদিবস", 7, TimeLimitUnit.WorkingDays)]
    [InlineData("১০ কর্মদিবস", 10, TimeLimitUnit.WorkingDays)]
    [InlineData("০৫ কার\u200D্যদিবস", 5, TimeLimitUnit.WorkingDays)]
    [InlineData("৪৫ (পঁয়তাল্লিশ) দিন", 45, TimeLimitUnit.Days)]
    [InlineData("১৪ (চৌদ্দ) দিন", 14, TimeLimitUnit.Days)]
    [InlineData("৫ কার্য দিবস", 5, TimeLimitUnit.WorkingDays)]
    [InlineData("২৮ কর্মদিবসের মধ্যে", 28, TimeLimitUnit.WorkingDays)]
    [InlineData("সর্বোচ্চ ৩টি কর্মদিবস", 3, TimeLimitUnit.WorkingDays)]
    [InlineData("সাত কার্যদিবস", 7, TimeLimitUnit.WorkingDays)]
    [InlineData("15 working days", 15, TimeLimitUnit.WorkingDays)]
    [InlineData("1 working day", 1, TimeLimitUnit.WorkingDays)]
    [InlineData("Within 10 business days", 10, TimeLimitUnit.WorkingDays)]
    [InlineData("৩ দিন", 3, TimeLimitUnit.Days)]
    [InlineData("৩০ দিন", 30, TimeLimitUnit.Days)]
    [InlineData("২ থেকে ৩ দিন", 3, TimeLimitUnit.Days)]
    [InlineData("2-3 days", 3, TimeLimitUnit.Days)]
    [InlineData("২ সপ্তাহ", 14, TimeLimitUnit.Days)]
    [InlineData("২ মাস", 2, TimeLimitUnit.Months)]
    [InlineData("তিন মাস", 3, TimeLimitUnit.Months)]
    [InlineData("এক মাস", 1, TimeLimitUnit.Months)]
    [InlineData("6 months", 6, TimeLimitUnit.Months)]
    [InlineData("১ বছর", 12, TimeLimitUnit.Months)]
    [InlineData("২৪ ঘণ্টা", 24, TimeLimitUnit.Hours)]
    [InlineData("২৪ ঘন্টা", 24, TimeLimitUnit.Hours)]
    [InlineData("48 hours", 48, TimeLimitUnit.Hours)]
    [InlineData("একই দিনে", 1, TimeLimitUnit.WorkingDays)]
    public void Common_Bengali_and_English_texts_are_measurable(string text, int value, TimeLimitUnit unit)
    {
        var limit = TimeLimit.TryParse(text).ShouldNotBeNull();
        limit.Value.ShouldBe(value);
        limit.Unit.ShouldBe(unit);
        limit.Text.ShouldBe(text);
        limit.IsMeasurable.ShouldBeTrue();
    }

    [Theory]
    [InlineData("তাৎক্ষণিক")]
    [InlineData("তাৎক্ষণিকভাবে")]
    [InlineData("তাৎক্ষনিক")]
    [InlineData("সাথে সাথে")]
    [InlineData("Immediately")]
    [InlineData("on the spot")]
    public void Immediate_texts_parse_as_immediate(string text)
    {
        var limit = TimeLimit.TryParse(text).ShouldNotBeNull();
        limit.Unit.ShouldBe(TimeLimitUnit.Immediate);
        limit.Value.ShouldBe(0);
    }

    [Fact]
    public void Khanda_ta_typed_with_a_zero_width_joiner_is_still_immediate() =>
        TimeLimit.TryParse("তাত্\u200Dক্ষণিক").ShouldNotBeNull().Unit.ShouldBe(TimeLimitUnit.Immediate);

    [Fact]
    public void Decomposed_and_precomposed_Bengali_letters_parse_alike()
    {
        var decomposed = "নয় মাস".Normalize(NormalizationForm.FormD);
        TimeLimit.TryParse(decomposed).ShouldNotBeNull().Value.ShouldBe(9);
    }

    [Theory]
    [InlineData("দ্রুততম সময়ে")]
    [InlineData("যথাসময়ে")]
    [InlineData("যত দ্রুত সম্ভব")]
    [InlineData("as soon as possible")]
    [InlineData("নির্ধারিত সময়ে")]
    [InlineData("প্রযোজ্য নয়")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Vague_texts_are_not_measurable(string? text) => TimeLimit.TryParse(text).ShouldBeNull();

    [Theory]
    [InlineData("০ দিন")]
    [InlineData("৪০০ কর্মদিবস")]
    [InlineData("৩৬৬ দিন")]
    [InlineData("৭২১ ঘণ্টা")]
    [InlineData("২৫ মাস")]
    public void Impossible_values_do_not_parse_and_are_refused_when_stored(string text)
    {
        TimeLimit.TryParse(text).ShouldBeNull();
        var e = Should.Throw<DomainException>(() => TimeLimit.FromText(text));
        e.MessageBn.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void A_vague_text_is_stored_unmeasured_with_what_was_typed()
    {
        var limit = TimeLimit.FromText("  দ্রুততম সময়ে ");
        limit.IsMeasurable.ShouldBeFalse();
        limit.Value.ShouldBeNull();
        limit.Text.ShouldBe("দ্রুততম সময়ে".Normalize(NormalizationForm.FormC));
        limit.Describe(bengali: false).ShouldBe(limit.Text);
    }

    [Fact]
    public void An_empty_text_cannot_be_stored() => Should.Throw<DomainException>(() => TimeLimit.FromText(" "));

    [Theory]
    [InlineData(365, TimeLimitUnit.WorkingDays)]
    [InlineData(365, TimeLimitUnit.Days)]
    [InlineData(720, TimeLimitUnit.Hours)]
    [InlineData(24, TimeLimitUnit.Months)]
    [InlineData(1, TimeLimitUnit.Days)]
    public void The_largest_sane_values_are_accepted(int value, TimeLimitUnit unit) =>
        TimeLimit.Of(value, unit).Value.ShouldBe(value);

    [Theory]
    [InlineData(0, TimeLimitUnit.WorkingDays)]
    [InlineData(-3, TimeLimitUnit.Days)]
    [InlineData(366, TimeLimitUnit.WorkingDays)]
    [InlineData(366, TimeLimitUnit.Days)]
    [InlineData(721, TimeLimitUnit.Hours)]
    [InlineData(25, TimeLimitUnit.Months)]
    public void Zero_negative_and_absurd_values_are_refused(int value, TimeLimitUnit unit) =>
        Should.Throw<DomainException>(() => TimeLimit.Of(value, unit));

    [Fact]
    public void Immediate_needs_no_value() => TimeLimit.Immediate().Describe(bengali: true).ShouldBe("তাৎক্ষণিক");

    [Fact]
    public void A_limit_made_from_numbers_gets_a_Bengali_text()
    {
        var limit = TimeLimit.Of(7, TimeLimitUnit.WorkingDays);
        limit.Text.ShouldBe("৭ কর্মদিবস");
        limit.Describe(bengali: false).ShouldBe("7 working days");
        TimeLimit.Of(1, TimeLimitUnit.Hours).Describe(bengali: false).ShouldBe("1 hour");
    }

    [Fact]
    public void Parsing_the_canonical_text_gives_the_same_limit()
    {
        foreach (var unit in new[] { TimeLimitUnit.WorkingDays, TimeLimitUnit.Days, TimeLimitUnit.Hours, TimeLimitUnit.Months })
        {
            var limit = TimeLimit.Of(12, unit);
            TimeLimit.TryParse(limit.Describe(bengali: true)).ShouldBe(limit);
            var en = TimeLimit.TryParse(limit.Describe(bengali: false)).ShouldNotBeNull();
            (en.Value, en.Unit).ShouldBe((12, unit));
        }
    }

    [Fact]
    public void Over_long_texts_are_refused() =>
        Should.Throw<DomainException>(() => TimeLimit.FromText("৭ কর্মদিবস " + new string('ক', TimeLimit.MaxTextLength)));

    [Theory]
    [InlineData("-5 দিন")]
    [InlineData("- ৫ কার্যদিবস")]
    [InlineData("−3 days")]
    public void A_negative_time_is_refused_not_read_as_a_positive_one(string typed)
    {
        Should.Throw<DomainException>(() => TimeLimit.FromText(typed)).MessageBn.ShouldBe("সময়সীমা শূন্যের বেশি হতে হবে।");
        TimeLimit.TryParse(typed).ShouldBeNull();
    }

    [Fact]
    public void A_range_written_with_a_dash_is_still_its_upper_end() =>
        (TimeLimit.FromText("২-৫ দিন").Value, TimeLimit.FromText("2 - 5 days").Value).ShouldBe((5, 5));
}
