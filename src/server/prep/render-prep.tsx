import { renderToBuffer } from "@react-pdf/renderer";
import { registerPdfFonts } from "~/components/pdf/fonts";
import { SessionPrepDocument } from "~/components/pdf/session-prep-document";
import type { SessionPrep } from "~/components/pdf/session-prep-types";

export async function renderSessionPrep(prep: SessionPrep): Promise<Buffer> {
  registerPdfFonts();
  return renderToBuffer(<SessionPrepDocument prep={prep} />);
}
