package org.mscpathway.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.mscpathway.platform.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The jar's entries all carry the build's fixed timestamp (reproducible builds), so a browser could keep an old
 * stylesheet after an upgrade; pages link it by an address that changes with its content.
 */
@PlatformTest
class StylesheetAddressTest {

    private static final Pattern STYLESHEET = Pattern.compile("/css/pathway-([0-9a-f]{32})\\.css");

    @Autowired
    MockMvc mvc;

    @Autowired
    ResourceUrlProvider resources;

    @Test
    void pagesLinkTheStylesheetByAnAddressNamingItsContent() throws Exception {
        String page = mvc.perform(get("/login").accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Matcher link = STYLESHEET.matcher(page);
        assertThat(link.find()).as("a content-addressed stylesheet link in %s", page).isTrue();

        String stylesheet = mvc.perform(get(link.group()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/css"))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(get("/css/pathway.css"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.equalTo(stylesheet)));
    }

    @Test
    void pagesLinkTheirScriptsAndTheScriptsAreServed() throws Exception {
        String page = mvc.perform(get("/login").accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).containsPattern("/js/pathway-[0-9a-f]{32}\\.js");
        mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
        mvc.perform(get("/webjars/htmx-ext-sse/sse.js")).andExpect(status().isOk());
    }

    @Test
    void aPageLinkIsNotLookedUpAsAFile() {
        // Every other link of a page (a board card has several) is written as it is, without a look into the jar.
        assertThat(resources.getHandlerMap().keySet()).contains("/css/**", "/js/**").doesNotContain("/**");
        assertThat(resources.getForLookupPath("/cases/3f2504e0-4f89-11d3-9a0c-0305e82c3301")).isNull();
    }
}
