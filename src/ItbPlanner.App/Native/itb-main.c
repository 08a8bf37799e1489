/*
 * The Native AOT executable's entry point (issue 13; docs/decisions.md, "Native AOT").
 *
 * Before anything else it makes sure the three standard descriptors are open. One the caller closed (`2>&-`) would be
 * handed to the next file the program opens, and what is printed there would land in that file: the runtime, opening
 * standard output, would take a closed descriptor 2 and errors would go into the answer; a closed descriptor 1 could
 * become the log's. Standard input and standard error get /dev/null instead (nothing to read; errors dropped, the exit
 * code still tells). A closed standard output means the answer cannot be given, so nothing is done: one line and exit
 * code 2, as the command line reports an output it cannot write (Cli/StandardStream.cs).
 *
 * `itb --version` needs nothing of .NET, so it is answered here, before the runtime starts: the runtime's start-up
 * alone (allocating every static base of a program this size) takes longer than the whole of a Native AOT
 * hello-world. Every other command line goes to the program's Main unchanged; the runtime starts on that call. The
 * answer is the managed one's, byte for byte, and so is a failure to give it: a reader that closed the pipe is not an
 * error; a full standard output is one line on standard error and exit code 2.
 *
 * ITB_VERSION is the assembly's informational version, written by the build into itb-version.h
 * (ItbPlanner.App.csproj, "CompileNativeMain"). The JIT build never compiles this file; CI compares the two builds.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "itb-version.h"

int __managed__Main(int argc, char *argv[]);

static int is_closed(int fd)
{
    return fcntl(fd, F_GETFD) == -1 && errno == EBADF;
}

/* Puts /dev/null on a closed descriptor, so that no file the program opens takes its place. */
static void fill_with_null(int fd)
{
    int null = open("/dev/null", fd == STDIN_FILENO ? O_RDONLY : O_WRONLY);
    if (null >= 0 && null != fd)
    {
        dup2(null, fd);
        close(null);
    }
}

static int cannot_write(const char *cause)
{
    fprintf(stderr, "error: cannot write the output: %s.\n", cause);
    return 2;
}

static int print_version(void)
{
    signal(SIGPIPE, SIG_IGN);
    if (fputs(ITB_VERSION "\n", stdout) != EOF && fflush(stdout) == 0)
        return 0;
    if (errno == EPIPE)
        return 0;

    /* As the runtime: a descriptor that takes no writes is reported as closed. */
    return cannot_write(errno == EBADF ? "standard output is closed" : strerror(errno));
}

int main(int argc, char *argv[])
{
    if (is_closed(STDIN_FILENO))
        fill_with_null(STDIN_FILENO);
    if (is_closed(STDERR_FILENO))
        fill_with_null(STDERR_FILENO);
    if (is_closed(STDOUT_FILENO))
        return cannot_write("standard output is closed");

    if (argc == 2 && strcmp(argv[1], "--version") == 0)
        return print_version();

    return __managed__Main(argc, argv);
}
