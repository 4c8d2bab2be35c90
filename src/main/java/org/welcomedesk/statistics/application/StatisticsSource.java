package org.welcomedesk.statistics.application;

import org.welcomedesk.statistics.domain.PopulationDefinition;
import org.welcomedesk.statistics.domain.Recount;
import org.welcomedesk.statistics.domain.TableDefinition;

import java.util.Map;

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
}
