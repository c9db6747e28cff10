/**
 * The four quadrants laid out as the method draws them — amount up, closeness right: II top-left,
 * I top-right, III bottom-left, IV bottom-right — with the count in each, the thresholds that
 * split them, the borderline count and the strategy of each quadrant.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Caption1,
  Subtitle2,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { Analysis } from "../../core/analyze";
import { formatDay } from "../../core/dates";
import { type Lang, t } from "../../core/i18n";
import { type Quadrant, QUADRANTS, quadrantName, relationshipName, strategyText } from "../../core/strategy";
import { QUADRANT_COLORS } from "../../excel/palette";
import { formatAmount, formatCloseness } from "../numbers";

/** Reading order of the 2×2 grid. */
const GRID_ORDER: readonly Quadrant[] = ["II", "I", "III", "IV"];

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { display: "flex", flexWrap: "wrap", alignItems: "baseline", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
  chart: { display: "grid", gridTemplateColumns: "auto 1fr", gridTemplateRows: "1fr auto", columnGap: tokens.spacingHorizontalXS },
  yAxis: { writingMode: "vertical-rl", textAlign: "center", color: tokens.colorNeutralForeground3 },
  // Chinese stands upright in a vertical line; Latin text turns to read bottom-to-top.
  yAxisUpright: { textOrientation: "upright", letterSpacing: "2px" },
  yAxisTurned: { transform: "rotate(180deg)" },
  xAxis: { gridColumn: "2", textAlign: "center", color: tokens.colorNeutralForeground3, paddingTop: tokens.spacingVerticalXXS },
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(2, minmax(0, 1fr))",
    gap: "2px",
    borderLeft: `2px solid ${tokens.colorNeutralStroke1}`,
    borderBottom: `2px solid ${tokens.colorNeutralStroke1}`,
    paddingLeft: "2px",
    paddingBottom: "2px",
  },
  cell: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  cellTop: { display: "flex", alignItems: "baseline", justifyContent: "space-between", gap: tokens.spacingHorizontalXS },
  // The pane's own face: a serif numeral reads as a different product in an Office pane.
  numeral: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, letterSpacing: "0.04em" },
  count: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold },
  relationship: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  name: { overflowWrap: "anywhere" },
  facts: {
    display: "grid",
    gridTemplateColumns: "auto minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  factLabel: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, color: tokens.colorNeutralForeground3 },
  factValue: { margin: 0, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, overflowWrap: "anywhere" },
  swatch: { display: "inline-block", width: "10px", height: "10px", borderRadius: "2px", marginRight: tokens.spacingHorizontalXS },
  strategy: { overflowWrap: "anywhere" },
  // The whole cell is the filter button when the pane can filter.
  cellButton: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    width: "100%",
    height: "100%",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    background: "transparent",
    color: "inherit",
    font: "inherit",
    textAlign: "start",
    cursor: "pointer",
    ":hover": { background: "rgba(0, 0, 0, 0.06)" },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  pressed: { boxShadow: `inset 0 0 0 2px ${tokens.colorNeutralForeground1}` },
  clear: {
    border: "none",
    background: "transparent",
    padding: 0,
    color: tokens.colorBrandForegroundLink,
    textDecoration: "underline",
    cursor: "pointer",
    font: "inherit",
  },
});

export interface QuadrantSummaryProps {
  analysis: Analysis;
  lang: Lang;
  /** Filters the customer table to a quadrant (a click on its cell), or clears it (undefined). */
  onFilter?(quadrant: Quadrant | undefined): void;
  /** The quadrant the customer table is filtered to, if any. */
  filtered?: Quadrant;
}

