namespace Doorstep.Employment.Employers;

/// <summary>
/// 按比例安排残疾人就业: an employer must employ disabled people at the province's rate of its
/// staff, and a grade 1–2 certificate holder counts as two. The figures stay fractional, as the
/// employment security fund (残保金) charges the fractional shortfall, to two decimals.
/// </summary>
public sealed record DisabilityQuota(decimal Rate, decimal Required, int Counted, decimal Shortfall)
{
    public bool Met => Shortfall == 0;

    public static DisabilityQuota For(int staff, int disabled, int severe, decimal rate)
    {
        var required = Math.Round(staff * rate, 2, MidpointRounding.AwayFromZero);
        var counted = disabled + severe;
        return new DisabilityQuota(rate, required, counted, Math.Max(0, required - counted));
    }
}
