package org.mscpathway.screening.catalogue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;

/** Test-only catalogues derived from the shipped one. */
public final class TestCatalogues {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestCatalogues() {
    }

    /** The shipped catalogue file as a tree a test may change. */
    public static ObjectNode shipped() {
        try (InputStream in = Catalogue.class.getResourceAsStream(Catalogue.DEFAULT_RESOURCE)) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    public static Catalogue parse(ObjectNode catalogue) {
        return Catalogue.parse(catalogue.toString(), "test catalogue");
    }
}
