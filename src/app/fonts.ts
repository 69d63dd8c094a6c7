import localFont from "next/font/local";

/**
 * Inter, bundled from an npm package (builds must not reach Google Fonts). Staff pages use it;
 * partner pages, opened on phones over mobile data, use the phone's own font and skip the download.
 */
export const inter = localFont({
  src: "../../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  display: "swap",
  fallback: ["ui-sans-serif", "system-ui", "sans-serif"],
});
