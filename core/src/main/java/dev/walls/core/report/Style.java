package dev.walls.core.report;

/**
 * The report's style sheet, inline so that the page needs nothing else. System fonts only (nothing is fetched),
 * tabular digits so that numbers line up in columns, and a print layout without the contents list.
 */
final class Style {

    static final String CSS = """
            :root { color-scheme: light; }
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
              color: #1a1a1a; background: #ffffff; margin: 0 auto; padding: 1.5rem 2rem 3rem; max-width: 78rem;
              line-height: 1.45; }
            h1 { font-size: 1.7rem; margin: 0 0 .4rem; }
            h2 { font-size: 1.3rem; margin: 2.2rem 0 .6rem; border-bottom: 2px solid #2b5c8a; padding-bottom: .2rem; }
            h3 { font-size: 1.08rem; margin: 1.6rem 0 .4rem; }
            .lede { font-size: 1.02rem; max-width: 62rem; }
            nav ol { columns: 2; max-width: 40rem; padding-left: 1.4rem; }
            a { color: #1f4e79; }
            table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .86rem; }
            caption { text-align: left; font-weight: 600; padding: .3rem 0; }
            th, td { border: 1px solid #c8c8c8; padding: .25rem .5rem; vertical-align: top; }
            thead th { background: #eef2f6; }
            tbody th { font-weight: 600; }
            .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            .text { text-align: left; }
            td.source { max-width: 34rem; }
            .table-wrap { overflow-x: auto; }
            tr.not-run th, tr.not-run td { background: #fbeeee; }
            tr.not-run th:first-child { border-left: 4px solid #8b1a1a; }
            .status-OK { color: #1b5e20; font-weight: 600; }
            .status-STRAINED { color: #7a4f00; font-weight: 600; }
            .status-BLOCKED { color: #8b1a1a; font-weight: 700; }
            .verdict-not-run { color: #8b1a1a; font-weight: 700; }
            .verdict-runs { color: #1b5e20; font-weight: 700; }
            figure { margin: 1.2rem 0 2rem; }
            figcaption { max-width: 62rem; margin-top: .3rem; font-size: .92rem; }
            svg.chart { max-width: 100%; height: auto; display: block; }
            svg.chart text { font-family: inherit; font-size: 12px; }
            details { margin: .4rem 0 1rem; }
            summary { cursor: pointer; font-weight: 600; }
            code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .86em;
              overflow-wrap: anywhere; }
            footer { margin-top: 3rem; border-top: 1px solid #c8c8c8; font-size: .9rem; }
            @media print { nav { display: none; } h2 { break-after: avoid; } figure, table { break-inside: avoid; } }
            """;

    private Style() {
    }
}
