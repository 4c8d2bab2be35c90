package org.welcomedesk.national.application;

import org.welcomedesk.national.domain.Code;
import org.welcomedesk.national.domain.DataStructure;

/**
 * The areas the hub pools by, from the data structure's code lists: a city's region (the
 * municipality list's parent code) and the names of cities and regions.
 */
public final class NationalAreas {

    private final DataStructure structure;

    public NationalAreas(DataStructure structure) {
        this.structure = structure;
    }

    /** A city's region, or the city itself when the list gives none. */
    public String regionOf(String city) {
        return structure.region(city).filter(region -> !region.isBlank()).orElse(city);
    }

    /** A city's or region's name, else its code. */
    public String nameOf(String area) {
        return structure
                .codes(DataStructure.REF_AREA)
                .code(area)
                .or(() -> structure.codeList(DataStructure.REGIONS).flatMap(list -> list.code(area)))
                .map(Code::name)
                .orElse(area);
    }
}
