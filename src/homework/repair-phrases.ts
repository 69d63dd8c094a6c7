/**
 * Repair phrases in Attune's own words, grouped the way Gottman groups repair attempts. Written
 * fresh for Attune: no publisher's checklist wording is reproduced here.
 */
export const repairPhraseGroups = [
  {
    name: "phrasesIFeel",
    label: "I feel",
    options: [
      { value: "heart_racing", label: "My heart is racing and it's getting hard to hear you." },
      {
        value: "hearing_accusation",
        label: "I'm hearing an accusation, and I might be hearing it wrong.",
      },
      { value: "that_stung", label: "That one stung, and I'd rather tell you than go cold." },
      { value: "far_away", label: "Right now I feel far away from you, and I miss you." },
      { value: "nervous_voices", label: "I get nervous when our voices rise like this." },
    ],
  },
  {
    name: "phrasesSorry",
    label: "Sorry",
    options: [
      { value: "came_out_harsh", label: "That came out harsher than I meant it." },
      { value: "got_it_wrong", label: "I got that wrong, and I'm sorry." },
      { value: "i_added_to_this", label: "I added to this, and I own that." },
      { value: "rewind", label: "Can I rewind and say that more kindly?" },
      { value: "not_listening", label: "I wasn't listening the way you deserve." },
    ],
  },
  {
    name: "phrasesGettingToYes",
    label: "Getting to yes",
    options: [
      { value: "something_true", label: "There's something true in what you're saying." },
      { value: "matters_most", label: "Which part of this matters most to you?" },
      { value: "each_give", label: "Could we each give a little here?" },
      { value: "your_side", label: "I hadn't looked at it from your side before." },
      { value: "small_step", label: "What would a small step toward yes look like for you?" },
    ],
  },
  {
    name: "phrasesCalmDown",
    label: "I need to calm down",
    options: [
      { value: "twenty_minutes", label: "I need twenty minutes to settle, then I'll come back." },
      { value: "hold_hand", label: "Could you hold my hand for a minute?" },
      { value: "too_wound_up", label: "I'm too wound up to be fair right now." },
      { value: "say_it_softer", label: "Could you say that again, a bit softer?" },
      { value: "no_fixing", label: "Can you just hear me out for a moment, no fixing?" },
    ],
  },
  {
    name: "phrasesStopAction",
    label: "Stop action",
    options: [
      { value: "press_pause", label: "Let's press pause before this gets worse." },
      { value: "drifted", label: "We've drifted away from what we were talking about." },
      {
        value: "old_cycle",
        label: "This is our old cycle again. It's us against it, not each other.",
      },
      { value: "begin_again", label: "Could we begin again, more gently?" },
      { value: "pick_up_tomorrow", label: "Let's leave this for tonight and pick it up tomorrow." },
    ],
  },
  {
    name: "phrasesAppreciate",
    label: "I appreciate",
    options: [
      { value: "staying_with_me", label: "Thank you for staying in this with me." },
      { value: "see_you_trying", label: "I know you're trying, and I see it." },
      { value: "same_team", label: "We're on the same team here." },
      { value: "love_you_still", label: "I love you, even in the middle of this." },
      { value: "told_me", label: "It means a lot that you told me." },
    ],
  },
] as const;
