using Protishruti.Domain;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Charters;
using Protishruti.Domain.Offices;

namespace Protishruti.Web.Features.Charters.Exchange;

/// <summary>
/// Reads the sheets of a charter file into a scratch charter version, through the domain's own methods, collecting
/// every refused cell as an <see cref="ExchangeError"/> instead of stopping at the first.
/// </summary>
internal sealed class Staging(Office office, PostReferences posts)
{
    private static readonly Dictionary<string, string[]> RequiredColumns = new()
    {
        [CharterSheets.Services] = ["category", "name_bn"],
        [CharterSheets.Expectations] = ["text_bn"],
        [CharterSheets.Grievance] = ["when_bn"],
    };

    // A charter of its own (never saved) whose first draft collects the file's content.
    public CharterVersion Version { get; } = new Charter(int.MaxValue, LayoutProfiles.DefaultFor(office.Kind)).Versions[0];

    /// <summary>The key each service's row gave (the service's identity in the office's draft), when it gave one.</summary>
    public Dictionary<CharterService, Guid> FileKeys { get; } = [];

    public List<ExchangeError> Errors { get; } = [];

    public void Read(IReadOnlyDictionary<string, Sheet> sheets)
    {
        if (sheets.TryGetValue(CharterSheets.RecordColumn, out var unknown))
            foreach (var row in unknown.Rows)
                Error(CharterSheets.RecordColumn, row, CharterSheets.RecordColumn,
                    "The record type must be one of charter, services, expectations, grs.",
                    "রেকর্ডের ধরন charter, services, expectations বা grs হতে হবে।");
        foreach (var (name, required) in RequiredColumns)
            if (sheets.TryGetValue(name, out var sheet))
                foreach (var missing in required.Where(c => !sheet.Columns.Contains(c)))
                    Errors.Add(new ExchangeError(name, 1, missing, $"Column '{missing}' is missing from the {name} sheet.", $"{name} শিটে '{missing}' কলাম নেই।"));
        if (Errors.Count > 0) return;

        ReadCharter(sheets.GetValueOrDefault(CharterSheets.Charter));
        ReadServices(sheets.GetValueOrDefault(CharterSheets.Services));
        ReadExpectations(sheets.GetValueOrDefault(CharterSheets.Expectations));
        ReadGrievanceLevels(sheets.GetValueOrDefault(CharterSheets.Grievance));
    }

    private void ReadCharter(Sheet? sheet)
    {
        var rows = sheet?.Rows ?? [];
        foreach (var extra in rows.Skip(1))
            Error(CharterSheets.Charter, extra, null, "A charter file has one charter row; remove this one.", "প্রতিশ্রুতি ফাইলে একটিমাত্র charter সারি থাকে; এটি মুছে দিন।");
        if (rows.Count == 0) return;
        var row = rows[0];
        var s = CharterSheets.Charter;
        Try(s, row, "layout", () =>
        {
            if (CharterCells.ParseLayout(row["layout"]) is { } layout) Version.SetLayout(layout);
        });
        var ok = Text(s, row, "vision_bn", "The vision (Bengali)", "রূপকল্প (বাংলা)", false)
            & Text(s, row, "vision_en", "The vision (English)", "রূপকল্প (ইংরেজি)", false)
            & Text(s, row, "mission_bn", "The mission (Bengali)", "অভিলক্ষ্য (বাংলা)", false)
            & Text(s, row, "mission_en", "The mission (English)", "অভিলক্ষ্য (ইংরেজি)", false);
        if (ok)
            Try(s, row, row["vision_bn"] is null && row["vision_en"] is not null ? "vision_en" : "mission_en",
                () => Version.SetVisionAndMission(row["vision_bn"], row["vision_en"], row["mission_bn"], row["mission_en"]));
    }

