namespace ItbPlanner.App.Cli;

/// <summary>Input the command line rejects after parsing (an unknown pump, a missing choice): exit code 2, one line.</summary>
internal sealed class UserInputException(string message) : Exception(message);
