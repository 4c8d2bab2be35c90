package org.welcomedesk.registry.registration.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.welcomedesk.registry.records.domain.HouseholdRole;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Puts people just saved into their households with one JDBC batch, for a bulk registration:
 * {@link org.welcomedesk.registry.records.domain.Person#joinHousehold} would load each household's
 * members, already saved in earlier transactions, once per transaction, which costs a load of
 * the demo city more than writing the people does. Only for people saved in the current
 * transaction without a household, whose household is saved already; their loaded instances do
 * not see the change, later reads do (no shared cache for people).
 */
@ApplicationScoped
public class HouseholdPlacement {

    // by id alone: with "and household_id is null" H2 chose the index on household_id, where every new person is
    private static final String PLACE = "update person set household_id = ?, household_role = ? where id = ?";

    @PersistenceContext(unitName = "welcomedesk")
    EntityManager em;

    /** Where a person goes: their household and their role in it. */
    public record Place(String personId, String householdId, HouseholdRole role) {
    }

    /** Places the people, in the order given (the order of their ids keeps the writes together). */
    public void place(List<Place> places) {
        em.flush();
        Connection connection = em.unwrap(Connection.class);
        try (PreparedStatement update = connection.prepareStatement(PLACE)) {
            for (Place place : places) {
                update.setString(1, place.householdId());
                update.setString(2, place.role().name());
                update.setString(3, place.personId());
                update.addBatch();
            }
            update.executeBatch();
        } catch (SQLException e) {
            throw new PersistenceException("placing people in households", e);
        }
    }
}
