using Protishruti.Web.Documents;

namespace Protishruti.Tests.Documents;

public sealed class QrSvgTests
{
    [Fact]
    public void An_ASCII_address_and_a_Bengali_one_both_give_an_inline_SVG_the_Bengali_one_larger_for_its_UTF8_bytes()
    {
        var ascii = QrSvg.For("https://protishruti.gov.bd/offices/dc-natore/charter");
        var bengali = QrSvg.For("https://protishruti.gov.bd/offices/জেলা-প্রশাসক-নাটোর/charter");

        foreach (var svg in new[] { ascii, bengali })
        {
            svg.ShouldStartWith("<svg");
            svg.ShouldContain("viewBox"); // scales to the size the print stylesheet gives it
        }
        bengali.Length.ShouldBeGreaterThan(ascii.Length); // more modules: UTF-8 bytes plus the ECI header
    }
}
