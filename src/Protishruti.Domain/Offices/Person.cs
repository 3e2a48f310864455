namespace Protishruti.Domain.Offices;

public sealed class Person
{
    private Person() { }

    public Person(string nameBn, string? nameEn) => Rename(nameBn, nameEn);

    public int Id { get; private set; }
    public string NameBn { get; private set; } = "";
    public string NameEn { get; private set; } = "";
    public string? Mobile { get; private set; }
    public string? Email { get; private set; }
    public string? PhotoPath { get; private set; }

    public string Name(bool bengali) => bengali || TypedText.IsBlank(NameEn) ? NameBn : NameEn;

    public void Rename(string nameBn, string? nameEn)
    {
        NameBn = Office.Required(nameBn, nameof(NameBn), "Name in Bengali", "বাংলায় নাম", 200);
        NameEn = Office.Optional(nameEn, nameof(NameEn), 200) ?? ""; // optional: documents are in Bengali
    }

    public void SetContacts(string? mobile, string? email)
    {
        Mobile = Office.Optional(mobile, nameof(Mobile), 30);
        if (Mobile is not null)
        {
            var digits = new string(Calendar.BengaliDigits.ToAscii(Mobile).Where(char.IsAsciiDigit).ToArray());
            if (digits.Length is < 11 or > 13)
                throw new DomainException($"Mobile number '{Mobile}' must have 11 digits (e.g. 01711-000000).",
                    $"মোবাইল নম্বর '{Mobile}' ১১ অঙ্কের হতে হবে (যেমন ০১৭১১-০০০০০০)।") { Field = nameof(Mobile) };
        }
        Email = Office.ValidEmail(email, nameof(Email));
    }

    public void SetPhoto(string? path) => PhotoPath = path;
}
