using System.Globalization;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Protishruti.Domain.Calendar;

namespace Protishruti.Web.Infrastructure.Forms;

/// <summary>
/// Beside every date box, the date it holds as an official document would print it ("২১ অগ্রহায়ণ ১৪৩৩ বঙ্গাব্দ / ৬
/// ডিসেম্বর ২০২৬ খ্রিষ্টাব্দ"): the browser draws the box in its own locale ("12/06/2026" — the 6th of December, or the
/// 12th of June?). Written by the server for the value the page shows; <c>/js/forms.js</c> rewrites it when the date
/// is changed (from the calendar API, so the Bangla date has one implementation).
/// </summary>
[HtmlTargetElement("input", Attributes = "[type=date]", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DateInputTagHelper : TagHelper
{
    /// <summary>After the framework's input tag helper has written <c>value</c> from <c>asp-for</c>.</summary>
    public override int Order => 1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var id = output.Attributes["id"]?.Value?.ToString();
        var value = output.Attributes["value"]?.Value?.ToString();
        var text = DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) && BanglaDate.TryFromGregorian(d, out _)
            ? Ui.Bn ? OfficialDate.Line(d) : OfficialDate.EnglishLine(d)
            : ""; // a far date the form is about to refuse: its message says so
        // Described by the line, so a screen reader reads the date with the box; not a live region (the page's
        // status message is its one role=status).
        var lineId = string.IsNullOrEmpty(id) ? null : id + "-date";
        if (lineId is not null)
        {
            var describedBy = output.Attributes["aria-describedby"]?.Value?.ToString();
            output.Attributes.SetAttribute("aria-describedby", string.IsNullOrEmpty(describedBy) ? lineId : $"{describedBy} {lineId}");
        }
        output.PostElement.AppendHtml($"<span class=\"date-line\" data-calendar=\"{Links.CalendarDate()}\"");
        if (lineId is not null) output.PostElement.AppendHtml(" id=\"").Append(lineId).AppendHtml("\"");
        output.PostElement.AppendHtml(">").Append(text).AppendHtml("</span>");
    }
}

/// <summary>
/// The file box with its button and "no file chosen" in the page's language: the browser writes "Choose File" in
/// its own. With scripts on (<c>/js/forms.js</c> marks the page), the real box lies invisible over our label and
/// keeps the keyboard focus, the name of the chosen file and every form behaviour; without, the browser's own box shows.
/// </summary>
[HtmlTargetElement("input", Attributes = "[type=file]", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FileInputTagHelper : TagHelper
{
    public override int Order => 1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var multiple = output.Attributes.ContainsName("multiple");
        output.PreElement.AppendHtml("<span class=\"file-pick\">");
        output.PostElement.AppendHtml("<span class=\"file-pick-button\" aria-hidden=\"true\">")
            .Append(multiple ? Ui.T("ফাইলগুলো বাছাই করুন", "Choose files") : Ui.T("ফাইল বাছাই করুন", "Choose a file"))
            .AppendHtml("</span><span class=\"file-pick-name\" aria-hidden=\"true\">")
            .Append(Ui.T("কোনো ফাইল বাছাই করা হয়নি", "No file chosen"))
            .AppendHtml("</span></span>");
    }
}
