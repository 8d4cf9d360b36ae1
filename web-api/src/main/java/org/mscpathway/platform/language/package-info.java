/**
 * The languages of the platform: English and the clinic's Simplified Chinese ({@code zh-CN}), and the translation of
 * the sentences other modules write in English. Texts themselves live in the message bundles
 * ({@code messages*.properties}); which language a request gets is decided by {@code platform.accounts} (the
 * signed-in user's saved choice on the pages, else the browser's {@code Accept-Language}). Depends on no other module.
 */
package org.mscpathway.platform.language;
