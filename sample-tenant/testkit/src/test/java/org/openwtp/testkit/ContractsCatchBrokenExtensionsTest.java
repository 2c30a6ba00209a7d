package org.openwtp.testkit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.openwtp.sdk.carrier.Carrier;
import org.openwtp.sdk.context.KeyValueStore;
import org.openwtp.sdk.context.PluginContext;
import org.openwtp.sdk.events.OrderEvent;
import org.openwtp.sdk.events.OrderEventListener;
import org.openwtp.sdk.fx.FxRateSource;
import org.openwtp.sdk.money.CurrencyCode;
import org.openwtp.sdk.money.ExchangeRate;
import org.openwtp.sdk.money.Money;
import org.openwtp.sdk.pavilion.CountryPavilion;
import org.openwtp.sdk.pavilion.SellerApplication;
import org.openwtp.sdk.pavilion.SellerVerification;
import org.openwtp.sdk.payment.PaymentProvider;
import org.openwtp.testkit.fakes.BuyerImportCounter;
import org.openwtp.testkit.fakes.FakePost;
import org.openwtp.testkit.fakes.FixedRates;
import org.openwtp.testkit.fakes.KazakhPavilion;
import org.openwtp.testkit.fakes.SandboxCardProvider;

/**
 * Each suite fails a deliberately broken extension in the check that is about its flaw, and passes
 * the correct one in the same check: a suite that cannot fail proves nothing.
 */
class ContractsCatchBrokenExtensionsTest {

    @Test
    void pavilionThatSkipsTheCheckDigitFailsRejectionCheck() {
        KazakhPavilionContractTest suite = new KazakhPavilionContractTest() {
            @Override
            protected CountryPavilion createPavilion() {
                return new KazakhPavilion() {
                    @Override
                    protected boolean checkDigitValid(String bin) {
                        return true;
                    }
                };
            }
        };
        assertFails(suite::invalidApplicationsAreRejectedWithReasons);
        assertPasses(new KazakhPavilionContractTest()::invalidApplicationsAreRejectedWithReasons);
    }

    @Test
    void pavilionThatThrowsOnLettersFailsRejectionCheck() {
        KazakhPavilionContractTest suite = new KazakhPavilionContractTest() {
            @Override
            protected CountryPavilion createPavilion() {
                return new KazakhPavilion() {
                    @Override
                    public SellerVerification verifySeller(SellerApplication application, PluginContext context) {
                        Long.parseLong(application.registryNumber());
                        return super.verifySeller(application, context);
                    }
                };
            }
        };
        assertFails(suite::invalidApplicationsAreRejectedWithReasons);
    }

    @Test
    void providerThatCapturesBeyondAuthorizationFailsCaptureCheck() {
        SandboxCardProviderContractTest suite = new SandboxCardProviderContractTest() {
            @Override
            protected PaymentProvider createPaymentProvider() {
                return new SandboxCardProvider() {
                    @Override
                    protected boolean exceeds(Money amount, Money remaining) {
                        return false;
                    }
                };
            }
        };
        assertFails(suite::captureNeverExceedsAuthorization);
        assertFails(suite::refundsNeverExceedCaptures);
        assertPasses(new SandboxCardProviderContractTest()::captureNeverExceedsAuthorization);
    }

    @Test
    void providerThatIgnoresIdempotencyKeysFailsIdempotencyChecks() {
        SandboxCardProviderContractTest suite = new SandboxCardProviderContractTest() {
            @Override
            protected PaymentProvider createPaymentProvider() {
                return new SandboxCardProvider() {
                    @Override
                    protected Optional<String> replay(KeyValueStore store, String slot) {
                        return Optional.empty();
                    }
                };
            }
        };
        assertFails(suite::repeatedIdempotencyKeyReturnsSameAuthorization);
        assertFails(suite::repeatedIdempotencyKeyCapturesOnce);
        assertFails(suite::repeatedIdempotencyKeyRefundsOnce);
        assertPasses(new SandboxCardProviderContractTest()::repeatedIdempotencyKeyCapturesOnce);
    }

    @Test
    void providerThatTrustsUnsignedWebhooksFailsWebhookChecks() {
        SandboxCardProviderContractTest suite = new SandboxCardProviderContractTest() {
            @Override
            protected PaymentProvider createPaymentProvider() {
                return new SandboxCardProvider() {
                    @Override
                    protected boolean signatureValid(byte[] body, String signature, String secret) {
                        return true;
                    }
                };
            }
        };
        assertFails(suite::webhookWithBadSignatureIsRejected);
        assertPasses(new SandboxCardProviderContractTest()::webhookWithBadSignatureIsRejected);
        assertPasses(new SandboxCardProviderContractTest()::webhookWithTamperedBodyIsRejected);
    }

    @Test
    void carrierThatIgnoresItsWeightLimitFailsOverLimitCheck() {
        FakePostContractTest suite = new FakePostContractTest() {
            @Override
            protected Carrier createCarrier() {
                return new FakePost() {
                    @Override
                    protected long maxWeightGrams(PluginContext context) {
                        return Long.MAX_VALUE;
                    }
                };
            }
        };
        assertFails(suite::overLimitParcelIsRefusedWithReason);
        assertPasses(new FakePostContractTest()::overLimitParcelIsRefusedWithReason);
    }

    @Test
    void fxSourceThatGuessesFailsUnknownPairCheck() {
        FixedRatesContractTest suite = new FixedRatesContractTest() {
            @Override
            protected FxRateSource createFxRateSource() {
                return new FixedRates() {
                    @Override
                    protected Optional<ExchangeRate> guess(CurrencyCode from, CurrencyCode to) {
                        return Optional.of(new ExchangeRate(from, to, BigDecimal.ONE, Instant.EPOCH, "guess"));
                    }
                };
            }
        };
        assertFails(suite::unknownPairIsEmpty);
        assertPasses(new FixedRatesContractTest()::unknownPairIsEmpty);
    }

    @Test
    void listenerThatCountsRedeliveriesFailsIdempotencyCheck() {
        BuyerImportCounterContractTest suite = new BuyerImportCounterContractTest() {
            @Override
            protected OrderEventListener createListener() {
                return new BuyerImportCounter() {
                    @Override
                    protected boolean firstDelivery(OrderEvent event, PluginContext context) {
                        return true;
                    }
                };
            }
        };
        assertFails(suite::handlingTheSameEventTwiceHasTheSameEffectAsOnce);
        assertPasses(new BuyerImportCounterContractTest()::handlingTheSameEventTwiceHasTheSameEffectAsOnce);
    }

    private static void assertFails(Executable check) {
        assertThatThrownBy(check::execute).isInstanceOf(AssertionError.class);
    }

    private static void assertPasses(Executable check) {
        assertThatCode(check::execute).doesNotThrowAnyException();
    }
}
