using ItbPlanner.Application.Clinic;
using ItbPlanner.Application.OralWean;
using ItbPlanner.Application.Patients;
using ItbPlanner.Application.Protocols;
using ItbPlanner.Application.Recording;
using ItbPlanner.Application.Refills;
using ItbPlanner.Application.Review;
using ItbPlanner.Application.Screening;
using ItbPlanner.Application.Titration;
using ItbPlanner.Domain.Protocols;

namespace ItbPlanner.App.Tui;

/// <summary>The use cases the terminal UI's screens call, constructed by the host; the screens reach nothing below them.</summary>
/// <param name="Protocol">The protocol in force (its strengths, pumps and catheters are the choices offered).</param>
/// <param name="Clinic">The home screen: schedule, pending plans, open alarms, critical findings.</param>
/// <param name="Roster">The registered patients.</param>
/// <param name="Patients">Opens a patient's file.</param>
/// <param name="Register">Registers a patient.</param>
/// <param name="Record">Records a visit's entries: preview, then log in one transaction.</param>
/// <param name="Acknowledge">Raises and acknowledges critical alerts.</param>
/// <param name="Reconcile">Reconciles an aspirated residual with the log.</param>
/// <param name="Bridge">The bridge for a refill at a new strength.</param>
/// <param name="Doses">A maintenance change's check.</param>
/// <param name="Titration">Plans a titration day.</param>
/// <param name="Screening">The screening trial's plan.</param>
/// <param name="OralWean">An oral baclofen wean step: what is in force, the plan to zero and this visit's change.</param>
/// <param name="Log">Reads a patient's log for review.</param>
/// <param name="Export">Prepares a verified export.</param>
/// <param name="Timeline">A patient's therapy timeline.</param>
/// <param name="ProtocolPages">The protocol's settings.</param>
internal sealed record TuiUseCases(
    Protocol Protocol,
    ClinicOverview Clinic,
    ListPatients Roster,
    OpenPatient Patients,
    RegisterPatient Register,
    RecordEntry Record,
    AcknowledgeAlerts Acknowledge,
    ReconcilePatientFill Reconcile,
    PlanRefillBridge Bridge,
    PlanDoses Doses,
    TitrationDay Titration,
    PlanScreening Screening,
    WeanOralBaclofen OralWean,
    ReadPatientLog Log,
    ExportLog Export,
    ShowTimeline Timeline,
    ShowProtocol ProtocolPages);
