using Protishruti.Domain.Charters;
using Protishruti.Domain.Offices;

namespace Protishruti.Bench;

/// <summary>
/// Service names and cells like those of real charters: a subject ("জন্ম নিবন্ধন") and what the office does with it
/// ("সনদ প্রদান"), both drawn with a long-tailed (Zipf) weight so that some words are in every second charter and
/// others in a few; one service in seven carries a rarer qualifier (a crop, a fish, a scheme).
/// </summary>
public static class ServiceCatalogue
{
    private static readonly (string Bn, string En)[] Subjects =
    [
        ("জন্ম নিবন্ধন", "birth registration"), ("ওয়ারিশ", "succession"), ("নাগরিকত্ব", "citizenship"), ("চারিত্রিক", "character"),
        ("ভূমি উন্নয়ন কর", "land development tax"), ("নামজারি", "mutation"), ("খতিয়ান", "record of rights"), ("ট্রেড লাইসেন্স", "trade licence"),
        ("বয়স্ক ভাতা", "old age allowance"), ("বিধবা ভাতা", "widow allowance"), ("প্রতিবন্ধী ভাতা", "disability allowance"),
        ("তথ্য অধিকার", "right to information"), ("মৃত্যু নিবন্ধন", "death registration"), ("মাতৃত্বকাল ভাতা", "maternity allowance"),
        ("কৃষি প্রণোদনা", "agricultural incentive"), ("উন্নত বীজ", "improved seed"), ("সার ডিলার নিবন্ধন", "fertiliser dealer registration"),
        ("কীটনাশক লাইসেন্স", "pesticide licence"), ("পশু চিকিৎসা", "veterinary treatment"), ("গবাদিপশুর টিকা", "livestock vaccination"),
        ("মৎস্যজীবী পরিচয়পত্র", "fisher identity card"), ("পোনা মাছ", "fish fry"), ("যুব প্রশিক্ষণ", "youth training"),
        ("আত্মকর্মসংস্থান ঋণ", "self-employment loan"), ("সমবায় সমিতি নিবন্ধন", "cooperative society registration"),
        ("সমবায় সমিতির নিরীক্ষা", "cooperative society audit"), ("উপবৃত্তি", "stipend"), ("বিনামূল্যের পাঠ্যপুস্তক", "free textbooks"),
        ("পরিবেশ ছাড়পত্র", "environmental clearance"), ("নলকূপ স্থাপন", "tube well installation"), ("শিশুর টিকাদান", "child immunisation"),
        ("পরিবার পরিকল্পনা সামগ্রী", "family planning supplies"), ("মানবিক সহায়তা ত্রাণ", "humanitarian relief"), ("ভিজিএফ কার্ড", "VGF card"),
        ("জাতীয় পরিচয়পত্র সংশোধন", "NID correction"), ("ভোটার নিবন্ধন", "voter registration"), ("সঞ্চয়পত্র", "savings certificate"),
        ("আগ্নেয়াস্ত্র লাইসেন্স", "firearms licence"), ("হাট-বাজার ইজারা", "market lease"), ("খাস জমি বন্দোবস্ত", "khas land settlement"),
        ("জলমহাল ইজারা", "water body lease"), ("সাংস্কৃতিক অনুদান", "cultural grant"), ("ক্রীড়া প্রশিক্ষণ", "sports training"),
        ("মাদকাসক্তি চিকিৎসা", "addiction treatment"), ("বিদেশগামী কর্মী নিবন্ধন", "migrant worker registration"),
        ("শ্রমিক ক্ষতিপূরণ", "worker compensation"), ("পাট ব্যবসায়ী লাইসেন্স", "jute trader licence"), ("বনজ দ্রব্য পরিবহন পাস", "forest produce transit pass"),
        ("চারা বিতরণ", "seedling distribution"), ("মাটি পরীক্ষা", "soil testing"), ("সেচ সুবিধা", "irrigation"), ("পল্লী সড়ক মেরামত", "rural road repair"),
        ("ভবনের নকশা অনুমোদন", "building plan approval"), ("খাদ্যশস্য সংগ্রহ", "food grain procurement"), ("ওএমএস ডিলার নিয়োগ", "OMS dealer appointment"),
        ("বীজ প্রত্যয়ন", "seed certification"), ("প্রাথমিক বিদ্যালয়ে ভর্তি", "primary school admission"), ("পরীক্ষার সনদ", "examination certificate"),
        ("কারিগরি প্রশিক্ষণ", "technical training"), ("নারী উদ্যোক্তা ঋণ", "women entrepreneur loan"),
    ];

