/** The {@code walls} command line. */
module dev.walls.cli {
    requires dev.walls.core;
    requires info.picocli;

    // picocli sets annotated option fields reflectively.
    opens dev.walls.cli to info.picocli;
}
