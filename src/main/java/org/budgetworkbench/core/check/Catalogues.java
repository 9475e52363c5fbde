package org.budgetworkbench.core.check;

import java.util.Optional;
import org.budgetworkbench.model.catalog.Classification;
import org.budgetworkbench.model.catalog.EconomicClassification;
import org.budgetworkbench.model.catalog.FunctionClassification;

/**
 * The classification catalogues where the application ships them (科目表): code rules say nothing rather
 * than fail when a catalogue's data is absent.
 */
public final class Catalogues {
    private static final String FUNCTION = "/catalog/function-classification.tsv";
    private static final String ECONOMIC = "/catalog/economic-classification.tsv";

    private Catalogues() {
    }

    public static Optional<Classification> function() {
        return Classification.class.getResource(FUNCTION) == null ? Optional.empty()
                : Optional.of(FunctionClassification.get());
    }

    public static Optional<Classification> economic() {
        return Classification.class.getResource(ECONOMIC) == null ? Optional.empty()
                : Optional.of(EconomicClassification.get());
    }
}
