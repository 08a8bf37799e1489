using ItbPlanner.Domain.Protocols;
using ItbPlanner.Protocols.Yaml.Reading;
using YamlDotNet.RepresentationModel;

namespace ItbPlanner.Protocols.Yaml.Mapping;

/// <summary>Maps the top level of a protocol file to a <see cref="Protocol"/>, section by section, collecting every error.</summary>
internal static class ProtocolMapper
{
    private static readonly string[] TopKeys =
    [
        "schema", "name", "version", "drugs", "pumps", "catheters", "refill", "doseLimits", "screening", "startDose",
        "titration", "maintenance", "reconciliation", "concentrationChange", "flex", "highDose", "log", "oralWean",
    ];

    /// <summary>The protocol, or null when anything was wrong (the errors are in the context).</summary>
    public static Protocol? Map(YamlMappingNode rootNode, ReadContext context)
    {
        var root = MapNode.Root(context, rootNode, TopKeys);
        CheckSchema(root);
        var name = root.Text("name");
        var version = root.Text("version");
        var strengths = DrugsMapper.Read(root);
        var pumps = PumpsMapper.Read(root);
        var catheters = CathetersMapper.Read(root);
        var refill = RefillMapper.Read(root);
        var doseLimits = DoseLimitsMapper.Read(root);
        var screening = ScreeningMapper.Read(root);
        var startDose = StartDoseMapper.Read(root);
        var titration = TitrationMapper.Read(root);
        var maintenance = MaintenanceMapper.Read(root);
        var reconciliation = SafetyChecksMapper.ReadReconciliation(root);
        var concentrationChange = SafetyChecksMapper.ReadConcentrationChange(root);
        var flex = SafetyChecksMapper.ReadFlex(root);
        var highDose = SafetyChecksMapper.ReadHighDose(root, out var highDoseOk);
        var log = LogMapper.Read(root, out var logOk);
        var oralWean = OralWeanMapper.Read(root, out var oralWeanOk);
        if (context.HasErrors || !highDoseOk || !logOk || !oralWeanOk
            || name is null || version is null || strengths is null || pumps is null || catheters is null || refill is null
            || doseLimits is null || screening is null || startDose is null || titration is null || maintenance is null
            || reconciliation is null || concentrationChange is null || flex is null)
        {
            return null;
        }

        return new Protocol(
            name, version, context.Location, strengths, pumps, catheters, refill, doseLimits, screening, startDose, titration, maintenance, reconciliation, concentrationChange, flex)
        {
            HighDose = highDose,
            Log = log,
            OralWean = oralWean,
        };
    }

    private static void CheckSchema(MapNode root)
    {
        var schema = root.Text("schema");
        if (schema is not null && !string.Equals(schema, ProtocolLoader.SchemaVersion, StringComparison.Ordinal))
        {
            root.Context.Error(root.Required("schema")!, $"schema '{schema}' is not one this ItbPlanner reads: write 'schema: {ProtocolLoader.SchemaVersion}'.");
        }
    }
}
