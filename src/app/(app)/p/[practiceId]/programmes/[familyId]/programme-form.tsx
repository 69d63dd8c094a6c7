"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useSuccessNote } from "~/components/app/use-success-note";
import { useTRPC } from "~/components/trpc-provider";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { SelectField, TextAreaField, TextField } from "~/components/ui/field";
import { fieldErrorsOf } from "~/components/ui/form-errors";
import { FormError } from "~/components/ui/form-error";
import { cadenceWording, cadences, type Cadence } from "~/domain/homework";
import type { ProgrammeHomework, ProgrammeWeekPlan } from "~/domain/programmes";
import type { KindKey } from "~/homework/types";
import type { FieldErrors } from "~/validation/field-errors";
import { PROGRAMME_LIMITS } from "~/validation/programmes";

interface Plan {
  title: string;
  summary: string;
  weeks: ProgrammeWeekPlan[];
}

const reflectionStageOptions = [
  { value: "", label: "The partner chooses" },
  { value: "start", label: "Starting out: how things are now" },
  { value: "review", label: "Looking back: what has changed" },
];
const cadenceOptions = cadences.map((c) => ({ value: c, label: cadenceWording[c].staff }));
const whoOptions = [
  { value: "1,2", label: "Both partners" },
  { value: "1", label: "Partner 1" },
  { value: "2", label: "Partner 2" },
];
const newHomework = (): ProgrammeHomework => ({
  kind: "connection_moment",
  cadence: "whenever",
  partnerPositions: [1, 2],
});

function HomeworkFields({
  id,
  homework,
  kinds,
  errors,
  onChange,
  onRemove,
}: {
  id: string;
  homework: ProgrammeHomework;
  kinds: { value: KindKey; label: string }[];
  errors: FieldErrors;
  onChange: (next: ProgrammeHomework) => void;
  onRemove: (() => void) | null;
}) {
  return (
    <div className="space-y-3 rounded-lg border border-slate-200 p-3">
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField
          id={`${id}.kind`}
          label="Homework"
          options={kinds}
          value={homework.kind}
          error={errors[`${id}.kind`]}
          onChange={(e) => onChange({ ...homework, kind: e.target.value as KindKey })}
        />
        <SelectField
          id={`${id}.cadence`}
          label="How often"
          options={cadenceOptions}
          value={homework.cadence}
          error={errors[`${id}.cadence`]}
          onChange={(e) => onChange({ ...homework, cadence: e.target.value as Cadence })}
        />
        <SelectField
          id={`${id}.partnerPositions`}
          label="Who"
          options={whoOptions}
          value={homework.partnerPositions.join(",")}
          error={errors[`${id}.partnerPositions`]}
          onChange={(e) =>
            onChange({ ...homework, partnerPositions: e.target.value.split(",").map(Number) })
          }
        />
      </div>
      {homework.kind === "reflection" ? (
        <SelectField
          id={`${id}.reflectionStage`}
          label="The reflection opens on"
          options={reflectionStageOptions}
          value={homework.reflectionStage ?? ""}
          error={errors[`${id}.reflectionStage`]}
          onChange={(e) =>
            onChange({
              ...homework,
              reflectionStage:
                e.target.value === "start" || e.target.value === "review"
                  ? e.target.value
                  : undefined,
            })
          }
        />
      ) : null}
      <TextField
        id={`${id}.note`}
        label="Note to the couple (optional)"
        maxLength={500}
        value={homework.note ?? ""}
        error={errors[`${id}.note`]}
        onChange={(e) => onChange({ ...homework, note: e.target.value })}
      />
      {onRemove ? (
        <Button variant="secondary" onClick={onRemove}>
          Remove this homework
        </Button>
      ) : null}
    </div>
  );
}

