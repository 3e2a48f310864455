namespace Protishruti.Domain.Calendar;

// The three classes of MoPA's yearly holiday প্রজ্ঞাপন.
public enum HolidayKind
{
    General,
    ExecutiveOrder,
    Optional,
}
