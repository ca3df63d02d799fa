namespace CchcPlanner.Tests.Common;

/// <summary>Ids come from the database; tests give them as EF does, through the private setter.</summary>
internal static class Persisted
{
    public static T WithId<T>(T entity, int id)
        where T : class
    {
        typeof(T).GetProperty("Id")!.SetValue(entity, id);
        return entity;
    }
}
