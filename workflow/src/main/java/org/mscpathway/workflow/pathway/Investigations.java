package org.mscpathway.workflow.pathway;

import java.util.List;
import org.mscpathway.screening.record.Imaging;

/**
 * The lab and imaging checks of a case as entered. The results keep the value and unit that were typed: the
 * evaluator reads them converted to the catalogue's units, the coordinator and the API show what was entered.
 * A {@code null} list was not sent.
 */
public record Investigations(List<EnteredObservation> observations, List<Imaging> imaging) {

    public Investigations {
        observations = observations == null ? null : List.copyOf(observations);
        imaging = imaging == null ? null : List.copyOf(imaging);
    }
}
