"use client";

import { useEffect, useId, useRef, useState } from "react";
import { Button } from "~/components/ui/button";
import { dateFormat, type DateSettings } from "~/dates";

/** A fresh link on screen, to copy or to scan from the therapist's screen in session. */
export function ShownLink({
  name,
  url,
  expiresAt,
  dates,
  onHide,
}: {
  name: string;
  url: string;
  expiresAt: Date;
  dates: DateSettings;
  onHide: () => void;
}) {
  const [svg, setSvg] = useState<string | null>(null);
  const [copied, setCopied] = useState<"yes" | "no" | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();
  useEffect(() => {
    let live = true;
    // Loaded on demand: only this panel needs the QR encoder.
    void import("qrcode").then((QRCode) =>
      QRCode.toString(url, { type: "svg", margin: 1, errorCorrectionLevel: "M" }).then((out) => {
        if (live) setSvg(out);
      }),
    );
    return () => {
      live = false;
    };
  }, [url]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied("yes");
    } catch {
      inputRef.current?.select();
      setCopied("no");
    }
  };
  return (
    <div className="space-y-3 rounded-lg border border-brand-100 bg-brand-50 p-4">
      <label htmlFor={inputId} className="block text-sm font-medium text-slate-800">
        {name}&rsquo;s personal link · works until {dateFormat(dates).day(expiresAt)}
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          ref={inputRef}
          id={inputId}
          readOnly
          value={url}
          onFocus={(e) => e.currentTarget.select()}
          className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 py-2.5 font-mono text-sm"
        />
        <Button onClick={() => void copy()}>Copy</Button>
      </div>
      <p role="status" className="text-sm text-slate-700">
        {copied === "yes"
          ? "Copied."
          : copied === "no"
            ? "Could not copy: the link is selected, press Ctrl+C or ⌘C."
            : ""}
      </p>
      {svg ? (
        <div
          role="img"
          aria-label={`QR code of ${name}’s personal link`}
          className="mx-auto w-full max-w-56 rounded-md bg-white p-2 [&>svg]:h-auto [&>svg]:w-full"
          dangerouslySetInnerHTML={{ __html: svg }}
        />
      ) : (
        <p className="text-sm text-slate-600">Drawing the QR code…</p>
      )}
      <p className="text-sm text-slate-700">
        {name} scans this with their phone camera. Anyone with the link can open {name}&rsquo;s
        homework until it expires, so hide it when done.
      </p>
      <Button variant="secondary" onClick={onHide}>
        Hide link
      </Button>
    </div>
  );
}
