package org.mscpathway.bench;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code --name=value} arguments with defaults; an unknown name is refused, naming the known ones. */
public final class Options {

    private final Map<String, String> values = new HashMap<>();

    public Options(String[] args, Map<String, String> defaults) {
        values.putAll(defaults);
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("arguments are --name=value (got '" + arg + "')");
            }
            String name = arg.substring(2, eq);
            if (!defaults.containsKey(name)) {
                throw new IllegalArgumentException("unknown option --" + name + "; known: " + defaults.keySet());
            }
            values.put(name, arg.substring(eq + 1));
        }
    }

    public String text(String name) {
        return values.get(name);
    }

    public int number(String name) {
        try {
            return Integer.parseInt(values.get(name));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number (got '" + values.get(name) + "')");
        }
    }

    public List<Integer> numbers(String name) {
        try {
            return Arrays.stream(values.get(name).split(",")).map(String::trim).map(Integer::valueOf).toList();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be whole numbers separated by commas (got '"
                    + values.get(name) + "')");
        }
    }
}
