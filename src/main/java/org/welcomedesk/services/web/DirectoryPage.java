package org.welcomedesk.services.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.http.Part;
import org.welcomedesk.platform.error.RuleViolation;
import org.welcomedesk.platform.web.Downloads;
import org.welcomedesk.platform.web.PageNotices;
import org.welcomedesk.services.application.Directory;
import org.welcomedesk.services.application.HsdsExchange;
import org.welcomedesk.services.domain.Location;
import org.welcomedesk.services.domain.Organization;
import org.welcomedesk.services.domain.Service;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * admin/directory.xhtml: the service directory at a glance (organisations, services,
 * locations) with the way into each editor, and the directory exchanged as HSDS JSON: the whole
 * directory downloaded, or a document uploaded and imported.
 */
@Named
@ViewScoped
public class DirectoryPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String EXPORT_FILE = "welcome-desk-directory.json";

    @Inject
    Directory directory;

    @Inject
    HsdsExchange exchange;

    private transient Part file;
    private transient HsdsExchange.ImportSummary summary;
    private transient List<Organization> organizations;
    private transient List<Service> services;
    private transient List<Location> locations;
    private transient Map<String, Long> placesPerService;

    public List<Organization> getOrganizations() {
        if (organizations == null) {
            organizations = directory.organizations();
        }
        return organizations;
    }

    public List<Service> getServices() {
        if (services == null) {
            services = directory.services();
        }
        return services;
    }

    public List<Location> getLocations() {
        if (locations == null) {
            locations = directory.locations();
        }
        return locations;
    }

    /** How many locations a service is offered at. */
    public long placeCount(Service service) {
        if (placesPerService == null) {
            placesPerService = directory.places().stream()
                    .collect(Collectors.groupingBy(p -> p.getService().getId(), Collectors.counting()));
        }
        return placesPerService.getOrDefault(service.getId(), 0L);
    }

    /** How many locations an organisation has. */
    public long locationCount(Organization organization) {
        return getLocations().stream()
                .filter(l -> l.getOrganization().getId().equals(organization.getId()))
                .count();
    }

    /** The service's need categories in their usual order, as codes for the bundle. */
    public List<String> categoriesOf(Service service) {
        return service.getCategories().stream().sorted().map(Enum::name).toList();
    }

    /** The whole directory as an HSDS document (pretty-printed JSON), as a download. */
    public void downloadExport() throws IOException {
        JsonObject document = exchange.export();
        Downloads.send(EXPORT_FILE, "application/json; charset=UTF-8", out -> {
            try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                    .createWriter(out, java.nio.charset.StandardCharsets.UTF_8)) {
                writer.writeObject(document);
            }
        });
    }

    /** Reads the uploaded HSDS document and adds or updates what it holds. */
    public void importFile() throws IOException {
        summary = null;
        JsonObject document;
        try (InputStream content = file.getInputStream();
                JsonReader reader = Json.createReader(content)) {
            document = reader.readObject();
        } catch (JsonException | ClassCastException e) {
            // not JSON, or JSON that is not one object: nothing the exchange could read
            throw new RuleViolation("file", "directoryAdmin.import.notJson");
        }
        summary = exchange.importDocument(document);
        organizations = null;
        services = null;
        locations = null;
        placesPerService = null;
        PageNotices.confirm("directoryAdmin.import.done");
    }

    public HsdsExchange.ImportSummary getSummary() {
        return summary;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
