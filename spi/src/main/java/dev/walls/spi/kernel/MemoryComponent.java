package dev.walls.spi.kernel;

/** The fixed parts of one rank's memory footprint that a kernel reports, in the order of a memory breakdown. */
public enum MemoryComponent {
    /** Weight copies the GEMMs read (16-bit, plus FP8 copies). */
    WEIGHTS("weights"),
    /** Gradient buffers. */
    GRADIENTS("gradients"),
    /** Optimizer state: fp32 master weights and Adam moments, sharded by the distributed optimizer / ZeRO. */
    OPTIMIZER_STATE("optimizer-state"),
    /** Stored activations of the microbatches in flight. */
    ACTIVATIONS("activations"),
    /** Runtime context, library workspaces and communication buffers. */
    RUNTIME_AND_BUFFERS("runtime-and-buffers"),
    /** Allocator fragmentation slack. */
    FRAGMENTATION("fragmentation");

    private final String key;

    MemoryComponent(String key) {
        this.key = key;
    }

    /** Returns the stable key used as the memory part's name. */
    public String key() {
        return key;
    }
}
