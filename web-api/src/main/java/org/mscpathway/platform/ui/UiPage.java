package org.mscpathway.platform.ui;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a page controller outside this package whose pages carry the shared header (layout :: nav), so that
 * {@link UiModel} gives them the signed-in user too: without it the header shows an administrator the clinical
 * pages' links and neither the language choice nor sign-out.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface UiPage {
}
