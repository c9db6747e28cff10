/**
 * Office's light theme with the fonts Office itself uses for the UI language: Segoe UI for
 * English, Microsoft YaHei UI for Chinese — each followed by the other platforms' equivalents, so
 * Latin text never falls into a CJK font's wide glyphs and Chinese never into a Latin one's gaps.
 */
import { type Theme, webLightTheme } from "@fluentui/react-components";
import type { Lang } from "../core/i18n";

const LATIN = ["'Segoe UI'", "'Segoe UI Web (West European)'", "-apple-system", "BlinkMacSystemFont", "Roboto", "'Helvetica Neue'", "Arial", "'Liberation Sans'"];
const CJK = ["'Microsoft YaHei UI'", "'Microsoft YaHei'", "'PingFang SC'", "'Noto Sans CJK SC'", "'Noto Sans SC'", "'Source Han Sans SC'"];

const stack = (fonts: string[]) => [...fonts, "sans-serif"].join(", ");

const THEMES: Record<Lang, Theme> = {
  "en-US": { ...webLightTheme, fontFamilyBase: stack([...LATIN, ...CJK]) },
  "zh-CN": { ...webLightTheme, fontFamilyBase: stack([...CJK, ...LATIN]) },
};

export function paneTheme(lang: Lang): Theme {
  return THEMES[lang];
}
