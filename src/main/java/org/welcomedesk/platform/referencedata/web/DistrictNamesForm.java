package org.welcomedesk.platform.referencedata.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.welcomedesk.platform.i18n.UiLanguage;
import org.welcomedesk.platform.referencedata.application.CityDistricts;
import org.welcomedesk.platform.referencedata.domain.District;
import org.welcomedesk.platform.web.PageNotices;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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

    private List<Row> rows;

    @PostConstruct
    void load() {
        rows = districts.history().stream().map(Row::new).toList();
    }

    public void save() {
        districts.translate(rows.stream().collect(Collectors.toMap(Row::getId, Row::getNames)));
        load();
        PageNotices.confirm("admin.districts.names.saved");
    }

    /** The languages a district can be named in besides its own name (English, the fallback). */
    public List<UiLanguage> getLanguages() {
        return Arrays.stream(UiLanguage.values())
                .filter(l -> l != UiLanguage.ENGLISH)
                .toList();
    }

    public List<Row> getRows() {
        return rows;
    }

    /** One district period and the names typed for it, by language tag. */
    public static final class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final Long id;
        private final String code;
        private final String name;
        private final LocalDate validFrom;
        private final LocalDate validTo;
        private final Map<String, String> names;

        Row(District district) {
            this.id = district.getId();
            this.code = district.getCode();
            this.name = district.getName();
            this.validFrom = district.getValidFrom();
            this.validTo = district.getValidTo();
            this.names = new HashMap<>(district.getTranslations());
        }

        public Long getId() {
            return id;
        }

        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }

        public LocalDate getValidFrom() {
            return validFrom;
        }

        public LocalDate getValidTo() {
            return validTo;
        }

        public Map<String, String> getNames() {
            return names;
        }
    }
}
