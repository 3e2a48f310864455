using Protishruti.Web.Demo;
using Protishruti.Web.Features.Search;
using Protishruti.Web.Infrastructure.Csv;

namespace Protishruti.Tests.Features.Search;

/// <summary>
/// How a query becomes what is searched (normalization, dictionary, stopwords) and how a service's indexed text is scored
/// (ADR 0010), without a database: the same code ranks on SQLite and PostgreSQL.
/// </summary>
public sealed class SearchRankingTests
{
    private static readonly SearchLexicon Lexicon = SearchLexicon.Create(SearchLexicon.BundledLines.Value);

    private static string Terms(string name, string office = "উপজেলা নির্বাহী অফিসারের কার্যালয়, সিংড়া", string text = "") =>
        SearchText.Build([name], [office], [text]).Terms;

    private static double ScoreOf(string query, string terms)
    {
        var plan = SearchPlan.Build(query, Lexicon);
        return ServiceSearch.Score(terms, plan, [.. plan.Words.Select(_ => 1.0)]).Score;
    }

    [Fact]
    public void The_service_name_outweighs_the_office_and_the_office_outweighs_documents_and_method()
    {
        var inName = ScoreOf("কদমফুল", Terms("কদমফুল সনদ প্রদান"));
        var inOffice = ScoreOf("কদমফুল", Terms("সনদ প্রদান", office: "কদমফুল উপজেলা অফিস"));
        var inDocuments = ScoreOf("কদমফুল", Terms("সনদ প্রদান", text: "কদমফুল ইউনিয়ন পরিষদের প্রত্যয়নপত্র"));
        inName.ShouldBeGreaterThan(inOffice);
        inOffice.ShouldBeGreaterThan(inDocuments);
        inDocuments.ShouldBeGreaterThan(0);
        ScoreOf("কদমফুল", Terms("সনদ প্রদান")).ShouldBe(0);
    }

    [Fact]
    public void Every_word_helps_and_more_matching_words_score_higher()
    {
        var both = ScoreOf("শাপলা বিতরণ", Terms("শাপলা বীজ বিতরণ"));
        var one = ScoreOf("শাপলা বিতরণ", Terms("শাপলা বীজ সংরক্ষণ"));
        one.ShouldBeGreaterThan(0);
        both.ShouldBeGreaterThan(one);
    }

    [Fact]
    public void A_whole_word_beats_the_start_of_a_word_which_beats_its_inside_and_two_letters_match_only_a_start()
    {
        var whole = ScoreOf("নিবন্ধন", Terms("সমিতি নিবন্ধন"));
        var start = ScoreOf("নিবন্ধ", Terms("সমিতি নিবন্ধন"));
        var inside = ScoreOf("পত্র", Terms("জন্ম সনদপত্র"));
        whole.ShouldBeGreaterThan(start);
        start.ShouldBeGreaterThan(inside);
        inside.ShouldBeGreaterThan(0);
        ScoreOf("কর", Terms("ভূমি উন্নয়ন কর")).ShouldBeGreaterThan(0);
        ScoreOf("কর", Terms("নিকরাগুয়া ভ্রমণ")).ShouldBe(0);
    }

