package org.welcomedesk.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

import java.util.ArrayList;
import java.util.List;

/**
 * Confirmations said before a redirect, shown by the next page the user's session renders.
 * Kept in the session rather than the Faces flash: MyFaces' kept flash messages went missing
 * after a redirect now and then (seen in the referral pages' browser test), and a confirmation
 * that does not show makes a clerk do the action twice.
 */
public class NoticesAcrossRedirects implements PhaseListener {

    private static final long serialVersionUID = 1L;

    private static final String PENDING = NoticesAcrossRedirects.class.getName();

    /** Keeps {@code text} for the next page rendered in this session. */
    static void keep(ExternalContext external, String text) {
        synchronized (external.getSession(true)) {
            @SuppressWarnings("unchecked")
            List<String> pending =
                    (List<String>) external.getSessionMap().computeIfAbsent(PENDING, k -> new ArrayList<>());
            pending.add(text);
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        ExternalContext external = context.getExternalContext();
        if (external.getSession(false) == null
                || context.getPartialViewContext().isAjaxRequest()) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<String> pending = (List<String>) external.getSessionMap().remove(PENDING);
        if (pending != null) {
            for (String text : pending) {
                context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
            }
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {}

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }
}
