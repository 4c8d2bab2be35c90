package org.welcomedesk.platform.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.welcomedesk.platform.error.NotFound;
import org.welcomedesk.platform.error.RuleViolation;
import org.welcomedesk.platform.i18n.Messages;

import java.util.List;
import java.util.Locale;

/**
 * The one place where domain exceptions become RFC 9457 problem details, in the language of
 * the request's Accept-Language.
 */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    static Problem invalid(Locale locale, List<Problem.FieldError> errors) {
        return Problem.of("validation", Messages.text(locale, "problem.validation.title"),
                Response.Status.BAD_REQUEST, Messages.text(locale, "problem.validation.detail"), errors);
    }

    /** Bean Validation failures: one entry per field, message from the interface bundles. */
    @Provider
    public static class ConstraintViolations implements ExceptionMapper<ConstraintViolationException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(ConstraintViolationException exception) {
            Locale locale = RequestBodies.locale(headers);
            List<Problem.FieldError> errors = exception.getConstraintViolations().stream()
                    .map(v -> new Problem.FieldError(fieldOf(v), messageOf(locale, v)))
                    .sorted(java.util.Comparator.comparing(Problem.FieldError::field))
                    .toList();
            return invalid(locale, errors).toResponse();
        }

        private static String fieldOf(ConstraintViolation<?> violation) {
            String path = violation.getPropertyPath().toString();
            // Method parameter paths look like "create.arg0.code": keep the last node.
            return path.substring(path.lastIndexOf('.') + 1);
        }

        private static String messageOf(Locale locale, ConstraintViolation<?> violation) {
            String template = violation.getMessageTemplate();
            boolean isKey = template.startsWith("{") && template.endsWith("}");
            String key = isKey ? template.substring(1, template.length() - 1) : template;
            String text = Messages.text(locale, key);
            // Keys outside our bundles (Bean Validation's own) keep the validator's text.
            return text.equals(key) ? violation.getMessage() : text;
        }
    }

    /** A broken domain rule, naming its field. */
    @Provider
    public static class RuleViolations implements ExceptionMapper<RuleViolation> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(RuleViolation exception) {
            Locale locale = RequestBodies.locale(headers);
            String message = Messages.text(locale, exception.messageKey(), exception.arguments());
            return invalid(locale, List.of(new Problem.FieldError(exception.field(), message))).toResponse();
        }
    }

    @Provider
    public static class NotFounds implements ExceptionMapper<NotFound> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(NotFound exception) {
            Locale locale = RequestBodies.locale(headers);
            return Problem.of("not-found", Messages.text(locale, "problem.notFound.title"),
                    Response.Status.NOT_FOUND, null, List.of()).toResponse();
        }
    }

    /** A caller whose roles do not allow the operation. */
    @Provider
    public static class Forbidden implements ExceptionMapper<jakarta.ws.rs.ForbiddenException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(jakarta.ws.rs.ForbiddenException exception) {
            return Problem.of("forbidden", Messages.text(RequestBodies.locale(headers), "problem.forbidden.title"),
                    Response.Status.FORBIDDEN, null, List.of()).toResponse();
        }
    }

    /**
     * What JAX-RS itself refuses before a resource runs (a body that is not JSON: 415; a method
     * the path does not take: 405; an unknown path: 404; ...): a problem like every other, with
     * the headers JAX-RS set (Allow), never an empty body.
     */
    @Provider
    public static class ClientErrors implements ExceptionMapper<jakarta.ws.rs.ClientErrorException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(jakarta.ws.rs.ClientErrorException exception) {
            Locale locale = RequestBodies.locale(headers);
            Response refused = exception.getResponse();
            int status = refused.getStatus();
            String[] typeAndTitle = switch (status) {
                case 404 -> new String[] {"not-found", "problem.notFound.title"};
                case 405 -> new String[] {"method-not-allowed", "problem.methodNotAllowed.title"};
                case 406 -> new String[] {"not-acceptable", "problem.notAcceptable.title"};
                case 415 -> new String[] {"unsupported-media-type", "problem.unsupportedMediaType.title"};
                default -> new String[] {"bad-request", "problem.badRequest.title"};
            };
            Problem problem = Problem.of(typeAndTitle[0], Messages.text(locale, typeAndTitle[1]), status, null, List.of());
            var response = Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
            String allow = refused.getHeaderString(HttpHeaders.ALLOW);
            if (allow != null) {
                response.header(HttpHeaders.ALLOW, allow);
            }
            return response.build();
        }
    }

    /**
     * The same creation under the same Idempotency-Key is still being carried out: 409, and the
     * client sends the request again in a moment to get its result.
     */
    @Provider
    public static class RequestsInProgress implements ExceptionMapper<org.welcomedesk.platform.error.RequestInProgress> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(org.welcomedesk.platform.error.RequestInProgress exception) {
            Locale locale = RequestBodies.locale(headers);
            Problem problem = Problem.of("in-progress", Messages.text(locale, "problem.inProgress.title"),
                    Response.Status.CONFLICT, Messages.text(locale, "problem.inProgress.detail"), List.of());
            return Response.status(Response.Status.CONFLICT).type(Problem.MEDIA_TYPE).entity(problem)
                    .header("Retry-After", "1").build();
        }
    }

    /** Several invalid fields at once. */
    @Provider
    public static class InvalidFieldsMapper implements ExceptionMapper<org.welcomedesk.platform.error.InvalidFields> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(org.welcomedesk.platform.error.InvalidFields exception) {
            Locale locale = RequestBodies.locale(headers);
            return invalid(locale, exception.errors().stream()
                    .map(e -> new Problem.FieldError(e.field(),
                            Messages.text(locale, e.messageKey(), e.arguments().toArray())))
                    .toList()).toResponse();
        }
    }

    /**
     * An update based on an old version (stale If-Match): 412, with the version now saved so
     * the client can fetch it, compare and retry.
     */
    @Provider
    public static class EditConflicts implements ExceptionMapper<org.welcomedesk.platform.error.EditConflict> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(org.welcomedesk.platform.error.EditConflict exception) {
            Locale locale = RequestBodies.locale(headers);
            Problem problem = Problem.of("edit-conflict", Messages.text(locale, "problem.conflict.title"),
                    Response.Status.PRECONDITION_FAILED, Messages.text(locale, "problem.conflict.detail"), List.of());
            var response = Response.status(Response.Status.PRECONDITION_FAILED).type(Problem.MEDIA_TYPE).entity(problem);
            if (exception.currentVersion() >= 0) {
                response.tag(String.valueOf(exception.currentVersion()));
            }
            return response.build();
        }
    }
}
