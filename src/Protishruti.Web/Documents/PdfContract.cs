namespace Protishruti.Web.Documents;

public enum PaperSize { A4, A3, Legal }
