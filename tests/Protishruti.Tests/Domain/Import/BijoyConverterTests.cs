using System.Text;
using Protishruti.Domain.Import;

namespace Protishruti.Tests.Domain.Import;

// Each Bijoy form below was typed out from the SutonnyMJ layout as a Bijoy typist keys it: pre-base vowel signs first,
// the reph after its cluster, conjunct glyphs where the font has them.
public sealed class BijoyConverterTests
{
    public static TheoryData<string, string> Vocabulary => new()
    {
        { "wm×všÍ", "সিদ্ধান্ত" },
        { "Kvh©weeiYx", "কার্যবিবরণী" },
        { "ev¯Íevqb", "বাস্তবায়ন" },
        { "Dc‡Rjv wbe©vnx Awdmvi", "উপজেলা নির্বাহী অফিসার" },
        { "gwš¿cwil`", "মন্ত্রিপরিষদ" },
        { "‡mev cÖ`vb cÖwZkÖæwZ", "সেবা প্রদান প্রতিশ্রুতি" },
        { "µwgK", "ক্রমিক" },
        { "Kg©w`em", "কর্মদিবস" },
        { "¯§viK bs", "স্মারক নং" },
        { "‡Rjv cÖkvmK", "জেলা প্রশাসক" },
        { "mfvcwZ", "সভাপতি" },
        { "ZvwiL", "তারিখ" },
        { "mgq", "সময়" },
        { "¯'vb", "স্থান" },
        { "m‡¤§jb K¶", "সম্মেলন কক্ষ" },
        { "ev¯ÍevqbKvix", "বাস্তবায়নকারী" },
        { "Av‡jvPbv", "আলোচনা" },
        { "Dcw¯'wZ", "উপস্থিতি" },
        { "Kg©KZ©v", "কর্মকর্তা" },
        { "AwZwi³ ‡Rjv cÖkvmK (mvwe©K)", "অতিরিক্ত জেলা প্রশাসক (সার্বিক)" },
        { "evwl©K Kg©m¤úv`b Pyw³", "বার্ষিক কর্মসম্পাদন চুক্তি" },
        { "ï×vPvi", "শুদ্ধাচার" },
        { "Awf‡hvM cÖwZKvi e¨e¯'v", "অভিযোগ প্রতিকার ব্যবস্থা" },
        { "MYcÖRvZš¿x evsjv‡`k miKvi", "গণপ্রজাতন্ত্রী বাংলাদেশ সরকার" },
        { "‡Rjv cÖkvm‡Ki Kvh©vjq", "জেলা প্রশাসকের কার্যালয়" },
        { "‡dvKvj c‡q›U Kg©KZ©v", "ফোকাল পয়েন্ট কর্মকর্তা" },
        { "cwiex¶Y KwgwU", "পরিবীক্ষণ কমিটি" },
        { "Abywjwc", "অনুলিপি" },
        { "m`q AeMwZ", "সদয় অবগতি" },
        { "cÖ‡qvRbxq e¨e¯'v MÖnY", "প্রয়োজনীয় ব্যবস্থা গ্রহণ" },
        { "mfvi mgvwß ‡NvlYv", "সভার সমাপ্তি ঘোষণা" },
        { "bvMwiK ‡mev", "নাগরিক সেবা" },
        { "cÖvwZôvwbK ‡mev", "প্রাতিষ্ঠানিক সেবা" },
        { "Af¨š—ixY ‡mev", "অভ্যন্তরীণ সেবা" },
        { "RvZxq ï×vPvi ‡KŠkj", "জাতীয় শুদ্ধাচার কৌশল" },
        { "‰bwZKZv KwgwU", "নৈতিকতা কমিটি" },
        { "‰ÎgvwmK mfv", "ত্রৈমাসিক সভা" },
        { "mykvmb cÖwZôvi wbwgË", "সুশাসন প্রতিষ্ঠার নিমিত্ত" },
        { "AskxRb", "অংশীজন" },
        { "2023-24 A_©eQi", "২০২৩-২৪ অর্থবছর" },
        { "Pvu`cyi", "চাঁদপুর" },
        { "‡cŠuQv‡bv", "পৌঁছানো" },
        { "Drme", "উৎসব" },
        { "mfv mgvß nq|", "সভা সমাপ্ত হয়।" },
        { "‡gvt Avãyj Kwig", "মোঃ আব্দুল করিম" },
        { "11 Ryb, 2023 wLªt", "১১ জুন, ২০২৩ খ্রিঃ" },
        { "wb‡`©kbv", "নির্দেশনা" },
        { "gš¿Yvjq", "মন্ত্রণালয়" },
        { "RbcÖkvmb gš¿Yvjq", "জনপ্রশাসন মন্ত্রণালয়" },
        { "ab¨ev`", "ধন্যবাদ" },
        { "Dc-mnKvix wbeÜK", "উপ-সহকারী নিবন্ধক" },
        { "¯§viK b¤^i", "স্মারক নম্বর" },
        { "nvjbvMv`KiY", "হালনাগাদকরণ" },
        { "`ßi cÖavb", "দপ্তর প্রধান" },
        { "mnKvix Kwgkbvi (f‚wg)", "সহকারী কমিশনার (ভূমি)" },
        { "K…wl", "কৃষি" },
        { "Ávb", "জ্ঞান" },
        { "Kgx©", "কর্মী" },
        { "iweevi", "রবিবার" },
        { "Dc‡Rjv mgevq Awdmv‡ii Kvh©vjq", "উপজেলা সমবায় অফিসারের কার্যালয়" },
    };

