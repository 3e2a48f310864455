using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Protishruti.Web.Infrastructure.Localization;

/// <summary>
/// The messages model binding writes when a posted value cannot be read ("The value '99' is invalid."), in the
/// page's language. The field is named by the page beside which the message appears, so the messages do not name it.
/// </summary>
public static class BilingualBindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider m)
    {
        m.SetValueIsInvalidAccessor(v => Ui.T($"'{v}' এখানে গ্রহণযোগ্য নয়।", $"'{v}' is not valid here."));
        m.SetAttemptedValueIsInvalidAccessor((v, _) => Ui.T($"'{v}' এখানে গ্রহণযোগ্য নয়।", $"'{v}' is not valid here."));
        m.SetNonPropertyAttemptedValueIsInvalidAccessor(v => Ui.T($"'{v}' এখানে গ্রহণযোগ্য নয়।", $"'{v}' is not valid here."));
        m.SetUnknownValueIsInvalidAccessor(_ => Ui.T("দেওয়া মানটি গ্রহণযোগ্য নয়।", "The value given is not valid."));
        m.SetNonPropertyUnknownValueIsInvalidAccessor(() => Ui.T("দেওয়া মানটি গ্রহণযোগ্য নয়।", "The value given is not valid."));
        m.SetValueMustNotBeNullAccessor(_ => Ui.T("এই ঘরটি পূরণ করুন।", "Fill in this field."));
        m.SetMissingBindRequiredValueAccessor(_ => Ui.T("এই ঘরটি পূরণ করুন।", "Fill in this field."));
        m.SetMissingKeyOrValueAccessor(() => Ui.T("একটি মান প্রয়োজন।", "A value is required."));
        m.SetMissingRequestBodyRequiredValueAccessor(() => Ui.T("ফর্মটি খালি এসেছে; আবার পাঠান।", "The form arrived empty; send it again."));
        m.SetValueMustBeANumberAccessor(_ => Ui.T("এখানে একটি সংখ্যা লিখুন।", "Enter a number here."));
        m.SetNonPropertyValueMustBeANumberAccessor(() => Ui.T("এখানে একটি সংখ্যা লিখুন।", "Enter a number here."));
    }
}
