import { renderToBuffer } from "@react-pdf/renderer";
import { registerPdfFonts } from "./pdf-fonts";
import { SessionPrepDocument } from "~/pdf/session-prep-document";
import type { SessionPrep } from "~/prep/session-prep-types";

export async function renderSessionPrep(prep: SessionPrep): Promise<Buffer> {
  registerPdfFonts();
  return renderToBuffer(<SessionPrepDocument prep={prep} />);
}
