/*
 * The Native AOT executable's entry point (issue 13; docs/decisions.md, "Native AOT").
 *
 * `itb --version` needs nothing of .NET, so it is answered here, before the runtime starts: the runtime's start-up
 * alone (allocating every static base of a program this size) takes longer than the whole of a Native AOT
 * hello-world. Every other command line goes to the program's Main unchanged; the runtime starts on that call.
 *
 * The answer is the managed one's, byte for byte, and so is a failure to give it (Cli/StandardStream.cs): a reader that
 * closed the pipe is not an error; a closed or full standard output is one line on standard error and exit code 2.
 * ITB_VERSION is the assembly's informational version, written by the build into itb-version.h
 * (ItbPlanner.App.csproj, "CompileNativeMain"). The JIT build never compiles this file; CI compares the two builds.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

#include "itb-version.h"

int __managed__Main(int argc, char *argv[]);

static int print_version(void)
{
    signal(SIGPIPE, SIG_IGN);
    if (fputs(ITB_VERSION "\n", stdout) != EOF && fflush(stdout) == 0)
        return 0;
    if (errno == EPIPE)
        return 0;

    const char *cause = errno == EBADF ? "standard output is closed" : strerror(errno);
    fprintf(stderr, "error: cannot write the output: %s.\n", cause);
    return 2;
}

int main(int argc, char *argv[])
{
    if (argc == 2 && strcmp(argv[1], "--version") == 0)
        return print_version();

    return __managed__Main(argc, argv);
}
