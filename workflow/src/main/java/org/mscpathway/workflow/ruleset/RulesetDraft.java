package org.mscpathway.workflow.ruleset;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A proposed ruleset version: {@code {"basedOn", "version", "summary", "catalogue": {...}}}.
 *
 * @param catalogue the whole catalogue document in the shipped file's format; its {@code rulesetVersion} is set to
 *                  {@code version} when absent and must equal it when present
 */
public record RulesetDraft(String basedOn, String version, String summary, JsonNode catalogue) {
}
