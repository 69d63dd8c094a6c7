"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "~/components/trpc-provider";
import { Button } from "~/components/ui/button";
import { SelectField, TextField } from "~/components/ui/field";
import { fieldErrorsOf, formErrorOf } from "~/components/ui/form-errors";
import { COUPLE_ITEM_LABEL_MAX, ritualRhythmLabel } from "~/domain/couple-items";
import type { CoupleItemType, RitualRhythm } from "~/domain/programmes";

export interface CoupleItemView {
  id: string;
  type: CoupleItemType;
  label: string;
  rhythm: RitualRhythm | null;
  byPartner: boolean;
}

/** The couple's rituals and small wins: add one chosen in session, rename it, archive it. */
export function CoupleItemsSection(props: {
  practiceId: string;
  coupleId: string;
  items: CoupleItemView[];
}) {
  const rituals = props.items.filter((i) => i.type === "ritual");
  const wins = props.items.filter((i) => i.type === "small_win");
  return (
    <div className="space-y-4 text-sm">
      <ItemList
        title="Rituals"
        empty="No rituals chosen yet."
        items={rituals}
        practiceId={props.practiceId}
      />
      <ItemList
        title="Small wins"
        empty="No small wins set yet."
        items={wins}
        practiceId={props.practiceId}
      />
      <AddItemForm practiceId={props.practiceId} coupleId={props.coupleId} />
    </div>
  );
}

function ItemList(props: {
  practiceId: string;
  title: string;
  empty: string;
  items: CoupleItemView[];
}) {
  return (
    <section>
      <h3 className="font-medium">{props.title}</h3>
      {props.items.length === 0 ? (
        <p className="text-slate-600">{props.empty}</p>
      ) : (
        <ul className="divide-y divide-slate-200">
          {props.items.map((item) => (
            <ItemRow key={item.id} practiceId={props.practiceId} item={item} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ItemRow({ practiceId, item }: { practiceId: string; item: CoupleItemView }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [label, setLabel] = useState<string | null>(null);
  const done = { onSuccess: () => (setLabel(null), router.refresh()) };
  const rename = useMutation(trpc.coupleItems.rename.mutationOptions(done));
  const archive = useMutation(trpc.coupleItems.archive.mutationOptions(done));
  const error = rename.error ?? archive.error;
  return (
    <li className="space-y-2 py-2">
      {label === null ? (
        <div className="flex flex-wrap items-center gap-2">
          <span className="grow">
            {item.label}
            <span className="text-slate-600">
              {item.rhythm ? ` · ${ritualRhythmLabel[item.rhythm]}` : ""}
              {item.byPartner ? " · chosen by the couple" : ""}
            </span>
          </span>
          <Button actionOf={item.label} variant="secondary" onClick={() => setLabel(item.label)}>
            Rename
          </Button>
          <Button
            actionOf={item.label}
            variant="secondary"
            disabled={archive.isPending}
            onClick={() => archive.mutate({ practiceId, itemId: item.id })}
          >
            Archive
          </Button>
        </div>
      ) : (
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            rename.mutate({ practiceId, itemId: item.id, label });
          }}
        >
          <div className="grow">
            <TextField
              id={`rename-${item.id}`}
              label="New name"
              value={label}
              maxLength={COUPLE_ITEM_LABEL_MAX}
              onChange={(e) => setLabel(e.target.value)}
              error={fieldErrorsOf(rename.error).label}
            />
          </div>
          <Button type="submit" disabled={rename.isPending}>
            Save
          </Button>
          <Button variant="secondary" onClick={() => setLabel(null)}>
            Cancel
          </Button>
        </form>
      )}
      {error ? (
        <p role="alert" className="font-medium text-red-700">
          {formErrorOf(error)}
        </p>
      ) : null}
    </li>
  );
}

function AddItemForm({ practiceId, coupleId }: { practiceId: string; coupleId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [type, setType] = useState<CoupleItemType>("ritual");
  const [label, setLabel] = useState("");
  const [rhythm, setRhythm] = useState<RitualRhythm>("daily");
  const add = useMutation(
    trpc.coupleItems.add.mutationOptions({
      onSuccess: () => (setLabel(""), router.refresh()),
    }),
  );
  const errors = fieldErrorsOf(add.error);
  return (
    <form
      className="space-y-3 rounded-md border border-slate-200 p-3"
      onSubmit={(e) => {
        e.preventDefault();
        add.mutate({
          practiceId,
          coupleId,
          type,
          label,
          ...(type === "ritual" ? { rhythm } : {}),
        });
      }}
    >
      <h3 className="font-medium">Add one chosen in session</h3>
      <SelectField
        id="couple-item-type"
        label="What is it?"
        value={type}
        onChange={(e) => setType(e.target.value as CoupleItemType)}
        options={[
          { value: "ritual", label: "A ritual" },
          { value: "small_win", label: "A small win" },
        ]}
      />
      <TextField
        id="couple-item-label"
        label="Name"
        hint="In the couple's words, short enough to tick on a phone."
        value={label}
        maxLength={COUPLE_ITEM_LABEL_MAX}
        onChange={(e) => setLabel(e.target.value)}
        error={errors.label}
      />
      {type === "ritual" ? (
        <SelectField
          id="couple-item-rhythm"
          label="How often"
          value={rhythm}
          onChange={(e) => setRhythm(e.target.value as RitualRhythm)}
          options={[
            { value: "daily", label: ritualRhythmLabel.daily },
            { value: "weekly", label: ritualRhythmLabel.weekly },
          ]}
          error={errors.rhythm}
        />
      ) : null}
      {add.error && !errors.label && !errors.rhythm ? (
        <p role="alert" className="font-medium text-red-700">
          {formErrorOf(add.error)}
        </p>
      ) : null}
      <Button type="submit" disabled={add.isPending}>
        Add
      </Button>
    </form>
  );
}
