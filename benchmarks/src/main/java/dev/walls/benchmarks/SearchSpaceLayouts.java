package dev.walls.benchmarks;

import dev.walls.core.Walls;
import dev.walls.core.search.StrategySpace;
import dev.walls.core.search.Subsystem;
import dev.walls.core.search.Template;
import dev.walls.spi.kernel.CostTable;
import dev.walls.spi.kernel.KernelStrategy;
import dev.walls.spi.kernel.LayoutGrid;
import dev.walls.spi.system.SystemSpec;
import dev.walls.spi.workload.Workload;
import java.util.ArrayList;
import java.util.List;


/**
 * Every layout an open, non-exact {@code walls search} sweeps for a workload on a system, in the search's order
 * (blocks of an accelerator count and tp, pp, cp, dp; then microbatch, interleaving, recompute, sp, ZeRO stage and
 * precision), each with the table staged for its accelerator count; and the same layouts as the grids the search
 * hands a kernel (one per block and microbatch).
 *
 * <p>Enumerated by the core's {@link StrategySpace} with an open template, exactly as the search does.
 */
final class SearchSpaceLayouts {

    /** The layouts in sweep order, as {@link KernelStrategy} slots. */
    final int[][] layouts;
    /** The table of each layout (one per accelerator count, shared). */
    final CostTable[] tables;
    /** The layouts as the search's grids, in sweep order. */
    final LayoutGrid[] grids;
    /** The table of each grid. */
    final CostTable[] gridTables;

    private SearchSpaceLayouts(int[][] layouts, CostTable[] tables, LayoutGrid[] grids, CostTable[] gridTables) {
        this.layouts = layouts;
        this.tables = tables;
        this.grids = grids;
        this.gridTables = gridTables;
    }

    int count() {
        return layouts.length;
    }

    static SearchSpaceLayouts of(Walls walls, SystemSpec system, Workload workload) {
        StrategySpace space = StrategySpace.of(system, workload, Template.OPEN, false);
        CostTable[] bySize = new CostTable[space.sizes().size()];
        for (int i = 0; i < bySize.length; i++) {
            bySize[i] = walls.evaluator().table(Subsystem.of(system, space.sizes().get(i)), workload);
        }
        List<int[]> layouts = new ArrayList<>();
        List<CostTable> tables = new ArrayList<>();
        List<LayoutGrid> grids = new ArrayList<>();
        List<CostTable> gridTables = new ArrayList<>();
        int[] slots = new int[KernelStrategy.SIZE];
        for (StrategySpace.Block block : space.blocks()) {
            space.forEach(block, slots, s -> {
                layouts.add(s.clone());
                tables.add(bySize[block.size()]);
            });
            space.forEachGrid(block, new LayoutGrid(), g -> {
                grids.add(copy(g));
                gridTables.add(bySize[block.size()]);
            });
        }
        return new SearchSpaceLayouts(layouts.toArray(new int[0][]), tables.toArray(new CostTable[0]),
                grids.toArray(new LayoutGrid[0]), gridTables.toArray(new CostTable[0]));
    }

    private static LayoutGrid copy(LayoutGrid g) {
        LayoutGrid c = new LayoutGrid();
        for (int slot = 0; slot < KernelStrategy.SIZE; slot++) {
            for (int i = 0; i < g.count(slot); i++) {
                c.add(slot, g.value(slot, i));
            }
        }
        return c;
    }
}
