namespace Doorstep.Bench;

/// <summary>Polls the working set and the GC heap, since the runtime keeps no peak of the heap.</summary>
internal sealed class MemorySampler : IDisposable
{
    private readonly Thread thread;
    private volatile bool stopping;

    public MemorySampler()
    {
        thread = new Thread(Sample) { IsBackground = true, Name = "memory sampler" };
        thread.Start();
    }

    public long PeakWorkingSet { get; private set; }

    public long PeakHeap { get; private set; }

    public void Stop()
    {
        stopping = true;
        thread.Join();
    }

    public void Dispose() => Stop();

    private void Sample()
    {
        while (!stopping)
        {
            PeakWorkingSet = Math.Max(PeakWorkingSet, Environment.WorkingSet);
            PeakHeap = Math.Max(PeakHeap, GC.GetTotalMemory(false));
            Thread.Sleep(20);
        }
    }
}
