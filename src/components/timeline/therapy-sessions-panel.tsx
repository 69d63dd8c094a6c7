import { dateFormat, type DateSettings } from "~/dates";
import { RecordTherapySessionForm } from "./record-therapy-session-form";
import { TherapySessionItem } from "./therapy-session-item";

interface Props {
  practiceId: string;
  coupleId: string;
  today: string;
  /** newest first, as the therapySessions router lists them */
  sessions: { id: string; sessionOn: string; notes: string }[];
  dates: DateSettings;
}

/** The couple's sessions: record one, read and edit past notes. */
export function TherapySessionsPanel({ practiceId, coupleId, today, sessions, dates }: Props) {
  const { calendarDate } = dateFormat(dates);
  return (
    <section aria-labelledby="sessions-heading" className="space-y-5">
      <div>
        <h2 id="sessions-heading" className="text-lg font-semibold">
          Sessions
        </h2>
        <p className="text-sm text-slate-600">
          {sessions[0]
            ? `Last session: ${calendarDate(sessions[0].sessionOn)}.`
            : "No session recorded yet: “Since last session” shows the last 4 weeks."}
        </p>
      </div>
      <RecordTherapySessionForm practiceId={practiceId} coupleId={coupleId} today={today} />
      {sessions.length > 0 ? (
        <ol aria-label="Past sessions, newest first" className="divide-y divide-slate-200">
          {sessions.map((s) => (
            <li key={s.id} className="py-4 last:pb-0">
              <TherapySessionItem
                practiceId={practiceId}
                session={{ id: s.id, dateLabel: calendarDate(s.sessionOn), notes: s.notes }}
              />
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
