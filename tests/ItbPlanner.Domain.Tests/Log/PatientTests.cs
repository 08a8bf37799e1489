using FsCheck;
using FsCheck.Fluent;
using ItbPlanner.Domain.Errors;
using ItbPlanner.Domain.Log;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Testing;

namespace ItbPlanner.Domain.Tests.Log;

public class PatientTests
{
    [Fact]
    public void Risk_factors_are_a_set_kept_in_order()
    {
        var patient = LogSamples.Patient() with
        {
            WithdrawalRiskFactors = [WithdrawalRiskFactor.PreviousWithdrawal, WithdrawalRiskFactor.SpinalCordInjuryT6OrAbove, WithdrawalRiskFactor.PreviousWithdrawal],
        };

        Assert.Equal([WithdrawalRiskFactor.SpinalCordInjuryT6OrAbove, WithdrawalRiskFactor.PreviousWithdrawal], patient.WithdrawalRiskFactors);
        Assert.True(patient.HasWithdrawalRisk);
        Assert.Empty(new Patient(LogSamples.P1, "x", Population.Adult, SpasticityOrigin.Other).WithdrawalRiskFactors);
    }

    [Fact]
    public void Equality_compares_every_detail_and_the_risk_factors_by_value()
    {
        Assert.Equal(LogSamples.Patient(), LogSamples.Patient());
        Assert.Equal(LogSamples.Patient().GetHashCode(), LogSamples.Patient().GetHashCode());
        Assert.NotEqual(LogSamples.Patient(), LogSamples.Patient() with { WithdrawalRiskFactors = [] });
        Assert.NotEqual(LogSamples.Patient(), LogSamples.Patient() with { Catheter = null });
    }

    [Fact]
    public void A_patient_needs_a_label_and_known_codes()
    {
        Assert.Equal("label", Assert.Throws<InvalidInputException>(() => (LogSamples.Patient() with { Label = " " }).Validate()).Input);
        Assert.Equal("origin", Assert.Throws<InvalidInputException>(() => (LogSamples.Patient() with { Origin = 0 }).Validate()).Input);
        Assert.Equal("pump", Assert.Throws<InvalidInputException>(() => (LogSamples.Patient() with { PumpModelId = "synchro med" }).Validate()).Input);
    }

    [Theory]
    [InlineData("P-0001")]
    [InlineData("a")]
    [InlineData("MRN.123_4")]
    public void Clinic_identifiers_are_accepted(string id)
    {
        Assert.Equal(id, new PatientId(id).Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-lead")]
    [InlineData("with space")]
    [InlineData("a/b")]
    [InlineData("é")]
    public void Identifiers_that_would_be_ambiguous_in_files_or_commands_are_refused(string id)
    {
        var error = Assert.Throws<InvalidInputException>(() => new PatientId(id));

        Assert.Contains("is not a valid patient id", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_identifier_is_valid_exactly_when_it_can_be_constructed()
    {
        Check.QuickThrowOnFailure(Prop.ForAll<string>(text =>
        {
            if (text is null)
            {
                return true;
            }

            var constructed = true;
            try
            {
                _ = new PatientId(text);
            }
            catch (InvalidInputException)
            {
                constructed = false;
            }

            return constructed == PatientId.IsValid(text) && (!constructed || text.Length <= PatientId.MaxLength);
        }));
    }
}
