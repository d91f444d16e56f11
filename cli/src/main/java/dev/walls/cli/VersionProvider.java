package dev.walls.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the version of the CLI module and of the SPI. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getModule().getDescriptor() != null
                ? Main.class.getModule().getDescriptor().rawVersion().orElse("dev") : "dev";
        return new String[] {"walls " + v + " (SPI " + dev.walls.spi.SpiVersion.CURRENT + ")"};
    }
}
