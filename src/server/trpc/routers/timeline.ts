import { coupleTimeline } from "~/server/timeline/couple-timeline";
import { timelineEntryDetail } from "~/server/timeline/timeline-entry-detail";
import { coupleTimelineInput, timelineEntryInput } from "~/validation/timeline";
import { practiceMemberProcedure, practiceProcedure, router } from "../init";

export const timelineRouter = router({
  forCouple: practiceMemberProcedure
    .input(coupleTimelineInput)
    .query(({ ctx, input }) => coupleTimeline({ db: ctx.db, reads: ctx.readDb }, ctx.member, input)),
  entry: practiceProcedure
    .input(timelineEntryInput)
    .query(({ ctx, input }) => timelineEntryDetail(ctx.db, ctx.scope, input)),
});
