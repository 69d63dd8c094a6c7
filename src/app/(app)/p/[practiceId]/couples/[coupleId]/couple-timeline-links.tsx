import { DownloadLink } from "~/components/timeline/download-link";
import { ButtonLink } from "~/components/ui/button";

/** The way into the couple's patterns: the timeline, and the prep PDF since the last session. */
export function CoupleTimelineLinks({ href }: { href: string }) {
  return (
    <div className="flex flex-wrap gap-2">
      <ButtonLink href={`${href}/timeline`}>Pattern timeline</ButtonLink>
      <DownloadLink href={`${href}/prep`} variant="secondary">
        Session prep PDF
      </DownloadLink>
    </div>
  );
}
