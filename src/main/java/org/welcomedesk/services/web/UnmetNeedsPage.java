package org.welcomedesk.services.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.welcomedesk.registry.records.domain.NeedCategory;
import org.welcomedesk.services.application.UnmetNeeds;
import org.welcomedesk.services.domain.UnmetNeedCount;
import org.welcomedesk.statistics.domain.ProtectedCount;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** statistics/needs.xhtml: protected unmet-need counts, one row per need and district, one column per cause. */
@Named
@ViewScoped
public class UnmetNeedsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UnmetNeeds unmetNeeds;

    // recounted after the view is restored: protected counts are not kept in the session
    private transient List<Row> rows;

    /**
     * One need in one district.
     *
     * @param districtCode null when unknown
     * @param byCause      the protected count of each cause, in {@link UnmetNeeds#CAUSES} order
     */
    public record Row(NeedCategory need, String districtCode, List<ProtectedCount> byCause) {}

    public List<Row> getRows() {
        if (rows == null) {
            Map<List<Object>, List<ProtectedCount>> grouped = new LinkedHashMap<>();
            for (UnmetNeedCount count : unmetNeeds.counts()) {
                grouped.computeIfAbsent(
                                java.util.Arrays.<Object>asList(count.need(), count.districtCode()),
                                k -> new ArrayList<>())
                        .add(count.count());
            }
            rows = new ArrayList<>();
            grouped.forEach((key, counts) -> rows.add(new Row((NeedCategory) key.get(0), (String) key.get(1), counts)));
        }
        return rows;
    }
}
