package org.openwtp.core.admin.internal;

import java.util.List;
import java.util.Optional;
import org.openwtp.core.admin.PluginAdministration;
import org.openwtp.core.admin.PluginView;
import org.openwtp.core.admin.SampleTenantInstaller;
import org.openwtp.core.admin.StorageAdministration;
import org.openwtp.core.admin.TenantAdministration;
import org.openwtp.core.admin.TenantView;
import org.openwtp.core.http.ApiException;
import org.openwtp.core.http.ErrorCode;

/** Defaults for administration seams whose feature is not part of this build: every call answers 501. */
public final class Unavailable {

    private Unavailable() {
    }

    private static ApiException missing(String feature) {
        return new ApiException(ErrorCode.NOT_IMPLEMENTED, feature + " is not available on this server build");
    }

    /** No tenant feature. */
    public static final class Tenants implements TenantAdministration {
        @Override public TenantView create(String slug, String name) { throw missing("tenant administration"); }
        @Override public List<TenantView> list() { throw missing("tenant administration"); }
        @Override public Optional<TenantView> find(String slug) { throw missing("tenant administration"); }
        @Override public TenantView suspend(String slug) { throw missing("tenant administration"); }
        @Override public TenantView resume(String slug) { throw missing("tenant administration"); }
        @Override public void delete(String slug) { throw missing("tenant administration"); }
        @Override public org.openwtp.core.admin.IssuedApiKeyView issueApiKey(String slug, org.openwtp.core.admin.NewApiKey request) {
            throw missing("tenant administration");
        }
    }

    /** No plugin runtime. */
    public static final class Plugins implements PluginAdministration {
        @Override public List<PluginView> list() { throw missing("plugin administration"); }
        @Override public Optional<PluginView> find(String pluginId) { throw missing("plugin administration"); }
        @Override public PluginView start(String pluginId) { throw missing("plugin administration"); }
        @Override public PluginView stop(String pluginId) { throw missing("plugin administration"); }
        @Override public PluginView reload(String pluginId) { throw missing("plugin administration"); }
        @Override public void unload(String pluginId) { throw missing("plugin administration"); }
        @Override public PluginView install(String fileName, byte[] jar) { throw missing("plugin administration"); }
        @Override public PluginView installFromFolder(String fileName) { throw missing("plugin administration"); }
    }

    /** No storage feature. */
    public static final class Storage implements StorageAdministration {
        @Override public String migrate() { throw missing("storage migration"); }
    }

    /** No sample tenant in this build. */
    public static final class SampleTenant implements SampleTenantInstaller {
        @Override public List<String> install(java.net.URI baseUri) { throw missing("the sample tenant"); }
    }
}
