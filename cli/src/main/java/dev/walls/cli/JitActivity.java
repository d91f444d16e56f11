package dev.walls.cli;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * How long the JVM's just-in-time compiler has spent compiling, to tell when it has gone quiet. On a machine of two
 * cores a compiler thread still at work takes the core a search's second thread needs: the helper of a 2.4 ms sweep
 * then started up to 5 ms late, and the sweep took as long as on one thread, in most timed runs after a 5 s warm-up
 * and in none after 30 s.
 */
final class JitActivity {

    private final CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();

    /** True when the JVM reports its compilation time (HotSpot does). */
    boolean measurable() {
        return compiler != null && compiler.isCompilationTimeMonitoringSupported();
    }

    /** Milliseconds spent compiling since the JVM started; only when {@link #measurable()}. */
    long compilingMillis() {
        return compiler.getTotalCompilationTime();
    }
}
