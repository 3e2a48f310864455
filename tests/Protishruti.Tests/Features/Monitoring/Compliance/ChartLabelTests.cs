using System.Globalization;
using Protishruti.Web.Features.Monitoring.Compliance;

namespace Protishruti.Tests.Features.Monitoring.Compliance;

/// <summary>The compliance chart's office labels: cut to fit, keeping the end that tells siblings apart, never mid-letter.</summary>
public sealed class ChartLabelTests
{
    [Fact]
    public void A_long_name_keeps_its_end_from_a_word_boundary()
    {
        var label = IndexModel.ChartLabel("উপজেলা নির্বাহী অফিসারের কার্যালয়, সিংড়া, নাটোর", 20);
        label.ShouldBe("…সিংড়া, নাটোর");
        IndexModel.ChartLabel("জেলা প্রশাসকের কার্যালয়", 34).ShouldBe("জেলা প্রশাসকের কার্যালয়");
    }

    [Theory]
    [InlineData("প্রতিষ্ঠানিকক্ষমতাবৃদ্ধিকার্যক্রমসমূহেরপর্যালোচনা")]
    [InlineData("কার্যক্রমসমূহেরপর্যালোচনাকার্যক্রমসমূহেরপর্যালোচনা")]
    public void A_single_long_word_is_cut_before_a_whole_letter(string word)
    {
        for (var max = 5; max < word.Length; max++)
        {
            var label = IndexModel.ChartLabel(word, max)[1..];
            var first = CharUnicodeInfo.GetUnicodeCategory(label[0]);
            first.ShouldNotBe(UnicodeCategory.NonSpacingMark, $"max {max}: '{label}'");
            first.ShouldNotBe(UnicodeCategory.SpacingCombiningMark, $"max {max}: '{label}'");
        }
    }
}
