using Protishruti.Domain.Search;

namespace Protishruti.Tests.Domain.Search;

/// <summary>The folding that lets citizens' spellings find the charters' (ADR 0010), word by word.</summary>
public sealed class BengaliNormalizerTests
{
    private static string Fold(string text) => string.Join(" ", BengaliNormalizer.FoldedWords(text));

    private static string Key(string word) => string.Join(" ", BengaliNormalizer.FoldedWords(word).Select(BengaliNormalizer.Stem));

    [Theory]
    [InlineData("নামজারী", "নামজারি")] // ী / ি
    [InlineData("ভূমি", "ভুমি")] // ূ / ু
    [InlineData("ঈদ", "ইদ")]
    [InlineData("ঊর্ধ্বতন", "উর্ধ্বতন")]
    [InlineData("বয়স্ক", "বযস্ক")] // য় / য
    [InlineData("ব\u09DFস্ক", "ব\u09AF\u09BCস্ক")] // য় written as one code point (U+09DF) or as য and nukta
    [InlineData("পড়া", "পরা")] // ড় / র
    [InlineData("প\u09DCা", "প\u09A1\u09BCা")] // ড় as U+09DC or ড and nukta
    [InlineData("আষাঢ়", "আষাঢ")] // ঢ় / ঢ
    [InlineData("উৎস", "উতস")] // ৎ / ত
    [InlineData("প্রাণী", "প্রানি")] // ণ / ন
    [InlineData("শিক্ষা", "সিক্ষা")] // শ / স
    [InlineData("ভাষা", "ভাসা")] // ষ / স
    [InlineData("পরীক্ষা", "পরিখা")] // ক্ষ is said খ
    [InlineData("জন্ম", "জনম")] // hasanta: a conjunct and the letters apart
    [InlineData("র\u200D্যাব", "র্যাব")] // ZWJ: য-ফলা after র written either way
    [InlineData("অ্যাম্বুলেন্স", "এম্বুলেন্স")] // অ্যা, এ্যা and এ
    [InlineData("এ্যাম্বুলেন্স", "এম্বুলেন্স")]
    [InlineData("ব্যবসা", "ব্য\u200Cবসা")] // ZWNJ
    [InlineData("চাঁদপুর", "চাদপুর")] // chandrabindu
    [InlineData("বাঙালি", "বাংালি")] // ঙ / ং
    [InlineData("১২৩", "123")] // Bengali and ASCII digits
    [InlineData("Birth Certificate", "birth certificate")]
    [InlineData("দোয়েল, ভূমি!", "দোয়েল ভুমি")] // punctuation separates words
    public void Spellings_people_confuse_fold_to_one_form(string a, string b) => Fold(a).ShouldBe(Fold(b));

    [Theory]
    [InlineData("নামজারি", "জমাখারিজ")]
    [InlineData("কর", "খর")]
    [InlineData("সনদ", "সদন")]
    [InlineData("ভাতা", "ভাত")]
    public void Different_words_stay_different(string a, string b) => Fold(a).ShouldNotBe(Fold(b));

    [Theory]
    [InlineData("ভূমির", "ভূমি")] // -র after a vowel
    [InlineData("ভাতার", "ভাতা")]
    [InlineData("সনদের", "সনদ")] // -ের
    [InlineData("ডিসিএর", "ডিসি")] // -এর
    [InlineData("কৃষককে", "কৃষক")] // -কে
    [InlineData("জমিতে", "জমি")] // -তে
    [InlineData("উপজেলায়", "উপজেলা")] // -য় after a vowel
    [InlineData("দলিলগুলো", "দলিল")] // -গুলো
    [InlineData("দপ্তরসমূহ", "দপ্তর")] // -সমূহ
    [InlineData("দপ্তরসমূহের", "দপ্তর")] // two of them
    [InlineData("কাগজপত্রসহ", "কাগজপত্র")] // -সহ
    [InlineData("করের", "কর")] // a two-letter stem is kept
    [InlineData("কোর্টে", "কোর্ট")] // the locative -ে
    [InlineData("মন্ত্রণালয়ে", "মন্ত্রণালয়")]
    [InlineData("certificates", "certificate")]
    [InlineData("allowances", "allowance")]
    [InlineData("societies", "society")]
    public void Common_inflections_are_stripped(string inflected, string stem) => Key(inflected).ShouldBe(Key(stem));

    [Theory]
    [InlineData("সময়")] // -য় after a consonant is the word's own
    [InlineData("নগর")] // -র after a consonant
    [InlineData("কর")] // too short to cut
    [InlineData("সার")]
    [InlineData("জেলে")] // a fisherman, not জেল + -ে
    [InlineData("process")]
    [InlineData("status")]
    public void A_word_that_only_looks_inflected_is_kept(string word) => Key(word).ShouldBe(Fold(word));

    [Fact]
    public void Suffixes_are_stripped_the_same_way_in_indexed_text_and_in_a_query()
    {
        // What the index holds for "উপজেলা ভূমি অফিসের নামজারি" and what a citizen types meet in the same stems.
        var indexed = BengaliNormalizer.FoldedWords("উপজেলা ভূমি অফিসের নামজারী").Select(BengaliNormalizer.Stem).ToList();
        var typed = BengaliNormalizer.FoldedWords("উপজেলার ভূমি অফিস নামজারি").Select(BengaliNormalizer.Stem).ToList();
        typed.ShouldBe(indexed);
    }

    [Theory]
    [InlineData("jonmo", "janma")]
    [InlineData("nibondhon", "nibandhan")]
    [InlineData("nibondhon", "nibondon")]
    [InlineData("namjari", "namjary")]
    [InlineData("namjari", "namjaree")]
    [InlineData("khotian", "khatiyan")]
    [InlineData("bhata", "vata")]
    [InlineData("sonod", "sanad")]
    [InlineData("jomi", "zomi")]
    [InlineData("Boyosko", "boyoshko")]
    public void Romanised_Bengali_as_typed_on_phones_has_one_key(string a, string b) =>
        BengaliNormalizer.RomanKey(a).ShouldBe(BengaliNormalizer.RomanKey(b));

    [Fact]
    public void Romanised_keys_still_tell_words_apart()
    {
        BengaliNormalizer.RomanKey("jonmo").ShouldNotBe(BengaliNormalizer.RomanKey("jomi"));
        BengaliNormalizer.RomanKey("bhata").ShouldNotBe(BengaliNormalizer.RomanKey("bidhoba"));
    }
}
