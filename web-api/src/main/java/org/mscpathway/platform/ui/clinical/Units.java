package org.mscpathway.platform.ui.clinical;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Units and numbers as people write them: UCUM {@code 10*9/L} is {@code ×10⁹/L}, {@code umol/L} is {@code µmol/L}. */
final class Units {

    private static final Pattern POWER = Pattern.compile("^[x×]?10[*^](\\d+)");
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    /** A catalogue unit written {@code 10*9/L} inside a sentence (screening-core's evidence). */
    private static final Pattern POWER_IN_TEXT = Pattern.compile("(?<![\\w.])10\\*(\\d+)/");

    private Units() {
    }

    /** The unit for display; a dimensionless one (an INR's {@code ratio}) is empty, {@code null} stays empty. */
    static String readable(String unit) {
        if (unit == null || unit.isBlank()) {
            return "";
        }
        String u = unit.strip();
        switch (u) {
            case "ratio", "{ratio}", "{INR}", "1" -> {
                return "";
            }
            case "mL/min/1.73m2", "mL/min/{1.73_m2}" -> {
                return "mL/min/1.73 m²";
            }
            default -> { }
        }
        Matcher power = POWER.matcher(u);
        if (power.find()) {
            u = "×10" + superscript(power.group(1)) + u.substring(power.end());
        }
        return u.replace("[IU]", "IU").replace("umol", "µmol").replace("ug/", "µg/").replace("/uL", "/µL")
                .replace("/mm3", "/mm³");
    }

    /** A sentence with its catalogue units readable: "2.5 10*9/L on 2026-11-20" → "2.5 ×10⁹/L on 2026-11-20". */
    static String readableIn(String text) {
        if (text == null) {
            return "";
        }
        Matcher power = POWER_IN_TEXT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (power.find()) {
            power.appendReplacement(out, Matcher.quoteReplacement("×10" + superscript(power.group(1)) + "/"));
        }
        power.appendTail(out);
        return out.toString().replace("mL/min/1.73m2", "mL/min/1.73 m²").replace("umol/L", "µmol/L")
                .replace("/uL", "/µL");
    }

    /** A number the reader's way, without trailing zeros: 6.4, 1,200, 0.35. */
    static String number(double value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(3);
        return format.format(value);
    }

    /** A value with its unit, or the value alone when the unit is dimensionless. */
    static String withUnit(String value, String readableUnit) {
        if (readableUnit.isEmpty()) {
            return value;
        }
        return readableUnit.startsWith("%") ? value + readableUnit : value + " " + readableUnit;
    }

    private static String superscript(String digits) {
        StringBuilder out = new StringBuilder();
        digits.chars().forEach(d -> out.append(SUPERSCRIPTS.charAt(d - '0')));
        return out.toString();
    }
}
