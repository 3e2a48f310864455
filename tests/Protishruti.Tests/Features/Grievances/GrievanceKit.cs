using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Grievances;
using Protishruti.Tests.Infrastructure;

namespace Protishruti.Tests.Features.Grievances;

public static partial class GrievanceKit
{
    public const string Office = "uno-singra";

    /// <summary>Sends the public complaint form as a citizen would (the form's own token and one-time key); returns the response.</summary>
    public static async Task<HttpResponseMessage> ComplainAsync(HttpClient client, Dictionary<string, string> fields, string office = Office, string? query = null)
    {
        var url = $"/offices/{office}/grievances/new";
        var page = await client.GetStringAsync(url + query);
        fields.TryAdd("Input.Key", KeyPattern().Match(page).Groups[1].Value);
        fields.TryAdd("Started", WebUtility.HtmlDecode(StartedPattern().Match(page).Groups[1].Value));
        fields.TryAdd("Website", "");
        return await TestApp.PostFormAsync(client, url, fields, url + query);
    }

    public static Dictionary<string, string> Typical(string text) => new()
    {
        ["Input.WhatHappened"] = text,
        ["Input.WhatTheyWant"] = "দ্রুত সেবা চাই।",
        ["Input.Name"] = "পরীক্ষা নাগরিক",
        ["Input.Mobile"] = "০১৭১২-৩৪৫৬৭৮",
        ["Input.Email"] = "citizen.test@example.com",
    };

    public static string TrackingOf(HttpResponseMessage response) =>
        response.Headers.Location!.OriginalString.Split('/').Last();

    public static Task<Grievance> GrievanceAsync(this TestApp app, string tracking) =>
        app.WithDbAsync(db => db.Grievances.AsNoTracking().Include(g => g.Steps).SingleAsync(g => g.TrackingNumber == tracking));

    public static string Text() => $"আবেদন করেছি কিন্তু সময়মতো সেবা পাইনি, অফিসে কেউ কিছু বলছে না। {Guid.NewGuid():N}";

    [GeneratedRegex("name=\"Input.Key\" value=\"([^\"]*)\"")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("name=\"Started\" value=\"([^\"]*)\"")]
    private static partial Regex StartedPattern();
}
