namespace Doorstep.Employment.Occupations;

/// <summary>
/// What the catalogue holds before any import: the 8 major groups (大类) and the occupations
/// grassroots employers post most. A shipped occupation's parent is its major group, the nearest
/// group on file; importing the full table fills in the groups between and updates the parents.
/// </summary>
public static class OccupationCatalogue
{
    public static readonly IReadOnlyList<Occupation> MajorGroups =
    [
        Group("1", "党的机关、国家机关、群众团体和社会组织、企事业单位负责人"),
        Group("2", "专业技术人员"),
        Group("3", "办事人员和有关人员"),
        Group("4", "社会生产服务和生活服务人员"),
        Group("5", "农、林、牧、渔业生产及辅助人员"),
        Group("6", "生产制造及有关人员"),
        Group("7", "军队人员"),
        Group("8", "不便分类的其他从业人员"),
    ];

    public static readonly IReadOnlyList<Occupation> Common =
    [
        Job("4-01-02-03", "商品营业员"),
        Job("4-02-02-01", "道路客运汽车驾驶员"),
        Job("4-02-02-02", "道路货运汽车驾驶员"),
        Job("4-02-05-01", "装卸搬运工"),
        Job("4-02-06-01", "仓储管理员"),
        Job("4-02-06-02", "理货员"),
        Job("4-02-07-08", "快递员"),
        Job("4-02-07-09", "快件处理员"),
        Job("4-03-02-01", "中式烹调师"),
        Job("4-03-02-05", "餐厅服务员"),
        Job("4-07-05-01", "保安员"),
        Job("4-10-01-02", "育婴员"),
        Job("4-10-01-05", "养老护理员"),
        Job("4-10-01-06", "家政服务员"),
        Job("6-05-01-03", "缝纫工"),
        Job("6-06-04-00", "家具制作工"),
        Job("6-18-02-04", "焊工"),
        Job("6-22-02-01", "汽车装调工"),
        Job("6-29-01-01", "砌筑工"),
        Job("6-29-01-03", "混凝土工"),
        Job("6-29-01-04", "钢筋工"),
        Job("6-29-03-02", "电气设备安装工"),
        Job("6-29-04-01", "装饰装修工"),
        Job("6-31-01-03", "电工"),
    ];

    public static IEnumerable<Occupation> All => MajorGroups.Concat(Common);

    private static Occupation Group(string code, string name) => new() { Code = code, Name = name, MajorGroup = code[0] - '0' };

    private static Occupation Job(string code, string name) => new() { Code = code, Name = name, MajorGroup = code[0] - '0', ParentCode = code[..1] };
}
