package org.openwtp.plugins.pavilion.cn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.openwtp.sdk.Reason;
import org.openwtp.sdk.pavilion.SellerApplication;
import org.openwtp.sdk.pavilion.SellerVerification;

/**
 * Decides whether a Chinese seller may sell through the pavilion: a valid Unified Social Credit Code of
 * an allowed registration type (by default market-regulation registrations: 91 enterprise, 92
 * individual business, 93 farmers' cooperative), then the documents the tenant requires. Immutable
 * and thread-safe.
 */
public final class ChineseSellerRules {

    /** The registry scheme the pavilion verifies. */
    public static final String SCHEME = "USCC";

    private final boolean checkOrganizationCode;
    private final List<String> allowedTypes;
    private final List<String> requiredDocuments;

    /**
     * Rules.
     *
     * @param checkOrganizationCode whether to check the GB 11714 organisation code too
     * @param allowedTypes          the first two characters accepted, e.g. {@code 91}
     * @param requiredDocuments     documents the seller must supply, upper case
     */
    public ChineseSellerRules(boolean checkOrganizationCode, List<String> allowedTypes, List<String> requiredDocuments) {
        this.checkOrganizationCode = checkOrganizationCode;
        this.allowedTypes = List.copyOf(allowedTypes);
        this.requiredDocuments = List.copyOf(requiredDocuments);
    }

    /**
     * Verifies an application.
     *
     * @param application the application
     * @return verified, rejected with reasons, or pending the missing documents
     */
    public SellerVerification verify(SellerApplication application) {
        if (!SCHEME.equals(application.registryScheme())) {
            return SellerVerification.rejected(application.registryNumber(), List.of(Reason.of("UNSUPPORTED_SCHEME",
                    "the Chinese pavilion verifies the Unified Social Credit Code (USCC), not " + application.registryScheme())));
        }
        String code = UnifiedSocialCreditCode.normalize(application.registryNumber());
        Optional<Reason> problem = UnifiedSocialCreditCode.problem(code, checkOrganizationCode);
        if (problem.isPresent()) {
            return SellerVerification.rejected(application.registryNumber(), List.of(problem.get()));
        }
        String type = code.substring(0, 2);
        if (!allowedTypes.contains(type)) {
            return SellerVerification.rejected(application.registryNumber(), List.of(Reason.of("REGISTRATION_TYPE_NOT_ALLOWED",
                    "code type " + type + " is not a business the pavilion accepts; accepted types: " + allowedTypes
                            + " (9x: registered with market regulation: 91 enterprise, 92 individual business, 93 farmers' cooperative)")));
        }
        Set<String> supplied = application.documents().stream()
                .map(d -> (d.indexOf(':') < 0 ? d : d.substring(0, d.indexOf(':'))).strip().toUpperCase(Locale.ROOT))
                .collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>();
        for (String document : requiredDocuments) {
            if (!supplied.contains(document)) {
                missing.add(document);
                reasons.add(Reason.of("DOCUMENT_MISSING", "the pavilion needs " + document + " before the seller can list products"));
            }
        }
        return missing.isEmpty() ? SellerVerification.verified(code) : SellerVerification.pendingDocuments(code, missing, reasons);
    }

    /**
     * Names a comma-separated configuration value lists.
     *
     * @param commaSeparated e.g. {@code BUSINESS_LICENCE, CUSTOMS_REGISTRATION}
     * @return the upper-case names
     */
    public static List<String> names(String commaSeparated) {
        List<String> names = new ArrayList<>();
        for (String part : commaSeparated.split(",")) {
            if (!part.isBlank()) {
                names.add(part.strip().toUpperCase(Locale.ROOT));
            }
        }
        return names;
    }
}
