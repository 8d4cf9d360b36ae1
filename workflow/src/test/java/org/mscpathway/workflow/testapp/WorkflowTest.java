package org.mscpathway.workflow.testapp;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.mscpathway.testsupport.WithRealServices;
import org.springframework.boot.test.context.SpringBootTest;

/** A test of the workflow test application on real services: one annotation, so that the tests share one context. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(classes = WorkflowTestApplication.class)
@WithRealServices
public @interface WorkflowTest {
}
