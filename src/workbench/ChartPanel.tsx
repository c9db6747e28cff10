/**
 * The active sheet's charts, drawn with chart.js from the in-memory Excel's chart objects. Each
 * chart keeps its size from the workbook; a sheet without charts shows nothing.
 */
import { useEffect, useRef } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { ChartInfo } from "../fake-excel";
import { chartConfig } from "./chartConfig";
import { Chart } from "./registerCharts";
import { useWorkbenchText } from "./text";

/** Excel sizes charts in points; the page in CSS pixels. */
const PX_PER_POINT = 4 / 3;

const useStyles = makeStyles({
  strip: {
    display: "flex",
    gap: tokens.spacingHorizontalM,
    overflowX: "auto",
    padding: tokens.spacingHorizontalS,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    flexShrink: 0,
  },
  card: {
    flexShrink: 0,
    backgroundColor: "#FFFFFF",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
  },
});

export function ChartPanel({ charts, version }: { charts: ChartInfo[]; version: number }) {
  const styles = useStyles();
  const text = useWorkbenchText();
  if (charts.length === 0) return null;
  return (
    <section className={styles.strip} aria-label={text("charts")}>
      {charts.map((c) => (
        <figure key={c.id} className={styles.card} style={{ margin: 0 }} aria-label={c.title.text || c.name}>
          <ChartCanvas chart={c} version={version} />
        </figure>
      ))}
    </section>
  );
}

function ChartCanvas({ chart, version }: { chart: ChartInfo; version: number }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const config = chartConfig(chart);
    if (!canvas.current || !config) return;
    const drawn = new Chart(canvas.current, config);
    return () => drawn.destroy();
    // Redrawn when the workbook changes (version), not on every render of the page.
  }, [chart.id, version]);
  return (
    <div style={{ position: "relative", width: Math.round(chart.position.width * PX_PER_POINT), height: Math.round(chart.position.height * PX_PER_POINT) }}>
      <canvas ref={canvas} role="img" aria-label={chart.title.text || chart.name} />
    </div>
  );
}
