package org.mscpathway.platform.ui.board;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.mscpathway.platform.security.Actor;
import org.mscpathway.platform.ui.Labels;
import org.mscpathway.screening.Screening;
import org.mscpathway.workflow.pathway.CaseSummary;
import org.mscpathway.workflow.pathway.CaseCursor;
import org.mscpathway.workflow.pathway.CasePage;
import org.mscpathway.workflow.pathway.ScreeningCases;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code /board}: the newest cases, {@value #PAGE} at a time, each in a column by step or outcome. {@code /board/columns} renders only the columns, which
 * the page reloads (with its filters) whenever {@code /board/events} reports that a case changed.
 */
@Controller
record BoardController(ScreeningCases cases, Screening screening, Labels labels, BoardEvents events) {

    /** Cases a board page holds: a ward's working set, and a page the browser renders at once. */
    static final int PAGE = 200;

    @GetMapping("/board")
    String board(@RequestParam(defaultValue = "false") boolean mine,
                 @RequestParam(defaultValue = "false") boolean overdue,
                 @RequestParam(required = false) String indication,
                 @RequestParam(required = false) String after, Actor actor, Model model) {
        model.addAttribute("board", board(new BoardFilter(mine, overdue, indication, after), actor));
        model.addAttribute("indications", screening.indications());
        return "board/board";
    }

    @GetMapping("/board/columns")
    String columns(@RequestParam(defaultValue = "false") boolean mine,
                   @RequestParam(defaultValue = "false") boolean overdue,
                   @RequestParam(required = false) String indication,
                   @RequestParam(required = false) String after, Actor actor, Model model) {
        model.addAttribute("board", board(new BoardFilter(mine, overdue, indication, after), actor));
        return "board/board :: columns";
    }

    @GetMapping(path = "/board/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter events(Actor actor) {
        return events.subscribe(actor.teams());
    }

    private Board board(BoardFilter filter, Actor actor) {
        var page = cases.board(null, null, filter.indication(), actor.teams(),
                new CasePage.Request(CaseCursor.parse("after", filter.after()), PAGE));
        return Board.of(page, filter, filter.mine() ? mine(actor, page.cases()) : Set.of(), labels);
    }

    /** Cases I opened, and open cases waiting at a step of one of my roles (a physician's own cases excepted). */
    private Set<UUID> mine(Actor actor, java.util.List<CaseSummary> shown) {
        Set<UUID> mine = new HashSet<>();
        shown.stream().filter(c -> actor.username().equals(c.openedBy())).forEach(c -> mine.add(c.id()));
        cases.worklist(actor.username(), actor.roles(), actor.teams()).forEach(c -> mine.add(c.id()));
        return mine;
    }
}
