package org.welcomedesk.services.application;

import org.welcomedesk.registry.records.domain.NeedCategory;
import org.welcomedesk.registry.records.domain.SkillGroup;
import org.welcomedesk.services.domain.Criterion;
import org.welcomedesk.services.domain.OfferKind;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The conventions of Welcome Desk's HSDS exchange: the taxonomies that carry what HSDS has no
 * field for (need categories, opportunity kind, ISCO-08 skills, eligibility rules, districts),
 * and stable name-based identifiers so the same directory always exports the same document.
 */
final class Hsds {

    static final String VERSION = "3.1";
    static final String NEED = "welcomedesk-need";
    static final String OFFER = "welcomedesk-offer";
    static final String SKILL = "isco-08";
    static final String ELIGIBILITY = "welcomedesk-eligibility";
    static final String DISTRICT = "welcomedesk-district";
    static final String PARTNER_SCHEME = "welcomedesk";
    static final String PARTNER_TYPE = "partner-code";

    private static final UUID NAMESPACE = UUID.fromString("6f1d3c2e-8a4b-4c1d-9e2f-5a6b7c8d9e0f");

    private Hsds() {}

    /** Name-based (version 5) identifier of a thing within the exchange. */
    static String id(String name) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(toBytes(NAMESPACE));
            byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
            hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
            hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
            long msb = 0;
            long lsb = 0;
            for (int i = 0; i < 8; i++) {
                msb = (msb << 8) | (hash[i] & 0xff);
                lsb = (lsb << 8) | (hash[i + 8] & 0xff);
            }
            return new UUID(msb, lsb).toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] toBytes(UUID uuid) {
        byte[] bytes = new byte[16];
        for (int i = 0; i < 8; i++) {
            bytes[i] = (byte) (uuid.getMostSignificantBits() >>> (8 * (7 - i)));
            bytes[i + 8] = (byte) (uuid.getLeastSignificantBits() >>> (8 * (7 - i)));
        }
        return bytes;
    }

    static String taxonomyId(String taxonomy) {
        return id("taxonomy:" + taxonomy);
    }

    static String termId(String taxonomy, String code) {
        return id("term:" + taxonomy + ":" + code);
    }

    /** The codes of a taxonomy's terms, in the order exported; districts come from the city. */
    static List<String> codesOf(String taxonomy) {
        return switch (taxonomy) {
            case NEED -> Arrays.stream(NeedCategory.values()).map(Enum::name).toList();
            case OFFER ->
                Arrays.stream(OfferKind.values())
                        .filter(OfferKind::isOpportunity)
                        .map(Enum::name)
                        .toList();
            case SKILL ->
                Arrays.stream(SkillGroup.values()).map(SkillGroup::iscoCode).toList();
            case ELIGIBILITY ->
                Arrays.stream(Criterion.values())
                        .filter(c -> c != Criterion.MIN_AGE && c != Criterion.MAX_AGE)
                        .map(Enum::name)
                        .toList();
            default -> new ArrayList<>();
        };
    }
}
