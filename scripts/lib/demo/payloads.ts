import type { KindKey } from "../../../src/homework/types";
import { connectionOptions } from "../../../src/homework/connection-moment";
import {
  examplePayload as reflectionStart,
  reviewExamplePayload as reflectionReview,
} from "../../../src/homework/reflection";
import * as text from "./phrases";
import type { Random } from "./random";

/** How one demo partner tends to show up in the homework: enough to give each couple a pattern. */
export interface Persona {
  pursueShare: number;
  hurtCategories: string[];
  stories: string[];
  /** CSI-4 total at the start and at the end of the period */
  csiFrom: number;
  csiTo: number;
}

/** `progress` runs 0 → 1 over the demo period: repairs come quicker and bids land better as therapy goes on. */
export function demoPayload(
  kind: KindKey,
  r: Random,
  who: Persona,
  progress: number,
): Record<string, unknown> {
  switch (kind) {
    case "micro_hurt": {
      const category = r.pick(who.hurtCategories);
      const repaired = r.chance(0.3 + 0.5 * progress);
      return {
        observation: r.pick(text.observations[category] ?? text.observations.phone!),
        category,
        feelings: r.some(
          ["hurt", "sad", "lonely", "disappointed", "unseen", "anxious", "frustrated"],
          1,
          3,
        ),
        intensity: r.int(3, 8) - Math.round(progress * 2),
        story: r.pick(who.stories),
        needed: r.pick(text.needs),
        raised: r.chance(0.4 + 0.4 * progress),
        repaired,
        ...(repaired
          ? {
              repairHow: r.pick(text.repairHows),
              repairedAfter: r.pick([
                { amount: 20, unit: "minutes" },
                { amount: 45, unit: "minutes" },
                { amount: 90, unit: "minutes" },
                { amount: 3, unit: "hours" },
                { amount: 10, unit: "hours" },
                { amount: 1, unit: "days" },
                { amount: 2, unit: "days" },
              ]),
            }
          : {}),
      };
    }
    case "cycle_map": {
      const pursue = r.chance(who.pursueShare);
      return {
        trigger: r.pick(text.triggers),
        role: pursue ? "pursue" : "withdraw",
        // The other side of the demo's pursue–withdraw cycle, as the author saw it.
        ...(pursue ? { partnerMoveAfterPush: "withdraw" } : { partnerMoveAfterPull: "pursue" }),
        ...(pursue
          ? {
              pursueMoves: r.some(
                ["protest", "criticise", "follow", "push_for_answer", "keep_messaging"],
                1,
                2,
              ),
            }
          : {
              withdrawMoves: r.some(
                ["shut_down", "leave", "go_quiet", "get_busy", "short_answers"],
                1,
                2,
              ),
            }),
        toldAboutMe: r.pick(text.toldAboutMe),
        toldAboutPartner: r.pick(text.toldAboutPartner),
        reactiveEmotions: r.some(
          pursue ? ["angry", "frustrated", "panicky"] : ["numb", "defensive", "cold"],
          1,
          2,
        ),
        softerEmotions: r.some(
          pursue ? ["scared", "lonely", "unwanted"] : ["ashamed", "not_good_enough", "helpless"],
          1,
          2,
        ),
        needs: r.some(
          pursue ? ["matter", "close", "reachable"] : ["accepted", "enough", "safe"],
          1,
          2,
        ),
        partnerNext: r.pick(text.partnerNext),
        ending: r.pick(
          progress > 0.5
            ? ["reconnected", "paused_returned", "unresolved"]
            : ["walked_away", "faded", "escalated", "unresolved"],
        ),
      };
    }
    case "repair_script":
      return {
        hurt: r.pick(text.observations[r.pick(who.hurtCategories)] ?? text.observations.tone!),
        feelings: r.some(["hurt", "sad", "embarrassed", "frustrated"], 1, 2),
        myReality: "I was tired and it came out sharper than I meant.",
        partnerReality: "It probably sounded like I didn't care about what they were saying.",
        triggers:
          "Feeling brushed aside takes me straight back to being the kid nobody listened to.",
        myPart: "I snapped instead of saying I needed a minute.",
        doDifferently: "Say 'give me ten minutes' and then come back to it.",
        phrasesSorry: r.some(["came_out_harsh", "i_added_to_this", "rewind"], 1, 2),
        phrasesAppreciate: r.some(["staying_with_me", "see_you_trying", "same_team"], 1, 2),
        landed: r.chance(0.5 + 0.4 * progress),
        closeness: Math.min(10, r.int(4, 7) + Math.round(progress * 2)),
      };
    case "bid": {
      const direction = r.pick(["made", "received"] as const);
      const toward = 0.45 + 0.4 * progress;
      const roll = r.next();
      return {
        direction,
        what: r.pick(text.bids[direction]),
        response:
          roll < toward ? "toward" : roll < toward + (1 - toward) * 0.7 ? "away" : "against",
      };
    }
    case "soft_checkin":
      return {
        appreciation: r.pick(text.checkins.appreciation),
        need: r.pick(text.checkins.need),
        plan: r.pick(text.checkins.plan),
      };
    case "csi4": {
      const target = who.csiFrom + (who.csiTo - who.csiFrom) * progress + r.int(-1, 1);
      const total = Math.max(0, Math.min(21, Math.round(target)));
      const happiness = Math.min(6, Math.round((total * 6) / 21));
      const rest = total - happiness;
      const warmth = Math.min(5, Math.ceil(rest / 3));
      const rewarding = Math.min(5, Math.ceil((rest - warmth) / 2));
      return {
        happiness,
        warmth,
        rewarding,
        satisfaction: Math.max(0, Math.min(5, rest - warmth - rewarding)),
      };
    }
    case "connection_moment":
      return {
        what: r.pick(text.bids.made),
        connection: r.pick(connectionOptions.filter((o) => o.value !== "other")).value,
        closeness: Math.min(10, r.int(4, 7) + Math.round(progress * 3)),
      };
    case "reflection":
      return progress < 0.5 ? { ...reflectionStart } : { ...reflectionReview };
    case "ritual_tracker":
    case "small_win":
      // These name the couple's own rituals and small wins (couple_items): seed those first.
      throw new Error(`The demo does not make up ${kind} entries without the couple's items.`);
  }
}
