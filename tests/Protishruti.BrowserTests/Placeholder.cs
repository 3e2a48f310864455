namespace Protishruti.BrowserTests;

internal static class Placeholder;
