using System.Text.Json;
using Protishruti.Domain.Meetings;
using Protishruti.Web.Features.Memos;

namespace Protishruti.Tests.Documents;

/// <summary>
/// Minutes frozen before ADR 0048 keep printing as they were issued: their stored table has none of the new wording
/// fields, and reads back with the title line, the appendix and today's time and attendance line; a table written since
/// reads back as written.
/// </summary>
public sealed class MinutesTableJsonTests
{
    [Fact]
    public void A_table_frozen_before_the_wording_choices_reads_back_with_the_title_and_the_appendix()
    {
        const string before = """{"Columns":4,"Headings":null,"Serial":1,"Numbering":2,"DateForm":1,"MeetingLabels":true,"ChairName":2,"IssuerName":0,"IssuerContacts":false}""";
        var t = JsonSerializer.Deserialize<MinutesTable>(before, IssuedDocuments.Json)!;
        (t.Serial, t.Numbering, t.DateForm, t.MeetingLabels, t.ChairName, t.IssuerContacts)
            .ShouldBe((MinutesSerialStyle.Dot, DecisionNumbering.Dari, MinutesDateForm.Numeric, true, SignatureName.None, false));
        (t.PrintsTitle, t.Appendix, t.TimeWord, t.TimeDot, t.Ghotika, t.AttendanceLine, t.ChairRole).ShouldBe((true, true, null, false, false, null, null));
    }

    [Fact]
    public void A_table_with_the_wording_choices_reads_back_as_written()
    {
        var written = MinutesTable.Default with
        {
            PrintsTitle = false, Appendix = false, TimeWord = "বেলা-", TimeDot = true, Ghotika = true, AttendanceLine = "",
            ChairRole = ["সভাপতি", "নৈতিকতা কমিটি"], ChairRoleWithPost = true,
        };
        var t = JsonSerializer.Deserialize<MinutesTable>(JsonSerializer.Serialize(written, IssuedDocuments.Json), IssuedDocuments.Json)!;
        (t.PrintsTitle, t.Appendix, t.TimeWord, t.TimeDot, t.Ghotika, t.AttendanceLine, t.ChairRoleWithPost).ShouldBe((false, false, "বেলা-", true, true, "", true));
        t.ChairRole.ShouldBe(["সভাপতি", "নৈতিকতা কমিটি"]);
    }
}
