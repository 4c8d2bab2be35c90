package org.welcomedesk.statistics.web;

import java.io.Serializable;

/**
 * One count as a page shows it: the number in the reader's digits, or "fewer than k" when
 * withheld (never 0), and whether it is provisional.
 *
 * @param text        what the cell shows
 * @param withheld    whether the count is withheld
 * @param provisional whether the count is provisional (never said of a withheld one)
 */
public record CellView(String text, boolean withheld, boolean provisional) implements Serializable {}
