import { StyleSheet } from "@react-pdf/renderer";
import { PDF_FONT } from "~/prep/pdf-layout";

export const colors = {
  ink: "#0f172a",
  muted: "#475569",
  faint: "#94a3b8",
  rule: "#e2e8f0",
  panel: "#f8fafc",
  accent: "#0f766e",
  urgent: "#b91c1c",
  urgentPanel: "#fef2f2",
  attention: "#b45309",
  attentionPanel: "#fffbeb",
  private: "#5b21b6",
  infoPanel: "#f1f5f9",
};

/** Sizes chosen to read at 100% zoom: 9.5 pt body, nothing below 7.5 pt. */
export const styles = StyleSheet.create({
  page: {
    fontFamily: PDF_FONT,
    // Inter's contextual alternates cost a third of the layout time and change nothing in prose.
    fontFeatureSettings: { calt: false },
    fontSize: 9.5,
    color: colors.ink,
    paddingTop: 40,
    paddingBottom: 48,
    paddingHorizontal: 44,
  },
  // react-pdf resolves a unitless line height against the font size of the same style, then
  // inherits the points; the page layout wraps the content in this, beside the footer.
  body: { fontSize: 9.5, lineHeight: 1.35 },
  footer: {
    position: "absolute",
    bottom: 22,
    left: 44,
    right: 44,
    flexDirection: "row",
    justifyContent: "space-between",
    fontSize: 7.5,
    color: colors.muted,
  },
  section: { marginTop: 16 },
  h1: { fontSize: 17, lineHeight: 1.2, fontWeight: 700 },
  h2: {
    fontSize: 12.5,
    lineHeight: 1.25,
    fontWeight: 700,
    marginBottom: 6,
    paddingBottom: 3,
    borderBottomWidth: 1,
    borderBottomColor: colors.rule,
  },
  h3: { fontSize: 10.5, lineHeight: 1.3, fontWeight: 600, marginBottom: 2 },
  muted: { color: colors.muted },
  small: { fontSize: 8, lineHeight: 1.35, color: colors.muted },
  strong: { fontWeight: 600 },
  quote: { fontSize: 9.5, marginLeft: 8, paddingLeft: 6, borderLeftWidth: 2 },
  row: { flexDirection: "row" },
});
