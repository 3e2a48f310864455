using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Memos;
using Protishruti.Web.Features.Memos;

namespace Protishruti.Web.Data.Demo;

/// <summary>
/// A memo file for every demo office, so every demo document has its memo number. dc-natore's is the real one from
/// its 2022 minutes (০৫.৪৩.৬৯০০.০০৬.৩২.০০১.২১, whose letter was serial ৭৬৮), continuing from the paper register;
/// the others are built from each office's ministry, office and geo codes, the upazila offices in the 2024 form.
/// </summary>
public static class DemoMemoFiles
{
    public const string DcNatoreFile = "05.43.6900.006.32.001.21";

    public static async Task LoadAsync(IServiceProvider services, CancellationToken ct = default)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var offices = await db.Offices.AsNoTracking().OrderBy(o => o.Id).ToListAsync(ct);
        var natoreId = 0;
        foreach (var office in offices)
        {
            var (ministry, code, geo) = (office.MinistryCode ?? "00", office.OfficeCode ?? "00", office.GeoCode ?? "0000");
            MemoFile file;
            if (office.Code == "dc-natore")
            {
                natoreId = office.Id;
                file = new MemoFile(office.Id, DcNatoreFile, "সাধারণ শাখা — সেবা প্রদান প্রতিশ্রুতি", "General Section — Citizen Charter", firstSerial: 769);
                var meetings = new MemoFile(office.Id, "05.43.6900.006.06.002.22", "সাধারণ শাখা — মাসিক সমন্বয় সভা", "General Section — monthly coordination meeting", firstSerial: 41);
                meetings.SetPurpose(MemoDocumentKind.Minutes);
                db.MemoFiles.Add(meetings);
            }
            else if (office.Code.StartsWith("uno-", StringComparison.Ordinal) || office.Code.StartsWith("uco-", StringComparison.Ordinal))
            {
                // 2024 form: subordinate-office block 000, section 001, subject 32, file 0001, opened 2025.
                file = new MemoFile(office.Id, $"{ministry}.{code}.{geo}.000.001.32.0001.25", "সাধারণ শাখা — সেবা প্রদান প্রতিশ্রুতি", "General Section — Citizen Charter");
            }
            else
            {
                file = new MemoFile(office.Id, $"{ministry}.{code}.{geo}.001.32.001.24", "সাধারণ শাখা — সেবা প্রদান প্রতিশ্রুতি", "General Section — Citizen Charter");
            }
            file.MakeDefault();
            db.MemoFiles.Add(file);
        }
        await db.SaveChangesAsync(ct);

        // A register with something in it, through the same service documents use.
        var memos = services.GetRequiredService<MemoNumbers>();
        await memos.IssueAsync(natoreId, null, MemoDocumentKind.Charter, "হালনাগাদ সেবা প্রদান প্রতিশ্রুতি প্রকাশ", ct);
        await memos.IssueAsync(natoreId, null, MemoDocumentKind.Minutes, "সেবা প্রদান প্রতিশ্রুতি বিষয়ক পরিবীক্ষণ কমিটির সভার কার্যবিবরণী", ct);
    }
}
