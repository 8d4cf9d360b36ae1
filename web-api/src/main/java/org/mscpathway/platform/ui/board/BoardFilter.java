package org.mscpathway.platform.ui.board;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The board's filters: {@code mine} (cases I opened or whose next step is mine), {@code overdue} (past the step's
 * SLA) and one indication.
 */
record BoardFilter(boolean mine, boolean overdue, String indication) {

    BoardFilter {
        indication = indication == null || indication.isBlank() ? null : indication.trim();
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
        return uri.build().encode().toUriString();
    }
}
