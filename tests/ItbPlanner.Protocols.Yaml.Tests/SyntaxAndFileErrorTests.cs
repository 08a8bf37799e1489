namespace ItbPlanner.Protocols.Yaml.Tests;

public class SyntaxAndFileErrorTests
{
    [Fact]
    public void Broken_indentation_is_a_yaml_syntax_error_at_its_line()
    {
        var yaml = DefaultProtocolFile.With("    capacity: { value: 40 mL, source: \"MDT-IFP", "   capacity: { value: 40 mL, source: \"MDT-IFP");

        var error = LoadErrors.Single(yaml);

        Assert.Equal(LoadErrors.At(yaml, "capacity: { value: 40 mL, source: \"MDT-IFP"), error.Location);
        Assert.StartsWith("YAML syntax error", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_quote_is_a_yaml_syntax_error_with_a_line()
    {
        var yaml = DefaultProtocolFile.With("name: ItbPlanner default protocol", "name: \"ItbPlanner default protocol");

        var error = LoadErrors.Single(yaml);

        Assert.Matches(@"^protocols/default\.yaml:\d+$", error.Location);
        Assert.StartsWith("YAML syntax error", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_list_is_reported_at_its_line_not_as_a_crash()
    {
        var yaml = DefaultProtocolFile.With("products: [Gablofen 20 mL syringe/vial]", "products: [Gablofen: 20 mL syringe/vial");

        var error = LoadErrors.Single(yaml);

        Assert.Equal(LoadErrors.At(yaml, "products: [Gablofen: 20 mL"), error.Location);
        Assert.StartsWith("YAML syntax error", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pump_id_declared_twice_is_reported_at_the_second_declaration()
    {
        var yaml = DefaultProtocolFile.With("  prometra-ii-40:\n", "  synchromed-ii-40:\n");

        var error = LoadErrors.Single(yaml);

        Assert.Equal($"{DefaultProtocolFile.Label}:{DefaultProtocolFile.LineOf(yaml, "name: Flowonix Prometra II 40 mL") - 1}", error.Location);
        Assert.Equal("the key 'synchromed-ii-40' appears twice in the same mapping; keys such as pump ids must be unique.", error.Message);
    }

    [Fact]
    public void An_empty_file_says_so()
    {
        var error = LoadErrors.Single(string.Empty);

        Assert.Equal(DefaultProtocolFile.Label, error.Location);
        Assert.StartsWith("the file is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_of_comments_only_is_empty()
    {
        var error = LoadErrors.Single("# nothing here yet\n\n");

        Assert.StartsWith("the file is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_mapping_is_rejected_at_line_1()
    {
        var error = LoadErrors.Single("just some text\n");

        Assert.Equal($"{DefaultProtocolFile.Label}:1", error.Location);
        Assert.Contains("not 'just some text'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_yaml_document_is_rejected()
    {
        var yaml = DefaultProtocolFile.Text + "---\nschema: itb-protocol/1\n";

        var error = LoadErrors.Single(yaml);

        Assert.Contains("one YAML document", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_reported_at_its_path()
    {
        var path = Path.Combine(Path.GetTempPath(), "itb-no-such-dir", "missing.yaml");

        var errors = LoadErrors.OfFile(path);

        var error = Assert.Single(errors);
        Assert.Equal(path, error.Location);
        Assert.StartsWith("protocol file not found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_given_as_the_protocol_is_reported_at_its_path()
    {
        var error = Assert.Single(LoadErrors.OfFile(Path.GetTempPath()));

        Assert.Equal(Path.GetTempPath(), error.Location);
        Assert.Contains("folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreadable_file_is_reported_at_its_path()
    {
        // Another process holds the file locked for itself: the read fails even for root, where file modes would not stop it.
        var path = Path.Combine(Path.GetTempPath(), $"itb-locked-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, DefaultProtocolFile.Text);
        try
        {
            using (new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
            {
                var error = Assert.Single(LoadErrors.OfFile(path));

                Assert.Equal(path, error.Location);
                Assert.StartsWith("the protocol file cannot be read: ", error.Message, StringComparison.Ordinal);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_copy_of_the_default_file_loads_from_anywhere()
    {
        var path = Path.Combine(Path.GetTempPath(), $"itb-copy-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, DefaultProtocolFile.Text);
        try
        {
            var protocol = ProtocolLoader.LoadFile(path);

            Assert.Equal(path, protocol.Location);
            Assert.StartsWith(path + ":", protocol.Refill.MarginDays.Source.Location, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
