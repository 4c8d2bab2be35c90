package org.welcomedesk.registry.registration.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.welcomedesk.registry.records.application.PersonSearch;

import java.io.Serializable;
import java.util.List;

/**
 * desk/index.xhtml: search first, so nobody is registered twice; registering someone new is
 * offered once a search has been made.
 */
@Named
@ViewScoped
public class DeskSearchPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE_SIZE = 10;

    @Inject
    PersonSearch search;

    private String name;
    // the birth date, document number and phone searched by
    private final PersonForm form = new PersonForm();
    private int page;
    private transient PersonSearch.SearchPage results;
    private boolean searched;

    public void search() {
        page = 0;
        run();
    }

    public void next() {
        page++;
        run();
    }

    public void previous() {
        page = Math.max(0, page - 1);
        run();
    }

    private void run() {
        results = search.search(form.toQuery(name), page, PAGE_SIZE);
        searched = true;
    }

    public List<PersonSearch.Match> getMatches() {
        return results == null ? List.of() : results.matches();
    }

    public int getTotal() {
        return results == null ? 0 : results.total();
    }

    public int getPage() {
        return page;
    }

    public int getPages() {
        return results == null ? 0 : results.pages();
    }

    public boolean isSearched() {
        return searched;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public PersonForm getForm() {
        return form;
    }
}
