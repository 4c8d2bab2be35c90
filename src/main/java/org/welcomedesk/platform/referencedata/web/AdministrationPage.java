package org.welcomedesk.platform.referencedata.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.welcomedesk.platform.referencedata.domain.ReferenceCatalogue;

/** admin/index.xhtml: the size of the reference catalogue (the districts have {@link DistrictNamesForm}). */
@Named
@RequestScoped
public class AdministrationPage {

    @Inject
    ReferenceCatalogue catalogue;

    public int getCountryCount() {
        return catalogue.countries().size();
    }

    public int getLanguageCount() {
        return catalogue.languages().size();
    }
}