    private static readonly (string Bn, string En)[] Actions =
    [
        ("সনদ প্রদান", "certificate"), ("আবেদন গ্রহণ", "application"), ("সংক্রান্ত তথ্য প্রদান", "information"),
        ("অনুমোদন", "approval"), ("সনদপত্রের সত্যায়িত অনুলিপি প্রদান", "certified copy of the certificate"), ("নবায়ন", "renewal"),
        ("সংশোধন", "correction"), ("বিতরণ", "distribution"), ("বিষয়ে পরামর্শ প্রদান", "advice"), ("সংক্রান্ত অভিযোগ নিষ্পত্তি", "complaint resolution"),
        ("যাচাই", "verification"), ("তালিকা হালনাগাদ", "list update"), ("পরিদর্শন", "inspection"), ("মঞ্জুরি", "sanction"),
    ];

    private static readonly (string Bn, string En)[] Internal =
    [
        ("অর্জিত ছুটি মঞ্জুর", "earned leave"), ("শ্রান্তি বিনোদন ছুটি", "recreation leave"), ("পেনশন মঞ্জুর", "pension sanction"),
        ("জিপিএফ অগ্রিম", "GPF advance"), ("বহিঃবাংলাদেশ ছুটি", "ex-Bangladesh leave"), ("চাকরি স্থায়ীকরণ", "confirmation in service"),
        ("উচ্চতর গ্রেড মঞ্জুর", "higher grade"), ("গৃহনির্মাণ ঋণ", "house building loan"), ("মোটরসাইকেল ঋণ", "motorcycle loan"),
        ("কম্পিউটার ঋণ", "computer loan"), ("শিক্ষা সহায়তা ভাতা", "education allowance"), ("চিকিৎসা অনুদান", "medical grant"),
        ("বার্ষিক গোপনীয় প্রতিবেদন", "annual confidential report"), ("বদলি ও পদায়ন", "transfer and posting"), ("প্রশিক্ষণে মনোনয়ন", "training nomination"),
        ("ল্যাম্প গ্র্যান্ট", "lump grant"), ("কল্যাণ তহবিলের অনুদান", "welfare fund grant"), ("পাসপোর্টের অনাপত্তি", "passport NOC"),
    ];

    private static readonly (string Bn, string En)[] Institutional =
    [
        ("বার্ষিক কর্মসম্পাদন চুক্তির প্রতিবেদন", "APA report"), ("বাজেট বরাদ্দ", "budget allocation"), ("প্রকল্প প্রস্তাব যাচাই", "project proposal review"),
        ("অডিট আপত্তি নিষ্পত্তি", "audit objection settlement"), ("মাসিক সমন্বয় সভা", "monthly coordination meeting"), ("তথ্য ও পরিসংখ্যান সরবরাহ", "data and statistics"),
        ("ভূমি অধিগ্রহণ প্রস্তাব", "land acquisition proposal"), ("আইনশৃঙ্খলা প্রতিবেদন", "law and order report"), ("ক্রয় পরিকল্পনা অনুমোদন", "procurement plan approval"),
        ("কারিগরি সহায়তা", "technical support"), ("মামলার প্যারাওয়ার্ড", "parawise reply in a case"), ("অনাপত্তি সনদ", "no-objection certificate"),
    ];

