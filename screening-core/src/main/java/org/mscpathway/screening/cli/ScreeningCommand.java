package org.mscpathway.screening.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.mscpathway.screening.Screening;
import org.mscpathway.screening.assessment.EvaluationMode;
import org.mscpathway.screening.catalogue.CatalogueMarkdown;
import org.mscpathway.screening.catalogue.InvalidCatalogueException;
import org.mscpathway.screening.json.FieldError;
import org.mscpathway.screening.json.InvalidRecordException;
import org.mscpathway.screening.json.PatientRecordReader;
import org.mscpathway.screening.json.ScreeningJson;
import org.mscpathway.screening.record.PatientRecord;

/**
 * {@code msc-screen.jar}: the stand-alone evaluator for clinical governance and batch work.
 * Exit status 0 for any outcome, 2 for an unreadable or invalid record (each bad field on standard error),
 * 1 for a usage error or an unusable catalogue.
 */
public final class ScreeningCommand {

    static final int OK = 0;
    static final int USAGE = 1;
    static final int INVALID_RECORD = 2;

    private static final String USAGE_TEXT = """
            usage: java -jar msc-screen.jar [--catalogue FILE] evaluate FILE
                   java -jar msc-screen.jar [--catalogue FILE] rules [--format json|markdown]
              evaluate FILE   full evaluation of a patient record (FILE '-' reads standard input, UTF-8);
                              a scenario file {"record": {...}, "expected": {...}} is accepted too
              rules           the rule catalogue with its rulesetVersion, as JSON (default) or as the Markdown
                              of docs/clinical-rules.md
              --catalogue F   a site's own catalogue file instead of the shipped one""";

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    ScreeningCommand(InputStream in, PrintStream out, PrintStream err, Clock clock) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(new ScreeningCommand(System.in, out, err, Clock.systemDefaultZone()).run(args));
    }

    int run(String[] args) {
        List<String> words = new ArrayList<>(List.of(args));
        Path catalogueFile = null;
        int option = words.indexOf("--catalogue");
        if (option >= 0) {
            if (option + 1 >= words.size()) {
                return usage("--catalogue needs a file");
            }
            catalogueFile = Path.of(words.get(option + 1));
            words.subList(option, option + 2).clear();
        }
        if (words.isEmpty()) {
            return usage("no command given");
        }
        String command = words.get(0);
        if (command.equals("rules") && (words.size() == 1 || words.size() == 3 && words.get(1).equals("--format"))) {
            String format = words.size() == 1 ? "json" : words.get(2);
            if (!format.equals("json") && !format.equals("markdown")) {
                return usage("unknown format '" + format + "' (expected json or markdown)");
            }
            return withScreening(catalogueFile, screening -> {
                out.print(format.equals("json") ? ScreeningJson.pretty(ScreeningJson.catalogueToJson(screening)) + "\n"
                        : CatalogueMarkdown.render(screening.catalogue()));
                return OK;
            });
        }
        if (command.equals("evaluate") && words.size() == 2) {
            String file = words.get(1);
            return withScreening(catalogueFile, screening -> evaluate(screening, file));
        }
        return usage("unknown command or wrong arguments: " + String.join(" ", args));
    }

    private interface Command {
        int run(Screening screening);
    }

    private int withScreening(Path catalogueFile, Command command) {
        Screening screening;
        try {
            screening = catalogueFile == null ? Screening.withDefaultCatalogue() : Screening.withCatalogue(catalogueFile);
        } catch (InvalidCatalogueException e) {
            err.println("msc-screen: " + e.getMessage());
            return USAGE;
        }
        return command.run(screening);
    }

    private int evaluate(Screening screening, String file) {
        String json;
        try {
            json = file.equals("-") ? new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    : Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            err.println("msc-screen: cannot read " + file + " (" + e.getClass().getSimpleName() + ")");
            return INVALID_RECORD;
        }
        try {
            JsonNode document = PatientRecordReader.parse(json);
            JsonNode record = isScenario(document) ? document.get("record") : document;
            PatientRecord patientRecord = new PatientRecordReader(clock, screening).read(record);
            out.println(ScreeningJson.pretty(ScreeningJson.toJson(screening.evaluate(patientRecord, EvaluationMode.FULL))));
            return OK;
        } catch (InvalidRecordException e) {
            err.println("msc-screen: invalid record " + file + ":");
            for (FieldError error : e.errors()) {
                err.println("  " + error);
            }
            return INVALID_RECORD;
        }
    }

    /** The scenario files of the project: the record under {@code "record"}, with an {@code "expected"} result. */
    private static boolean isScenario(JsonNode document) {
        return document != null && document.isObject() && document.path("record").isObject()
                && !document.has("patient");
    }

    private int usage(String problem) {
        err.println("msc-screen: " + problem);
        err.println(USAGE_TEXT);
        return USAGE;
    }
}
