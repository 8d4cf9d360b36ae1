package org.mscpathway.platform.ui.clinical;

/** Why a value is flagged: above or below the catalogue's limit, or a positive test. */
public enum Flag {
    HIGH, LOW, POSITIVE
}
