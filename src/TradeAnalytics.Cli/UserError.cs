namespace TradeAnalytics.Cli;

/// <summary>Which exceptions are the user's input at fault (printed as one message, never a stack trace).</summary>
internal static class UserError
{
    internal static bool IsUserFacing(Exception e) => e is ArgumentException or FormatException or IOException
        or KeyNotFoundException or InvalidOperationException or UnauthorizedAccessException or CommandLineException;
}

/// <summary>A problem with the command line or its data that the user can fix; the message says how.</summary>
internal sealed class CommandLineException(string message) : Exception(message);
