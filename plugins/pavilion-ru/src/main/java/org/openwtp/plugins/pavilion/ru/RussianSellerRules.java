package org.openwtp.plugins.pavilion.ru;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openwtp.sdk.Reason;
import org.openwtp.sdk.pavilion.SellerApplication;
import org.openwtp.sdk.pavilion.SellerVerification;

/**
 * Decides whether a Russian exporter may sell through the pavilion.
 *
 * <ol>
 *   <li>The number must be an INN, OGRN or OGRNIP with valid check digits.</li>
 *   <li>The seller's two registration numbers must belong together: a legal entity has a 10-digit INN
 *       and a 13-digit OGRN, an individual entrepreneur a 12-digit INN and a 15-digit OGRNIP. The number
 *       not given as the application's scheme is supplied among the documents as
 *       {@code OGRN:1027700132195}, {@code OGRNIP:304500116000157} or {@code INN:7707083893}.</li>
 *   <li>The documents the tenant requires (by default an extract from the state register and an export
 *       contract) must be supplied; until then the application is pending.</li>
 * </ol>
 *
 * <p>Immutable and thread-safe.
 */
public final class RussianSellerRules {

    /** The registry schemes the pavilion verifies. */
    public static final List<String> SCHEMES = List.of("INN", "OGRN", "OGRNIP");

    private final List<String> requiredDocuments;

    /**
     * Rules requiring documents.
     *
     * @param requiredDocuments document names the seller must supply, upper case
     */
    public RussianSellerRules(List<String> requiredDocuments) {
        this.requiredDocuments = List.copyOf(requiredDocuments);
    }

    /**
     * Verifies an application.
     *
     * @param application the application
     * @return verified, rejected with reasons, or pending the missing documents
     */
    public SellerVerification verify(SellerApplication application) {
        String scheme = application.registryScheme();
        String number = RussianRegistryNumbers.normalize(application.registryNumber());
        if (!SCHEMES.contains(scheme)) {
            return SellerVerification.rejected(application.registryNumber(), List.of(Reason.of("UNSUPPORTED_SCHEME",
                    "the Russian pavilion verifies " + SCHEMES + ", not " + scheme)));
        }
        Optional<Reason> wrongScheme = wrongScheme(scheme, number);
        if (wrongScheme.isPresent()) {
            return SellerVerification.rejected(application.registryNumber(), List.of(wrongScheme.get()));
        }
        Optional<Reason> problem = problem(scheme, number);
        if (problem.isPresent()) {
            return SellerVerification.rejected(application.registryNumber(), List.of(problem.get()));
        }
        Map<String, String> supplied = suppliedDocuments(application.documents());
        String companion = companionScheme(scheme, number);
        List<String> missing = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>();
        String companionNumber = supplied.get(companion);
        String otherKind = companion.equals("OGRN") ? "OGRNIP" : companion.equals("OGRNIP") ? "OGRN" : null;
        if (companionNumber == null && otherKind != null && supplied.containsKey(otherKind)) {
            return SellerVerification.rejected(application.registryNumber(), List.of(Reason.of("REGISTRATION_MISMATCH",
                    describe(scheme, number) + " belongs to " + (companion.equals("OGRN") ? "a legal entity" : "an individual entrepreneur")
                            + ", which is registered with an " + companion + ", but an " + otherKind + " was supplied")));
        }
        if (companionNumber == null || companionNumber.isEmpty()) {
            missing.add(companion);
            reasons.add(Reason.of("COMPANION_NUMBER_MISSING", describe(scheme, number) + " must be confirmed by the "
                    + companion + (companion.equals("INN") ? " of " + (number.length() == 13 ? "10" : "12") + " digits" : "")
                    + "; supply it as a document named '" + companion + ":<number>'"));
        } else {
            Optional<Reason> companionProblem = problem(companion, companionNumber);
            if (companionProblem.isPresent()) {
                Reason p = companionProblem.get();
                return SellerVerification.rejected(application.registryNumber(), List.of(Reason.of(p.code(), "companion " + companion + ": " + p.message())));
            }
            Optional<Reason> mismatch = mismatch(scheme, number, companion, companionNumber);
            if (mismatch.isPresent()) {
                return SellerVerification.rejected(application.registryNumber(), List.of(mismatch.get()));
            }
        }
        for (String document : requiredDocuments) {
            if (!supplied.containsKey(document)) {
                missing.add(document);
                reasons.add(Reason.of("DOCUMENT_MISSING", "the pavilion needs " + document + " before the seller can list products"));
            }
        }
        if (!missing.isEmpty()) {
            return SellerVerification.pendingDocuments(number, missing, reasons);
        }
        return SellerVerification.verified(number);
    }

