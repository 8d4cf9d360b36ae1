package org.mscpathway.platform.ui.rules;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mscpathway.screening.Screening;
import org.mscpathway.screening.assessment.RuleGroup;
import org.mscpathway.screening.catalogue.RuleDescription;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /rules} (administrators): the rule catalogue in use, by group, and the indications' standard plans. */
@Controller
record RulesPageController(Screening screening) {

    @GetMapping("/rules")
    String rules(Model model) {
        Map<RuleGroup, List<RuleDescription>> byGroup = new TreeMap<>();
        for (RuleGroup group : RuleGroup.values()) {
            byGroup.put(group, screening.rules().stream().filter(r -> r.group() == group).toList());
        }
        model.addAttribute("rulesetVersion", screening.rulesetVersion());
        model.addAttribute("groups", byGroup);
        model.addAttribute("ruleCount", screening.rules().size());
        model.addAttribute("indications", screening.indications());
        return "rules/rules";
    }
}
