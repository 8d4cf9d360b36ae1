package org.mscpathway.screening.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mscpathway.screening.assessment.Severity;
import org.mscpathway.screening.plan.IndicationProfile;

/**
 * A loaded, validated rule catalogue: the rules as described to clinicians, every threshold and window, the code
 * sets, the components of each product and the indication profiles. Immutable.
 * The file format is described in {@code screening-core/README.md}; the shipped default is
 * {@value #DEFAULT_RESOURCE}.
 */
public final class Catalogue {

    public static final String DEFAULT_RESOURCE = "/org/mscpathway/screening/catalogue-2026.2.json";

    private final String rulesetVersion;
    private final List<RuleDescription> rules;
    private final Map<String, RuleDescription> rulesById;
    private final Thresholds thresholds;
    private final Map<CodeList, CodeSet> codes;
    private final Map<String, List<ProductComponent>> productComponents;
    private final List<IndicationProfile> indications;
    private final Map<String, IndicationProfile> indicationsByCode;

    Catalogue(String rulesetVersion, List<RuleDescription> rules, Thresholds thresholds, Map<CodeList, CodeSet> codes,
              Map<String, List<ProductComponent>> productComponents, List<IndicationProfile> indications) {
        this.rulesetVersion = rulesetVersion;
        this.rules = List.copyOf(rules);
        this.rulesById = new LinkedHashMap<>();
        rules.forEach(rule -> rulesById.put(rule.id(), rule));
        this.thresholds = thresholds;
        this.codes = new EnumMap<>(codes);
        this.productComponents = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(productComponents));
        this.indications = List.copyOf(indications);
        this.indicationsByCode = new LinkedHashMap<>();
        indications.forEach(indication -> indicationsByCode.put(indication.code(), indication));
    }

    /** The catalogue shipped in this jar. */
    public static Catalogue loadDefault() {
        try (InputStream in = Catalogue.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new InvalidCatalogueException(DEFAULT_RESOURCE, List.of("not found on the class path"));
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new InvalidCatalogueException(DEFAULT_RESOURCE, List.of("cannot be read: " + e.getMessage()));
        }
    }

    /** A site's own catalogue file. */
    public static Catalogue load(Path file) {
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw new InvalidCatalogueException(file.toString(), List.of("cannot be read (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")"));
        }
        return parse(json, file.toString());
    }

    /**
     * @param sourceName how error messages name the catalogue, e.g. its file name
     * @throws InvalidCatalogueException naming every problem by its key
     */
    public static Catalogue parse(String json, String sourceName) {
        return new CatalogueFile(sourceName).parse(json);
    }

    public String rulesetVersion() {
        return rulesetVersion;
    }

    public List<RuleDescription> rules() {
        return rules;
    }

    public Optional<RuleDescription> rule(String id) {
        return Optional.ofNullable(rulesById.get(id));
    }

    /** The thresholds every indication uses unless its profile overrides them. */
    public Thresholds thresholds() {
        return thresholds;
    }

    /** The thresholds with {@code indication}'s overrides applied. */
    public Thresholds thresholdsFor(IndicationProfile indication) {
        if (indication.thresholdOverrides().isEmpty()) {
            return thresholds;
        }
        Map<Threshold, Double> overrides = new EnumMap<>(Threshold.class);
        indication.thresholdOverrides().forEach((key, value) -> overrides.put(Threshold.forKey(key), value));
        return thresholds.with(overrides);
    }

    /** The severity a rule has for {@code indication}: its profile's override, else the catalogue's default. */
    public Severity severityFor(RuleDescription rule, IndicationProfile indication) {
        return indication.severityOverrides().getOrDefault(rule.id(), rule.severity());
    }

    public CodeSet codes(CodeList list) {
        return codes.get(list);
    }

    /** The products the catalogue describes, in file order. */
    public List<String> products() {
        return List.copyOf(productComponents.keySet());
    }

    /** The components of a product, by which allergies are matched. */
    public List<ProductComponent> componentsOf(String product) {
        return productComponents.getOrDefault(product, List.of());
    }

    public List<IndicationProfile> indications() {
        return indications;
    }

    public Optional<IndicationProfile> indication(String code) {
        return Optional.ofNullable(indicationsByCode.get(code));
    }
}
