/** The sheet tabs along the bottom of the workbook, as in Excel. */
import { Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { useWorkbenchText } from "./text";

const useStyles = makeStyles({
  bar: {
    flexShrink: 0,
    overflowX: "auto",
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

export interface SheetTabsProps {
  sheets: string[];
  active: string;
  onSelect(sheet: string): void;
}

export function SheetTabs({ sheets, active, onSelect }: SheetTabsProps) {
  const styles = useStyles();
  const text = useWorkbenchText();
  return (
    <div className={styles.bar}>
      <TabList size="small" selectedValue={active} onTabSelect={(_, d) => onSelect(String(d.value))} aria-label={text("sheets")}>
        {sheets.map((s) => (
          <Tab key={s} value={s}>
            {s}
          </Tab>
        ))}
      </TabList>
    </div>
  );
}
