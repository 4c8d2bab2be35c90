package org.welcomedesk.national.application;

import org.welcomedesk.national.domain.NationalRelease;
import org.welcomedesk.national.domain.Observation;

import java.util.List;

/** The exchange formats the hub reads releases in and writes the pooled dataset in. */
public interface ReleaseMessages {

    /** SDMX-CSV 2.0, the default. */
    String SDMX_CSV = "application/vnd.sdmx.data+csv;version=2.0.0";
    /** SDMX-JSON 2.0. */
    String SDMX_JSON = "application/vnd.sdmx.data+json;version=2.0.0";

    /**
     * Reads a release.
     *
     * @throws Refused (422, MALFORMED) when the message cannot be read as the format says
     */
    NationalRelease read(String mediaType, String body);

    /** Writes observations of several areas as one dataset for a period, in an SDMX format. */
    String write(String mediaType, String period, List<Observation> observations);
}
