import type { z } from "zod";
import {
  attachmentNeeds,
  cycleEndings,
  cycleRoles,
  partnerMoveAfterPull,
  partnerMoveAfterPush,
  pursueMoves,
  reactiveEmotions,
  softerEmotions,
  withdrawMoves,
} from "./cycle-map-options";
import { choiceWithOther, longText, multiWithOther } from "./field-parts";
import { truncate } from "./format";
import {
  LONG_TEXT,
  OTHER_TEXT,
  kindSchema,
  labelOf,
  oneOf,
  optionalText,
  payloadObject,
  requiredText,
  someOf,
} from "./schema-parts";
import type { HomeworkKind, Option, Section } from "./types";

const inYourWords = { label: "Something else, in your words" };

const sections: Section[] = [
  {
    title: "The moment",
    fields: [
      longText("trigger", "What set it off?", {
        required: true,
        indictmentHint: true,
        help: "What happened just before things started to spiral?",
      }),
    ],
  },
  {
    title: "My move",
    intro:
      "When we feel disconnected, most of us either reach harder or pull back. Neither is " +
      "wrong: both are ways of protecting the relationship.",
    fields: [
      {
        name: "role",
        type: "choice",
        required: true,
        label: "Which way did I move?",
        options: [...cycleRoles],
      },
      ...multiWithOther("pursueMoves", "What I did", pursueMoves, inYourWords, {
        showWhen: { field: "role", equals: ["pursue"] },
      }),
      ...multiWithOther("withdrawMoves", "What I did", withdrawMoves, inYourWords, {
        showWhen: { field: "role", equals: ["withdraw"] },
      }),
      {
        name: "partnerMoveAfterPush",
        type: "choice",
        label: "And my partner?",
        options: [...partnerMoveAfterPush],
        showWhen: { field: "role", equals: ["pursue"] },
      },
      {
        name: "partnerMoveAfterPull",
        type: "choice",
        label: "And my partner?",
        options: [...partnerMoveAfterPull],
        showWhen: { field: "role", equals: ["withdraw"] },
      },
    ],
  },
  {
    title: "Inside me",
    fields: [
      longText("toldAboutMe", "What I told myself about me"),
      longText("toldAboutPartner", "What I told myself about my partner"),
      ...multiWithOther(
        "reactiveEmotions",
        "What I felt on the surface",
        reactiveEmotions,
        inYourWords,
        { help: "The feeling that showed: what my partner could see." },
      ),
      ...multiWithOther(
        "softerEmotions",
        "The softer feeling underneath",
        softerEmotions,
        inYourWords,
        {
          help: "Often harder to find. If nothing fits yet, leave it: we can look for it together.",
        },
      ),
      ...multiWithOther("needs", "What I was longing for", attachmentNeeds, inYourWords),
    ],
  },
  {
    title: "What happened next",
    fields: [
      longText("partnerNext", "What my partner did next"),
      ...choiceWithOther("ending", "How did it end?", cycleEndings, {
        label: "How it ended, in your words",
      }),
    ],
  },
];

const pickFromList = "Choose from the list.";

const schema = kindSchema(
  sections,
  payloadObject({
    trigger: requiredText(LONG_TEXT, "Describe what set it off in a sentence or two."),
    role: oneOf(cycleRoles, "Choose whether you moved toward or pulled back."),
    pursueMoves: someOf(pursueMoves, { missing: pickFromList }).optional(),
    pursueMovesOther: optionalText(OTHER_TEXT),
    withdrawMoves: someOf(withdrawMoves, { missing: pickFromList }).optional(),
    withdrawMovesOther: optionalText(OTHER_TEXT),
    partnerMoveAfterPush: oneOf(partnerMoveAfterPush, pickFromList).optional(),
    partnerMoveAfterPull: oneOf(partnerMoveAfterPull, pickFromList).optional(),
    toldAboutMe: optionalText(LONG_TEXT),
    toldAboutPartner: optionalText(LONG_TEXT),
    reactiveEmotions: someOf(reactiveEmotions, { missing: pickFromList }).optional(),
    reactiveEmotionsOther: optionalText(OTHER_TEXT),
    softerEmotions: someOf(softerEmotions, { missing: pickFromList }).optional(),
    softerEmotionsOther: optionalText(OTHER_TEXT),
    needs: someOf(attachmentNeeds, { missing: pickFromList }).optional(),
    needsOther: optionalText(OTHER_TEXT),
    partnerNext: optionalText(LONG_TEXT),
    ending: oneOf(cycleEndings, "Choose how it ended, or “Another way”.").optional(),
    endingOther: optionalText(OTHER_TEXT),
  }),
  { endingOther: "Say in a few words how it ended." },
);

