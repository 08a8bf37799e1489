// Appends notes to one or more patients' logs and prints each committed sequence number, one per line, as soon as its
// transaction has committed. Usage: ItbPlanner.Storage.Writer DB AUTHOR COUNT PATIENT [PATIENT...]
// DB is an SQLite path or a PostgreSQL address (postgresql://user@/db?host=SOCKETDIR), as --db takes it.
// Event i goes to patient i mod (number of patients). Exit 0 when done, 2 on a storage or input error.
using System.Globalization;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Storage;

if (args.Length < 4)
{
    await Console.Error.WriteLineAsync("usage: ItbPlanner.Storage.Writer DB AUTHOR COUNT PATIENT [PATIENT...]");
    return 2;
}

var (path, author, count) = (args[0], args[1], int.Parse(args[2], CultureInfo.InvariantCulture));
var patients = args[3..].Select(id => new PatientId(id)).ToArray();
try
{
    using var database = LogDatabase.Open(LogTarget.Parse(path), TimeProvider.System, new LogDatabaseOptions(TimeSpan.FromSeconds(60)));
    var store = new EventStore(database);
    for (var i = 0; i < count; i++)
    {
        var patient = patients[i % patients.Length];
        var note = new NotePayload(string.Create(CultureInfo.InvariantCulture, $"{author} note {i + 1}"));
        var stored = store.Append(new NewEvent(patient, TimeProvider.System.GetUtcNow(), author, note));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stored.PatientId} {stored.Seq}"));
    }

    return 0;
}
catch (Exception e) when (e is StorageException or InvalidInputException)
{
    await Console.Error.WriteLineAsync(e.Message);
    return 2;
}