    [Fact]
    public void An_everyday_name_finds_the_official_one_through_the_dictionary()
    {
        // "জন্ম সনদ" names জন্ম নিবন্ধন: the birth registration service scores both words in its name, above a service that
        // only asks for a birth certificate among its documents.
        var service = ScoreOf("জন্ম সনদ", Terms("জন্ম ও মৃত্যু নিবন্ধন সংশোধনের আবেদন নিষ্পত্তি", text: "হাসপাতালের ছাড়পত্র"));
        var document = ScoreOf("জন্ম সনদ", Terms("প্রাথমিক বিদ্যালয়ে ভর্তি", text: "জন্ম নিবন্ধন সনদের কপি"));
        service.ShouldBeGreaterThan(document);
        ScoreOf("birth certificate", Terms("জন্ম নিবন্ধন", text: "")).ShouldBeGreaterThan(0);
        ScoreOf("jonmo nibondhon", Terms("জন্ম নিবন্ধন")).ShouldBeGreaterThan(0);
        ScoreOf("janma nibandhan", Terms("জন্ম নিবন্ধন")).ShouldBeGreaterThan(0);
        ScoreOf("জন্মসনদ", Terms("জন্ম নিবন্ধন")).ShouldBeGreaterThan(0); // written as one word
        ScoreOf("namjari", Terms("ই-নামজারি (নামজারি ও জমাখারিজ)")).ShouldBeGreaterThan(0);
        ScoreOf("mutation", Terms("ই-নামজারি (নামজারি ও জমাখারিজ)")).ShouldBeGreaterThan(0);
        ScoreOf("porcha", Terms("খতিয়ান/পর্চার সার্টিফাইড কপি সরবরাহ")).ShouldBeGreaterThan(0);
        ScoreOf("boyosko vata", Terms("বয়স্ক, বিধবা ও প্রতিবন্ধী ভাতা প্রদান")).ShouldBeGreaterThan(0);
    }

    [Fact]
    public void A_word_typed_counts_more_than_a_dictionary_term_for_it()
    {
        var typed = ScoreOf("মিউটেশন", Terms("মিউটেশন আবেদন"));
        var term = ScoreOf("মিউটেশন", Terms("নামজারি আবেদন"));
        term.ShouldBeGreaterThan(0);
        typed.ShouldBeGreaterThan(term);
    }

    [Fact]
    public void Words_that_say_nothing_about_the_service_are_left_out_unless_nothing_else_is_left()
    {
        SearchPlan.Build("নামজারি করতে চাই", Lexicon).Words.Select(w => w.Surface).ShouldBe(["নামজারি"]);
        SearchPlan.Build("how to apply for a passport", Lexicon).Words.Select(w => w.Surface).ShouldBe(["passport"]);
        SearchPlan.Build("jomi namjari korbo kivabe", Lexicon).Words.Select(w => w.Surface).ShouldBe(["jomi", "namjari"]);
        SearchPlan.Build("কিভাবে", Lexicon).Words.Select(w => w.Surface).ShouldBe(["কিভাবে"]);
        SearchPlan.Build("কত টাকা", Lexicon).Words.Count.ShouldBe(2); // a dictionary phrase (the fee) keeps its words
    }

    [Fact]
    public void The_repository_dictionary_and_stopwords_read_without_errors()
    {
        var errors = new List<string>();
        var lines = SearchLexicon.ParseTsv(SearchLexicon.BundledText("synonyms.tsv"), errors);
        errors.ShouldBeEmpty();
        lines.Count.ShouldBeGreaterThan(120);
        lines.ShouldAllBe(l => l.Terms.Count > 0);
        SearchLexicon.BundledStopwords.Value.ShouldContain("কিভাবে");
    }

    /// <summary>
    /// Every citizen service of every kind of demo office has a dictionary line whose term it contains, so the everyday
    /// names of the line reach it. Reviewers adding a kind of office to the demo see here what the dictionary lacks.
    /// </summary>
    [Fact]
    public void Every_citizen_service_of_every_demo_office_kind_is_reached_by_a_dictionary_line()
    {
        var missing = new List<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(DemoFiles.Folder, "Charters"), "*.csv"))
        {
            foreach (var row in CsvTable.Parse(File.ReadAllText(file)).Rows.Where(r => r["record"] == "services" && r["category"] == "citizen"))
            {
                var terms = Terms(row["name_bn"]!, office: "", text: row["name_en"] ?? "");
                var reached = Lexicon.Lines.Select((_, i) => Lexicon.Expansions(i)).Any(expansions => expansions.Any(tokens =>
                    tokens.All(t => SearchText.Parts(terms).Any(p => SearchText.MatchIn(p, t) >= 0.85))));
                if (!reached) missing.Add($"{Path.GetFileName(file)}: {row["name_bn"]}");
            }
        }
        missing.ShouldBeEmpty();
    }
}
