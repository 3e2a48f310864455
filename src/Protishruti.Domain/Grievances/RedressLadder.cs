namespace Protishruti.Domain.Grievances;

/// <summary>The three steps of the grievance ladder every charter prints (domain.md §2).</summary>
public enum RedressLevel
{
    /// <summary>The office's grievance officer (অভিযোগ নিষ্পত্তি কর্মকর্তা, অনিক).</summary>
    Office = 1,
    /// <summary>The appeal officer (আপিল কর্মকর্তা): by default the grievance officer of the parent office.</summary>
    Appeal = 2,
    /// <summary>The Cabinet Division's grievance management cell (মন্ত্রিপরিষদ বিভাগের অভিযোগ ব্যবস্থাপনা সেল).</summary>
    Cell = 3,
}

/// <summary>
/// The working days each step has (default 30 / 20 / 60, as charters print and the GRS guideline says) and the extra
/// working days an investigation gives the grievance officer once. Offices that print other limits configure them.
/// </summary>
public sealed record RedressLimits(int OfficeDays = 30, int AppealDays = 20, int CellDays = 60, int InvestigationDays = 20)
{
    public static readonly RedressLimits Default = new();

    public int For(RedressLevel level) => level switch
    {
        RedressLevel.Office => OfficeDays,
        RedressLevel.Appeal => AppealDays,
        _ => CellDays,
    };
}

public static class RedressLevelNames
{
    public static string Bn(this RedressLevel level) => level switch
    {
        RedressLevel.Office => "অভিযোগ নিষ্পত্তি কর্মকর্তা",
        RedressLevel.Appeal => "আপিল কর্মকর্তা",
        _ => "মন্ত্রিপরিষদ বিভাগের অভিযোগ ব্যবস্থাপনা সেল",
    };

    public static string En(this RedressLevel level) => level switch
    {
        RedressLevel.Office => "Grievance officer",
        RedressLevel.Appeal => "Appeal officer",
        _ => "Cabinet Division's grievance management cell",
    };
}
