package org.mscpathway.platform.ui.cases;

import org.mscpathway.platform.cases.EnteredJson;
import org.springframework.stereotype.Component;

/** For the pages that show a case's data as entered ({@code @entered}): codes and numbers spelled as typed. */
@Component("entered")
public class EnteredValues {

    /** {@code not-pregnant}, {@code active}; empty for a code not entered. */
    public String code(Enum<?> code) {
        return code == null ? "" : EnteredJson.spelling(code);
    }

    /** {@code 70}, not {@code 70.0}. */
    public String number(Number value) {
        return value == null ? "" : EnteredJson.number(value);
    }
}
