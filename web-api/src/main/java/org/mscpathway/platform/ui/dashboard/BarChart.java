package org.mscpathway.platform.ui.dashboard;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart laid out on the server, drawn by the template as SVG: a label column, one bar per row
 * scaled to the largest value, the number at the bar's end. Its title is a message key, in the reader's language on
 * the page.
 */
record BarChart(String id, String title, List<Bar> bars, int width, int height) {

    static final int LABEL_WIDTH = 160;
    static final int ROW_HEIGHT = 30;
    static final int BAR_HEIGHT = 20;
    static final int WIDTH = 460;
    static final int NUMBER_SPACE = 40;

    record Bar(String label, long value, int y, int barWidth) {
        public int textY() {
            return y + BAR_HEIGHT / 2 + 5;
        }

        public int valueX() {
            return LABEL_WIDTH + barWidth + 6;
        }
    }

    record Row(String label, long value) {
    }

    static BarChart of(String id, String title, List<Row> rows) {
        long max = rows.stream().mapToLong(Row::value).max().orElse(0);
        int room = WIDTH - LABEL_WIDTH - NUMBER_SPACE;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            int width = max == 0 ? 0 : (int) Math.round((double) row.value() / max * room);
            bars.add(new Bar(row.label(), row.value(), 6 + i * ROW_HEIGHT, Math.max(width, row.value() > 0 ? 2 : 0)));
        }
        return new BarChart(id, title, List.copyOf(bars), WIDTH, 12 + rows.size() * ROW_HEIGHT);
    }

    public int labelWidth() {
        return LABEL_WIDTH;
    }

    public int barHeight() {
        return BAR_HEIGHT;
    }
}
