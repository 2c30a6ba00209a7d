package org.example.openwtp.pavilion.kz;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openwtp.sdk.pavilion.DocumentRequest;
import org.openwtp.sdk.pavilion.DocumentType;
import org.openwtp.sdk.pavilion.RequiredDocument;
import org.openwtp.sdk.trade.CustomsItem;

/** The documents an order shipped from Kazakhstan needs. Stateless and thread-safe. */
public final class ExportDocuments {
    private static final Set<String> ANIMAL_PRODUCT_CHAPTERS = Set.of("01", "02", "03", "04", "05");
    private static final Set<String> PLANT_PRODUCT_CHAPTERS = Set.of("06", "07", "08", "10", "12");

    private ExportDocuments() {
    }

    /**
     * The documents, each once.
     *
     * @param request the order
     * @return a commercial invoice, plus veterinary and phytosanitary certificates where the goods need them
     */
    public static List<RequiredDocument> required(DocumentRequest request) {
        List<RequiredDocument> documents = new ArrayList<>();
        documents.add(new RequiredDocument(DocumentType.COMMERCIAL_INVOICE, "commercial invoice in Russian or English with the price paid",
                "customs in " + request.destination() + " value the goods on it"));
        if (anyInChapters(request.items(), ANIMAL_PRODUCT_CHAPTERS)) {
            documents.add(new RequiredDocument(DocumentType.VETERINARY_CERTIFICATE,
                    "veterinary certificate from the territorial inspection of the Veterinary Control and Supervision Committee",
                    "animal products (HS chapters 01 to 05) are under veterinary control"));
        }
        if (anyInChapters(request.items(), PLANT_PRODUCT_CHAPTERS)) {
            documents.add(new RequiredDocument(DocumentType.PHYTOSANITARY_CERTIFICATE,
                    "phytosanitary certificate from the State Inspection Committee in the Agro-Industrial Complex",
                    "plants, vegetables, fruit, cereals and seeds (HS chapters 06, 07, 08, 10, 12) are under quarantine control"));
        }
        return documents;
    }

    private static boolean anyInChapters(List<CustomsItem> items, Set<String> chapters) {
        return items.stream().anyMatch(item -> chapters.contains(item.hsCode().chapter()));
    }
}
