package org.welcomedesk.statistics.web;

import org.welcomedesk.statistics.domain.Measure;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.welcomedesk.platform.error.RuleViolation;
import org.welcomedesk.platform.referencedata.application.CityDistricts;
import org.welcomedesk.platform.referencedata.domain.District;
import org.welcomedesk.statistics.application.PublishedTable;
import org.welcomedesk.statistics.application.StatisticsTables;
import org.welcomedesk.statistics.domain.AgeGroup;
import org.welcomedesk.statistics.domain.CountryGrouping;
import org.welcomedesk.statistics.domain.Dimension;
import org.welcomedesk.statistics.domain.Period;
import org.welcomedesk.statistics.domain.PopulationDefinition;
import org.welcomedesk.statistics.domain.TableDefinition;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * statistics/tables.xhtml: a table a planner designs (flows or residents; breakdowns, filters,
 * periods, how countries are grouped). The design guards of {@link TableDefinition} and
 * {@link PopulationDefinition} refuse a table before anything is counted, with the reason
 * naming the field; the page only reads the form into a definition.
 */
@Named
@ViewScoped
public class TableBuilderPage extends StatisticsPage {

    private static final long serialVersionUID = 1L;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9_-]{1,16}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @Inject
    StatisticsTables tables;

    @Inject
    CityDistricts cityDistricts;

    private Measure measure = Measure.FLOWS;
    private List<String> breakdowns = new ArrayList<>(List.of(Dimension.FLOW.name()));
    private final Map<String, String> filters = new HashMap<>();
    private String periods = (currentYear() - 1) + ", " + currentYear();
    private CountryGrouping countries = CountryGrouping.TOP;
    private transient PublishedTable result;

    /** Counts the table as designed; a guard that refuses it shows its reason on the page. */
    public void build() {
        result = null;
        List<Dimension> by = breakdowns.stream().map(Dimension::valueOf).toList();
        Map<Dimension, String> fixed = new EnumMap<>(Dimension.class);
        filters.forEach((dimension, code) -> {
            if (code != null && !code.isBlank()) {
                String upper = code.strip().toUpperCase(java.util.Locale.ROOT);
                if (!CODE.matcher(upper).matches()) {
                    throw new RuleViolation("filters", "statistics.table.filterCode", labels().dimension(Dimension.valueOf(dimension)));
                }
                fixed.put(Dimension.valueOf(dimension), upper);
            }
        });
        List<String> codes = Arrays.stream(periods == null ? new String[0] : periods.split("[,;\\s]+"))
                .filter(s -> !s.isBlank()).toList();
        if (measure == Measure.POPULATION) {
            List<LocalDate> dates = codes.stream().map(TableBuilderPage::date).toList();
            result = tables.population(new PopulationDefinition(by, fixed, dates), countries);
        } else {
            List<Period> asked = codes.stream().map(c -> Period.parse(c, "periods")).toList();
            result = tables.flows(new TableDefinition(by, fixed, asked, countries));
        }
    }

    /** A reference date: an ISO date, or a period's first day (2025 is 1 January 2025). */
    private static LocalDate date(String code) {
        if (DATE.matcher(code).matches()) {
            try {
                return LocalDate.parse(code);
            } catch (DateTimeParseException e) {
                throw new RuleViolation("periods", "statistics.period.invalid", code);
            }
        }
        return Period.parse(code, "periods").start();
    }

    public PublishedTable getResult() {
        return result;
    }

    public TableView getTable() {
        return result == null ? null : TableView.of(result, labels());
    }

    @Override
    protected PublishedTable downloadable(String name) {
        if (result == null) {
            build();
        }
        return result;
    }

    /** The dimensions a table can break down by or filter, named. */
    public List<SelectItem> getDimensions() {
        return Arrays.stream(Dimension.values()).map(d -> new SelectItem(d.name(), labels().dimension(d))).toList();
    }

    /** The codes a filter on a dimension can take, where there is a list (countries are typed as ISO codes). */
    public List<SelectItem> filterCodes(String dimension) {
        List<SelectItem> items = new ArrayList<>();
        items.add(new SelectItem("", text("statistics.page.noFilter")));
        Dimension d = Dimension.valueOf(dimension);
        List<String> codes = switch (d) {
            case FLOW -> StatisticsTables.DISTRICT_FLOWS;
            case DISTRICT -> cityDistricts.history().stream().map(District::getCode).sorted().distinct().toList();
            case SEX -> List.of("F", "M");
            case AGE -> AgeGroup.all().stream().map(AgeGroup::code).toList();
            default -> List.of();
        };
        codes.forEach(code -> items.add(new SelectItem(code, labels().code(d, code))));
        return items;
    }

    /** Whether a dimension's filter is chosen from a list (otherwise typed). */
    public boolean listed(String dimension) {
        Dimension d = Dimension.valueOf(dimension);
        return !CountryGrouping.appliesTo(d);
    }

    public List<SelectItem> getGroupings() {
        return Arrays.stream(CountryGrouping.values())
                .map(g -> new SelectItem(g, text("statistics.page.grouping." + g.name()))).toList();
    }

    public List<SelectItem> getMeasures() {
        return Arrays.stream(Measure.values())
                .map(m -> new SelectItem(m, text("statistics.page.measure." + m.name()))).toList();
    }

    public Measure getMeasure() {
        return measure;
    }

    public void setMeasure(Measure measure) {
        this.measure = measure == null ? Measure.FLOWS : measure;
    }

    public List<String> getBreakdowns() {
        return breakdowns;
    }

    public void setBreakdowns(List<String> breakdowns) {
        this.breakdowns = breakdowns == null ? new ArrayList<>() : new ArrayList<>(breakdowns);
    }

    public Map<String, String> getFilters() {
        return filters;
    }

    public String getPeriods() {
        return periods;
    }

    public void setPeriods(String periods) {
        this.periods = periods;
    }

    public CountryGrouping getCountries() {
        return countries;
    }

    public void setCountries(CountryGrouping countries) {
        this.countries = countries == null ? CountryGrouping.TOP : countries;
    }
}
