package org.mscpathway.platform.ui.board;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.mscpathway.platform.ui.Labels;
import org.mscpathway.workflow.pathway.CasePage;
import org.mscpathway.workflow.pathway.CaseStatus;
import org.mscpathway.workflow.pathway.CaseSummary;
import org.mscpathway.workflow.pathway.Step;

/**
 * The board: one column per step of the pathway for open cases, one per outcome for closed ones, each with its
 * count, after the filters (mine, overdue, indication) are applied to one page of the newest cases.
 *
 * @param older the filters on the page of older cases, null when there are none
 */
record Board(List<Column> open, List<Column> closed, BoardFilter filter, BoardFilter older) {

    record Column(String key, String title, List<CaseSummary> cards) {
        public int count() {
            return cards.size();
        }
    }

    static Board of(CasePage page, BoardFilter filter, Set<UUID> mine, Labels titles) {
        List<CaseSummary> shown = page.cases().stream()
                .filter(c -> !filter.mine() || mine.contains(c.id()))
                .filter(c -> !filter.overdue() || c.overdue())
                .toList();
        List<Column> open = new ArrayList<>();
        for (Step step : Step.values()) {
            open.add(new Column(step.name(), titles.step(step),
                    shown.stream().filter(c -> c.status() == CaseStatus.OPEN && c.currentStep() == step).toList()));
        }
        List<Column> closed = new ArrayList<>();
        for (CaseStatus status : CaseStatus.values()) {
            if (status != CaseStatus.OPEN) {
                closed.add(new Column(status.name(), titles.status(status),
                        shown.stream().filter(c -> c.status() == status).toList()));
            }
        }
        return new Board(List.copyOf(open), List.copyOf(closed), filter,
                page.next() == null ? null : filter.after(page.next().token()));
    }

    public int openCount() {
        return open.stream().mapToInt(Column::count).sum();
    }

    public int closedCount() {
        return closed.stream().mapToInt(Column::count).sum();
    }
}
