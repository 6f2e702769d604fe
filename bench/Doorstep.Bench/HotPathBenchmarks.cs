using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Doorstep.Kernel;
using Doorstep.Platform.People;
using Doorstep.Platform.Security;

namespace Doorstep.Bench;

/// <summary>What the importer spends on one row before the database: validate, encrypt, blind-index.</summary>
[MemoryDiagnoser]
public class HotPathBenchmarks : IDisposable
{
    private const string Id = "430211198705120317";
    private const string PhoneNumber = "13812345678";
    private static readonly DateOnly Today = new(2026, 6, 1);

    private readonly FieldProtector protector = new(new KeyRing(
        "k1", new() { ["k1"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) }, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))));

    private readonly PersonInput input = new()
    {
        Name = "李晓明", IdNumber = Id, Phone = PhoneNumber, Address = "湖南省株洲市康华社区12栋3单元502", RegionCode = "430211001001001",
        Longitude = 113.098, Latitude = 27.838,
    };

    [GlobalSetup]
    public void CheckTheRowIsValid()
    {
        if (!CheckRow())
        {
            throw new InvalidOperationException("The benchmark row must be valid, or the figures measure the error path.");
        }
    }

    [Benchmark]
    public bool ParseCitizenId() => CitizenId.TryParse(Id, Today, out _, out _);

    [Benchmark]
    public bool CheckRow() => PersonRules.Check(input, Today, out _, out _, out _).IsEmpty;

    [Benchmark]
    public string Protect() => protector.Protect(Id);

    [Benchmark]
    public string Hash() => protector.Hash(Id);

    /// <summary>Everything Prepare does for a valid row with a phone, short of building the entity.</summary>
    [Benchmark]
    public int WholeRow()
    {
        PersonRules.Check(input, Today, out var id, out var phone, out _);
        return protector.Protect(id!.Value).Length + protector.Hash(id.Value).Length + id.Masked.Length
            + protector.Protect(phone!.Value).Length + protector.Hash(phone.Value).Length + phone.Masked.Length;
    }

    public void Dispose()
    {
        protector.Dispose();
        GC.SuppressFinalize(this);
    }
}
