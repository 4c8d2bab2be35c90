package org.welcomedesk.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

import java.io.IOException;

/**
 * PrimeFaces' p:messages without {@code role="alert"} on each list item. PrimeFaces writes a
 * {@code <ul>} whose items are alerts, which takes them out of the list for screen readers
 * (axe: "list", serious) and has each one interrupt the user; the messages' container is
 * already an {@code aria-live="polite"} region, which announces them. Declared in faces-config.xml
 * in place of PrimeFaces' renderer.
 */
public class MessageListRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessage(
            ResponseWriter writer, Messages messages, FacesMessage message, String severity, boolean escape)
            throws IOException {
        super.encodeMessage(new WithoutAlertItems(writer), messages, message, severity, escape);
    }

    private static final class WithoutAlertItems extends ResponseWriterWrapper {

        WithoutAlertItems(ResponseWriter wrapped) {
            super(wrapped);
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            if (!("role".equals(name) && "alert".equals(value))) {
                super.writeAttribute(name, value, property);
            }
        }
    }
}
