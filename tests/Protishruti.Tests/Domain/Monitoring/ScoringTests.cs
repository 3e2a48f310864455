using Protishruti.Domain;
using Protishruti.Domain.Monitoring;

namespace Protishruti.Tests.Domain.Monitoring;

public sealed class ScoringTests
{
    [Fact]
    public void Marks_are_proportional_to_the_target_and_never_exceed_the_weight()
    {
        // A field office's 2024-25 sheet: 46% of a 100% target on a 4-mark indicator gives 1.84.
        Scoring.Score(IndicatorUnit.Percent, 4, 100, 46).Marks.ShouldBe(1.84m);
        // Committee reconstituted 3 times of 4: 3 marks × ¾.
        var three = Scoring.Score(IndicatorUnit.Count, 3, 4, 3);
        (three.Marks, three.Grade).ShouldBe((2.25m, ApaGrade.Fair));
        // Five meetings against a target of four: full marks, not more.
        Scoring.Score(IndicatorUnit.Count, 2, 4, 5).ShouldBe(new IndicatorScore(1m, 2m, ApaGrade.Outstanding));
    }

    [Theory]
    [InlineData(100, ApaGrade.Outstanding)]
    [InlineData(90, ApaGrade.VeryGood)]
    [InlineData(89.9, ApaGrade.Good)]
    [InlineData(80, ApaGrade.Good)]
    [InlineData(70, ApaGrade.Fair)]
    [InlineData(60, ApaGrade.BelowFair)]
    [InlineData(59.9, ApaGrade.None)]
    public void The_grade_follows_the_share_of_the_target(double achievedOf100, ApaGrade grade)
    {
        Scoring.Score(IndicatorUnit.Percent, 4, 100, (decimal)achievedOf100).Grade.ShouldBe(grade);
        grade.Bn().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void A_negative_count_a_fractional_count_and_more_than_100_percent_are_refused_in_both_languages()
    {
        var negative = Should.Throw<DomainException>(() => Scoring.Score(IndicatorUnit.Count, 3, 4, -1));
        negative.MessageBn.ShouldBe("অর্জন ঋণাত্মক হতে পারে না।");
        negative.Message.ShouldContain("negative");
        Should.Throw<DomainException>(() => Scoring.Score(IndicatorUnit.Count, 3, 4, 1.5m)).MessageBn.ShouldContain("পূর্ণসংখ্যা");
        Should.Throw<DomainException>(() => Scoring.Score(IndicatorUnit.Percent, 4, 90, 120)).Message.ShouldContain("at most 100");
        Should.Throw<DomainException>(() => Scoring.Score(IndicatorUnit.Count, 0, 4, 1));
        Should.Throw<DomainException>(() => Scoring.Score(IndicatorUnit.Count, 3, 0, 1));
    }

    [Fact]
    public void A_date_indicator_earns_its_weight_only_when_done_by_the_date()
    {
        var target = new DateOnly(2024, 10, 15);
        Scoring.ScoreDate(2, target, target).Marks.ShouldBe(2m);
        Scoring.ScoreDate(2, target, target.AddDays(1)).Marks.ShouldBe(0m);
        Scoring.ScoreDate(2, target, null).Grade.ShouldBe(ApaGrade.None);
    }
}
