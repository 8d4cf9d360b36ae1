package org.mscpathway.workflow.pathway;

import java.util.List;

/**
 * One page of a case list (the board, a worklist), newest first.
 *
 * @param next where the following page starts; null on the last page
 */
public record CasePage(List<CaseSummary> cases, CaseCursor next) {

    /** The most cards one page may hold. */
    public static final int MAX_LIMIT = 500;

    public CasePage {
        cases = List.copyOf(cases);
    }

    /**
     * Which page: at most {@code limit} cases (1 to {@link #MAX_LIMIT}) after {@code after} (null: from the newest).
     */
    public record Request(CaseCursor after, int limit) {

        public Request {
            if (limit < 1 || limit > MAX_LIMIT) {
                throw new InvalidCaseDataException("limit", "must be between 1 and " + MAX_LIMIT);
            }
        }

        public static Request first(int limit) {
            return new Request(null, limit);
        }
    }

    /** Cut from {@code limit + 1} rows read: the extra one only says that another page follows. */
    static CasePage of(List<CaseSummary> read, int limit) {
        if (read.size() <= limit) {
            return new CasePage(read, null);
        }
        List<CaseSummary> page = read.subList(0, limit);
        return new CasePage(page, CaseCursor.after(page.get(limit - 1)));
    }
}
