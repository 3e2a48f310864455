using System.Globalization;
using System.Text;

namespace Protishruti.Bench;

/// <summary>
/// A national office hierarchy shaped like Bangladesh's (domain.md §9.2): ministries and divisions, their
/// departments and agencies, and the field offices of the departments that have them in 8 divisions,
/// 64 districts and 495 upazilas — about 20,000 offices. Deterministic: the same seed gives the same file.
/// </summary>
public static class NationalOffices
{
    public const int Ministries = 58;
    public const int Departments = 360;
    public const int DistrictsPerDivision = 8; // 8 × 8 = 64
    public const int Upazilas = 495;

    private static readonly (string Bn, string En)[] Divisions =
    [
        ("ঢাকা", "Dhaka"), ("চট্টগ্রাম", "Chattogram"), ("রাজশাহী", "Rajshahi"), ("খুলনা", "Khulna"),
        ("বরিশাল", "Barishal"), ("সিলেট", "Sylhet"), ("রংপুর", "Rangpur"), ("ময়মনসিংহ", "Mymensingh"),
    ];

    private static readonly string[] Subjects =
    [
        "কৃষি সম্প্রসারণ", "প্রাথমিক শিক্ষা", "মাধ্যমিক শিক্ষা", "স্বাস্থ্য", "পরিবার পরিকল্পনা", "সমাজসেবা", "সমবায়", "মৎস্য",
        "প্রাণিসম্পদ", "যুব উন্নয়ন", "মহিলা বিষয়ক", "পল্লী উন্নয়ন", "জনস্বাস্থ্য প্রকৌশল", "স্থানীয় সরকার প্রকৌশল", "খাদ্য", "ত্রাণ ও পুনর্বাসন",
        "নির্বাচন", "পরিসংখ্যান", "আনসার ও ভিডিপি", "হিসাবরক্ষণ", "ভূমি", "বন", "পরিবেশ", "তথ্য", "ক্রীড়া", "শিল্পকলা", "কারিগরি শিক্ষা",
        "বীজ প্রত্যয়ন", "মাদকদ্রব্য নিয়ন্ত্রণ", "শ্রম", "কৃষি বিপণন", "পাট", "শিশু একাডেমি", "জাতীয় সঞ্চয়", "ইসলামিক ফাউন্ডেশন",
        "জনশক্তি কর্মসংস্থান",
    ];

    private static readonly string[] SubjectsEn =
    [
        "Agricultural Extension", "Primary Education", "Secondary Education", "Health", "Family Planning", "Social Services", "Cooperatives", "Fisheries",
        "Livestock", "Youth Development", "Women Affairs", "Rural Development", "Public Health Engineering", "Local Government Engineering", "Food", "Relief and Rehabilitation",
        "Election", "Statistics", "Ansar and VDP", "Accounts", "Land", "Forest", "Environment", "Information", "Sports", "Shilpakala", "Technical Education",
        "Seed Certification", "Narcotics Control", "Labour", "Agricultural Marketing", "Jute", "Children's Academy", "National Savings",
        "Islamic Foundation", "Manpower and Employment",
    ];

    /// <summary>Writes the offices CSV the importer reads (parents before children is not required, but is the natural order).</summary>
    public static string Csv(int seed = 2026)
    {
        var random = new Random(seed);
        var csv = new StringBuilder("code,name_bn,name_en,kind,parent_code,address_bn,address_en,phone,email,website,ministry_code,office_code,geo_code\n");
        void Row(string code, string bn, string en, string kind, string? parent, int ministry, int office, string geo) =>
            csv.Append(CultureInfo.InvariantCulture, $"{code},\"{bn}\",\"{en}\",{kind},{parent},\"{bn}\",\"{en}\",,{code}@example.gov.bd,https://{code}.example.gov.bd,{ministry:00},{office % 100:00},{geo}\n");

        for (var m = 1; m <= Ministries; m++)
            Row($"nm-{m:00}", $"মন্ত্রণালয় {Bn(m)}", $"Ministry {m}", "ministry", null, m, 0, "0000");

        // 36 departments have field offices (the subjects above); the rest are head offices only.
        var fieldDepartments = new List<(string Code, int Ministry, int Index)>();
        for (var d = 1; d <= Departments; d++)
        {
            var ministry = 1 + random.Next(Ministries);
            var code = $"nd-{d:000}";
            var field = d <= Subjects.Length;
            var bn = field ? $"{Subjects[d - 1]} অধিদপ্তর" : $"অধিদপ্তর {Bn(d)}";
            var en = field ? $"Department of {SubjectsEn[d - 1]}" : $"Department {d}";
            Row(code, bn, en, "department", $"nm-{ministry:00}", ministry, d, "0000");
            if (field) fieldDepartments.Add((code, ministry, d));
        }

        var district = 0;
        var upazila = 0;
        for (var v = 0; v < Divisions.Length; v++)
        {
            var (divBn, divEn) = Divisions[v];
            var divisionalOffices = fieldDepartments.Select(f => (f, Code: $"{f.Code}-v{v + 1}")).ToList();
            foreach (var (f, code) in divisionalOffices)
                Row(code, $"বিভাগীয় কার্যালয়, {Subjects[f.Index - 1]}, {divBn}", $"Divisional Office of {SubjectsEn[f.Index - 1]}, {divEn}",
                    "divisional", f.Code, f.Ministry, f.Index, $"{10 + v * 10}00");

            for (var z = 0; z < DistrictsPerDivision; z++)
            {
                district++;
                var geo = Protishruti.Web.Features.Search.Districts.All[district - 1].Code; // BBS district code, as real geo codes start
                var districtName = Protishruti.Web.Features.Search.Districts.All[district - 1];
                var districtOffices = divisionalOffices.Select(d => (d.f, Code: $"{d.f.Code}-z{district:00}", Parent: d.Code)).ToList();
                foreach (var (f, code, parent) in districtOffices)
                    Row(code, $"জেলা {Subjects[f.Index - 1]} কার্যালয়, {districtName.NameBn}, {divBn}", $"District {SubjectsEn[f.Index - 1]} Office, {districtName.NameEn}, {divEn}",
                        "district", parent, f.Ministry, f.Index, $"{geo}00");
                // 495 upazilas spread over 64 districts: 7 or 8 each.
                var upazilasHere = Upazilas / 64 + (district <= Upazilas % 64 ? 1 : 0);
                for (var u = 1; u <= upazilasHere; u++)
                {
                    upazila++;
                    foreach (var (f, parentCode, _) in districtOffices)
                        Row($"{parentCode}-u{u}", $"উপজেলা {Subjects[f.Index - 1]} কার্যালয়, উপজেলা {Bn(upazila)}, {districtName.NameBn}",
                            $"Upazila {SubjectsEn[f.Index - 1]} Office, Upazila {upazila}, {districtName.NameEn}",
                            "upazila", parentCode, f.Ministry, f.Index, $"{geo}{u:00}");
                }
            }
        }
        return csv.ToString();
    }

    private static string Bn(int n) => Protishruti.Domain.Calendar.BengaliDigits.ToBengali(n);
}
