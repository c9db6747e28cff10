/**
 * Office's light theme with a font stack that also covers Chinese: Segoe UI for Latin text as in
 * Office, then the platform's CJK UI font (YaHei on Windows, PingFang on macOS, Noto on Linux).
 */
import { type Theme, webLightTheme } from "@fluentui/react-components";

const FONT_STACK = [
  "'Segoe UI'",
  "'Segoe UI Web (West European)'",
  "'Microsoft YaHei UI'",
  "'Microsoft YaHei'",
  "'PingFang SC'",
  "'Noto Sans CJK SC'",
  "'Noto Sans SC'",
  "-apple-system",
  "BlinkMacSystemFont",
  "Roboto",
  "'Helvetica Neue'",
  "sans-serif",
].join(", ");

export const paneTheme: Theme = { ...webLightTheme, fontFamilyBase: FONT_STACK };
