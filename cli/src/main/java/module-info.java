/** The {@code walls} command line. */
module dev.walls.cli {
    requires dev.walls.core;
    requires info.picocli;
    // A progress bar for long searches, on a terminal only.
    requires me.tongfei.progressbar;
    // --metrics: counters and timers, and Prometheus text for --metrics-file.
    requires micrometer.core;
    requires micrometer.registry.prometheus;
    // benchmark: waits until the JIT compiler is quiet before it times searches.
    requires java.management;

    // picocli sets annotated option fields reflectively.
    opens dev.walls.cli to info.picocli;
}
