package org.mscpathway.platform.cases;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.mscpathway.workflow.pathway.CaseCursor;
import org.mscpathway.workflow.pathway.CasePage;
import org.mscpathway.workflow.pathway.CaseSummary;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A case list of the API, whole or a page at a time. Without {@code limit} and {@code after} the list is whole, as
 * it always was; with either, it is a page ({@code limit}, default {@value #DEFAULT_LIMIT}, at most
 * {@value CasePage#MAX_LIMIT}), and a page that has a successor links it:
 * {@code Link: <…?limit=…&after=cursor>; rel="next"}, the same request with the cursor the answer gave.
 */
final class CaseListPage {

    static final int DEFAULT_LIMIT = 100;

    private CaseListPage() {
    }

    /**
     * @param link the list's address with its filters, to which the next page's {@code limit} and {@code after}
     *             are added
     */
    static ResponseEntity<List<CaseSummary>> answer(Integer limit, String after, Supplier<List<CaseSummary>> whole,
                                                    Function<CasePage.Request, CasePage> page,
                                                    UriComponentsBuilder link) {
        if (limit == null && (after == null || after.isBlank())) {
            return ResponseEntity.ok(whole.get());
        }
        int size = limit == null ? DEFAULT_LIMIT : limit;
        CasePage answer = page.apply(new CasePage.Request(CaseCursor.parse("after", after), size));
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
        if (answer.next() != null) {
            String next = link.queryParam("limit", size).queryParam("after", answer.next().token())
                    .encode().toUriString();
            ok.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return ok.body(answer.cases());
    }
}
