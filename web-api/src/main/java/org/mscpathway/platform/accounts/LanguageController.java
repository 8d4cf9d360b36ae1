package org.mscpathway.platform.accounts;

import org.mscpathway.platform.audit.AuditedCommands;
import org.mscpathway.platform.language.Language;
import org.mscpathway.platform.security.Accounts;
import org.mscpathway.platform.security.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code POST /language}, the header's language selector: saves the signed-in user's language on the account
 * (audited like any change of an account) and shows the page the user was on again, now in that language.
 */
@Controller
record LanguageController(Accounts accounts, AuditedCommands commands) {

    @PostMapping("/language")
    String choose(@RequestParam String language, @RequestParam(required = false) String back, Actor actor) {
        Language chosen = Language.ofTag(language).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.BAD_REQUEST, "language must be one of en, zh-CN"));
        commands.run(actor, "ACCOUNT " + actor.username() + " language " + chosen.tag(), null,
                () -> accounts.saveLanguage(actor.username(), chosen.tag()));
        return "redirect:" + onThisSite(back);
    }

    /** Only a path of this site, so the form cannot be made to send anyone elsewhere. */
    private static String onThisSite(String back) {
        boolean local = back != null && back.startsWith("/") && !back.startsWith("//") && !back.contains("\\")
                && back.chars().noneMatch(Character::isISOControl);
        return local ? back : "/";
    }
}
