namespace Protishruti.Domain.Charters;

/// <summary>One line of "আপনার কাছে আমাদের প্রত্যাশা".</summary>
public sealed class Expectation
{
    private Expectation() { }

    internal Expectation(string textBn, string? textEn) => Set(textBn, textEn);

    public int Id { get; private set; }
    public int Order { get; internal set; }
    public string TextBn { get; private set; } = "";
    public string? TextEn { get; private set; }

    public string Text(bool bengali) => bengali || TextEn is null ? TextBn : TextEn;

    internal void Set(string textBn, string? textEn)
    {
        TextBn = CharterText.Required(textBn, "The expectation (Bengali)", "প্রত্যাশা (বাংলা)");
        TextEn = CharterText.Optional(textEn, "The expectation (English)", "প্রত্যাশা (ইংরেজি)");
    }

    internal Expectation Copy() => new() { Order = Order, TextBn = TextBn, TextEn = TextEn };
}