    private void ReadServices(Sheet? sheet)
    {
        var s = CharterSheets.Services;
        var rows = new List<(SheetRow Row, ServiceCategory Category, int No)>();
        foreach (var row in sheet?.Rows ?? [])
        {
            var category = default(ServiceCategory);
            var no = int.MaxValue;
            if (Try(s, row, "category", () => category = CharterCells.ParseCategory(row["category"])) && Number(s, row, "no", out var n))
                rows.Add((row, category, n ?? no));
        }
        var keys = new HashSet<Guid>();
        foreach (var (row, category, _) in rows.OrderBy(r => r.Category).ThenBy(r => r.No).ThenBy(r => r.Row.Row))
        {
            if (!(Text(s, row, "name_bn", "The service name (Bengali)", "সেবার নাম (বাংলা)", true, CharterText.MaxNameLength)
                  & Text(s, row, "name_en", "The service name (English)", "সেবার নাম (ইংরেজি)", false, CharterText.MaxNameLength)))
                continue;
            CharterService service = null!;
            if (!Try(s, row, "name_bn", () => service = Version.AddService(category, row["name_bn"]!, row["name_en"]))) continue;

            if (row["key"] is { } keyText)
            {
                if (!Guid.TryParse(keyText, out var key))
                    Error(s, row, "key", $"'{keyText}' is not a service key; leave the key empty for a new service and never edit it.",
                        $"'{keyText}' সেবার কী নয়; নতুন সেবার জন্য key ঘর খালি রাখুন, আর কখনো এটি বদলাবেন না।");
                else if (!keys.Add(key))
                    Error(s, row, "key", "Two services have the same key; leave the key empty on a copied row.", "দুটি সেবার key একই; কপি করা সারির key ঘর খালি রাখুন।");
                else FileKeys[service] = key;
            }

            ReadMethod(row, service);
            ReadDocuments(row, service);
            ReadFee(row, service);
            Try(s, row, "time_limit", () => service.SetTimeLimit(CharterCells.ParseTimeLimit(row["time_limit"], row["time_limit_value"], row["time_limit_unit"])));
            Try(s, row, "responsible_officer", () => service.SetResponsibleOfficer(posts.Resolve(row["responsible_officer"])));
            Try(s, row, "supervising_officer", () => service.SetSupervisingOfficer(posts.Resolve(row["supervising_officer"])));
        }
    }

    private void ReadMethod(SheetRow row, CharterService service)
    {
        var s = CharterSheets.Services;
        if (row["method_bn"] is null && row["method_en"] is null && row["channels"] is null && row["online_url"] is null) return;
        if (!(Text(s, row, "method_bn", "The method of delivery (Bengali)", "সেবা প্রদান পদ্ধতি (বাংলা)", true)
              & Text(s, row, "method_en", "The method of delivery (English)", "সেবা প্রদান পদ্ধতি (ইংরেজি)", false)))
            return;
        var channels = DeliveryChannels.None;
        if (!Try(s, row, "channels", () => channels = CharterCells.ParseChannels(row["channels"]))) return;
        Try(s, row, "online_url", () => service.SetDeliveryMethod(new DeliveryMethod(row["method_bn"]!, row["method_en"], channels, row["online_url"])));
    }