/** A programme's title, summary and weeks; saving makes a new version. */
export function ProgrammeForm({
  practiceId,
  familyId,
  current,
  kinds,
}: {
  practiceId: string;
  familyId: string;
  current: Plan;
  kinds: { value: KindKey; label: string }[];
}) {
  const trpc = useTRPC();
  const [plan, setPlan] = useState<Plan>(current);
  const { note, clear, succeed } = useSuccessNote();
  const revise = useMutation(
    trpc.programmes.revise.mutationOptions({ onSuccess: succeed("Saved.") }),
  );
  const errors = fieldErrorsOf(revise.error);
  const setWeek = (i: number, week: ProgrammeWeekPlan) =>
    setPlan({ ...plan, weeks: plan.weeks.map((w, j) => (j === i ? week : w)) });
  return (
    <form
      noValidate
      aria-label="Programme"
      className="max-w-3xl space-y-6"
      onSubmit={(event) => {
        event.preventDefault();
        clear();
        revise.mutate({
          practiceId,
          familyId,
          ...plan,
          weeks: plan.weeks.map((week) => ({
            ...week,
            homework: week.homework.map((h) => ({
              ...h,
              partnerPositions: h.partnerPositions.map((p) => (p === 2 ? 2 : 1)),
            })),
          })),
        });
      }}
    >
      <FormError error={revise.error} />
      {note ? <Alert tone="success">{note}</Alert> : null}
      <Card className="space-y-4">
        <TextField
          id="title"
          label="Title"
          maxLength={120}
          required
          value={plan.title}
          error={errors.title}
          onChange={(e) => setPlan({ ...plan, title: e.target.value })}
        />
        <TextAreaField
          id="summary"
          label="Summary (optional)"
          hint="One line for your team: what the plan is for."
          rows={2}
          maxLength={300}
          value={plan.summary}
          error={errors.summary}
          onChange={(e) => setPlan({ ...plan, summary: e.target.value })}
        />
      </Card>
      {errors.weeks ? <Alert tone="error">{errors.weeks[0]}</Alert> : null}
      {plan.weeks.map((week, i) => (
        <Card key={i}>
          <fieldset className="space-y-4">
            <legend className="text-lg font-semibold">Week {i + 1}</legend>
            <TextField
              id={`weeks.${i}.title`}
              label={`Week ${i + 1} title`}
              maxLength={80}
              required
              value={week.title}
              error={errors[`weeks.${i}.title`]}
              onChange={(e) => setWeek(i, { ...week, title: e.target.value })}
            />
            <TextAreaField
              id={`weeks.${i}.intention`}
              label={`Week ${i + 1} intention`}
              hint="One or two kind, plain sentences the partners see above the week's homework."
              rows={2}
              maxLength={300}
              value={week.intention}
              error={errors[`weeks.${i}.intention`]}
              onChange={(e) => setWeek(i, { ...week, intention: e.target.value })}
            />
            {errors[`weeks.${i}.homework`] ? (
              <Alert tone="error">{errors[`weeks.${i}.homework`]?.[0]}</Alert>
            ) : null}
            {week.homework.map((homework, h) => (
              <HomeworkFields
                key={h}
                id={`weeks.${i}.homework.${h}`}
                homework={homework}
                kinds={kinds}
                errors={errors}
                onChange={(next) =>
                  setWeek(i, {
                    ...week,
                    homework: week.homework.map((x, k) => (k === h ? next : x)),
                  })
                }
                onRemove={
                  week.homework.length > 1
                    ? () =>
                        setWeek(i, { ...week, homework: week.homework.filter((_, k) => k !== h) })
                    : null
                }
              />
            ))}
            <div className="flex flex-wrap gap-2">
              {week.homework.length < PROGRAMME_LIMITS.homeworkPerWeek ? (
                <Button
                  variant="secondary"
                  onClick={() =>
                    setWeek(i, { ...week, homework: [...week.homework, newHomework()] })
                  }
                >
                  Add homework to week {i + 1}
                </Button>
              ) : null}
              {plan.weeks.length > 1 ? (
                <Button
                  variant="secondary"
                  onClick={() => setPlan({ ...plan, weeks: plan.weeks.filter((_, j) => j !== i) })}
                >
                  Remove week {i + 1}
                </Button>
              ) : null}
            </div>
          </fieldset>
        </Card>
      ))}
      <div className="flex flex-wrap gap-2">
        {plan.weeks.length < PROGRAMME_LIMITS.weeks ? (
          <Button
            variant="secondary"
            onClick={() =>
              setPlan({
                ...plan,
                weeks: [...plan.weeks, { title: "", intention: "", homework: [newHomework()] }],
              })
            }
          >
            Add a week
          </Button>
        ) : null}
        <Button type="submit" disabled={revise.isPending}>
          {revise.isPending ? "Saving…" : "Save new version"}
        </Button>
      </div>
    </form>
  );
}
