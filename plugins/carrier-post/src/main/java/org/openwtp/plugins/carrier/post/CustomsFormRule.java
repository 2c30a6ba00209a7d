package org.openwtp.plugins.carrier.post;

import java.math.BigDecimal;
import java.util.Optional;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.trade.CustomsForm;

/**
 * Chooses the UPU customs declaration: a CN22 for letter-post items (small packets) and EMS items whose
 * contents are worth less than 300 SDR, a CN23 at 300 SDR or more, and always a CN23 for parcels. The value
 * is compared as {@code value >= 300 × units-per-SDR} in exact decimals, so there is no rounding at the
 * edge. A value in a currency with no configured SDR rate gets a CN23, which is always acceptable.
 * Stateless and thread-safe.
 */
final class CustomsFormRule {

    private CustomsFormRule() {
    }

    static CustomsForm formFor(PostService service, Money contentsValue, PostTariff tariff) {
        Optional<BigDecimal> perSdr = tariff.unitsPerSdr(contentsValue.currency());
        boolean atLeast300Sdr = perSdr.map(rate -> contentsValue.amount().compareTo(PostTariff.CN23_FROM_SDR.multiply(rate)) >= 0)
                .orElse(true);
        return service.formFor(atLeast300Sdr);
    }
}
