using CchcPlanner.IntegrationTests.Infrastructure;

// One PostgreSQL cluster for the whole run: the machine has two cores, and starting one takes about a second.
[assembly: AssemblyFixture(typeof(PostgresServer))]
