package org.welcomedesk.national.application;

import org.welcomedesk.national.domain.Finding;
import org.welcomedesk.national.domain.NationalRelease;

import java.util.List;
import java.util.Optional;

/** What the hub asks of the data structure: does a release conform, and which region is a city in. */
public interface StructureCheck {

    /** The release's findings against the structure and its code lists: none when it conforms. */
    List<Finding> findings(NationalRelease release);

    /** The region (from the municipality code list) a city belongs to. */
    Optional<String> regionOf(String city);

    /** The name of a city or region code, from its code list. */
    Optional<String> nameOf(String area);
}
