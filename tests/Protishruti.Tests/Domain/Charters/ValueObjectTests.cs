using Protishruti.Domain;
using Protishruti.Domain.Charters;
using Protishruti.Domain.Offices;

namespace Protishruti.Tests.Domain.Charters;

public class ValueObjectTests
{
    [Fact]
    public void A_fee_has_an_amount_and_a_payment_method()
    {
        var fee = Fee.Of(300m, PaymentMethod.TreasuryChallan);
        (fee.IsFree, fee.Amount, fee.PaymentMethod).ShouldBe((false, 300m, PaymentMethod.TreasuryChallan));
        fee.Describe(bengali: true).ShouldBe("৩০০ টাকা (ট্রেজারি চালান)");
        fee.Describe(bengali: false).ShouldBe("Tk 300 (treasury challan)");
    }

    [Fact]
    public void A_free_service_says_so() => Fee.Free.Describe(bengali: true).ShouldBe("বিনামূল্যে");

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(10_000_000.01)]
    [InlineData(1_000_000_000)]
    [InlineData(12.345)]
    public void Negative_zero_absurd_and_sub_poisha_fees_are_refused(double amount) =>
        Should.Throw<DomainException>(() => Fee.Of((decimal)amount, PaymentMethod.Bank));

    [Fact]
    public void The_largest_plausible_fee_is_accepted() => Fee.Of(10_000_000m, PaymentMethod.Bank).Amount.ShouldBe(10_000_000m);

    [Fact]
    public void Other_payment_methods_must_say_how()
    {
        Should.Throw<DomainException>(() => Fee.Of(20m, PaymentMethod.Other));
        Fee.Of(20m, PaymentMethod.Other, "কোর্ট ফি স্ট্যাম্প").Describe(bengali: true).ShouldBe("২০ টাকা (কোর্ট ফি স্ট্যাম্প)");
    }

    [Fact]
    public void Other_text_is_dropped_for_a_named_payment_method() =>
        Fee.Of(20m, PaymentMethod.Bank, "ignored").OtherMethodText.ShouldBeNull();

    [Fact]
    public void Equal_fees_are_equal_values() => Fee.Of(50m, PaymentMethod.Bank).ShouldBe(Fee.Of(50m, PaymentMethod.Bank));

    [Fact]
    public void An_online_delivery_method_needs_a_web_address()
    {
        Should.Throw<DomainException>(() => new DeliveryMethod("অনলাইনে", null, DeliveryChannels.Online));
        Should.Throw<DomainException>(() => new DeliveryMethod("অনলাইনে", null, DeliveryChannels.Online, "javascript:alert(1)"));
        new DeliveryMethod("অনলাইনে", null, DeliveryChannels.Online, "https://land.gov.bd").OnlineUrl.ShouldBe("https://land.gov.bd");
    }

    [Fact]
    public void A_web_address_without_the_online_channel_is_refused() =>
        Should.Throw<DomainException>(() => new DeliveryMethod("সরাসরি", null, DeliveryChannels.InPerson, "https://land.gov.bd"));

    [Fact]
    public void A_delivery_method_needs_its_Bengali_text() =>
        Should.Throw<DomainException>(() => new DeliveryMethod(" ", "In person", DeliveryChannels.InPerson));

    [Fact]
    public void Markup_in_text_is_kept_as_typed()
    {
        var method = new DeliveryMethod("<script>alert('x')</script> সরাসরি", null, DeliveryChannels.InPerson);
        method.TextBn.ShouldBe("<script>alert('x')</script> সরাসরি");
    }

    [Fact]
    public void Over_long_delivery_text_is_refused() =>
        Should.Throw<DomainException>(() => new DeliveryMethod(new string('ক', 2001), null, DeliveryChannels.InPerson));

    [Theory]
    [InlineData(OfficeKind.DistrictOffice, LayoutProfile.Field8)]
    [InlineData(OfficeKind.UpazilaOffice, LayoutProfile.Field8)]
    [InlineData(OfficeKind.MinistryOrDivision, LayoutProfile.Hq7)]
    [InlineData(OfficeKind.DepartmentOrAgency, LayoutProfile.Hq7)]
    [InlineData(OfficeKind.DivisionalOffice, LayoutProfile.Hq7)]
    [InlineData(OfficeKind.Other, LayoutProfile.Hq7)]
    public void District_and_upazila_offices_default_to_the_field_layout(OfficeKind kind, LayoutProfile expected) =>
        LayoutProfiles.DefaultFor(kind).ShouldBe(expected);

    [Fact]
    public void Only_the_eight_column_layouts_print_a_supervising_officer()
    {
        LayoutProfile.Hq7.NeedsSupervisingOfficer().ShouldBeFalse();
        LayoutProfile.Field8.NeedsSupervisingOfficer().ShouldBeTrue();
        LayoutProfile.Hybrid8.NeedsSupervisingOfficer().ShouldBeTrue();
    }
}
