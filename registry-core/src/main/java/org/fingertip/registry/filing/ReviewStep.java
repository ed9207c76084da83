package org.fingertip.registry.filing;

import org.fingertip.registry.department.DivisionLevel;
import org.fingertip.registry.department.Unit;
import org.fingertip.registry.shared.Labelled;

/** The two review steps: first review (初审) by the city's office, then the review proper by the province's. */
public enum ReviewStep implements Labelled {
    FIRST_REVIEW("初审"),
    PROVINCIAL_REVIEW("审核");

    private final String label;

    ReviewStep(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The division whose cyberspace office works this step for the owner unit. */
    public String officeFor(Unit owner) {
        return this == FIRST_REVIEW ? owner.division().cityCode() : owner.division().provinceCode();
    }

    /** A unit below province level passes a first review first; a provincial unit goes straight to the province. */
    public static boolean firstReviewNeeded(Unit owner) {
        return owner.level() != DivisionLevel.PROVINCE;
    }
}
