package org.welcomedesk.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import jakarta.faces.render.ResponseStateManager;
import jakarta.validation.ConstraintViolationException;
import org.welcomedesk.platform.error.InvalidFields;
import org.welcomedesk.platform.error.NotFound;
import org.welcomedesk.platform.error.RuleViolation;
import org.welcomedesk.platform.i18n.FieldLabels;
import org.welcomedesk.platform.i18n.Messages;

import java.util.Iterator;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * The one place where domain exceptions thrown by actions become messages on the page, each
 * naming its field ("Family name (member 2): This field is required."), so backing beans need
 * no try/catch and what the user typed stays in the form. A form whose view state cannot be
 * restored (expired, foreign or forged) gets the session-expired page, never a 500.
 */
public class DomainExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(DomainExceptionHandler.class.getName());
    private static final String EXPIRED_PAGE = "/WEB-INF/errorpages/expired.xhtml";

    public DomainExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events =
                getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            ExceptionQueuedEventContext queued = events.next().getContext();
            Throwable cause = domainCause(queued.getException());
            if (faces != null && !faces.getResponseComplete() && unrestorable(faces, queued)) {
                showExpiredPage(faces);
                events.remove();
            } else if (cause != null && faces != null) {
                Locale locale =
                        faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Locale.ENGLISH;
                report(faces, locale, cause);
                faces.validationFailed();
                faces.renderResponse();
                events.remove();
            }
        }
        getWrapped().handle();
    }

    /**
     * A posted form whose view cannot be restored: its session expired, or the view state is
     * another session's, tampered with or made up. MyFaces reports the first as
     * ViewExpiredException and the others as whatever failed while decoding the state.
     */
    private static boolean unrestorable(FacesContext faces, ExceptionQueuedEventContext queued) {
        for (Throwable t = queued.getException(); t != null; t = t.getCause()) {
            if (t instanceof ViewExpiredException) {
                return true;
            }
        }
        return PhaseId.RESTORE_VIEW.equals(queued.getPhaseId())
                && faces.getExternalContext()
                        .getRequestParameterMap()
                        .containsKey(ResponseStateManager.VIEW_STATE_PARAM);
    }

    /**
     * The session-expired page instead of a 500: a 400 for a page request; for an Ajax request
     * the whole page is replaced (status 200, or the browser's Faces script ignores it).
     */
    private static void showExpiredPage(FacesContext faces) {
        LOG.fine("A form came back with a view state that cannot be restored; showing the expired page");
        UIViewRoot expired = faces.getApplication().getViewHandler().createView(faces, EXPIRED_PAGE);
        faces.setViewRoot(expired);
        if (faces.getPartialViewContext().isAjaxRequest()) {
            faces.getPartialViewContext().setRenderAll(true);
        } else {
            faces.getExternalContext().setResponseStatus(400);
        }
        faces.renderResponse();
    }

    private static void report(FacesContext faces, Locale locale, Throwable cause) {
        if (cause instanceof RuleViolation violation) {
            add(
                    faces,
                    locale,
                    FieldLabels.label(locale, violation.field()),
                    Messages.text(locale, violation.messageKey(), violation.arguments()));
        } else if (cause instanceof InvalidFields invalid) {
            invalid.errors()
                    .forEach(e -> add(
                            faces,
                            locale,
                            FieldLabels.label(locale, e.field()),
                            Messages.text(locale, e.messageKey(), e.arguments().toArray())));
        } else if (cause instanceof ConstraintViolationException violations) {
            InvalidFields.of("", violations.getConstraintViolations())
                    .errors()
                    .forEach(e -> add(
                            faces,
                            locale,
                            FieldLabels.label(locale, e.field()),
                            Messages.text(locale, e.messageKey())));
        } else if (cause instanceof NotFound) {
            add(
                    faces,
                    locale,
                    Messages.text(locale, "error.notFound.title"),
                    Messages.text(locale, "error.notFound.text"));
        } else if (cause instanceof org.welcomedesk.platform.error.RequestInProgress) {
            add(
                    faces,
                    locale,
                    Messages.text(locale, "problem.inProgress.title"),
                    Messages.text(locale, "problem.inProgress.detail"));
        }
    }

    private static void add(FacesContext faces, Locale locale, String field, String message) {
        faces.addMessage(
                null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.labelled(locale, field, message), null));
    }

    private static Throwable domainCause(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof RuleViolation
                    || t instanceof InvalidFields
                    || t instanceof ConstraintViolationException
                    || t instanceof NotFound
                    || t instanceof org.welcomedesk.platform.error.RequestInProgress) {
                return t;
            }
        }
        return null;
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {
        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new DomainExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
