package org.mscpathway.workflow.pathway;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The pathway's beans, listed rather than scanned: what the module contributes to an application is written here.
 * The BPMN reaches its delegates by bean name, so those carry their names explicitly ({@code @Component("…")}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PathwaySla.class)
@Import({ScreeningCases.class, CaseRescreen.class, CaseWhatIf.class, ScreeningFigures.class,
        CaseStore.class, AssessmentLog.class, PlanBook.class, PlanProposals.class, DecisionLog.class,
        CaseContributions.class, OverrideProposals.class, CaseRecords.class, CaseEvaluation.class, JsonColumns.class,
        PathwayMetrics.class, TaskCompletion.class,
        StepTracker.class, SlaTimers.class, CloseCase.class,
        EvaluateMedicalHistoryStep.class, EvaluatePhysicalExamStep.class, EvaluateInvestigationsStep.class,
        EvaluateContraindicationsStep.class, DraftTreatmentPlanStep.class, RedraftTreatmentPlanStep.class,
        RaiseOverdueEscalationStep.class})
public class PathwayConfiguration {
}
