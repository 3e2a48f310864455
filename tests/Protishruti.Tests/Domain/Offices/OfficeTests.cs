using Protishruti.Domain;
using Protishruti.Domain.Offices;

namespace Protishruti.Tests.Domain.Offices;

public class OfficeTests
{
    [Theory]
    [InlineData("DC-Natore", "dc-natore")]
    [InlineData(" uno-singra ", "uno-singra")]
    public void Codes_are_normalised_to_lower_case(string typed, string stored) =>
        new Office(typed, "নাম", "Name", OfficeKind.Other).Code.ShouldBe(stored);

    [Theory]
    [InlineData("")]
    [InlineData("x")]
    [InlineData("1dc")]
    [InlineData("dc natore")]
    [InlineData("dc_natore")]
    [InlineData("নাটোর")]
    public void Bad_codes_are_refused_with_a_message_in_both_languages(string code)
    {
        var e = Should.Throw<DomainException>(() => new Office(code, "নাম", "Name", OfficeKind.Other));
        e.Message.ShouldContain("Office code");
        e.MessageBn.ShouldContain("দপ্তর কোড");
        e.Field.ShouldBe(nameof(Office.Code));
    }

    [Fact]
    public void File_number_blocks_accept_Bengali_digits_and_check_their_length()
    {
        var office = new Office("dc-natore", "জেলা প্রশাসকের কার্যালয়", "DC Office", OfficeKind.DistrictOffice);
        office.SetFileNumberBlocks("০৫", "43", "৬৯০০");
        (office.MinistryCode, office.OfficeCode, office.GeoCode).ShouldBe(("05", "43", "6900"));
        Should.Throw<DomainException>(() => office.SetFileNumberBlocks("5", "43", "6900"));
        Should.Throw<DomainException>(() => office.SetFileNumberBlocks("05", "43", "69000"));
    }

    [Fact]
    public void Contacts_are_validated()
    {
        var office = new Office("dc-natore", "নাম", "Name", OfficeKind.DistrictOffice);
        Should.Throw<DomainException>(() => office.SetContacts(null, null, null, "not-an-email", null)).Field.ShouldBe(nameof(Office.Email));
        Should.Throw<DomainException>(() => office.SetContacts(null, null, null, null, "javascript:alert(1)")).Field.ShouldBe(nameof(Office.Website));
        Should.Throw<DomainException>(() => office.Rename(" ", "Name")).Field.ShouldBe(nameof(Office.NameBn));
        office.SetContacts(" ঠিকানা ", null, "০১৭১১", "dc@natore.gov.bd", "https://natore.gov.bd");
        office.AddressBn.ShouldBe("ঠিকানা");
    }

    [Fact]
    public void Assigning_a_new_holder_ends_the_previous_term_the_day_before()
    {
        var office = new Office("uno-singra", "ইউএনও অফিস", "UNO office", OfficeKind.UpazilaOffice);
        var post = new Post(office, "উপজেলা নির্বাহী অফিসার", "Upazila Nirbahi Officer");
        var first = new Person("প্রথম জন", "First One");
        var second = new Person("দ্বিতীয় জন", "Second One");
        post.AssignHolder(first, new DateOnly(2023, 1, 1));
        post.AssignHolder(second, new DateOnly(2024, 7, 1));

        post.HolderOn(new DateOnly(2024, 6, 30))!.Person.ShouldBe(first);
        post.HolderOn(new DateOnly(2024, 7, 1))!.Person.ShouldBe(second);
        post.Incumbencies[0].To.ShouldBe(new DateOnly(2024, 6, 30));
        Should.Throw<DomainException>(() => post.AssignHolder(first, new DateOnly(2024, 1, 1)));
    }

    [Fact]
    public void A_vacated_post_has_no_holder_after_the_last_day()
    {
        var post = new Post(new Office("uno-tala", "তালা", "Tala", OfficeKind.UpazilaOffice), "পদ", "Post");
        post.AssignHolder(new Person("কেউ", "Someone"), new DateOnly(2024, 1, 1));
        post.Vacate(new DateOnly(2024, 3, 31));
        post.HolderOn(new DateOnly(2024, 3, 31)).ShouldNotBeNull();
        post.HolderOn(new DateOnly(2024, 4, 1)).ShouldBeNull();
    }

    [Fact]
    public void Mobile_numbers_must_have_eleven_digits_in_either_script()
    {
        var person = new Person("নাম", "Name");
        person.SetContacts("০১৭১১-০০০০০০", null);
        Should.Throw<DomainException>(() => person.SetContacts("12345", null)).Field.ShouldBe(nameof(Person.Mobile));
    }

    [Theory]
    [InlineData("\u200B")]
    [InlineData("\u200B\u200C\u200D\uFEFF")]
    [InlineData(" \u2060 \u200E ")]
    public void A_name_made_only_of_invisible_characters_is_refused(string typed)
    {
        Should.Throw<DomainException>(() => new Office("zw-office", typed, "Name", OfficeKind.Other)).Field.ShouldBe("NameBn");
        Should.Throw<DomainException>(() => new Post(new Office("zw-office", "নাম", "Name", OfficeKind.Other), typed, "Designation"));
    }

    [Fact]
    public void Invisible_characters_at_the_ends_are_trimmed_and_those_inside_a_word_kept()
    {
        var office = new Office("zw-office", "\u200Bর\u200D্যাব দপ্তর\u200C", "\uFEFFRAB office", OfficeKind.Other);
        office.NameBn.ShouldBe("র\u200D্যাব দপ্তর");
        office.NameEn.ShouldBe("RAB office");
    }
}
