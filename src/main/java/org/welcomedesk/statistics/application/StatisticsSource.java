package org.welcomedesk.statistics.application;

import org.welcomedesk.statistics.domain.CountryGrouping;
import org.welcomedesk.statistics.domain.Dimension;
import org.welcomedesk.statistics.domain.PopulationDefinition;
import org.welcomedesk.statistics.domain.Recount;
import org.welcomedesk.statistics.domain.TableDefinition;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Where true counts come from: cells exactly as {@link Recount} defines them (countries as
 * recorded, ages in five-year groups, a cell nobody falls in absent), never protected. Only
 * {@link StatisticsTables} reads it; nothing it returns leaves the application unprotected.
 */
public interface StatisticsSource {

    /** The flow table's cells. */
    Map<Recount.Coordinates, Recount.Cell> flows(TableDefinition table);

    /** The population table's cells. */
    Map<Recount.Stock, Recount.Cell> population(PopulationDefinition table);

    /**
     * The population table's cells with the countries it breaks down by already grouped (each
     * code replaced by {@code group}'s and the cells of one group summed), which a source may
     * do while counting, far fewer cells for a national/foreign table. The same cells as
     * grouping {@link #population(PopulationDefinition)}'s afterwards, which is what this does.
     */
    default Map<Recount.Stock, Recount.Cell> population(PopulationDefinition table, UnaryOperator<String> group) {
        Map<Recount.Stock, Recount.Cell> grouped = new HashMap<>();
        population(table).forEach((stock, cell) -> {
            Map<Dimension, String> codes = new EnumMap<>(stock.codes());
            for (Dimension dimension : table.breakdowns()) {
                if (CountryGrouping.appliesTo(dimension)) {
                    codes.put(dimension, group.apply(codes.get(dimension)));
                }
            }
            grouped.merge(
                    new Recount.Stock(stock.date(), Map.copyOf(codes)),
                    cell,
                    (a, b) -> new Recount.Cell(a.key().plus(b.key()), a.status().and(b.status())));
        });
        return grouped;
    }
}