export type CycleMapPayload = z.output<typeof schema>;

type Move = "pursue" | "withdraw";

/** My partner's move as I saw it, whichever way I moved; undefined when not said or not sure. */
function partnerMoveOf(payload: CycleMapPayload): Move | undefined {
  const seen = payload.partnerMoveAfterPush ?? payload.partnerMoveAfterPull;
  return seen === "pursue" || seen === "withdraw" ? seen : undefined;
}

/** The two moves as one pattern, in the words of the map. */
function patternWords(role: Move, partner: Move | undefined): string {
  if (partner === role) return role === "pursue" ? "We both pushed" : "We both pulled back";
  if (role === "pursue") return partner ? "Pursued, partner pulled back" : "Pursued";
  return partner ? "Withdrew, partner pushed" : "Withdrew";
}

/**
 * The loop in the map, "the more I…, the more you…", from my move and my partner's as I saw them;
 * null when I did not say what my partner did.
 */
function cycleLoopLine(role: Move, partner: Move | undefined): string | null {
  if (!partner) return null;
  if (role === "pursue" && partner === "withdraw")
    return "The more I push, the more you pull back, and the more you pull back, the more I push.";
  if (role === "withdraw" && partner === "pursue")
    return "The more you push, the more I pull back, and the more I pull back, the more you push.";
  if (role === "pursue")
    return "The more I push, the more you push back, and the more you push, the more I push back.";
  return "The more I pull back, the more you pull back, and the quieter it gets, the further apart we drift.";
}

function firstFeeling(picked: readonly string[] = [], options: readonly Option[], other?: string) {
  const named = picked.find((value) => value !== "other");
  if (named) return labelOf(options, named).toLowerCase();
  return other ? truncate(other, 30) : undefined;
}

export const cycleMap: HomeworkKind<CycleMapPayload> = {
  key: "cycle_map",
  // 2: my partner's move ("we both pushed" / "we both pulled back") and "overwhelmed or flooded"
  // among the softer feelings. Version 1 entries lack them and read as before. Since the quick log
  // only the moment and my move are required ("skip what you can't name yet"); that loosening
  // accepts every entry stored before it, so it needs no new version.
  version: 2,
  title: "Pursue–withdraw cycle map",
  instructions:
    "Map one moment when you got caught in your cycle. It isn't about who started it: the " +
    "cycle is the problem, not either of you. Go step by step, and skip what you can't name yet.",
  asksWhen: true,
  schema,
  sections,
  summary: (p) => {
    const surface = firstFeeling(p.reactiveEmotions, reactiveEmotions, p.reactiveEmotionsOther);
    const under = firstFeeling(p.softerEmotions, softerEmotions, p.softerEmotionsOther);
    const feelings =
      surface && under ? `${surface} on top, ${under} underneath` : (surface ?? under);
    const ending =
      p.ending === undefined
        ? undefined
        : p.ending === "other"
          ? "ended another way"
          : labelOf(cycleEndings, p.ending).toLowerCase();
    const pattern = patternWords(p.role, partnerMoveOf(p));
    return [pattern, feelings, ending].filter(Boolean).join(" · ");
  },
  reflection: (payload) => cycleLoopLine(payload.role, partnerMoveOf(payload)),
  metrics: (payload) => {
    const partnerRole = partnerMoveOf(payload);
    return partnerRole ? { role: payload.role, partnerRole } : { role: payload.role };
  },
};

export const examplePayload: CycleMapPayload = {
  trigger:
    "Sunday evening I asked if we could plan the week. My partner said “can we not do this " +
    "now” and kept watching TV.",
  role: "pursue",
  pursueMoves: ["protest", "push_for_answer", "follow"],
  partnerMoveAfterPush: "withdraw",
  toldAboutMe: "If I don't push, nothing will get sorted and I'll be carrying it all again.",
  toldAboutPartner: "They don't really want to share the load with me.",
  reactiveEmotions: ["frustrated", "angry"],
  softerEmotions: ["lonely", "scared"],
  needs: ["close", "reachable"],
  partnerNext: "They went quiet, then went to bed early.",
  ending: "faded",
};
