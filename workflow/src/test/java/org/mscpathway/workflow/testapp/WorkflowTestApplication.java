package org.mscpathway.workflow.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The smallest application that runs the pathway: the workflow module's auto-configuration does the rest. */
@SpringBootApplication
public class WorkflowTestApplication {
}