    private static readonly (string Bn, string En)[] Qualifiers =
    [
        ("ধান", "paddy"), ("গম", "wheat"), ("ভুট্টা", "maize"), ("সরিষা", "mustard"), ("আলু", "potato"), ("পেঁয়াজ", "onion"), ("মরিচ", "chilli"),
        ("হলুদ", "turmeric"), ("আদা", "ginger"), ("তুলা", "cotton"), ("চা", "tea"), ("আখ", "sugarcane"), ("কলা", "banana"), ("আম", "mango"),
        ("কাঁঠাল", "jackfruit"), ("লিচু", "lychee"), ("পেয়ারা", "guava"), ("নারিকেল", "coconut"), ("সুপারি", "betel nut"), ("রেশম", "silk"),
        ("মধু", "honey"), ("হাঁস", "duck"), ("মুরগি", "poultry"), ("ছাগল", "goat"), ("মহিষ", "buffalo"), ("চিংড়ি", "shrimp"), ("কাঁকড়া", "crab"),
        ("ইলিশ", "hilsa"), ("রুই", "rohu"), ("পাঙ্গাস", "pangas"), ("তেলাপিয়া", "tilapia"), ("কুচিয়া", "mud eel"), ("মাশরুম", "mushroom"),
        ("ড্রাগন ফল", "dragon fruit"), ("স্ট্রবেরি", "strawberry"), ("কফি", "coffee"), ("কাজুবাদাম", "cashew"), ("সূর্যমুখী", "sunflower"),
        ("হাওর", "haor"), ("চর", "char"), ("উপকূল", "coastal"), ("পার্বত্য", "hill tracts"), ("বরেন্দ্র", "barind"), ("সুন্দরবন", "sundarbans"),
        ("অনলাইনে", "online"), ("জরুরি", "urgent"), ("মুক্তিযোদ্ধা", "freedom fighter"), ("তৃতীয় লিঙ্গ", "third gender"), ("আদিবাসী", "indigenous"),
        ("প্রবাসী", "expatriate"), ("দলিত", "dalit"), ("বেদে", "bede"), ("চা শ্রমিক", "tea worker"), ("জেলে", "fisher"), ("তাঁতি", "weaver"),
    ];

    private static readonly (string Bn, string? En, string? WhereBn)[] Documents =
    [
        ("নির্ধারিত ফরমে আবেদন", "Application in the prescribed form", "দপ্তরের অভ্যর্থনা কক্ষ / ওয়েবসাইট"),
        ("জাতীয় পরিচয়পত্রের সত্যায়িত কপি", "Attested copy of the NID", null),
        ("পাসপোর্ট আকারের ছবি ২ কপি", "Two passport-size photos", null),
        ("জন্ম নিবন্ধন সনদের কপি", "Copy of the birth registration certificate", "ইউনিয়ন পরিষদ / পৌরসভা"),
        ("ইউনিয়ন পরিষদ চেয়ারম্যানের প্রত্যয়নপত্র", "Certificate from the Union Parishad chairman", "ইউনিয়ন পরিষদ"),
        ("হালনাগাদ খতিয়ানের কপি", "Copy of the latest record of rights", "উপজেলা ভূমি অফিস"),
        ("ট্রেজারি চালানের মূল কপি", "Original treasury challan", "সোনালী ব্যাংক"),
        ("পূর্ববর্তী সনদের কপি", "Copy of the previous certificate", null),
        ("ট্রেড লাইসেন্সের কপি", "Copy of the trade licence", "পৌরসভা / ইউনিয়ন পরিষদ"),
    ];

    // Values are immutable records, so services share them; parsing and validating once keeps the generator fast.
    private static readonly TimeLimit[] TimeLimits = new[]
        {"৩ কার্যদিবস", "৭ কার্যদিবস", "০৭ (সাত) কার্যদিবস", "১০ কার্যদিবস", "১৫ কার্যদিবস", "৩০ কার্যদিবস", "৪৫ কার্যদিবস", "১ কার্যদিবস", "তাৎক্ষণিক", "২১ দিন", "৬০ দিন", "১ মাস", "২ ঘণ্টা",
        }.Select(t => TimeLimit.TryParse(t) ?? throw new InvalidOperationException(t)).ToArray();

    private static readonly Fee[] Fees = new decimal[] { 10, 20, 50, 100, 200, 300, 500, 1000, 1500, 2000, 5000 }
        .SelectMany(a => new[] { PaymentMethod.TreasuryChallan, PaymentMethod.Bank, PaymentMethod.MobileFinancialService, PaymentMethod.CashWithReceipt, PaymentMethod.EPayment }
            .Select(m => Fee.Of(a, m))).ToArray();

