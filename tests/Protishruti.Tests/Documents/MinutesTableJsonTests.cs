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
        t.ChairContacts.ShouldBeFalse(); // the contacts stay under the issuer (ADR 0048 addendum)
    }

    [Fact]
    public void A_table_with_the_wording_choices_reads_back_as_written()
    {
        var written = MinutesTable.Default with
        {
            PrintsTitle = false, Appendix = false, TimeWord = "বেলা-", TimeDot = true, Ghotika = true, AttendanceLine = "",
            ChairRole = ["সভাপতি", "নৈতিকতা কমিটি"], ChairRoleWithPost = true, ChairContacts = true, DateForm = MinutesDateForm.Slashed,
        };
        var t = JsonSerializer.Deserialize<MinutesTable>(JsonSerializer.Serialize(written, IssuedDocuments.Json), IssuedDocuments.Json)!;
        (t.PrintsTitle, t.Appendix, t.TimeWord, t.TimeDot, t.Ghotika, t.AttendanceLine, t.ChairRoleWithPost).ShouldBe((false, false, "বেলা-", true, true, "", true));
        t.ChairRole.ShouldBe(["সভাপতি", "নৈতিকতা কমিটি"]);
        (t.ChairContacts, t.DateForm).ShouldBe((true, MinutesDateForm.Slashed));
    }

    [Fact]
    public void Minutes_frozen_before_minutes_could_go_without_a_number_read_back_with_their_memo_line()
    {
        var minutes = Protishruti.Web.Documents.Samples.Minutes();
        var json = JsonSerializer.Serialize(minutes, IssuedDocuments.Json);
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        node.Remove("Unnumbered").ShouldBeTrue();
        var before = JsonSerializer.Deserialize<Protishruti.Web.Documents.MeetingMinutes>(node.ToJsonString(), IssuedDocuments.Json)!;
        (before.Unnumbered, before.PrintsMemo).ShouldBe((false, true));
        var unnumbered = JsonSerializer.Deserialize<Protishruti.Web.Documents.MeetingMinutes>(
            JsonSerializer.Serialize(minutes with { Unnumbered = true }, IssuedDocuments.Json), IssuedDocuments.Json)!;
        unnumbered.PrintsMemo.ShouldBeFalse();
    }
}
