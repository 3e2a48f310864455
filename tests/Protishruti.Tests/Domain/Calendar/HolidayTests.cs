using Protishruti.Domain;
using Protishruti.Domain.Calendar;

namespace Protishruti.Tests.Domain.Calendar;

public class HolidayTests
{
    private static readonly DateOnly VictoryDay = new(2025, 12, 16);

    [Fact]
    public void A_holiday_keeps_its_date_kind_and_trimmed_names()
    {
        var holiday = new Holiday(VictoryDay, HolidayKind.General, "  বিজয় দিবস ", "\tVictory Day\n");
        holiday.Date.ShouldBe(VictoryDay);
        holiday.Kind.ShouldBe(HolidayKind.General);
        holiday.NameBn.ShouldBe("বিজয় দিবস");
        holiday.NameEn.ShouldBe("Victory Day");
        holiday.Id.ShouldBe(0);
    }

    [Theory]
    [InlineData(HolidayKind.General, true)]
    [InlineData(HolidayKind.ExecutiveOrder, true)]
    [InlineData(HolidayKind.Optional, false)]
    public void Only_optional_holidays_leave_offices_open(HolidayKind kind, bool closes) =>
        new Holiday(VictoryDay, kind, "ছুটি", "Holiday").ClosesOffices.ShouldBe(closes);

    [Theory]
    [InlineData("", "Victory Day")]
    [InlineData("   ", "Victory Day")]
    [InlineData("বিজয় দিবস", "")]
    [InlineData("বিজয় দিবস", " \t ")]
    public void A_holiday_needs_both_names(string nameBn, string nameEn)
    {
        var ex = Should.Throw<DomainException>(() => new Holiday(VictoryDay, HolidayKind.General, nameBn, nameEn));
        ex.MessageBn.ShouldNotBeNullOrWhiteSpace();
        ex.Message.ShouldContain("required");
    }

    [Fact]
    public void A_null_name_is_rejected_like_a_blank_one() =>
        Should.Throw<DomainException>(() => new Holiday(VictoryDay, HolidayKind.General, null!, "Victory Day"));

    [Fact]
    public void Names_may_have_200_characters_after_trimming_but_not_201()
    {
        var longest = new string('ক', Holiday.MaxNameLength);
        new Holiday(VictoryDay, HolidayKind.General, $"  {longest}  ", "x").NameBn.ShouldBe(longest);

        var ex = Should.Throw<DomainException>(() => new Holiday(VictoryDay, HolidayKind.General, "x", new string('a', 201)));
        ex.Message.ShouldContain("200");
        ex.MessageBn.ShouldContain("২০০");
    }

    [Fact]
    public void An_undefined_kind_is_rejected() =>
        Should.Throw<DomainException>(() => new Holiday(VictoryDay, (HolidayKind)42, "ছুটি", "Holiday"));

    [Fact]
    public void Update_replaces_every_field_after_validating()
    {
        var holiday = new Holiday(VictoryDay, HolidayKind.General, "ছুটি", "Holiday");
        holiday.Update(new DateOnly(2026, 3, 21), HolidayKind.ExecutiveOrder, " ঈদুল ফিতর ", " Eid-ul-Fitr ");
        holiday.Date.ShouldBe(new DateOnly(2026, 3, 21));
        holiday.Kind.ShouldBe(HolidayKind.ExecutiveOrder);
        holiday.NameBn.ShouldBe("ঈদুল ফিতর");
        holiday.NameEn.ShouldBe("Eid-ul-Fitr");
    }

    [Fact]
    public void A_rejected_update_leaves_the_holiday_unchanged()
    {
        var holiday = new Holiday(VictoryDay, HolidayKind.General, "বিজয় দিবস", "Victory Day");
        Should.Throw<DomainException>(() => holiday.Update(new DateOnly(2026, 1, 1), HolidayKind.Optional, "নাম", " "));
        holiday.Date.ShouldBe(VictoryDay);
        holiday.Kind.ShouldBe(HolidayKind.General);
        holiday.NameBn.ShouldBe("বিজয় দিবস");
    }

    [Fact]
    public void A_domain_exception_carries_the_English_message_and_the_Bengali_one()
    {
        var ex = new DomainException("English", "বাংলা");
        ex.Message.ShouldBe("English");
        ex.MessageBn.ShouldBe("বাংলা");
        ex.LocalizedMessage(bengali: true).ShouldBe("বাংলা");
        ex.LocalizedMessage(bengali: false).ShouldBe("English");
    }
}
