package org.welcomedesk.platform.referencedata.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.welcomedesk.platform.i18n.UiLanguage;
import org.welcomedesk.platform.referencedata.application.CityDistricts;
import org.welcomedesk.platform.referencedata.domain.District;
import org.welcomedesk.platform.web.PageNotices;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * admin/index.xhtml, the districts: every district of the city, past and present, with its
 * name in each interface language other than the one its own name is written in.
 */
@Named
@ViewScoped
public class DistrictNamesForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CityDistricts districts;

    /** What the administrator typed: district id, then language tag, to name. */
    private Map<Long, Map<String, String>> names;

    private transient List<District> history;

    public List<District> getDistricts() {
        if (history == null) {
            history = districts.history();
        }
        return history;
    }

    /** The names as typed, filled from the districts on first use. */
    public Map<Long, Map<String, String>> getNames() {
        if (names == null) {
            names = new HashMap<>();
            getDistricts().forEach(d -> names.put(d.getId(), new HashMap<>(d.getTranslations())));
        }
        return names;
    }

    public void save() {
        districts.translate(getNames());
        history = null;
        names = null;
        PageNotices.confirm("admin.districts.names.saved");
    }

    /** The languages a district can be named in besides its own name (English, the fallback). */
    public List<UiLanguage> getLanguages() {
        return Arrays.stream(UiLanguage.values())
                .filter(l -> l != UiLanguage.ENGLISH)
                .toList();
    }
}
