using System.IO.Compression;
using Microsoft.Extensions.Configuration;
using Protishruti.Domain;
using Protishruti.Web.Infrastructure.Files;

namespace Protishruti.Tests.Web;

public sealed class FileStoreTests : IDisposable
{
    private readonly List<string> _directories = [];

    public void Dispose()
    {
        foreach (var d in _directories) Directory.Delete(d, recursive: true);
    }

    public static byte[] Png => Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private static readonly FileKind[] Everything = Enum.GetValues<FileKind>();

    private FileStore NewStore()
    {
        var directory = Directory.CreateTempSubdirectory("protishruti-files-").FullName;
        _directories.Add(directory);
        return new(new ConfigurationBuilder().AddInMemoryCollection([new("DataDirectory", directory)]).Build());
    }

    private static byte[] OfficeFile(string folder)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("[Content_Types].xml");
            zip.CreateEntry($"{folder}/document.xml");
        }
        return buffer.ToArray();
    }

    public static TheoryData<string, FileKind> Samples => new()
    {
        { "pdf", FileKind.Pdf }, { "jpeg", FileKind.Jpeg }, { "png", FileKind.Png }, { "docx", FileKind.Docx }, { "xlsx", FileKind.Xlsx },
    };

    private static byte[] Sample(string name) => name switch
    {
        "pdf" => "%PDF-1.7\n%âãÏÓ\n"u8.ToArray(),
        "jpeg" => [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46, 0x49, 0x46],
        "png" => Png,
        "docx" => OfficeFile("word"),
        _ => OfficeFile("xl"),
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task The_type_is_recognised_from_the_content(string sample, FileKind kind)
    {
        var stored = await NewStore().SaveAsync(new MemoryStream(Sample(sample)), Everything, 1024 * 1024);
        stored.Kind.ShouldBe(kind);
    }

    [Fact]
    public async Task A_text_file_claiming_to_be_a_PDF_is_refused_in_both_languages()
    {
        var e = await Should.ThrowAsync<DomainException>(() => NewStore().SaveAsync(new MemoryStream("just text, not a pdf"u8.ToArray()), [FileKind.Pdf], 1024));
        e.Message.ShouldContain("not a PDF");
        e.MessageBn.ShouldContain("নয়");
    }

    [Fact]
    public async Task A_zip_that_is_not_an_office_document_is_refused()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true)) zip.CreateEntry("evil.exe");
        await Should.ThrowAsync<DomainException>(() => NewStore().SaveAsync(new MemoryStream(buffer.ToArray()), Everything, 1024 * 1024));
    }

    [Fact]
    public async Task An_allowed_type_list_is_respected()
    {
        await Should.ThrowAsync<DomainException>(() => NewStore().SaveAsync(new MemoryStream(Sample("pdf")), [FileKind.Png, FileKind.Jpeg], 1024));
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_and_nothing_is_left_behind()
    {
        var store = NewStore();
        var big = new byte[3 * 1024 * 1024];
        "%PDF-"u8.CopyTo(big);
        var e = await Should.ThrowAsync<DomainException>(() => store.SaveAsync(new MemoryStream(big), [FileKind.Pdf], 2 * 1024 * 1024));
        e.Message.ShouldContain("larger than 2 MB");
        e.MessageBn.ShouldContain("২ মেগাবাইটের বেশি");
    }

    [Fact]
    public async Task The_same_file_is_stored_once_under_its_hash_and_can_be_read_back()
    {
        var store = NewStore();
        var a = await store.SaveAsync(new MemoryStream(Png), Everything, 1024);
        var b = await store.SaveAsync(new MemoryStream(Png), Everything, 1024);
        a.Path.ShouldBe(b.Path);
        a.Path.ShouldContain(a.Sha256);
        await using var read = store.OpenRead(a.Path)!;
        read.Length.ShouldBe(Png.Length);
    }

    [Fact]
    public void Paths_outside_the_store_are_not_opened() =>
        NewStore().OpenRead("../../etc/passwd").ShouldBeNull();
}
