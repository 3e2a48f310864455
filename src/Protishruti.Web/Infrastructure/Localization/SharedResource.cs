// In the root namespace so that its resources are Resources/SharedResource.<culture>.resx.
namespace Protishruti.Web;

/// <summary>Marker for the UI text resources (Resources/SharedResource.bn-BD.resx and .en.resx).</summary>
public sealed class SharedResource;
