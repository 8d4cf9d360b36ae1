package org.mscpathway.platform.ui.board;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The board's filters: {@code mine} (cases I opened or whose next step is mine), {@code overdue} (past the step's
 * SLA) and one indication; and which page of cases they apply to ({@code after}: the cursor of the page before, null
 * for the newest).
 */
record BoardFilter(boolean mine, boolean overdue, String indication, String after) {

    BoardFilter {
        indication = indication == null || indication.isBlank() ? null : indication.trim();
        after = after == null || after.isBlank() ? null : after.trim();
    }

    /** The same filters on the page that starts after {@code cursor}. */
    BoardFilter after(String cursor) {
        return new BoardFilter(mine, overdue, indication, cursor);
    }

    /** The query string that reproduces these filters, for the live refresh and the address bar. */
    public String query() {
        UriComponentsBuilder uri = UriComponentsBuilder.newInstance();
        if (mine) {
            uri.queryParam("mine", true);
        }
        if (overdue) {
            uri.queryParam("overdue", true);
        }
        if (indication != null) {
            uri.queryParam("indication", indication);
        }
        if (after != null) {
            uri.queryParam("after", after);
        }
        return uri.build().encode().toUriString();
    }
}
