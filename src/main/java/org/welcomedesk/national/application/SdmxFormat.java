package org.welcomedesk.national.application;

import org.welcomedesk.national.domain.NationalRelease;
import org.welcomedesk.national.domain.Observation;
import org.welcomedesk.national.domain.UnreadableMessage;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The SDMX formats a release travels in, chosen by media type: one entry point for senders and receivers. */
public enum SdmxFormat {
    /** SDMX-CSV 2.0. */
    CSV(SdmxCsv.MEDIA_TYPE),
    /** SDMX-JSON 2.0. */
    JSON(SdmxJson.MEDIA_TYPE);

    private final String mediaType;

    SdmxFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The media type with its version parameter, as sent in Content-Type. */
    public String mediaType() {
        return mediaType;
    }

    /**
     * The format of a Content-Type or Accept value (application/vnd.sdmx.data+csv;version=2.0.0,
     * parameters in any order, charset allowed); a version other than 2.0.x is not ours.
     */
    public static Optional<SdmxFormat> of(String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        String[] parts = mediaType.toLowerCase(Locale.ROOT).split(";");
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            if (parameter.startsWith("version=")
                    && !parameter.substring(8).replace("\"", "").startsWith("2.0")) {
                return Optional.empty();
            }
        }
        return switch (parts[0].trim()) {
            case "application/vnd.sdmx.data+csv" -> Optional.of(CSV);
            case "application/vnd.sdmx.data+json" -> Optional.of(JSON);
            default -> Optional.empty();
        };
    }

    /** The release as a message of this format. */
    public String write(NationalRelease release) {
        return this == CSV ? SdmxCsv.write(release) : SdmxJson.write(release);
    }

    /** Observations of several cities (pooled), as a message of this format without release attributes. */
    public String writeData(String period, List<Observation> observations) {
        return this == CSV ? SdmxCsv.writeData(period, observations) : SdmxJson.writeData(period, observations);
    }

    /**
     * The release a message of this format holds.
     *
     * @throws UnreadableMessage when it holds none
     */
    public NationalRelease read(String message) {
        return this == CSV ? SdmxCsv.read(message) : SdmxJson.read(message);
    }
}
