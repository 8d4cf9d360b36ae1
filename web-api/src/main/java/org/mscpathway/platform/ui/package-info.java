/**
 * The workflow UI for care coordinators, physicians and the clinic lead: server-rendered Thymeleaf pages with htmx,
 * one package per feature (board, cases, physician, notifications, rules, dashboard). The pages call the pathway's
 * facades directly, never the REST API; this package holds what they share (signed-in user, field messages,
 * plain-word labels, error pages).
 */
package org.mscpathway.platform.ui;