    private static Optional<Reason> wrongScheme(String scheme, String number) {
        if (!number.matches("[0-9]+")) {
            return Optional.empty();
        }
        String guessed = switch (number.length()) {
            case 10, 12 -> "INN";
            case 13 -> "OGRN";
            case 15 -> "OGRNIP";
            default -> null;
        };
        if (guessed != null && !guessed.equals(scheme)) {
            return Optional.of(Reason.of("WRONG_SCHEME", "a number of " + number.length() + " digits is an " + guessed
                    + ", not an " + scheme + "; apply with scheme " + guessed));
        }
        return Optional.empty();
    }

    private static Optional<Reason> problem(String scheme, String number) {
        return switch (scheme) {
            case "INN" -> RussianRegistryNumbers.innProblem(number);
            case "OGRN" -> RussianRegistryNumbers.ogrnProblem(number);
            default -> RussianRegistryNumbers.ogrnipProblem(number);
        };
    }

    private static String companionScheme(String scheme, String number) {
        return switch (scheme) {
            case "INN" -> RussianRegistryNumbers.isLegalEntityInn(number) ? "OGRN" : "OGRNIP";
            default -> "INN";
        };
    }

    private static Optional<Reason> mismatch(String scheme, String number, String companion, String companionNumber) {
        boolean legalEntity = scheme.equals("OGRN") || (scheme.equals("INN") && number.length() == 10);
        boolean companionLegalEntity = companion.equals("OGRN") || (companion.equals("INN") && companionNumber.length() == 10);
        if (legalEntity != companionLegalEntity) {
            return Optional.of(Reason.of("REGISTRATION_MISMATCH", describe(scheme, number) + " belongs to "
                    + (legalEntity ? "a legal entity" : "an individual entrepreneur") + " but " + describe(companion, companionNumber)
                    + " to " + (companionLegalEntity ? "a legal entity" : "an individual entrepreneur")
                    + ": a legal entity has a 10-digit INN and an OGRN, an entrepreneur a 12-digit INN and an OGRNIP"));
        }
        return Optional.empty();
    }

    private static String describe(String scheme, String number) {
        return scheme + " " + number;
    }

    /**
     * The supplied documents by upper-case name; {@code NAME:value} entries carry a value.
     */
    private static Map<String, String> suppliedDocuments(List<String> documents) {
        Map<String, String> supplied = new LinkedHashMap<>();
        for (String document : documents) {
            int colon = document.indexOf(':');
            String name = (colon < 0 ? document : document.substring(0, colon)).strip().toUpperCase(Locale.ROOT);
            String value = colon < 0 ? "" : RussianRegistryNumbers.normalize(document.substring(colon + 1));
            supplied.put(name, value);
        }
        return supplied;
    }

    /**
     * Document names a configuration value lists.
     *
     * @param commaSeparated e.g. {@code REGISTRY_EXTRACT, EXPORT_CONTRACT}
     * @return the upper-case names
     */
    public static List<String> documentNames(String commaSeparated) {
        List<String> names = new ArrayList<>();
        for (String part : commaSeparated.split(",")) {
            if (!part.isBlank()) {
                names.add(part.strip().toUpperCase(Locale.ROOT));
            }
        }
        return names;
    }
}
