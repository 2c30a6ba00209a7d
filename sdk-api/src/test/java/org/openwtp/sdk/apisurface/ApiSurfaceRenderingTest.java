package org.openwtp.sdk.apisurface;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openwtp.sdk.apisurface.fixture.Sample;
import org.openwtp.sdk.apisurface.fixture.SampleKind;
import org.openwtp.sdk.apisurface.fixture.Trial;

/** How the surface renderer and its diff present a change to a reviewer. */
class ApiSurfaceRenderingTest {

    private static final Class<?> HIDDEN = hidden();
    private static final List<Class<?>> FIXTURES = List.of(Trial.class, Sample.class, Sample.Base.class, SampleKind.class, HIDDEN);

    @Test
    void experimentalTypesAndMembersAreListedInTheirOwnSection() {
        String surface = ApiSurface.render(FIXTURES);
        String stable = surface.substring(surface.indexOf(ApiSurface.STABLE), surface.indexOf(ApiSurface.EXPERIMENTAL));
        String experimental = surface.substring(surface.indexOf(ApiSurface.EXPERIMENTAL));

        assertThat(stable)
                .contains("public interface org.openwtp.sdk.apisurface.fixture.Sample")
                .contains("  public abstract java.lang.String name()")
                .doesNotContain("preview")
                .doesNotContain("Trial");
        assertThat(experimental)
                .contains("public interface org.openwtp.sdk.apisurface.fixture.Sample\n"
                        + "  @Experimental(eta=\"1.2.0\") public default java.util.Optional<java.lang.String> preview()\n")
                .contains("@Experimental public final class org.openwtp.sdk.apisurface.fixture.Trial")
                .contains("  public Trial()");
    }

    @Test
    void enumConstantsKeepDeclarationOrderAndImplicitMethodsAreLeftOut() {
        String surface = ApiSurface.render(FIXTURES);

        assertThat(surface)
                .contains("public enum org.openwtp.sdk.apisurface.fixture.SampleKind\n"
                        + "  enum constant ZULU\n"
                        + "  enum constant ALPHA\n"
                        + "  @Deprecated(since=\"1.1.0\") enum constant OLD\n")
                .doesNotContain("values()")
                .doesNotContain("valueOf(");
    }

    @Test
    void packagePrivateTypesAndMembersAreNotPartOfTheSurface() {
        String surface = ApiSurface.render(FIXTURES);

        assertThat(surface)
                .doesNotContain("Hidden")
                .doesNotContain("helper")
                .contains("public abstract static class org.openwtp.sdk.apisurface.fixture.Sample.Base\n")
                .contains("  protected abstract <T extends java.lang.Comparable<? super T>> T largest(java.util.List<? extends T>)");
    }

    @Test
    void renderingIsStableAcrossRuns() {
        assertThat(ApiSurface.render(FIXTURES)).isEqualTo(ApiSurface.render(List.of(HIDDEN, SampleKind.class, Sample.Base.class, Sample.class, Trial.class)));
    }

    @Test
    void diffShowsRemovedAndAddedLinesWithTheEnclosingType() {
        List<String> before = List.of("# header", "", "public interface a.Carrier", "  public abstract void one()",
                "  public abstract void two()", "  public abstract void three()", "", "public record a.Money(long minorUnits)");
        List<String> after = List.of("# header", "", "public interface a.Carrier", "  public abstract void one()",
                "  public abstract void three()", "  public default void four()", "", "public record a.Money(long minorUnits)");

        String diff = UnifiedDiff.diff("committed", before, "compiled", after, 1);

        assertThat(diff).isEqualTo("""
                --- committed
                +++ compiled
                @@ -4,4 +4,4 @@ public interface a.Carrier
                   public abstract void one()
                -  public abstract void two()
                   public abstract void three()
                +  public default void four()
                \s
                """);
    }

    @Test
    void equalTextsHaveNoDiff() {
        assertThat(UnifiedDiff.diff("a", List.of("x", "y"), "b", List.of("x", "y"), 3)).isEmpty();
    }

    private static Class<?> hidden() {
        try {
            return Class.forName("org.openwtp.sdk.apisurface.fixture.Hidden");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
