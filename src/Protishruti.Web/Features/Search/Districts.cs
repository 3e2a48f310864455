namespace Protishruti.Web.Features.Search;

/// <summary>The 64 districts with their BBS geo codes (the first two digits of an office's geo code), for the search filter.</summary>
public static class Districts
{
    public sealed record District(string Code, string NameBn, string NameEn)
    {
        public string Name(bool bengali) => bengali ? NameBn : NameEn;
    }

    public static IReadOnlyList<District> All { get; } =
    [
        new("01", "বাগেরহাট", "Bagerhat"), new("03", "বান্দরবান", "Bandarban"), new("04", "বরগুনা", "Barguna"),
        new("06", "বরিশাল", "Barishal"), new("09", "ভোলা", "Bhola"), new("10", "বগুড়া", "Bogura"),
        new("12", "ব্রাহ্মণবাড়িয়া", "Brahmanbaria"), new("13", "চাঁদপুর", "Chandpur"), new("15", "চট্টগ্রাম", "Chattogram"),
        new("18", "চুয়াডাঙ্গা", "Chuadanga"), new("19", "কুমিল্লা", "Cumilla"), new("22", "কক্সবাজার", "Cox's Bazar"),
        new("26", "ঢাকা", "Dhaka"), new("27", "দিনাজপুর", "Dinajpur"), new("29", "ফরিদপুর", "Faridpur"),
        new("30", "ফেনী", "Feni"), new("32", "গাইবান্ধা", "Gaibandha"), new("33", "গাজীপুর", "Gazipur"),
        new("35", "গোপালগঞ্জ", "Gopalganj"), new("36", "হবিগঞ্জ", "Habiganj"), new("38", "জয়পুরহাট", "Joypurhat"),
        new("39", "জামালপুর", "Jamalpur"), new("41", "যশোর", "Jashore"), new("42", "ঝালকাঠি", "Jhalokati"),
        new("44", "ঝিনাইদহ", "Jhenaidah"), new("46", "খাগড়াছড়ি", "Khagrachhari"), new("47", "খুলনা", "Khulna"),
        new("48", "কিশোরগঞ্জ", "Kishoreganj"), new("49", "কুড়িগ্রাম", "Kurigram"), new("50", "কুষ্টিয়া", "Kushtia"),
        new("51", "লক্ষ্মীপুর", "Lakshmipur"), new("52", "লালমনিরহাট", "Lalmonirhat"), new("54", "মাদারীপুর", "Madaripur"),
        new("55", "মাগুরা", "Magura"), new("56", "মানিকগঞ্জ", "Manikganj"), new("57", "মেহেরপুর", "Meherpur"),
        new("58", "মৌলভীবাজার", "Moulvibazar"), new("59", "মুন্সিগঞ্জ", "Munshiganj"), new("61", "ময়মনসিংহ", "Mymensingh"),
        new("64", "নওগাঁ", "Naogaon"), new("65", "নড়াইল", "Narail"), new("67", "নারায়ণগঞ্জ", "Narayanganj"),
        new("68", "নরসিংদী", "Narsingdi"), new("69", "নাটোর", "Natore"), new("70", "চাঁপাইনবাবগঞ্জ", "Chapai Nawabganj"),
        new("72", "নেত্রকোণা", "Netrokona"), new("73", "নীলফামারী", "Nilphamari"), new("75", "নোয়াখালী", "Noakhali"),
        new("76", "পাবনা", "Pabna"), new("77", "পঞ্চগড়", "Panchagarh"), new("78", "পটুয়াখালী", "Patuakhali"),
        new("79", "পিরোজপুর", "Pirojpur"), new("81", "রাজশাহী", "Rajshahi"), new("82", "রাজবাড়ী", "Rajbari"),
        new("84", "রাঙ্গামাটি", "Rangamati"), new("85", "রংপুর", "Rangpur"), new("86", "শরীয়তপুর", "Shariatpur"),
        new("87", "সাতক্ষীরা", "Satkhira"), new("88", "সিরাজগঞ্জ", "Sirajganj"), new("89", "শেরপুর", "Sherpur"),
        new("90", "সুনামগঞ্জ", "Sunamganj"), new("91", "সিলেট", "Sylhet"), new("93", "টাঙ্গাইল", "Tangail"),
        new("94", "ঠাকুরগাঁও", "Thakurgaon"),
    ];

    private static readonly Dictionary<string, District> ByCode = All.ToDictionary(d => d.Code);

    public static District? Find(string? code) => code is not null && ByCode.TryGetValue(code, out var d) ? d : null;

    /// <summary>The district of a BBS geo code ("6991" → Natore), or null when it names none.</summary>
    public static string? CodeOf(string? geoCode) =>
        geoCode is { Length: >= 2 } && ByCode.ContainsKey(geoCode[..2]) ? geoCode[..2] : null;
}
