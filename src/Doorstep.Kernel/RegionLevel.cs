namespace Doorstep.Kernel;

/// <summary>Levels of the region tree, from 统计用区划代码 plus the platform's own grids.</summary>
public enum RegionLevel
{
    /// <summary>省 (including municipalities and autonomous regions).</summary>
    Province,

    /// <summary>市 (prefecture level).</summary>
    City,

    /// <summary>区县 (county level).</summary>
    County,

    /// <summary>乡镇街道 (township, town or street office).</summary>
    Town,

    /// <summary>村社区 (village or residents' committee).</summary>
    Village,

    /// <summary>网格: the platform's own subdivision of a village or community.</summary>
    Grid,
}
