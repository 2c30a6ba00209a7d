package org.openwtp.core.admin.internal;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openwtp.core.admin.PluginAdministration;
import org.openwtp.core.admin.PluginView;
import org.openwtp.core.config.ServerConfig;
import org.openwtp.core.http.ApiException;
import org.openwtp.core.http.ApiResource;
import org.openwtp.core.http.ErrorCode;
import org.openwtp.core.http.JsonBodies;
import org.openwtp.core.http.Role;
import org.openwtp.core.http.Routes;

/** Host administration of plugins under {@code /admin/plugins}. Thread-safe. */
public final class AdminPluginResource implements ApiResource {

    /** Media type of an uploaded jar. */
    public static final String JAR = "application/java-archive";
    private static final List<String> RAW_JAR_TYPES = List.of(JAR, "application/x-java-archive", "application/octet-stream");
    private static final String MULTIPART = "multipart/form-data";
    private static final Pattern BOUNDARY = Pattern.compile("boundary=(?:\"([^\"]{1,70})\"|([^;\\s]{1,70}))", Pattern.CASE_INSENSITIVE);
    private static final Pattern DISPOSITION_NAME = Pattern.compile("\\bname=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern DISPOSITION_FILE = Pattern.compile("\\bfilename=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

    private final PluginAdministration plugins;
    private final long maxUploadBytes;

    /**
     * @param plugins the plugin runtime's administration
     * @param config  the server configuration ({@code plugins.maxUploadBytes})
     */
    @Inject
    public AdminPluginResource(PluginAdministration plugins, ServerConfig config) {
        this.plugins = plugins;
        this.maxUploadBytes = config.plugins().maxUploadBytes();
    }

    /**
     * Installs a jar already placed in the plugins folder.
     *
     * @param file the jar's file name in the plugins folder, e.g. {@code carrier-post-1.0.0.jar}
     */
    public record InstallFromFolder(String file) {
    }

    /** Every plugin. @param items the plugins */
    public record PluginList(List<PluginView> items) {
    }

    @Override
    public void routes(Routes routes) {
        routes.get("/admin/plugins", this::list).roles(Role.HOST_ADMIN)
                .summary("List plugins with version, state, SDK range, extension points and failure reason")
                .response(200, PluginList.class);
        routes.post("/admin/plugins", this::install).roles(Role.HOST_ADMIN)
                .summary("Install a plugin jar: upload it, or name one already in the plugins folder")
                .description("Send the jar as the body (Content-Type application/java-archive, optional ?filename=), "
                        + "as the part 'file' of a multipart/form-data upload, or send {\"file\": \"x.jar\"} as JSON to load a "
                        + "jar already placed in the plugins folder. The jar is checked (readable, Plugin-Id, Plugin-Version, "
                        + "a Plugin-Requires range containing this SDK) before anything is written; it is then moved into "
                        + "the plugins folder atomically and started. A jar of a loaded plugin replaces it.")
                .request(InstallFromFolder.class).alsoAccepts(JAR).alsoAccepts("application/x-java-archive")
                .alsoAccepts("application/octet-stream").alsoAccepts(MULTIPART).maxBodyBytes(maxUploadBytes)
                .query("filename", "name of the uploaded file, for messages")
                .response(201, PluginView.class).response(409, Void.class).response(422, Void.class);
        routes.get("/admin/plugins/{plugin}", this::show).roles(Role.HOST_ADMIN)
                .summary("Show a plugin").response(200, PluginView.class);
        routes.post("/admin/plugins/{plugin}/start", this::start).roles(Role.HOST_ADMIN)
                .summary("Start a plugin").response(200, PluginView.class);
        routes.post("/admin/plugins/{plugin}/stop", this::stop).roles(Role.HOST_ADMIN)
                .summary("Stop a plugin").response(200, PluginView.class);
        routes.post("/admin/plugins/{plugin}/reload", this::reload).roles(Role.HOST_ADMIN)
                .summary("Reload a plugin from the newest jar in the plugins folder").response(200, PluginView.class);
        routes.delete("/admin/plugins/{plugin}", this::unload).roles(Role.HOST_ADMIN)
                .summary("Unload a plugin").response(204, Void.class);
    }

    private void list(Context ctx) {
        ctx.json(new PluginList(plugins.list()));
    }

    private void install(Context ctx) {
        String contentType = ctx.contentType() == null ? "" : ctx.contentType();
        String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        PluginView installed;
        if (RAW_JAR_TYPES.contains(mediaType)) {
            byte[] jar = JsonBodies.readBytes(ctx, maxUploadBytes);
            installed = plugins.install(ctx.queryParam("filename"), requireBody(jar));
        } else if (mediaType.equals(MULTIPART)) {
            installed = installMultipart(contentType, JsonBodies.readBytes(ctx, maxUploadBytes));
        } else {
            InstallFromFolder body = JsonBodies.read(ctx, InstallFromFolder.class);
            if (body.file() == null || body.file().isBlank()) {
                throw ApiException.invalidField("file", "required", "file is required: the name of a jar in the plugins folder");
            }
            installed = plugins.installFromFolder(body.file());
        }
        ctx.status(201).header("Location", "/admin/plugins/" + installed.id()).json(installed);
    }

    private PluginView installMultipart(String contentType, byte[] body) {
        Matcher m = BOUNDARY.matcher(contentType);
        if (!m.find()) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "a multipart/form-data upload needs a boundary in its Content-Type");
        }
        byte[] delimiter = ("--" + (m.group(1) != null ? m.group(1) : m.group(2))).getBytes(StandardCharsets.ISO_8859_1);
        int at = indexOf(body, delimiter, 0);
        while (at >= 0) {
            int headersStart = at + delimiter.length;
            if (headersStart + 2 <= body.length && body[headersStart] == '-' && body[headersStart + 1] == '-') {
                break;
            }
            headersStart += 2; // CRLF after the delimiter
            byte[] blank = {'\r', '\n', '\r', '\n'};
            int headersEnd = indexOf(body, blank, headersStart);
            if (headersEnd < 0) {
                break;
            }
            String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
            int next = indexOf(body, ("\r\n" + new String(delimiter, StandardCharsets.ISO_8859_1)).getBytes(StandardCharsets.ISO_8859_1),
                    headersEnd + 4);
            if (next < 0) {
                break;
            }
            Matcher name = DISPOSITION_NAME.matcher(headers);
            if (name.find() && name.group(1).equals("file")) {
                Matcher file = DISPOSITION_FILE.matcher(headers);
                byte[] jar = java.util.Arrays.copyOfRange(body, headersEnd + 4, next);
                return plugins.install(file.find() ? file.group(1) : null, requireBody(jar));
            }
            at = next + 2;
        }
        throw ApiException.invalidField("file", "required", "the multipart upload has no part named 'file' holding the jar");
    }

    private static byte[] requireBody(byte[] jar) {
        if (jar.length == 0) {
            throw ApiException.invalidField("file", "required", "the upload is empty: send the plugin jar");
        }
        return jar;
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = Math.max(from, 0); i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private void show(Context ctx) {
        String id = id(ctx);
        ctx.json(plugins.find(id).orElseThrow(() -> ApiException.notFound("plugin", id)));
    }

    private void start(Context ctx) {
        ctx.json(plugins.start(id(ctx)));
    }

    private void stop(Context ctx) {
        ctx.json(plugins.stop(id(ctx)));
    }

    private void reload(Context ctx) {
        ctx.json(plugins.reload(id(ctx)));
    }

    private void unload(Context ctx) {
        plugins.unload(id(ctx));
        ctx.status(204);
    }

    private static String id(Context ctx) {
        String id = ctx.pathParam("plugin");
        if (!id.matches("[A-Za-z0-9._-]{1,100}")) {
            throw ApiException.notFound("plugin", id.length() > 64 ? id.substring(0, 64) + "..." : id);
        }
        return id;
    }
}
