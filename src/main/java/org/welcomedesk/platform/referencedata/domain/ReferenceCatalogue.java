package org.welcomedesk.platform.referencedata.domain;

import java.util.List;

/** Countries and languages, loaded by migration and read-only to the application. */
public interface ReferenceCatalogue {

    List<Country> countries();

    List<Language> languages();
}
