package org.openwtp.core.plugin.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.openwtp.sdk.config.ConfigurableExtension;
import org.pf4j.ExtensionPoint;

/**
 * One extension object of a started plugin with the extension points it implements. Immutable.
 *
 * @param instance the extension, created by the plugin's injector
 * @param points   the extension points it implements (not the {@link ExtensionPoint} and
 *                 {@link ConfigurableExtension} base types)
 */
record ExtensionInstance(Object instance, List<Class<?>> points) {

    ExtensionInstance {
        points = List.copyOf(points);
    }

    static ExtensionInstance of(Object instance) {
        return new ExtensionInstance(instance, List.copyOf(pointsOf(instance.getClass())));
    }

    private static Set<Class<?>> pointsOf(Class<?> type) {
        Set<Class<?>> points = new LinkedHashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            todo.addAll(List.of(c.getInterfaces()));
        }
        while (!todo.isEmpty()) {
            Class<?> candidate = todo.pop();
            if (ExtensionPoint.class.isAssignableFrom(candidate) && candidate != ExtensionPoint.class
                    && candidate != ConfigurableExtension.class) {
                points.add(candidate);
            }
            todo.addAll(List.of(candidate.getInterfaces()));
        }
        return points;
    }
}
