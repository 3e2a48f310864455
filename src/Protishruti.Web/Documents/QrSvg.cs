using QRCoder;

namespace Protishruti.Web.Documents;

/// <summary>A QR code as inline SVG (no image file, no network), for printed documents that point to their online copy.</summary>
public static class QrSvg
{
    public static string For(string payload)
    {
        // A non-ASCII payload (a Bengali office code in a URL, say) is encoded as UTF-8 and says so with the ECI
        // header; plain ASCII keeps the default mode, which every phone reads.
        var eci = payload.All(char.IsAscii) ? QRCodeGenerator.EciMode.Default : QRCodeGenerator.EciMode.Utf8;
        using var data = QRCodeGenerator.GenerateQrCode(payload, QRCodeGenerator.ECCLevel.M, eci != QRCodeGenerator.EciMode.Default, false, eci);
        return new SvgQRCode(data).GetGraphic(new System.Drawing.Size(120, 120), true, SvgQRCode.SizingMode.ViewBoxAttribute);
    }
}
