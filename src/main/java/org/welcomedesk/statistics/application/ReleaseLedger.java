package org.welcomedesk.statistics.application;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * What left the application as statistics: releases and downloads of tables, each with its
 * definition, the protection's version, a hash of the output, who, when and for whom. Being
 * built: see the releases' branch.
 */
@ApplicationScoped
public class ReleaseLedger {

    /** Records a download of an ad-hoc table by the signed-in user. */
    public void recordDownload(PublishedTable table, TableFiles.Format format, byte[] content) {
        throw new UnsupportedOperationException("ReleaseLedger.recordDownload is being built");
    }
}
