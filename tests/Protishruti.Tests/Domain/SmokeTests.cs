namespace Protishruti.Tests.Domain;

public class SmokeTests
{
    [Fact]
    public void Arithmetic_still_works() => (1 + 1).ShouldBe(2);
}
