using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Doorstep.Kernel;
using Doorstep.Platform.People;
using Doorstep.Platform.Security;

namespace Doorstep.Bench;

/// <summary>What the importer spends on one row before the database: validate, encrypt, blind-index.</summary>
[MemoryDiagnoser]
public class HotPathBenchmarks : IDisposable
{
    private const string Id = "430211198705120318";
    private const string PhoneNumber = "13812345678";
    private static readonly DateOnly Today = new(2026, 6, 1);

    private readonly FieldProtector protector = new(new KeyRing(
        "k1", new() { ["k1"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) }, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))));

    private readonly PersonInput input = new()
    {
        Name = "李晓明", IdNumber = Id, Phone = PhoneNumber, Address = "湖南省株洲市康华社区12栋3单元502", RegionCode = "430211001001001",
        Longitude = 113.098, Latitude = 27.838,
    };

    // In-process: the repository's build settings (warnings as errors, central packages) need no generated project.
    public static IConfig Config() => DefaultConfig.Instance.AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance));

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
