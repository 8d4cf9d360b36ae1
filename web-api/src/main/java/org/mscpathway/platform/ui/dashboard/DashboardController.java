package org.mscpathway.platform.ui.dashboard;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.mscpathway.platform.security.Actor;
import org.mscpathway.platform.ui.Labels;
import org.mscpathway.workflow.pathway.ScreeningFigures;
import org.mscpathway.workflow.pathway.ScreeningFigures.Count;
import org.mscpathway.workflow.pathway.ScreeningFigures.Figures;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /dashboard}: for the user's care teams, the screening funnel (cases reaching each step, how they ended) and
 * the exclusion reasons by rule group for the cases opened in a chosen period (default: the last 90 days), as SVG
 * charts; {@code /dashboard.csv}: the same numbers.
 */
@Controller
class DashboardController {

    private static final int DEFAULT_DAYS = 90;

    private final ScreeningFigures figures;
    private final Labels labels;
    private final ZoneId zone = ZoneId.systemDefault();

    DashboardController(ScreeningFigures figures, Labels labels) {
        this.figures = figures;
        this.labels = labels;
    }

    @GetMapping("/dashboard")
    String dashboard(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                     Actor actor, Model model) {
        Period period = Period.of(from, to, LocalDate.now(zone));
        Figures numbers = figures.of(period.from(), period.to(), zone, actor.teams());
        model.addAttribute("period", period);
        model.addAttribute("figures", numbers);
        model.addAttribute("funnel", BarChart.of("funnel", "dashboard.chart.funnel", funnelRows(numbers)));
        model.addAttribute("outcomes", BarChart.of("outcomes", "dashboard.chart.outcomes",
                rows(numbers.outcomes(), true)));
        model.addAttribute("exclusions", BarChart.of("exclusions", "dashboard.chart.exclusions",
                rows(numbers.exclusions(), false)));
        return "dashboard/dashboard";
    }

    @GetMapping(path = "/dashboard.csv")
    ResponseEntity<String> csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                               Actor actor) {
        Period period = Period.of(from, to, LocalDate.now(zone));
        Figures numbers = figures.of(period.from(), period.to(), zone, actor.teams());
        StringBuilder csv = new StringBuilder("period_from,period_to,section,item,cases\n");
        String prefix = period.from() + "," + period.to() + ",";
        csv.append(prefix).append("opened,ALL,").append(numbers.opened()).append('\n');
        numbers.reached().forEach(c -> csv.append(prefix).append("reached_step,").append(c.key()).append(',')
                .append(c.cases()).append('\n'));
        numbers.outcomes().forEach(c -> csv.append(prefix).append("status,").append(c.key()).append(',')
                .append(c.cases()).append('\n'));
        numbers.exclusions().forEach(c -> csv.append(prefix).append("ineligible_by_rule_group,").append(c.key())
                .append(',').append(c.cases()).append('\n'));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"msc-screening-" + period.from()
                        + "-" + period.to() + ".csv\"")
                .body(csv.toString());
    }

    private List<BarChart.Row> funnelRows(Figures numbers) {
        List<BarChart.Row> rows = new ArrayList<>();
        numbers.reached().forEach(c -> rows.add(new BarChart.Row(labels.step(c.key()), c.cases())));
        return rows;
    }

    private List<BarChart.Row> rows(List<Count> counts, boolean statuses) {
        return counts.stream().map(c -> new BarChart.Row(statuses ? labels.status(c.key()) : labels.group(c.key()),
                c.cases())).toList();
    }

    /**
     * The chosen period; an unreadable or reversed one falls back to the default and says so.
     *
     * @param problem the message key of what was wrong with the dates asked for, or null
     */
    record Period(LocalDate from, LocalDate to, String problem) {
        public int defaultDays() {
            return DEFAULT_DAYS;
        }

        static Period of(String from, String to, LocalDate today) {
            try {
                LocalDate end = to == null || to.isBlank() ? today : LocalDate.parse(to);
                LocalDate start = from == null || from.isBlank() ? end.minusDays(DEFAULT_DAYS) : LocalDate.parse(from);
                if (start.isAfter(end)) {
                    return new Period(today.minusDays(DEFAULT_DAYS), today, "dashboard.problem.reversed");
                }
                return new Period(start, end, null);
            } catch (DateTimeParseException e) {
                return new Period(today.minusDays(DEFAULT_DAYS), today, "dashboard.problem.unreadable");
            }
        }
    }
}
