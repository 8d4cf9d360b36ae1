/**
 * Clinical data as a physician reads it: codes by their names (screening-core's terminology), units as written on a
 * lab report (×10⁹/L), values the rule catalogue reads as abnormal flagged, findings' evidence and plan changes in
 * words, in the reader's language. Templates call it as {@code @clinical}.
 */
package org.mscpathway.platform.ui.clinical;