    private void ReadDocuments(SheetRow row, CharterService service)
    {
        var s = CharterSheets.Services;
        var (bnCell, enCell) = (row["documents_bn"], row["documents_en"]);
        if (CharterCells.IsNone(bnCell))
        {
            service.SetNoDocumentsRequired();
            return;
        }
        if (bnCell is null)
        {
            if (enCell is not null)
                Error(s, row, "documents_bn", "List the documents in Bengali; the English column translates them line by line.",
                    "কাগজপত্রের তালিকা বাংলায় লিখুন; ইংরেজি কলামে লাইন ধরে তার অনুবাদ থাকে।");
            return;
        }
        var bn = CharterCells.ParseDocuments(bnCell);
        var en = CharterCells.IsNone(enCell) ? [] : CharterCells.ParseDocuments(enCell);
        if (en.Count > bn.Count)
        {
            Error(s, row, "documents_en", $"The English column has {en.Count} lines but the Bengali one {bn.Count}; write one line per document in both.",
                $"ইংরেজি কলামে {BengaliDigits.ToBengali(en.Count)}টি লাইন, কিন্তু বাংলায় {BengaliDigits.ToBengali(bn.Count)}টি; দুই কলামেই প্রতিটি কাগজের জন্য একটি করে লাইন লিখুন।");
            return;
        }
        for (var i = 0; i < bn.Count; i++)
        {
            var (nameBn, whereBn) = bn[i];
            var (nameEn, whereEn) = i < en.Count ? en[i] : (null, null);
            if (nameBn is null)
            {
                Error(s, row, "documents_bn", $"Line {i + 1} names no document; write one document per line: name | where to get it.",
                    $"লাইন {BengaliDigits.ToBengali(i + 1)}-এ কোনো কাগজের নাম নেই; প্রতি লাইনে একটি কাগজ লিখুন: নাম | প্রাপ্তিস্থান।");
                continue;
            }
            Try(s, row, nameEn is not null && nameEn.Length > CharterText.MaxNameLength || whereEn is not null && whereEn.Length > CharterText.MaxTextLength ? "documents_en" : "documents_bn",
                () => service.AddDocument(nameBn, nameEn, whereBn, whereEn));
        }
    }

    private void ReadFee(SheetRow row, CharterService service)
    {
        var s = CharterSheets.Services;
        var (fee, method, note) = (row["fee"], row["payment_method"], row["fee_note"]);
        if (fee is null)
        {
            if (method is not null || note is not null)
                Error(s, row, "fee", "Write the fee (an amount such as 500, or free / বিনামূল্যে).", "সেবামূল্য লিখুন (৫০০-এর মতো পরিমাণ, অথবা বিনামূল্যে)।");
            return;
        }
        if (CharterCells.IsFree(fee))
        {
            if (method is not null || note is not null)
                Error(s, row, method is not null ? "payment_method" : "fee_note", "A free service has no payment method or fee note; clear them or write the amount.",
                    "বিনামূল্যের সেবার পরিশোধ পদ্ধতি বা টীকা থাকে না; সেগুলো মুছুন অথবা টাকার পরিমাণ লিখুন।");
            else service.SetFee(Fee.Free);
            return;
        }
        if (CharterCells.ParseAmount(fee) is not { } amount)
        {
            Error(s, row, "fee", $"'{fee}' is not a fee: write an amount in taka (e.g. 500 or ৫০০) or free / বিনামূল্যে.",
                $"'{fee}' সেবামূল্য নয়: টাকার পরিমাণ (যেমন ৫০০) অথবা বিনামূল্যে লিখুন।");
            return;
        }
        if (method is null)
        {
            Error(s, row, "payment_method", "Say how the fee is paid (treasury-challan, bank, mobile-financial-service, cash-with-receipt, e-payment, or your own words).",
                "সেবামূল্য কীভাবে পরিশোধ করতে হবে লিখুন (ট্রেজারি চালান, ব্যাংক, মোবাইল ব্যাংকিং, নগদ (রসিদসহ), ই-পেমেন্ট, অথবা নিজের ভাষায়)।");
            return;
        }
        var (pm, other) = CharterCells.ParsePaymentMethod(method);
        Try(s, row, amount <= 0 || amount > Fee.MaxAmount || decimal.Round(amount, 2) != amount ? "fee" : other is not null && other.Length > 200 ? "payment_method" : "fee_note",
            () => service.SetFee(Fee.Of(amount, pm, other, note)));
    }

