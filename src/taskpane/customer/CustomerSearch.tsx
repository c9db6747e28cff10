/** The 360 view's search box: name, ID or phone, any width or case, one typo forgiven. */
import { useMemo, useState } from "react";
import { Caption1, Field, SearchBox } from "@fluentui/react-components";
import type { Analysis } from "../../core/analyze";
import { searchCustomers } from "../../core/customer/search";
import { type Lang, t } from "../../core/i18n";
import { useListStyles } from "../listStyles";

export interface CustomerSearchProps {
  analysis: Analysis;
  lang: Lang;
  onPick(index: number): void;
}

export function CustomerSearch({ analysis, lang, onPick }: CustomerSearchProps) {
  const list = useListStyles();
  const [query, setQuery] = useState("");
  const hits = useMemo(() => searchCustomers(analysis.book, query, 12), [analysis, query]);
  return (
    <div>
      <Field label={t(lang, "c360.search.label")}>
        <SearchBox value={query} onChange={(_, d) => setQuery(d.value)} aria-controls="c360-results" />
      </Field>
      {query.trim() !== "" &&
        (hits.length === 0 ? (
          <Caption1 className={list.muted}>{t(lang, "c360.search.none", { query })}</Caption1>
        ) : (
          <ul id="c360-results" className={list.list} aria-label={t(lang, "c360.search.label")}>
            {hits.map((h) => {
              const c = analysis.book.customers[h.index];
              const s = analysis.scores[h.index];
              return (
                <li key={h.index}>
                  <button
                    type="button"
                    className={list.item}
                    onClick={() => {
                      onPick(h.index);
                      setQuery("");
                    }}
                  >
                    <span className={list.text}>
                      {c.name} · {c.id} · {s.quadrant}
                      {h.rank === 3 && <span className={list.muted}>{t(lang, "text.aside", { note: t(lang, "c360.search.close") })}</span>}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        ))}
    </div>
  );
}
