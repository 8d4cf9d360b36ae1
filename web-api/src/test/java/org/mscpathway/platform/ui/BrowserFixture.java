package org.mscpathway.platform.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.mscpathway.workflow.pathway.ScreeningCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the browser tests start from: the platform's port, and the case service with its JSON reader to put a case
 * in place (as its coordinator would through the API) before a person opens it in the browser.
 */
abstract class BrowserFixture {

    @LocalServerPort
    int port;
    @Autowired
    ScreeningCases cases;
    @Autowired
    ObjectMapper json;

    /** A browser of that viewport and language, signed in as {@code username} and showing {@code path}. */
    Browser signedIn(String username, String path, int width, int height, String language) throws IOException {
        Browser browser = Browser.open(port, width, height, language);
        try {
            browser.signIn(username);
            if (path != null) {
                browser.go(path);
            }
            return browser;
        } catch (RuntimeException | Error e) {
            browser.close();
            throw e;
        }
    }
}
