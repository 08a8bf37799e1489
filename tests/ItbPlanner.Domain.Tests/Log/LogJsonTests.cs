using System.Reflection;
using System.Text.Json.Serialization;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Log.Payloads;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Quantities;
using ItbPlanner.Testing;

namespace ItbPlanner.Domain.Tests.Log;

public class LogJsonTests
{
    private static readonly Dictionary<Type, string> UnitSuffixes = new()
    {
        [typeof(Mass)] = "Mcg",
        [typeof(Volume)] = "Ml",
        [typeof(MassConcentration)] = "McgPerMl",
        [typeof(MassFlow)] = "McgPerDay",
        [typeof(VolumeFlow)] = "MlPerDay",
        [typeof(Duration)] = "Hours",
    };

    public static TheoryData<EventPayload> EveryPayload()
    {
        var data = new TheoryData<EventPayload> { new PatientRegisteredPayload(LogSamples.Patient()) };
        foreach (var payload in LogSamples.PayloadOfEveryKind())
        {
            data.Add(payload);
        }

        return data;
    }

    [Fact]
    public void Every_kind_has_exactly_one_payload_type()
    {
        var types = Enum.GetValues<EventKind>().Select(LogJson.PayloadTypeOf).ToArray();

        Assert.Equal(types.Length, types.Distinct().Count());
        Assert.All(Enum.GetValues<EventKind>(), kind => Assert.Equal(kind, LogJson.KindOf(LogJson.PayloadTypeOf(kind))));
        Assert.Equal(Enum.GetValues<EventKind>().Length, EveryPayload().Cast<object[]>().Select(row => ((EventPayload)row[0]).Kind).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(EveryPayload))]
    public void Every_payload_reads_back_equal(EventPayload payload)
    {
        var json = LogJson.Serialize(payload);

        Assert.Equal(payload, LogJson.Deserialize(payload.Kind, json));
        Assert.Equal(json, LogJson.Serialize(LogJson.Deserialize(payload.Kind, json)));
    }

    [Fact]
    public void Quantities_are_numbers_in_the_unit_their_field_names_spell_whatever_unit_they_were_given_in()
    {
        var program = new DoseProgramPayload(
            MassFlow.FromMicrogramsPerHour(5),
            MassConcentration.FromMilligramsPerMilliliter(0.5m),
            VolumeFlow.FromMillilitersPerHour(0.01m),
            PreviousDose: MassFlow.FromMilligramsPerDay(0.100m));

        Assert.Equal(
            """{"doseMcgPerDay":120,"concentrationMcgPerMl":500,"rateMlPerDay":0.24,"mode":"simple-continuous","previousDoseMcgPerDay":100}""",
            LogJson.Serialize(program));
    }

    [Fact]
    public void Decimals_survive_exactly_with_no_float_in_between()
    {
        var refill = new RefillPayload(Volume.FromMilliliters(0.1234567890123456789012345m), Volume.FromMilliliters(20), MassConcentration.FromMicrogramsPerMilliliter(1000));

        var back = (RefillPayload)LogJson.Deserialize(EventKind.Refill, LogJson.Serialize(refill));

        Assert.Equal(0.1234567890123456789012345m, back.Aspirated.Milliliters);
    }

    [Fact]
    public void Every_quantity_field_name_ends_with_its_unit()
    {
        var payloadTypes = Enum.GetValues<EventKind>().Select(LogJson.PayloadTypeOf).Append(typeof(CatheterDetails));
        var quantityProperties = payloadTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Select(p => (Property: p, Type: Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType))
            .Where(p => UnitSuffixes.ContainsKey(p.Type) && p.Property.GetCustomAttribute<JsonIgnoreAttribute>() is null)
            .ToArray();

        Assert.NotEmpty(quantityProperties);
        Assert.All(quantityProperties, p =>
        {
            var name = p.Property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name;
            Assert.True(name?.EndsWith(UnitSuffixes[p.Type], StringComparison.Ordinal), $"{p.Property.DeclaringType?.Name}.{p.Property.Name} is written as '{name}', without its unit {UnitSuffixes[p.Type]}.");
        });
    }

    [Theory]
    [InlineData("""{"text":"x","extra":1}""", EventKind.Note)]
    [InlineData("""{}""", EventKind.Note)]
    [InlineData("""{"text":null}""", EventKind.Note)]
    [InlineData("""{"aspiratedMl":"2.7","fillVolumeMl":40,"concentrationMcgPerMl":500}""", EventKind.Refill)]
    [InlineData("""{"alarm":"loud-beep"}""", EventKind.AlarmRaised)]
    [InlineData("""{"alarm":1}""", EventKind.AlarmRaised)]
    [InlineData("""not json""", EventKind.Note)]
    [InlineData("""null""", EventKind.Note)]
    public void Reading_is_strict(string json, EventKind kind)
    {
        var error = Assert.Throws<EventPayloadException>(() => LogJson.Deserialize(kind, json));

        Assert.StartsWith($"The payload of a {LogCodes.Code(kind)} event cannot be read", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_patient_is_written_with_codes_and_without_empty_details()
    {
        var patient = new Patient(new PatientId("A1"), "A.B.", Population.Child, SpasticityOrigin.StiffPersonSyndrome, WithdrawalRiskFactors: [WithdrawalRiskFactor.PreviousWithdrawal]);

        Assert.Equal(
            """{"id":"A1","label":"A.B.","population":"child","origin":"sps","withdrawalRiskFactors":["previous-withdrawal"]}""",
            LogJson.Serialize(patient));
    }
}
