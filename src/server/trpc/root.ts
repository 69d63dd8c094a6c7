import { createCallerFactory, router } from "./init";
import { auditRouter } from "./routers/audit";
import { billingRouter } from "./routers/billing";
import { caseloadRouter } from "./routers/caseload";
import { partnerRouter } from "./routers/partner";
import { partnerLinksRouter } from "./routers/partner-links";
import { entriesRouter } from "./routers/entries";
import { homeworkRouter } from "./routers/homework";
import { couplesRouter } from "./routers/couples";
import { coupleItemsRouter } from "./routers/couple-items";
import { invitationsRouter } from "./routers/invitations";
import { membersRouter } from "./routers/members";
import { mfaRouter } from "./routers/mfa";
import { practicesRouter } from "./routers/practices";
import { safetyFlagsRouter } from "./routers/safety-flags";
import { therapySessionsRouter } from "./routers/therapy-sessions";
import { profileRouter } from "./routers/profile";
import { timelineRouter } from "./routers/timeline";
import { practiceExportRouter } from "./routers/practice-export";
import { programmesRouter } from "./routers/programmes";

export const appRouter = router({
  practices: practicesRouter,
  members: membersRouter,
  invitations: invitationsRouter,
  couples: couplesRouter,
  caseload: caseloadRouter,
  audit: auditRouter,
  homework: homeworkRouter,
  entries: entriesRouter,
  safetyFlags: safetyFlagsRouter,
  partnerLinks: partnerLinksRouter,
  partner: partnerRouter,
  therapySessions: therapySessionsRouter,
  timeline: timelineRouter,
  profile: profileRouter,
  billing: billingRouter,
  mfa: mfaRouter,
  practiceExport: practiceExportRouter,
  programmes: programmesRouter,
  coupleItems: coupleItemsRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
