package org.mscpathway.platform.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mscpathway.platform.security.CurrentActor;
import org.mscpathway.workflow.pathway.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Records every successful read of one case's patient data (the case JSON, the case page, the physician's review
 * page) in {@code msc.patient_data_access}: who, with which roles, when, which case, through what. Answers that
 * carry the case after a command are reads too and are recorded the same way.
 */
@Component
public class PatientDataReads implements HandlerInterceptor, WebMvcConfigurer {

    private static final Logger log = LoggerFactory.getLogger(PatientDataReads.class);
    private static final Pattern CASE = Pattern.compile(
            "/(api/v1/cases|cases)/([0-9a-fA-F-]{36})(/review|/medical-history|/physical-exam|/investigations"
                    + "|/decision|/withdraw)?");

    private final JdbcClient jdbc;
    private final CurrentActor currentActor;

    PatientDataReads(JdbcClient jdbc, CurrentActor currentActor) {
        this.jdbc = jdbc;
        this.currentActor = currentActor;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/v1/cases/*", "/api/v1/cases/*/*", "/cases/*",
                "/cases/*/review");
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        if (response.getStatus() != 200 || ex != null) {
            return;
        }
        Matcher path = CASE.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        boolean api = path.matches() && path.group(1).startsWith("api");
        if (!path.matches() || (!api && !"GET".equals(request.getMethod()))
                || (api && "GET".equals(request.getMethod()) && path.group(3) != null)) {
            return;
        }
        UUID caseId = UUID.fromString(path.group(2));
        String channel = (api ? "API " : "UI ") + request.getMethod() + " "
                + (api ? "/api/v1/cases/{id}" : "/cases/{id}") + (path.group(3) == null ? "" : path.group(3));
        currentActor.find().ifPresent(actor -> {
            try {
                jdbc.sql("INSERT INTO msc.patient_data_access (username, roles, case_id, channel) VALUES (?, ?, ?, ?)")
                        .params(actor.username(), actor.roles().stream().map(Role::name).sorted()
                                .toArray(String[]::new), caseId, channel).update();
            } catch (RuntimeException e) {
                log.error("Could not record a read of case {} by {} in the access log", caseId, actor.username(), e);
            }
        });
    }

    /** The reads of one case's patient data, oldest first. */
    public List<Access> of(UUID caseId) {
        return jdbc.sql("""
                SELECT accessed_at, username, roles, channel FROM msc.patient_data_access
                 WHERE case_id = ? ORDER BY id""")
                .param(caseId)
                .query((rs, n) -> new Access(rs.getTimestamp(1).toInstant(), rs.getString(2),
                        List.of((String[]) rs.getArray(3).getArray()), rs.getString(4)))
                .list();
    }

    /** One read: who, with which roles, when, through what (e.g. {@code API GET /api/v1/cases/{id}}). */
    public record Access(Instant at, String user, List<String> roles, String channel) {
    }
}
