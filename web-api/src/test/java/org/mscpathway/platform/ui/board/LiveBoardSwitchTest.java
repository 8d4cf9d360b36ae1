package org.mscpathway.platform.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;

/** An instance that serves no browsers reads no case events for boards (the live board itself is browser-tested). */
class LiveBoardSwitchTest {

    @Test
    void liveBoardSwitchedOffStartsNoBoardConsumer() {
        new ApplicationContextRunner()
                .withUserConfiguration(BoardEventsConfiguration.class)
                .withPropertyValues("msc.ui.live-board=false")
                .run(context -> assertThat(context).hasNotFailed()
                        .doesNotHaveBean(KafkaMessageListenerContainer.class));
    }
}
