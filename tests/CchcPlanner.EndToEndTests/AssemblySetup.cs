using CchcPlanner.EndToEndTests.Infrastructure;

// One server and one browser for the run; tests run one at a time (two cores, one Chromium, screenshots in order).
[assembly: AssemblyFixture(typeof(ServerFixture))]
[assembly: AssemblyFixture(typeof(BrowserFixture))]
[assembly: CollectionBehavior(DisableTestParallelization = true)]
