package org.welcomedesk.platform.security;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecurityHeadersTest {

    @Test
    void aPagePolicyKeepsTheScriptNonceAndForbidsFraming() {
        String policy = SecurityHeaders.pagePolicy("script-src 'self' 'nonce-AbC123==';", "http://127.0.0.1:8180");

        assertTrue(policy.contains("script-src 'self' 'nonce-AbC123=='"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertTrue(policy.contains("form-action 'self' http://127.0.0.1:8180"), policy);
        assertFalse(policy.contains("unsafe-eval"), policy);
        assertFalse(policy.contains("script-src 'self' 'unsafe-inline'"), policy);
    }

    @Test
    void withoutANonceNoInlineScriptIsAllowed() {
        String policy = SecurityHeaders.pagePolicy("", "http://127.0.0.1:8180");
        assertTrue(policy.contains("script-src 'self';"), policy);
    }
}
