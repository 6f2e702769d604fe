namespace Doorstep.Kernel.Tests;

public class KernelDependencyTests
{
    [Fact]
    public void Kernel_references_only_the_base_class_library()
    {
        // Every module builds on the kernel, so anything it references becomes everyone's dependency.
        typeof(CitizenId).Assembly.GetReferencedAssemblies()
            .Select(a => a.Name)
            .ShouldAllBe(name => name != null && name.StartsWith("System", StringComparison.Ordinal));
    }
}
