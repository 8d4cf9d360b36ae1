package org.mscpathway.platform.interop;

import java.time.Clock;
import java.util.List;
import org.mscpathway.interop.careplan.CarePlanExport;
import org.mscpathway.interop.cdshooks.CdsHooksService;
import org.mscpathway.interop.cdshooks.CdsSettings;
import org.mscpathway.interop.cdshooks.EligibilityEvaluator;
import org.mscpathway.interop.cdshooks.HttpFhirServer;
import org.mscpathway.interop.cdshooks.InvalidCdsRequestException;
import org.mscpathway.interop.fhir.BundleImport;
import org.mscpathway.interop.fhir.InvalidFhirException;
import org.mscpathway.platform.problem.FieldProblem;
import org.mscpathway.platform.problem.ProblemMapping;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/** FHIR import, CarePlan export and the CDS Hooks service, and how their refusals are answered. */
@Configuration(proxyBeanMethods = false)
class InteropConfiguration {

    @Bean
    BundleImport bundleImport() {
        return new BundleImport(Clock.systemDefaultZone());
    }

    @Bean
    CarePlanExport carePlanExport() {
        return new CarePlanExport();
    }

    @Bean
    CdsHooksService cdsHooksService(BundleImport bundleImport, EligibilityEvaluator evaluator,
            CdsHooksProperties properties) {
        return new CdsHooksService(bundleImport, evaluator, new HttpFhirServer(properties.fetchTimeout()),
                new CdsSettings(properties.openCaseUrl(), properties.indication(), properties.allowedFhirServers()));
    }

    /** Malformed FHIR: a 400 naming the resource and the element. */
    @Bean
    ProblemMapping invalidFhirProblem() {
        return ProblemMapping.invalid(InvalidFhirException.class,
                e -> List.of(new FieldProblem(e.resource() + " " + e.element(), e.problem())));
    }

    @Bean
    ProblemMapping fhirRecordRejectedProblem() {
        return ProblemMapping.invalid(FhirRecordRejectedException.class, FhirRecordRejectedException::problems);
    }

    @Bean
    ProblemMapping invalidCdsRequestProblem() {
        return ProblemMapping.invalid(InvalidCdsRequestException.class,
                e -> List.of(new FieldProblem(e.field(), e.getMessage().substring(e.field().length() + 2))));
    }

    @Bean
    ProblemMapping noApprovedPlanProblem() {
        return ProblemMapping.of(NoApprovedPlanException.class, HttpStatus.CONFLICT, "No approved plan");
    }

    @Bean
    ProblemMapping fhirImportRefusedProblem() {
        return ProblemMapping.of(FhirImportRefusedException.class, HttpStatus.CONFLICT, "FHIR import refused");
    }

    @Bean
    ProblemMapping noFhirImportProblem() {
        return ProblemMapping.of(NoFhirImportException.class, HttpStatus.NOT_FOUND, "No FHIR import");
    }

    @Bean
    ProblemMapping unknownCdsServiceProblem() {
        return ProblemMapping.of(UnknownCdsServiceException.class, HttpStatus.NOT_FOUND, "Unknown CDS service");
    }
}
