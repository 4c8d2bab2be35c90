package org.welcomedesk.platform.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.welcomedesk.platform.error.EditConflict;
import org.welcomedesk.platform.error.InvalidFields;
import org.welcomedesk.platform.error.NotFound;
import org.welcomedesk.platform.error.RequestInProgress;
import org.welcomedesk.platform.error.RuleViolation;
import org.welcomedesk.platform.i18n.Messages;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The one place where the platform's exceptions become RFC 9457 problem details, in the
 * language of the request's Accept-Language. A feature's own exceptions have their
 * {@link ProblemMapper} in the feature's api package.
 */
public final class ProblemMappers {

    private ProblemMappers() {}

    /** Invalid input: 400 naming each field at fault. */
    static Problem invalid(Locale locale, List<Problem.FieldError> errors) {
        return Problem.of(locale, "validation", Response.Status.BAD_REQUEST, "problem.validation.title")
                .withDetail(Messages.text(locale, "problem.validation.detail"))
                .withErrors(errors);
    }

    /** Bean Validation failures: one entry per field, message from the interface bundles. */
    @Provider
    public static class ConstraintViolationMapper extends ProblemMapper<ConstraintViolationException> {

        @Override
        protected Response.ResponseBuilder problem(ConstraintViolationException exception, Locale locale) {
            List<Problem.FieldError> errors = exception.getConstraintViolations().stream()
                    .map(v -> new Problem.FieldError(fieldOf(v), messageOf(locale, v)))
                    .sorted(Comparator.comparing(Problem.FieldError::field))
                    .toList();
            return invalid(locale, errors).response();
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
    public static class RuleViolationMapper extends ProblemMapper<RuleViolation> {

        @Override
        protected Response.ResponseBuilder problem(RuleViolation exception, Locale locale) {
            String message = Messages.text(locale, exception.messageKey(), exception.arguments());
            return invalid(locale, List.of(new Problem.FieldError(exception.field(), message)))
                    .response();
        }
    }

    /** Several invalid fields at once. */
    @Provider
    public static class InvalidFieldsMapper extends ProblemMapper<InvalidFields> {

        @Override
        protected Response.ResponseBuilder problem(InvalidFields exception, Locale locale) {
            return invalid(
                            locale,
                            exception.errors().stream()
                                    .map(e -> new Problem.FieldError(
                                            e.field(),
                                            Messages.text(
                                                    locale,
                                                    e.messageKey(),
                                                    e.arguments().toArray())))
                                    .toList())
                    .response();
        }
    }

    /** Nothing there, or nothing the caller may see. */
    @Provider
    public static class NotFoundMapper extends ProblemMapper<NotFound> {

        @Override
        protected Response.ResponseBuilder problem(NotFound exception, Locale locale) {
            return Problem.of(locale, "not-found", Response.Status.NOT_FOUND, "problem.notFound.title")
                    .response();
        }
    }

    /** A caller whose roles do not allow the operation. */
    @Provider
    public static class ForbiddenMapper extends ProblemMapper<ForbiddenException> {

        @Override
        protected Response.ResponseBuilder problem(ForbiddenException exception, Locale locale) {
            return Problem.of(locale, "forbidden", Response.Status.FORBIDDEN, "problem.forbidden.title")
                    .response();
        }
    }

    /**
     * What JAX-RS itself refuses before a resource runs (a body that is not JSON: 415; a method
     * the path does not take: 405; an unknown path: 404; ...): a problem like every other, with
     * the headers JAX-RS set (Allow), never an empty body.
     */
    @Provider
    public static class ClientErrorMapper extends ProblemMapper<ClientErrorException> {

        @Override
        protected Response.ResponseBuilder problem(ClientErrorException exception, Locale locale) {
            Response refused = exception.getResponse();
            int status = refused.getStatus();
            Problem problem = switch (status) {
                case 404 -> Problem.of(locale, "not-found", status, "problem.notFound.title");
                case 405 -> Problem.of(locale, "method-not-allowed", status, "problem.methodNotAllowed.title");
                case 406 -> Problem.of(locale, "not-acceptable", status, "problem.notAcceptable.title");
                case 415 -> Problem.of(locale, "unsupported-media-type", status, "problem.unsupportedMediaType.title");
                default -> Problem.of(locale, "bad-request", status, "problem.badRequest.title");
            };
            var response = problem.response();
            String allow = refused.getHeaderString(HttpHeaders.ALLOW);
            if (allow != null) {
                response.header(HttpHeaders.ALLOW, allow);
            }
            return response;
        }
    }

    /**
     * The same creation under the same Idempotency-Key is still being carried out: 409, and the
     * client sends the request again in a moment to get its result.
     */
    @Provider
    public static class RequestInProgressMapper extends ProblemMapper<RequestInProgress> {

        @Override
        protected Response.ResponseBuilder problem(RequestInProgress exception, Locale locale) {
            return Problem.of(locale, "in-progress", Response.Status.CONFLICT, "problem.inProgress.title")
                    .withDetail(Messages.text(locale, "problem.inProgress.detail"))
                    .response()
                    .header("Retry-After", "1");
        }
    }

    /**
     * An update based on an old version (stale If-Match): 412, with the version now saved so
     * the client can fetch it, compare and retry.
     */
    @Provider
    public static class EditConflictMapper extends ProblemMapper<EditConflict> {

        @Override
        protected Response.ResponseBuilder problem(EditConflict exception, Locale locale) {
            var response = Problem.of(
                            locale, "edit-conflict", Response.Status.PRECONDITION_FAILED, "problem.conflict.title")
                    .withDetail(Messages.text(locale, "problem.conflict.detail"))
                    .response();
            if (exception.currentVersion() >= 0) {
                response.tag(String.valueOf(exception.currentVersion()));
            }
            return response;
        }
    }
}
