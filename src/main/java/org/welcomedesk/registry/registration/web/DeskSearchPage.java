package org.welcomedesk.registry.registration.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.welcomedesk.registry.records.application.PersonQuery;
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
    private Integer birthYear;
    private Integer birthMonth;
    private Integer birthDay;
    private String documentNumber;
    private String phone;
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
        results = search.search(new PersonQuery(name, birthYear, birthMonth, birthDay, documentNumber, phone),
                page, PAGE_SIZE);
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

    public Integer getBirthYear() {
        return birthYear;
    }

    public void setBirthYear(Integer birthYear) {
        this.birthYear = birthYear;
    }

    public Integer getBirthMonth() {
        return birthMonth;
    }

    public void setBirthMonth(Integer birthMonth) {
        this.birthMonth = birthMonth;
    }

    public Integer getBirthDay() {
        return birthDay;
    }

    public void setBirthDay(Integer birthDay) {
        this.birthDay = birthDay;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public void setDocumentNumber(String documentNumber) {
        this.documentNumber = documentNumber;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