    private void ReadExpectations(Sheet? sheet)
    {
        var s = CharterSheets.Expectations;
        foreach (var row in Ordered(s, sheet))
            if (Text(s, row, "text_bn", "The expectation (Bengali)", "প্রত্যাশা (বাংলা)", true) & Text(s, row, "text_en", "The expectation (English)", "প্রত্যাশা (ইংরেজি)", false))
                Try(s, row, "text_bn", () => Version.AddExpectation(row["text_bn"]!, row["text_en"]));
    }

    private void ReadGrievanceLevels(Sheet? sheet)
    {
        var s = CharterSheets.Grievance;
        while (Version.GrievanceLevels.Count > 0) Version.RemoveGrievanceLevel(0);
        foreach (var row in Ordered(s, sheet))
        {
            var ok = Text(s, row, "when_bn", "When to contact (Bengali)", "কখন যোগাযোগ করবেন (বাংলা)", true)
                & Text(s, row, "when_en", "When to contact (English)", "কখন যোগাযোগ করবেন (ইংরেজি)", false)
                & Text(s, row, "whom_bn", "Whom to contact (Bengali)", "কার সঙ্গে যোগাযোগ করবেন (বাংলা)", false, CharterText.MaxNameLength)
                & Text(s, row, "whom_en", "Whom to contact (English)", "কার সঙ্গে যোগাযোগ করবেন (ইংরেজি)", false, CharterText.MaxNameLength)
                & Text(s, row, "address_bn", "The address (Bengali)", "যোগাযোগের ঠিকানা (বাংলা)", false)
                & Text(s, row, "address_en", "The address (English)", "যোগাযোগের ঠিকানা (ইংরেজি)", false);
            int? post = null;
            TimeLimit? limit = null;
            ok &= Try(s, row, "whom_post", () => post = posts.Resolve(row["whom_post"]));
            ok &= Try(s, row, "resolution_limit", () => limit = CharterCells.ParseTimeLimit(row["resolution_limit"], row["resolution_limit_value"], row["resolution_limit_unit"]));
            if (ok)
                Try(s, row, "when_bn", () => Version.AddGrievanceLevel(row["when_bn"]!, row["when_en"], post, row["whom_bn"], row["whom_en"], row["address_bn"], row["address_en"], limit));
        }
    }

    /// <summary>Rows in the order their "no" column gives (rows without one keep their place after the numbered ones).</summary>
    private IEnumerable<SheetRow> Ordered(string s, Sheet? sheet)
    {
        var rows = new List<(SheetRow Row, int No)>();
        foreach (var row in sheet?.Rows ?? [])
            if (Number(s, row, "no", out var n)) rows.Add((row, n ?? int.MaxValue));
        return rows.OrderBy(r => r.No).ThenBy(r => r.Row.Row).Select(r => r.Row);
    }

    private bool Number(string sheet, SheetRow row, string column, out int? value)
    {
        value = null;
        if (row[column] is not { } text) return true;
        if (BengaliDigits.TryParseInt(text, out var n) && n > 0)
        {
            value = n;
            return true;
        }
        Error(sheet, row, column, $"'{text}' is not a serial number (1, 2, 3…).", $"'{text}' ক্রমিক নম্বর নয় (১, ২, ৩…)।");
        return false;
    }

    private bool Text(string sheet, SheetRow row, string column, string fieldEn, string fieldBn, bool required, int max = CharterText.MaxTextLength) =>
        Try(sheet, row, column, () =>
        {
            if (required) CharterText.Required(row[column], fieldEn, fieldBn, max);
            else CharterText.Optional(row[column], fieldEn, fieldBn, max);
        });

    private bool Try(string sheet, SheetRow row, string? column, Action action)
    {
        try
        {
            action();
            return true;
        }
        catch (DomainException e)
        {
            Errors.Add(new ExchangeError(sheet, row.Row, column ?? e.Field, e.Message, e.MessageBn));
            return false;
        }
    }

    private void Error(string sheet, SheetRow row, string? column, string en, string bn) => Errors.Add(new ExchangeError(sheet, row.Row, column, en, bn));
}