export function QuadrantSummary({ analysis, lang, onFilter, filtered }: QuadrantSummaryProps) {
  const styles = useStyles();
  const counts = countByQuadrant(analysis);
  const borderline = analysis.scores.filter((s) => s.borderline).length;

  return (
    <section className={styles.root} aria-labelledby="quadrant-summary-heading">
      <div className={styles.heading}>
        <Subtitle2 as="h2" id="quadrant-summary-heading">
          {t(lang, "taskpane.summary.heading")}
        </Subtitle2>
        <Caption1 className={styles.muted}>
          {t(lang, "taskpane.summary.total", { count: analysis.scores.length })} · {t(lang, "taskpane.summary.asOf", { date: formatDay(analysis.asOf) })}
        </Caption1>
      </div>

      <div className={styles.chart}>
        <Caption1 className={mergeClasses(styles.yAxis, lang === "zh-CN" ? styles.yAxisUpright : styles.yAxisTurned)} aria-hidden>
          {t(lang, "taskpane.summary.axisAmount")}
        </Caption1>
        <div className={styles.grid}>
          {GRID_ORDER.map((q) => (
            <QuadrantCell
              key={q}
              quadrant={q}
              count={counts[q]}
              lang={lang}
              pressed={filtered === q}
              onClick={onFilter && (() => onFilter(filtered === q ? undefined : q))}
            />
          ))}
        </div>
        <Caption1 className={styles.xAxis} aria-hidden>
          {t(lang, "taskpane.summary.axisCloseness")}
        </Caption1>
      </div>

      {filtered && onFilter && (
        <Caption1>
          {t(lang, "filter.active", { quadrant: filtered })} ·{" "}
          <button type="button" className={styles.clear} onClick={() => onFilter(undefined)}>
            {t(lang, "filter.clear")}
          </button>
        </Caption1>
      )}

      <dl className={styles.facts}>
        <Fact label={t(lang, "taskpane.summary.amountThreshold")} value={formatAmount(analysis.thresholds.amount, lang)} />
        <Fact
          label={t(lang, "taskpane.summary.closenessThreshold")}
          value={t(lang, "taskpane.summary.closenessValue", { value: formatCloseness(analysis.thresholds.closeness, lang) })}
        />
        <Fact label={t(lang, "taskpane.summary.borderline")} value={t(lang, "taskpane.summary.borderlineValue", { count: borderline })} />
      </dl>

      <div>
        <Subtitle2 as="h3">{t(lang, "taskpane.summary.strategies")}</Subtitle2>
        <Accordion multiple collapsible>
          {QUADRANTS.map((q) => (
            <AccordionItem key={q} value={q}>
              <AccordionHeader size="small">
                <span className={styles.swatch} style={{ background: QUADRANT_COLORS[q].strong }} aria-hidden />
                {t(lang, "taskpane.summary.strategyOf", { quadrant: q, name: relationshipName(q, lang) })}
              </AccordionHeader>
              <AccordionPanel>
                <Body1 className={styles.strategy}>{strategyText(q, lang)}</Body1>
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      </div>
    </section>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  const styles = useStyles();
  return (
    <>
      <dt className={styles.factLabel}>{label}</dt>
      <dd className={styles.factValue}>{value}</dd>
    </>
  );
}

interface QuadrantCellProps {
  quadrant: Quadrant;
  count: number;
  lang: Lang;
  /** The customer table is filtered to this quadrant. */
  pressed?: boolean;
  onClick?(): void;
}

function QuadrantCell({ quadrant, count, lang, pressed, onClick }: QuadrantCellProps) {
  const styles = useStyles();
  const colors = QUADRANT_COLORS[quadrant];
  const relationship = relationshipName(quadrant, lang);
  const body = (
    <>
      <div className={styles.cellTop}>
        <span className={styles.numeral}>{quadrant}</span>
        <span className={styles.count} data-count>
          {count}
        </span>
      </div>
      <Caption1 className={styles.relationship}>{relationship}</Caption1>
      <Caption1 className={styles.name}>{quadrantName(quadrant, lang)}</Caption1>
    </>
  );
  return (
    <div
      role="group"
      aria-label={t(lang, "taskpane.summary.cellLabel", { quadrant, relationship, count })}
      className={mergeClasses(styles.cell, pressed && styles.pressed)}
      style={{ background: colors.fill, color: colors.font, padding: onClick ? 0 : undefined }}
      data-quadrant={quadrant}
    >
      {onClick ? (
        <button
          type="button"
          className={styles.cellButton}
          aria-pressed={pressed}
          title={t(lang, pressed ? "filter.clear" : "filter.show", { quadrant })}
          onClick={onClick}
        >
          {body}
        </button>
      ) : (
        body
      )}
    </div>
  );
}

function countByQuadrant(analysis: Analysis): Record<Quadrant, number> {
  const counts: Record<Quadrant, number> = { I: 0, II: 0, III: 0, IV: 0 };
  for (const s of analysis.scores) counts[s.quadrant]++;
  return counts;
}
