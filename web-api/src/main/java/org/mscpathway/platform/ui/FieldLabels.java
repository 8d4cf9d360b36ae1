package org.mscpathway.platform.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The summary of a refused form names each field by the label a person sees beside it ("Diastolic blood pressure
 * (mmHg)", "Result 2: date of the sample"), not by its path in the record ({@code physicalExam.diastolicMmHg}), and
 * links to it: the anchor is the id of the field's input on the step forms (rows.html, case.html, new.html), so a
 * click moves to the field and focuses it. Templates call it as {@code @fieldLabels}.
 */
@Component("fieldLabels")
public class FieldLabels {

    /** One line of the summary; {@code anchor} is null for a field with no input on the page. */
    public record Link(String label, String anchor, String message) {
    }

    private static final Pattern ROW =
            Pattern.compile("(?:medicalHistory\\.)?(conditions|medications|allergies|observations|imaging)\\[(\\d+)]\\.(\\w+)");
    private static final Pattern FIELD = Pattern.compile("(patient|physicalExam|medicalHistory)\\.(\\w+)");

    /** A list's rows: the prefix of their ids (rows.html) and how one is named. */
    private static final Map<String, String[]> LISTS = Map.of(
            "conditions", new String[] {"cond", "rows.condition"},
            "medications", new String[] {"med", "rows.medication"},
            "allergies", new String[] {"all", "rows.allergy"},
            "observations", new String[] {"obs", null},
            "imaging", new String[] {"img", "rows.imaging"});

    /** Columns whose heading key or id is not named after the field. */
    private static final Map<String, String> COLUMNS = Map.of("end", "stoppedOn", "loinc", "test",
            "suspectedMalignancy", "suspected");

    private final MessageSource messages;

    FieldLabels(MessageSource messages) {
        this.messages = messages;
    }

    /** Every message of the form, its field named and linked, in the order the pathway named them. */
    public List<Link> summary(FieldMessages errors) {
        List<Link> links = new ArrayList<>();
        errors.all().forEach((path, message) -> {
            FieldMessages.FieldName own = errors.nameOf(path);
            links.add(own != null ? new Link(own.label(), own.anchor(), message)
                    : new Link(label(path), anchor(path), message));
        });
        return links;
    }

    /** The label of the field at {@code path} on the step forms; the path itself for one they do not show. */
    public String label(String path) {
        Matcher row = ROW.matcher(path);
        if (row.matches()) {
            int n = Integer.parseInt(row.group(2)) + 1;
            String list = row.group(1);
            String field = row.group(3);
            String column = COLUMNS.getOrDefault(field, field);
            if (list.equals("observations")) {
                return text("rows.result." + column, path, n);
            }
            if (list.equals("imaging") && column.equals("suspected")) {
                return text("rows.imaging.suspected", path, n);
            }
            if (list.equals("allergies") && field.equals("atc")) {
                return text("rows.allergyAtc", path, n);
            }
            return text("rows.cell", path, text(LISTS.get(list)[1], list), n, text("case.col." + column, field));
        }
        Matcher field = FIELD.matcher(path);
        if (field.matches()) {
            return switch (field.group(1)) {
                case "patient" -> text("new." + field.group(2), path);
                case "physicalExam" -> text("exam." + field.group(2), path);
                default -> text("case." + field.group(2), path);
            };
        }
        return path;
    }

    /** The id of the field's input on the step forms, or null when they have none for it. */
    public String anchor(String path) {
        Matcher row = ROW.matcher(path);
        if (row.matches()) {
            String field = row.group(3);
            String id = row.group(1).equals("imaging") && field.equals("suspectedMalignancy") ? "suspected" : field;
            return LISTS.get(row.group(1))[0] + "-" + row.group(2) + "-" + id;
        }
        Matcher field = FIELD.matcher(path);
        if (field.matches()) {
            String name = field.group(2);
            return field.group(1).equals("medicalHistory") && LISTS.containsKey(name) ? name + "-none" : name;
        }
        return null;
    }

    private String text(String key, String fallback, Object... arguments) {
        return messages.getMessage(key, arguments, fallback, LocaleContextHolder.getLocale());
    }
}
