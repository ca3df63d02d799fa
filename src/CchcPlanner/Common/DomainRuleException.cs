namespace CchcPlanner.Common;

/// <summary>
/// Raised when an entity refuses a change that would break one of its rules.
/// The message is Vietnamese because it is shown to the user as is.
/// </summary>
public sealed class DomainRuleException(string message) : Exception(message);