    private static readonly DeliveryMethod Online = new("অনলাইনে আবেদন ও সরাসরি গ্রহণ", "Apply online, collect in person",
        DeliveryChannels.Online | DeliveryChannels.InPerson, "https://services.example.gov.bd");
    private static readonly DeliveryMethod InPerson = new("সরাসরি আবেদন, যাচাই শেষে প্রদান", "Apply in person; issued after verification",
        DeliveryChannels.InPerson | DeliveryChannels.Post);

    private static readonly double[] SubjectWeights = Zipf(Subjects.Length);
    private static readonly double[] ActionWeights = Zipf(Actions.Length);

    /// <summary>Adds 5–40 services for an office of this kind and returns how many.</summary>
    public static int Fill(CharterVersion draft, OfficeKind kind, Random random, int responsiblePostId, int supervisingPostId)
    {
        var count = kind switch
        {
            OfficeKind.UpazilaOffice => random.Next(8, 41),
            OfficeKind.DistrictOffice => random.Next(10, 41),
            OfficeKind.DivisionalOffice => random.Next(10, 31),
            _ => random.Next(15, 41),
        };
        var added = 0;
        for (var attempt = 0; added < count && attempt < count * 5; attempt++)
        {
            var roll = random.NextDouble();
            var (category, bn, en) = roll < 0.70 ? Citizen(random)
                : roll < 0.85 ? Other(ServiceCategory.Institutional, Institutional, random)
                : Other(ServiceCategory.Internal, Internal, random);
            if (draft.Services.Any(s => s.Category == category && (s.NameBn == bn || s.NameEn == en))) continue;
            var service = draft.AddService(category, bn, random.NextDouble() < 0.8 ? en : null);
            Cells(service, random, responsiblePostId, supervisingPostId);
            added++;
        }
        return added;
    }

    private static (ServiceCategory, string, string) Citizen(Random random)
    {
        var (sBn, sEn) = Subjects[Draw(SubjectWeights, random)];
        var (aBn, aEn) = Actions[Draw(ActionWeights, random)];
        var bn = $"{sBn} {aBn}";
        var en = $"{char.ToUpperInvariant(sEn[0])}{sEn[1..]} {aEn}";
        if (random.NextDouble() < 1.0 / 7)
        {
            var (qBn, qEn) = Qualifiers[random.Next(Qualifiers.Length)];
            (bn, en) = ($"{bn} ({qBn})", $"{en} ({qEn})");
        }
        return (ServiceCategory.Citizen, bn, en);
    }

    private static void Cells(CharterService service, Random random, int responsible, int supervising)
    {
        service.SetDeliveryMethod(random.NextDouble() < 0.3 ? Online : InPerson);
        if (random.NextDouble() < 0.2) service.SetNoDocumentsRequired();
        else
        {
            var n = random.Next(1, 4);
            foreach (var i in Enumerable.Range(0, Documents.Length).OrderBy(_ => random.Next()).Take(n))
                service.AddDocument(Documents[i].Bn, Documents[i].En, Documents[i].WhereBn);
        }
        service.SetFee(random.NextDouble() < 0.6 ? Fee.Free : Fees[random.Next(Fees.Length)]);
        service.SetTimeLimit(TimeLimits[random.Next(TimeLimits.Length)]);
        service.SetResponsibleOfficer(responsible);
        service.SetSupervisingOfficer(supervising);
    }

    private static (ServiceCategory, string, string) Other(ServiceCategory category, (string Bn, string En)[] list, Random random)
    {
        var (bn, en) = list[random.Next(list.Length)];
        return (category, bn, en);
    }

    private static double[] Zipf(int n)
    {
        var w = Enumerable.Range(1, n).Select(i => 1.0 / i).ToArray();
        var sum = w.Sum();
        var acc = 0.0;
        return w.Select(x => acc += x / sum).ToArray();
    }

    private static int Draw(double[] cumulative, Random random)
    {
        var r = random.NextDouble();
        var i = Array.BinarySearch(cumulative, r);
        return Math.Min(i < 0 ? ~i : i, cumulative.Length - 1);
    }
}
