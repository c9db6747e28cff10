/**
 * The pane's top-level tabs as Office's own panes show them at 320 px: one row, the tabs that fit,
 * and the rest behind a "More" menu (Fluent's Overflow) — the selected tab always stays in the row.
 * A new view is one more entry in `tabs`; nothing here depends on how many there are.
 */
import type { ReactNode } from "react";
import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  makeStyles,
  tokens,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from "@fluentui/react-components";
import { MoreHorizontal20Regular } from "@fluentui/react-icons";
import { type Lang, t } from "../core/i18n";

export interface PaneTab {
  id: string;
  label: string;
  /** A count beside the label (today's plan, the problems). */
  badge?: ReactNode;
}

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "center", minWidth: 0, overflow: "hidden", marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  tabs: { flexWrap: "nowrap", minWidth: 0 },
  tab: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS, whiteSpace: "nowrap" },
  more: { minWidth: "auto", flexShrink: 0, whiteSpace: "nowrap" },
});

export interface PaneTabsProps {
  tabs: PaneTab[];
  selected: string;
  onSelect(id: string): void;
  lang: Lang;
}

export function PaneTabs({ tabs, selected, onSelect, lang }: PaneTabsProps) {
  const styles = useStyles();
  return (
    // minimumVisible 2: even the narrowest pane keeps two tabs beside the menu.
    <Overflow minimumVisible={2}>
      <div className={styles.row}>
        <TabList
          className={styles.tabs}
          size="small"
          selectedValue={selected}
          onTabSelect={(_, data) => onSelect(String(data.value))}
          aria-label={t(lang, "taskpane.tabs.label")}
        >
          {tabs.map((tab) => (
            // The selected tab overflows last, so the user always sees where they are.
            <OverflowItem key={tab.id} id={tab.id} priority={tab.id === selected ? 2 : 1}>
              <Tab value={tab.id}>
                <span className={styles.tab}>
                  {tab.label}
                  {tab.badge}
                </span>
              </Tab>
            </OverflowItem>
          ))}
        </TabList>
        <MoreTabs tabs={tabs} onSelect={onSelect} lang={lang} />
      </div>
    </Overflow>
  );
}

function MoreTabs({ tabs, onSelect, lang }: Omit<PaneTabsProps, "selected">) {
  const styles = useStyles();
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button
          ref={ref}
          className={styles.more}
          appearance="transparent"
          size="small"
          icon={<MoreHorizontal20Regular />}
          aria-label={t(lang, "taskpane.tabs.more", { count: overflowCount })}
        >
          {t(lang, "taskpane.tabs.moreShort")}
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {tabs.map((tab) => (
            <HiddenTab key={tab.id} tab={tab} onSelect={onSelect} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

/** A menu entry only for a tab the row could not hold. */
function HiddenTab({ tab, onSelect }: { tab: PaneTab; onSelect(id: string): void }) {
  const styles = useStyles();
  const visible = useIsOverflowItemVisible(tab.id);
  if (visible) return null;
  return (
    <MenuItem onClick={() => onSelect(tab.id)}>
      <span className={styles.tab}>
        {tab.label}
        {tab.badge}
      </span>
    </MenuItem>
  );
}
