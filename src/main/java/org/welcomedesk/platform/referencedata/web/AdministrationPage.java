package org.welcomedesk.platform.referencedata.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.welcomedesk.platform.referencedata.application.CityDistricts;
import org.welcomedesk.platform.referencedata.domain.District;
import org.welcomedesk.platform.referencedata.domain.ReferenceCatalogue;

import java.util.List;

/** admin/index.xhtml: the city's reference data at a glance. */
@Named
@RequestScoped
public class AdministrationPage {

    @Inject
    CityDistricts districts;

    @Inject
    ReferenceCatalogue catalogue;

    private List<District> districtHistory;

    public List<District> getDistricts() {
        if (districtHistory == null) {
            districtHistory = districts.history();
        }
        return districtHistory;
    }

    public int getCountryCount() {
        return catalogue.countries().size();
    }

    public int getLanguageCount() {
        return catalogue.languages().size();
    }
}
