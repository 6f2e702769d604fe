namespace Doorstep.Platform.Data;

/// <summary>
/// A row that belongs to a place. Its region code is what data scopes filter on, and the
/// distribution key when PostgreSQL is sharded.
/// </summary>
public interface IRegional
{
    string RegionCode { get; }
}
