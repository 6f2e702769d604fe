using FsCheck.Xunit;

namespace Doorstep.Kernel.Tests;

/// <summary>Property tests of the GB 11643-1999 rules in domain-rules.md.</summary>
[Properties(Arbitrary = [typeof(KernelArbitraries)])]
public class CitizenIdProperties
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2, 1];

    [Property]
    public bool Every_created_id_parses_and_round_trips(IdSeed seed)
    {
        var text = CitizenId.Create(seed.Address, seed.Birth, seed.Sequence);

        return CitizenId.TryParse(text, KernelArbitraries.Today, out var id, out _)
            && id.Value == text
            && id.ToString() == text
            && CitizenId.Parse(id.Value, KernelArbitraries.Today) == id
            && id.BirthDate == seed.Birth
            && id.RegionPrefix == seed.Address
            && id.Sex == (seed.Sequence % 2 == 1 ? Sex.Male : Sex.Female);
    }

    [Property]
    public bool Created_ids_satisfy_iso_7064_mod_11_2(IdSeed seed)
    {
        // ISO 7064 MOD 11-2, the definition behind GB 11643-1999: including the check character
        // (X = 10) with weight 1, the weighted sum is ≡ 1 (mod 11).
        var text = CitizenId.Create(seed.Address, seed.Birth, seed.Sequence);
        var sum = text.Select((c, i) => Weights[i] * (c == 'X' ? 10 : c - '0')).Sum();
        return sum % 11 == 1;
    }

    [Property]
    public bool Changing_any_single_character_makes_the_id_invalid(IdEdit edit)
    {
        // GB 11643-1999: every weight is non-zero mod 11, so one changed digit changes the check.
        var chars = edit.Valid.ToCharArray();
        chars[edit.Position] = edit.Replacement;
        return !CitizenId.TryParse(new string(chars), KernelArbitraries.Today, out _, out var error) && error.Length > 0;
    }

    [Property]
    public bool Legacy_15_digit_ids_upgrade_to_valid_18_digit_ids_with_the_same_birth_date(LegacyId legacy)
    {
        // Legacy rule: insert "19" after the 6th digit, then append the check character.
        return CitizenId.TryParse(legacy.Text, KernelArbitraries.Today, out var id, out _)
            && id.Value.Length == 18
            && id.Value[..17] == legacy.Text[..6] + "19" + legacy.Text[6..]
            && id.BirthDate == legacy.Birth
            && CitizenId.Parse(id.Value, KernelArbitraries.Today) == id;
    }

    [Property]
    public bool Masked_keeps_length_and_hides_the_birth_date(IdSeed seed)
    {
        var id = CitizenId.Parse(CitizenId.Create(seed.Address, seed.Birth, seed.Sequence), KernelArbitraries.Today);
        return id.Masked.Length == 18
            && id.Masked[..4] == id.Value[..4]
            && id.Masked[14..] == id.Value[14..]
            && id.Masked[4..14].All(c => c == '*');
    }
}
