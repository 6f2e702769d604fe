using System.Globalization;
using System.Text;
using Doorstep.Kernel;
using Doorstep.Platform.Demo;

namespace Doorstep.Bench;

/// <summary>
/// Writes a people CSV in the import's columns: valid, distinct residents of the demo district,
/// optionally with a bad row every K rows (each kind of mistake in turn, and exact duplicates).
/// </summary>
internal static class PeopleCsvGenerator
{
    public const string Header = "姓名,身份证号码,联系电话,现住址,区划代码,经度,纬度";

    private static readonly string[] Places = DemoDistrict.BirthPlaces.Distinct().ToArray();
    private static readonly DateOnly FirstBirth = new(1935, 1, 1);
    private const int BirthDays = 30_000;
    private const int Sequences = 999;

    // Multiplying by a number coprime to the space's size permutes it, so every row gets a
    // different (place, birth date, sequence) and therefore a different ID number.
    private const long Stride = 1_000_003;

    public static void Write(string path, int rows, int badEvery)
    {
        var space = (long)Places.Length * BirthDays * Sequences;
        if (rows > space)
        {
            throw new ArgumentOutOfRangeException(nameof(rows), $"at most {space} distinct residents");
        }

        var homes = BenchRegions.Homes();
        var random = new Random(20240203);
        using var output = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        output.Write(Header);
        output.Write('\n');
        var previousId = "";
        for (var i = 0; i < rows; i++)
        {
            var id = IdNumber(i, space);
            var home = homes[random.Next(homes.Count)];
            var male = (id[16] - '0') % 2 == 1;
            var given = male ? DemoDistrict.GivenMale : DemoDistrict.GivenFemale;
            var cells = new[]
            {
                $"{DemoDistrict.Surnames[random.Next(DemoDistrict.Surnames.Length)]}{given[random.Next(given.Length)]}{given[random.Next(given.Length)]}",
                id,
                random.Next(10) < 8 ? $"1{random.Next(3, 10)}{random.Next(0, 1_000_000_000):D9}" : "",
                $"湖南省株洲市{home.Name}{random.Next(1, 40)}栋{random.Next(1, 5)}单元{random.Next(101, 1899)}",
                home.Code,
                (home.Longitude!.Value + ((random.NextDouble() - 0.5) * 0.01)).ToString("F6", CultureInfo.InvariantCulture),
                (home.Latitude!.Value + ((random.NextDouble() - 0.5) * 0.01)).ToString("F6", CultureInfo.InvariantCulture),
            };
            if (badEvery > 0 && (i + 1) % badEvery == 0)
            {
                Spoil(cells, (i / badEvery) % 6, previousId);
            }

            output.Write(string.Join(',', cells));
            output.Write('\n');
            previousId = id;
        }
    }

    private static string IdNumber(long row, long space)
    {
        var k = row * Stride % space;
        var place = Places[k % Places.Length];
        k /= Places.Length;
        var birth = FirstBirth.AddDays((int)(k % BirthDays));
        var sequence = (int)(k / BirthDays) + 1;
        return CitizenId.Create(place, birth, sequence);
    }

    private static void Spoil(string[] cells, long kind, string previousId)
    {
        switch (kind)
        {
            case 0:
                cells[1] = cells[1][..17] + (cells[1][17] == '0' ? '1' : '0');
                break;
            case 1:
                cells[2] = "12345";
                break;
            case 2:
                cells[4] = "430211999999";
                break;
            case 3:
                cells[5] = "东经113";
                break;
            case 4:
                cells[0] = "";
                break;
            default:
                cells[1] = previousId.Length > 0 ? previousId : cells[1];
                break;
        }
    }
}
