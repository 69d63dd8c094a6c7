import { phonePieces } from "~/domain/phone-numbers";

/** Free text with every phone number in it a tap-to-call link. */
export function PhoneText({ text }: { text: string }) {
  return (
    <>
      {phonePieces(text).map((piece, i) =>
        piece.tel ? (
          <a
            key={i}
            href={piece.tel}
            className="font-semibold text-brand-700 underline underline-offset-2"
          >
            {piece.text}
          </a>
        ) : (
          <span key={i}>{piece.text}</span>
        ),
      )}
    </>
  );
}
