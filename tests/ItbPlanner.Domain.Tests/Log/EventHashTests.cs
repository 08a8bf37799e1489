using System.Text;
using FsCheck;
using FsCheck.Fluent;
using ItbPlanner.Domain.Log;

namespace ItbPlanner.Domain.Tests.Log;

public class EventHashTests
{
    // The documented canonical form, written out by hand; the hash was computed from these bytes with Python's hashlib.
    private const string Canonical =
        "itb-log-event/1\n"
        + "patient=6:P-0001\n"
        + "seq=1:2\n"
        + "occurredAt=28:2026-11-20T14:30:00.0000000Z\n"
        + "recordedAt=28:2026-11-21T09:00:00.0000000Z\n"
        + "author=10:Dr Müller\n"
        + "kind=4:note\n"
        + "payload=27:{\"text\":\"Tolerating well.\"}\n"
        + "reason=14:routine review\n"
        + "corrects=-\n"
        + "prevHash=64:abababababababababababababababababababababababababababababababab\n";

    private const string CanonicalSha256 = "95673af2cd2d5effa9b7dbecbfee37ecb9b3668aa96d17a6fc0bb78d2f2b4e46";

    public static LogEvent Example { get; } = new(
        new PatientId("P-0001"),
        2,
        new DateTimeOffset(2026, 11, 20, 15, 30, 0, TimeSpan.FromHours(1)),
        new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero),
        "Dr Müller",
        EventKind.Note,
        """{"text":"Tolerating well."}""",
        "routine review",
        null,
        string.Concat(Enumerable.Repeat("ab", 32)),
        CanonicalSha256);

    [Fact]
    public void Canonical_form_is_the_documented_length_prefixed_text_in_UTF8()
    {
        Assert.Equal(Canonical, Encoding.UTF8.GetString(EventHash.CanonicalBytes(Example)));
    }

    [Fact]
    public void Hash_is_lowercase_hex_SHA256_of_the_canonical_bytes()
    {
        Assert.Equal(CanonicalSha256, EventHash.Compute(Example));
        Assert.True(Example.IsSealed);
    }

    [Fact]
    public void The_stored_hash_itself_is_not_part_of_what_is_hashed()
    {
        Assert.Equal(EventHash.Compute(Example), EventHash.Compute(Example with { Hash = "anything" }));
    }

    [Fact]
    public void Changing_any_field_changes_the_hash()
    {
        LogEvent[] variants =
        [
            Example with { PatientId = new PatientId("P-0002") },
            Example with { Seq = 3 },
            Example with { OccurredAt = Example.OccurredAt.AddTicks(1) },
            Example with { RecordedAt = Example.RecordedAt.AddSeconds(1) },
            Example with { Author = "Dr Muller" },
            Example with { Kind = EventKind.Correction },
            Example with { PayloadJson = """{"text":"Tolerating well"}""" },
            Example with { Reason = null },
            Example with { Reason = "-" },
            Example with { CorrectsSeq = 1 },
            Example with { PrevHash = EventHash.Genesis },
        ];

        var hashes = variants.Select(EventHash.Compute).Append(CanonicalSha256).ToArray();

        Assert.Equal(hashes.Length, hashes.Distinct().Count());
    }

    [Fact]
    public void Text_that_imitates_the_next_field_cannot_forge_another_events_form()
    {
        var property = Prop.ForAll<string, string>((author, reason) =>
        {
            if (author is null || reason is null)
            {
                return true;
            }

            var moved = Example with { Author = author + "\nreason=" + reason, Reason = null };
            var split = Example with { Author = author, Reason = reason };
            return EventHash.Compute(moved) != EventHash.Compute(split);
        });
        Check.QuickThrowOnFailure(property);
    }

    [Fact]
    public void Moments_are_hashed_as_UTC_so_the_offset_they_were_given_in_does_not_matter()
    {
        var sameMoment = Example with { OccurredAt = Example.OccurredAt.ToOffset(TimeSpan.FromHours(-5)) };

        Assert.Equal(EventHash.Compute(Example), EventHash.Compute(sameMoment));
    }
}
