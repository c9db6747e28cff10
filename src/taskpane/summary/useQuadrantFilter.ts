/**
 * The quadrant the customer table is filtered to from the pane (a click on a quadrant's cell), and
 * the message when the host could not filter. Clicking the filtered quadrant again clears it.
 */
import { useCallback, useState } from "react";
import { type Lang, t } from "../../core/i18n";
import type { Quadrant } from "../../core/strategy";
import type { WorkbookHost } from "../../excel/host";

export interface QuadrantFilter {
  filtered?: Quadrant;
  error?: string;
  apply(quadrant: Quadrant | undefined): void;
}

export function useQuadrantFilter(host: WorkbookHost, lang: Lang): QuadrantFilter {
  const [filtered, setFiltered] = useState<Quadrant>();
  const [error, setError] = useState<string>();
  const apply = useCallback(
    (quadrant: Quadrant | undefined) => {
      if (!host.filterQuadrant) return;
      host.filterQuadrant(quadrant).then(
        () => {
          setFiltered(quadrant);
          setError(undefined);
        },
        (e: unknown) => setError(t(lang, "filter.failed", { detail: e instanceof Error ? e.message : String(e) })),
      );
    },
    [host, lang],
  );
  return { filtered, error, apply };
}
