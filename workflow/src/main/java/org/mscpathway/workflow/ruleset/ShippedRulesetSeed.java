package org.mscpathway.workflow.ruleset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.mscpathway.screening.Screening;
import org.mscpathway.screening.catalogue.Catalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the first start of a database, stores the catalogue this instance was started with (the shipped file, or the
 * site's {@code msc.screening.catalogue}) as the active version, authored by "system". Later starts change
 * nothing: from then on governance decides which version is active.
 */
@Component
class ShippedRulesetSeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ShippedRulesetSeed.class);

    private final RulesetStore store;
    private final Screening shipped;
    private final String catalogueFile;
    private final Clock clock;

    ShippedRulesetSeed(RulesetStore store, Screening shipped,
                       @Value("${msc.screening.catalogue:}") String catalogueFile, Clock clock) {
        this.store = store;
        this.shipped = shipped;
        this.catalogueFile = catalogueFile;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (store.seed(shipped.rulesetVersion(), document(), clock.instant())) {
            log.info("Stored ruleset {} as the active version (first start of this database)",
                    shipped.rulesetVersion());
        }
    }

    private String document() {
        try {
            if (!catalogueFile.isBlank()) {
                return Files.readString(Path.of(catalogueFile), StandardCharsets.UTF_8);
            }
            try (InputStream in = Catalogue.class.getResourceAsStream(Catalogue.DEFAULT_RESOURCE)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the catalogue this instance started with", e);
        }
    }
}
