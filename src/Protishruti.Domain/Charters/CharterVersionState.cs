namespace Protishruti.Domain.Charters;

public enum CharterVersionState
{
    Draft = 1,
    Submitted = 2,
    Returned = 3,
    Published = 4,
}

public static class CharterVersionStateNames
{
    public static string Bn(this CharterVersionState state) => state switch
    {
        CharterVersionState.Draft => "খসড়া",
        CharterVersionState.Submitted => "অনুমোদনের জন্য দাখিলকৃত",
        CharterVersionState.Returned => "ফেরত পাঠানো",
        CharterVersionState.Published => "প্রকাশিত",
        _ => state.ToString(),
    };

    public static string En(this CharterVersionState state) => state switch
    {
        CharterVersionState.Draft => "Draft",
        CharterVersionState.Submitted => "Submitted for approval",
        CharterVersionState.Returned => "Returned",
        CharterVersionState.Published => "Published",
        _ => state.ToString(),
    };
}
