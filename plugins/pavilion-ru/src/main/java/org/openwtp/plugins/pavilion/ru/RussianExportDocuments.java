package org.openwtp.plugins.pavilion.ru;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openwtp.plugins.support.pavilion.ExportRule;
import org.openwtp.plugins.support.pavilion.ExportRuleTable;
import org.openwtp.plugins.support.pavilion.OriginCertificateRules;
import org.openwtp.plugins.support.pavilion.SdrRates;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.pavilion.DocumentRequest;
import org.openwtp.sdk.pavilion.DocumentType;
import org.openwtp.sdk.pavilion.RequiredDocument;
import org.openwtp.sdk.trade.CustomsItem;
import org.openwtp.sdk.trade.Weight;

/**
 * The documents an order shipped from Russia needs.
 *
 * <ul>
 *   <li>A commercial invoice, always.</li>
 *   <li>An export customs declaration, unless the buyer is in another EAEU member (no customs border).</li>
 *   <li>For postal shipments, the UPU customs declaration: CN22 for letter-post items (up to 2 kg) worth
 *       less than 300 SDR, CN23 otherwise (UPU Convention and its regulations).</li>
 *   <li>A certificate of origin where a trade agreement with the destination asks for one (CT-1 for the CIS
 *       free trade area), for goods of Russian origin.</li>
 *   <li>Every certificate the export rules require for an item's HS code (veterinary, phytosanitary, CITES...).</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class RussianExportDocuments {

    /** UPU: CN22 covers items worth less than 300 SDR. */
    public static final BigDecimal CN22_LIMIT_SDR = new BigDecimal("300");
    /** UPU: letter-post small packets weigh at most 2 kg; heavier items travel as parcels with CN23. */
    public static final Weight LETTER_POST_MAX_WEIGHT = Weight.ofGrams(2000);

    private final ExportRuleTable exportRules;
    private final SdrRates sdrRates;
    private final OriginCertificateRules originCertificates;

    /**
     * Document rules.
     *
     * @param exportRules        the export-compliance table
     * @param sdrRates           units per SDR
     * @param originCertificates certificate-of-origin forms by destination
     */
    public RussianExportDocuments(ExportRuleTable exportRules, SdrRates sdrRates, OriginCertificateRules originCertificates) {
        this.exportRules = exportRules;
        this.sdrRates = sdrRates;
        this.originCertificates = originCertificates;
    }

    /**
     * The documents an order needs.
     *
     * @param request the order
     * @return the documents
     */
    public List<RequiredDocument> documentsFor(DocumentRequest request) {
        List<RequiredDocument> documents = new ArrayList<>();
        documents.add(new RequiredDocument(DocumentType.COMMERCIAL_INVOICE, "commercial invoice in Russian and English (or the buyer's language)",
                "every export sale from Russia is invoiced to the buyer"));
        boolean insideEaeu = EaeuImportRules.EAEU_MEMBERS.contains(request.destination().code());
        if (!insideEaeu) {
            documents.add(new RequiredDocument(DocumentType.EXPORT_DECLARATION,
                    "export customs declaration (for e-commerce parcels the declaration for e-commerce goods) filed with the Federal Customs Service",
                    "goods leaving the EAEU customs territory to " + request.destination() + " are declared for export (EAEU Customs Code)"));
        }
        documents.add(postalDeclaration(request));
        boolean russianOrigin = request.items().stream().anyMatch(i -> i.origin().code().equals("RU"));
        if (russianOrigin) {
            originCertificates.formFor(request.destination()).ifPresent(form -> documents.add(new RequiredDocument(
                    DocumentType.CERTIFICATE_OF_ORIGIN,
                    "request for certificate of origin form " + form.form() + " from the Chamber of Commerce and Industry of the Russian Federation",
                    "goods of Russian origin to " + request.destination() + (form.note().isEmpty() ? "" : ": " + form.note()))));
        }
        Set<String> seen = new LinkedHashSet<>();
        for (CustomsItem item : request.items()) {
            exportRules.ruleFor(item.hsCode()).filter(r -> r.action() == ExportRule.Action.NEEDS_CERTIFICATE).ifPresent(rule -> {
                for (String certificate : rule.certificates()) {
                    if (seen.add(certificate + "/" + rule.prefix())) {
                        documents.add(new RequiredDocument(documentType(certificate), certificate.replace('_', ' ').toLowerCase(java.util.Locale.ROOT),
                                "HS " + item.hsCode() + " (" + item.description() + ") exported from RU requires it"
                                        + (rule.note().isEmpty() ? "" : ": " + rule.note())));
                    }
                }
            });
        }
        return documents;
    }

    private RequiredDocument postalDeclaration(DocumentRequest request) {
        Money total = null;
        Weight weight = Weight.ofGrams(0);
        boolean mixedCurrencies = false;
        for (CustomsItem item : request.items()) {
            weight = weight.plus(item.totalWeight());
            if (total == null) {
                total = item.totalValue();
            } else if (total.currency().equals(item.unitValue().currency())) {
                total = total.plus(item.totalValue());
            } else {
                mixedCurrencies = true;
            }
        }
        Optional<BigDecimal> sdr = mixedCurrencies ? Optional.empty() : sdrRates.toSdr(total);
        String carrierNote = "for postal shipments; express couriers declare on the commercial invoice";
        if (weight.compareTo(LETTER_POST_MAX_WEIGHT) > 0) {
            return new RequiredDocument(DocumentType.CN23, "UPU customs declaration CN23 " + carrierNote,
                    "the goods weigh " + weight + ", more than the 2 kg of a letter-post item, so they travel as a parcel");
        }
        if (sdr.isEmpty()) {
            return new RequiredDocument(DocumentType.CN23, "UPU customs declaration CN23 " + carrierNote,
                    "the value " + (mixedCurrencies ? "is in several currencies" : total + " has no configured SDR rate") + ", so CN23 is used to be safe");
        }
        boolean small = sdr.get().compareTo(CN22_LIMIT_SDR) < 0;
        return new RequiredDocument(small ? DocumentType.CN22 : DocumentType.CN23, "UPU customs declaration " + (small ? "CN22 " : "CN23 ") + carrierNote,
                "the goods are worth " + total + " = " + sdr.get().stripTrailingZeros().toPlainString() + " SDR, "
                        + (small ? "less than" : "not less than") + " 300 SDR");
    }

    private static DocumentType documentType(String certificate) {
        return switch (certificate) {
            case "VETERINARY_CERTIFICATE" -> DocumentType.VETERINARY_CERTIFICATE;
            case "PHYTOSANITARY_CERTIFICATE" -> DocumentType.PHYTOSANITARY_CERTIFICATE;
            case "CITES_PERMIT", "EXPORT_LICENCE", "EXPORT_LICENSE" -> DocumentType.EXPORT_LICENCE;
            case "CERTIFICATE_OF_ORIGIN" -> DocumentType.CERTIFICATE_OF_ORIGIN;
            default -> DocumentType.OTHER;
        };
    }
}
