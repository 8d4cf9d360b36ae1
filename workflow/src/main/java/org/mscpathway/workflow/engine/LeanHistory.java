package org.mscpathway.workflow.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricIdentityLinkLogEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * Camunda's history stays at level FULL (process, activity and task instances, variables, incidents, failed jobs:
 * what Cockpit shows and what a database of another instance expects), but three kinds of rows that nobody reads
 * are not written: the log of candidate-group links (every user task adds one; the group is in the BPMN), the log
 * of timer jobs created and deleted (every user task sets and, on completion, deletes an SLA timer; a failed job is
 * still logged) and one row per variable update (the variable's current value stays in history). The platform's
 * own audit trail, timeline and case tables are not Camunda history and do not change. Per case that is about a
 * third of the history rows written.
 */
public final class LeanHistory extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        // added to, not replacing, the handlers of plugins before this one; a list they can still add to
        List<HistoryEventHandler> handlers = new ArrayList<>();
        if (configuration.getCustomHistoryEventHandlers() != null) {
            handlers.addAll(configuration.getCustomHistoryEventHandlers());
        }
        handlers.add(new Handler());
        configuration.setCustomHistoryEventHandlers(handlers);
    }

    /** Camunda's own database handler, without the rows named above. */
    static final class Handler extends DbHistoryEventHandler {

        @Override
        public void handleEvent(HistoryEvent event) {
            if (event instanceof HistoricIdentityLinkLogEventEntity) {
                return;
            }
            if (event instanceof HistoricJobLogEvent && !event.isEventOfType(HistoryEventTypes.JOB_FAIL)) {
                return;
            }
            super.handleEvent(event);
        }

        @Override
        protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
            return false;
        }
    }
}
