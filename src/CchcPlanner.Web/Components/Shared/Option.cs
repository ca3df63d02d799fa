namespace CchcPlanner.Web.Components.Shared;

/// <summary>A value with the Vietnamese text a dropdown shows for it.</summary>
public sealed record Option<T>(T Value, string Text);
