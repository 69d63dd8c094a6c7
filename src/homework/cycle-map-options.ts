/** What partners pick from on the cycle map (EFT): concrete moves, both layers of emotion, the longing. */

export const cycleRoles = [
  { value: "pursue", label: "I moved toward: pushed, protested, pursued" },
  { value: "withdraw", label: "I pulled back: went quiet, shut down, left" },
] as const;

/**
 * What my partner did, asked right after my own move so the two together name the pattern: one
 * pushes while the other pulls back, or both push (it escalates), or both pull back (the quiet
 * drift). Worded from my move, so "we both…" reads as what it is.
 */
export const partnerMoveAfterPush = [
  { value: "withdraw", label: "My partner pulled back" },
  { value: "pursue", label: "We both pushed" },
  { value: "unsure", label: "I'm not sure" },
] as const;

export const partnerMoveAfterPull = [
  { value: "pursue", label: "My partner pushed or came after me" },
  { value: "withdraw", label: "We both pulled back" },
  { value: "unsure", label: "I'm not sure" },
] as const;

export const pursueMoves = [
  { value: "protest", label: "Protested" },
  { value: "criticise", label: "Criticised" },
  { value: "follow", label: "Followed them to keep talking" },
  { value: "push_for_answer", label: "Pushed for an answer right away" },
  { value: "raise_voice", label: "Raised my voice" },
  { value: "keep_messaging", label: "Kept messaging or calling" },
  { value: "bring_up_past", label: "Brought up the past" },
  { value: "other", label: "Something else" },
] as const;

export const withdrawMoves = [
  { value: "shut_down", label: "Shut down" },
  { value: "leave", label: "Left the room" },
  { value: "go_quiet", label: "Went quiet" },
  { value: "change_subject", label: "Changed the subject" },
  { value: "get_busy", label: "Got busy with something else" },
  { value: "short_answers", label: "Gave short answers" },
  { value: "agree_to_end", label: "Agreed just to make it stop" },
  { value: "other", label: "Something else" },
] as const;

export const reactiveEmotions = [
  { value: "angry", label: "Angry" },
  { value: "frustrated", label: "Frustrated" },
  { value: "irritated", label: "Irritated" },
  { value: "defensive", label: "Defensive" },
  { value: "cold", label: "Cold" },
  { value: "numb", label: "Numb" },
  { value: "panicky", label: "Panicky" },
  { value: "other", label: "Something else" },
] as const;

export const softerEmotions = [
  { value: "hurt", label: "Hurt" },
  { value: "scared", label: "Scared" },
  { value: "lonely", label: "Lonely" },
  { value: "sad", label: "Sad" },
  { value: "ashamed", label: "Ashamed" },
  { value: "unwanted", label: "Unwanted" },
  { value: "not_good_enough", label: "Not good enough" },
  { value: "helpless", label: "Helpless" },
  { value: "overwhelmed", label: "Overwhelmed or flooded" },
  { value: "other", label: "Something else" },
] as const;

export const attachmentNeeds = [
  { value: "matter", label: "To know I matter to you" },
  { value: "close", label: "To feel close again" },
  { value: "reachable", label: "To know you'll be there when I reach for you" },
  { value: "accepted", label: "To be accepted as I am" },
  { value: "enough", label: "To know I'm enough for you" },
  { value: "safe", label: "To feel safe, not judged" },
  { value: "comfort", label: "To be comforted" },
  { value: "other", label: "Something else" },
] as const;

export const cycleEndings = [
  { value: "reconnected", label: "We found our way back to each other" },
  { value: "paused_returned", label: "We paused and came back to it" },
  { value: "walked_away", label: "One of us walked away" },
  { value: "faded", label: "It faded without being talked about" },
  { value: "escalated", label: "It got bigger before it stopped" },
  { value: "unresolved", label: "It's still unresolved" },
  { value: "other", label: "Another way" },
] as const;
