namespace CchcPlanner.Common;

/// <summary>
/// A setting that is missing or wrong, found while the app or the CLI starts. The host prints the message as one line
/// and exits with a non-zero code, rather than a stack trace: an IT officer fixes a setting, not the code.
/// </summary>
public sealed class SettingsException(string message, Exception? inner = null) : Exception(message, inner);
