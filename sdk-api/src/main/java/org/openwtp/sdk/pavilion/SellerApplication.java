package org.openwtp.sdk.pavilion;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.openwtp.sdk.geo.Address;

/**
 * A company asking to sell through a pavilion.
 *
 * @param legalName      the registered company name
 * @param registryScheme which national register the number belongs to, e.g. {@code INN}, {@code OGRN}, {@code USCC}
 * @param registryNumber the number as the seller typed it
 * @param address        the registered address
 * @param contactEmail   where the pavilion reaches the seller
 * @param documents      names of documents already supplied (e.g. {@code EXPORT_CONTRACT}), may be empty
 */
public record SellerApplication(String legalName, String registryScheme, String registryNumber, Address address,
                                String contactEmail, List<String> documents) {

    private static final Pattern REGISTRY_SCHEME = Pattern.compile("[A-Z][A-Z0-9_]{1,31}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /**
     * Validates the application.
     *
     * @param legalName      the registered company name
     * @param registryScheme which national register the number belongs to, e.g. {@code INN}, {@code OGRN}, {@code USCC}
     * @param registryNumber the number as the seller typed it
     * @param address        the registered address
     * @param contactEmail   where the pavilion reaches the seller
     * @param documents      names of documents already supplied (e.g. {@code EXPORT_CONTRACT}), may be empty
     */
    public SellerApplication {
        Objects.requireNonNull(legalName, "legal name must not be null");
        if (legalName.isBlank() || legalName.length() > 300) {
            throw new IllegalArgumentException("legal name must be 1 to 300 characters");
        }
        Objects.requireNonNull(registryScheme, "registry scheme must not be null");
        if (!REGISTRY_SCHEME.matcher(registryScheme).matches()) {
            throw new IllegalArgumentException("registry scheme '" + registryScheme + "' is not accepted: use upper-case letters such as INN, OGRN, USCC");
        }
        Objects.requireNonNull(registryNumber, "registry number must not be null");
        if (registryNumber.isBlank() || registryNumber.length() > 64) {
            throw new IllegalArgumentException("registry number must be 1 to 64 characters");
        }
        Objects.requireNonNull(address, "address must not be null");
        Objects.requireNonNull(contactEmail, "contact e-mail must not be null");
        if (!EMAIL.matcher(contactEmail).matches()) {
            throw new IllegalArgumentException("contact e-mail '" + contactEmail + "' is not an e-mail address");
        }
        documents = List.copyOf(Objects.requireNonNull(documents, "documents must not be null"));
    }
}
