package org.mscpathway.workflow.pathway;

import java.util.Optional;

/**
 * Where {@link Rulesets} finds the stored catalogue documents: implemented by ruleset governance over its table.
 * Called inside or outside a transaction; a stored document never changes, so callers may cache what they parse.
 */
public interface RulesetSource {

    /** The version new evaluations use, if governance has stored one. */
    Optional<String> activeVersion();

    /** The catalogue document of a stored version (any state), in the shipped file's format. */
    Optional<String> document(String rulesetVersion);
}