    [Theory]
    [MemberData(nameof(Vocabulary))]
    public void Charter_and_minutes_vocabulary_converts_to_Unicode(string bijoy, string unicode) =>
        BijoyConverter.Convert(bijoy).ShouldBe(unicode.Normalize(NormalizationForm.FormC));

    [Fact]
    public void The_vocabulary_has_at_least_forty_entries() => Vocabulary.Count.ShouldBeGreaterThanOrEqualTo(40);

    [Fact]
    public void Hasanta_chandrabindu_khanda_ta_and_digits_are_kept()
    {
        BijoyConverter.Convert("evK&").ShouldBe("বাক্");
        BijoyConverter.Convert("nvu").ShouldBe("হাঁ");
        BijoyConverter.Convert("ZrKvjxb").ShouldBe("তৎকালীন".Normalize(NormalizationForm.FormC));
        BijoyConverter.Convert("0123456789").ShouldBe("০১২৩৪৫৬৭৮৯");
    }

    [Fact]
    public void Text_decoded_as_Latin1_with_control_characters_converts_like_Windows1252()
    {
        // ‡ is byte 0x87: a reader that took the file as ISO-8859-1 hands over U+0087.
        BijoyConverter.Convert("Dc\u0087Rjv").ShouldBe("উপজেলা");
    }

    [Theory]
    [InlineData("SutonnyMJ", true)]
    [InlineData("SutonnyOMJ", true)]
    [InlineData("'SutonnyMJ', serif", true)]
    [InlineData("NikoshMJ", true)]
    [InlineData("SutonnyMJ Bold", true)]
    [InlineData("Nikosh", false)]
    [InlineData("SolaimanLipi", false)]
    [InlineData("Times New Roman", false)]
    [InlineData(null, false)]
    public void Bijoy_fonts_are_known_by_name(string? font, bool bijoy) => BijoyText.IsBijoyFont(font).ShouldBe(bijoy);

    [Theory]
    [InlineData("The meeting will be held on Zoom at 10.30 am in the conference room.")]
    [InlineData("Please send the quarterly report to dcnatore@mopa.gov.bd before 15 July.")]
    [InlineData("https://natore.gov.bd/site/view/notices/quarterly-meeting")]
    [InlineData("dcsatkhira@mopa.gov.bd")]
    [InlineData("সভাপতি Zoom Cloud Meetings App এ সংযুক্ত সকলকে স্বাগত জানান।")]
    [InlineData("সেবাদান প্রতিশ্রুতি (Citizen Charter) প্রণয়ন এবং অভিযোগ প্রতিকার ব্যবস্থা (GRS) হালনাগাদ")]
    [InlineData("Annual Performance Agreement (APA) 2023-24: Good Governance and Reform Action Plans")]
    [InlineData("Minutes of the Citizen Charter monitoring committee, District Commissioner's Office, Natore")]
    [InlineData("WhatsApp: 01711-000000")]
    public void English_addresses_and_Unicode_Bengali_are_never_converted(string text) =>
        BijoyText.ToUnicode(text).ShouldBe(text);

    [Fact]
    public void A_Bijoy_document_is_converted_line_by_line_without_a_font_name()
    {
        var text = "MYcÖRvZš¿x evsjv‡`k miKvi\n‡Rjv cÖkvm‡Ki Kvh©vjq, bv‡Uvi\nmfv\nB-‡gBj: dcnatore@mopa.gov.bd\n1|";
        BijoyText.ToUnicode(text).ShouldBe(
            "গণপ্রজাতন্ত্রী বাংলাদেশ সরকার\nজেলা প্রশাসকের কার্যালয়, নাটোর\nসভা\nই-মেইল: dcnatore@mopa.gov.bd\n১।".Normalize(NormalizationForm.FormC));
    }

    [Fact]
    public void Bijoy_pasted_into_a_Unicode_line_is_converted_there_only()
    {
        BijoyText.ToUnicode("সভাপতি: AwZwi³ ‡Rjv cÖkvmK (mvwe©K), bv‡Uvi")
            .ShouldBe("সভাপতি: অতিরিক্ত জেলা প্রশাসক (সার্বিক), নাটোর".Normalize(NormalizationForm.FormC));
    }
}

public sealed class BijoyDetectionOnRealEnglishTests
{
    // A few thousand lines of real English (with code, paths, URLs and Bengali quotations): none of it is Bijoy.
    [Theory]
    [InlineData("README.md")]
    [InlineData("docs/adr/0035-documents-written-by-the-office.md")]
    [InlineData("docs/adr/0032-citizen-search-ranking-and-dictionary.md")]
    [InlineData("docs/charter-format.md")]
    [InlineData("docs/security.md")]
    [InlineData("docs/adr/0013-pdf-engine.md")]
    [InlineData("docs/adr/0034-applications-due-dates-tracking-and-api-keys.md")]
    public void The_projects_own_English_documents_are_left_as_they_are(string file)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Protishruti.slnx"))) root = root.Parent;
        var text = File.ReadAllText(Path.Combine(root!.FullName, file)).Replace("\r\n", "\n", StringComparison.Ordinal);
        var converted = BijoyText.ToUnicode(text, out var lines);
        var changed = text.Split('\n').Zip(converted.Split('\n')).Where(p => p.First != p.Second).Select(p => p.First).ToList();
        changed.ShouldBeEmpty();
        lines.ShouldBe(0);
    }
}
