package org.welcomedesk.platform.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewMetadata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Forms post back to their page's own address with its view parameters (person.xhtml?id=…),
 * so a page that answers an action with a message instead of a redirect still names its
 * record: a reload then shows the same person or referral, not an empty page. Faces alone
 * posts to the bare view, dropping the query.
 */
public class ActionUrlKeepsViewParameters extends ViewHandlerWrapper {

    public ActionUrlKeepsViewParameters(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String url = super.getActionURL(context, viewId);
        UIViewRoot view = context.getViewRoot();
        if (view == null || viewId == null || !viewId.equals(view.getViewId()) || url.contains("?")) {
            return url;
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (UIViewParameter parameter : ViewMetadata.getViewParameters(view)) {
            String value = parameter.getStringValue(context);
            if (value != null && !value.isBlank()) {
                parameters.put(parameter.getName(), List.of(value));
            }
        }
        return parameters.isEmpty() ? url : context.getExternalContext().encodeRedirectURL(url, parameters);
    }
}
