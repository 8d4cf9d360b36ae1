package org.mscpathway.platform.interop;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.mscpathway.interop.cdshooks.CardFeedback;
import org.mscpathway.interop.cdshooks.CdsResponse;
import org.mscpathway.interop.cdshooks.InvalidCdsRequestException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The cards the CDS service issued and the feedback on them (tables {@code msc.cds_card}, {@code msc.cds_feedback}). */
@Repository
class CdsCards {

    private final JdbcClient jdbc;

    CdsCards(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    void issued(String serviceId, String hook, String hookInstance, List<CdsResponse.IssuedCard> cards, String user,
            Instant at) {
        for (CdsResponse.IssuedCard card : cards) {
            jdbc.sql("""
                    INSERT INTO msc.cds_card (uuid, service_id, hook, hook_instance, topic, indicator, issued_to, issued_at)
                    VALUES (:uuid, :service, :hook, :instance, :topic, :indicator, :user, :at)""")
                    .param("uuid", card.uuid()).param("service", serviceId).param("hook", hook)
                    .param("instance", hookInstance).param("topic", card.topic()).param("indicator", card.indicator())
                    .param("user", user).param("at", Timestamp.from(at))
                    .update();
        }
    }

    /** Records every item or none: feedback on a card this service did not issue refuses the whole request. */
    @Transactional
    void feedback(List<CardFeedback> feedback, String user, Instant at) {
        for (int i = 0; i < feedback.size(); i++) {
            CardFeedback item = feedback.get(i);
            boolean known = jdbc.sql("SELECT count(*) FROM msc.cds_card WHERE uuid = :uuid")
                    .param("uuid", item.card()).query(Long.class).single() > 0;
            if (!known) {
                throw new InvalidCdsRequestException("feedback[" + i + "].card", "not a card this service issued");
            }
            jdbc.sql("""
                    INSERT INTO msc.cds_feedback (card_uuid, outcome, override_reason_code, override_reason_display,
                        user_comment, outcome_at, recorded_by, recorded_at)
                    VALUES (:card, :outcome, :code, :display, :comment, :outcomeAt, :user, :at)""")
                    .param("card", item.card()).param("outcome", item.outcome())
                    .param("code", item.overrideReasonCode()).param("display", item.overrideReasonDisplay())
                    .param("comment", item.userComment()).param("outcomeAt", Timestamp.from(item.outcomeTimestamp()))
                    .param("user", user).param("at", Timestamp.from(at))
                    .update();
        }
    }
}
