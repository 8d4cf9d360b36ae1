package org.mscpathway.platform.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mscpathway.platform.PlatformFixture;
import org.mscpathway.platform.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

/** {@code GET /api/v1/notifications}: mine, newest first, a page at a time, following the {@code next} link. */
@PlatformTest
class NotificationApiTest {

    /** A user no route targets, so that only this test's notifications are theirs. */
    private static final String READER = "notified-reader";

    @Autowired
    PlatformFixture platform;

    private final List<Long> newestFirst = new ArrayList<>();

    @BeforeEach
    void fiveNotificationsForTheReader() {
        platform.jdbc()
                .sql("INSERT INTO msc.platform_user (username, password_hash) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(READER, platform.passwords().encode("demo")).update();
        platform.jdbc().sql("INSERT INTO msc.platform_user_role (username, role) VALUES (?, 'COORDINATOR')"
                        + " ON CONFLICT DO NOTHING")
                .param(READER).update();
        platform.jdbc().sql("DELETE FROM msc.notification WHERE recipient = ?").param(READER).update();
        for (int minutesAgo = 1; minutesAgo <= 5; minutesAgo++) {
            newestFirst.add(platform.jdbc().sql("""
                            INSERT INTO msc.notification (event_id, recipient, type, case_id, step, created_at)
                            VALUES (?, ?, 'TaskOverdue', ?, 'PLAN_APPROVAL', now() - make_interval(mins => ?))
                            RETURNING id""")
                    .params(UUID.randomUUID(), READER, UUID.randomUUID(), minutesAgo)
                    .query(Long.class).single());
        }
    }

    @Test
    void fullPagesLinkTheNextUntilTheLastWhichLinksNothing() throws Exception {
        MockHttpServletResponse first = page("/api/v1/notifications?limit=2");
        String next = nextLink(first);
        MockHttpServletResponse second = page(next);
        MockHttpServletResponse third = page(nextLink(second));

        assertThat(ids(first)).containsExactlyElementsOf(newestFirst.subList(0, 2));
        assertThat(next).isEqualTo("/api/v1/notifications?limit=2&before=" + newestFirst.get(1));
        assertThat(ids(second)).containsExactlyElementsOf(newestFirst.subList(2, 4));
        assertThat(ids(third)).containsExactlyElementsOf(newestFirst.subList(4, 5));
        assertThat(third.getHeader(HttpHeaders.LINK)).isNull();
    }

    @Test
    void withoutALimitTheNewestHundredComeInTheDesignsShape() throws Exception {
        platform.mvc().perform(get("/api/v1/notifications").with(httpBasic(READER, "demo")))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist(HttpHeaders.LINK))
                .andExpect(jsonPath("$.length()").value(5))
                .andExpect(jsonPath("$[0].id").value(newestFirst.get(0)))
                .andExpect(jsonPath("$[0].type").value("TaskOverdue"))
                .andExpect(jsonPath("$[0].step").value("PLAN_APPROVAL"))
                .andExpect(jsonPath("$[0].read").value(false))
                .andExpect(jsonPath("$[0].eventId").isNotEmpty())
                .andExpect(jsonPath("$[0].caseId").isNotEmpty())
                .andExpect(jsonPath("$[0].createdAt").isNotEmpty());
    }

    @Test
    void aLimitOutOfRangeIsA400NamingIt() throws Exception {
        for (String limit : List.of("0", "501", "-3")) {
            platform.mvc().perform(get("/api/v1/notifications").param("limit", limit).with(httpBasic(READER, "demo")))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("limit"));
        }
    }

    @Test
    void anotherUsersNotificationAsTheCursorGivesAnEmptyPage() throws Exception {
        assertThat(ids(page("/api/v1/notifications?before=" + newestFirst.get(0), "physician"))).isEmpty();
    }

    private MockHttpServletResponse page(String path) throws Exception {
        return page(path, READER);
    }

    private MockHttpServletResponse page(String path, String user) throws Exception {
        return platform.mvc().perform(get(path).with(httpBasic(user, "demo")))
                .andExpect(status().isOk())
                .andReturn().getResponse();
    }

    private static String nextLink(MockHttpServletResponse response) {
        String link = response.getHeader(HttpHeaders.LINK);
        assertThat(link).as("Link header").isNotNull().endsWith(">; rel=\"next\"");
        return link.substring(1, link.indexOf('>'));
    }

    private List<Long> ids(MockHttpServletResponse response) throws Exception {
        List<Long> ids = new ArrayList<>();
        for (JsonNode notification : platform.json().readTree(response.getContentAsString())) {
            ids.add(notification.path("id").asLong());
        }
        return ids;
    }
}
