import { Document, Page, Text, renderToBuffer } from "@react-pdf/renderer";
import { registerPdfFonts } from "./pdf-fonts";
import { SessionPrepDocument } from "~/pdf/session-prep-document";
import { PDF_FONT } from "~/prep/pdf-layout";
import type { SessionPrep } from "~/prep/session-prep-types";

export async function renderSessionPrep(prep: SessionPrep): Promise<Buffer> {
  registerPdfFonts();
  return renderToBuffer(<SessionPrepDocument prep={prep} />);
}

/** One line on one page in the PDF's fonts: the benchmarks' baseline for a render. */
export async function renderTrivialPdf(): Promise<Buffer> {
  registerPdfFonts();
  return renderToBuffer(
    <Document>
      <Page size="A4" style={{ fontFamily: PDF_FONT, fontSize: 9.5, padding: 44 }}>
        <Text>Session prep</Text>
      </Page>
    </Document>,
  );
}
