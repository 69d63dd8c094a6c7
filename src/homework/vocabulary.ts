/** The small emotion vocabulary partners pick from, shared by the micro-hurt log and repair script. */
export const feelingOptions = [
  { value: "hurt", label: "Hurt" },
  { value: "sad", label: "Sad" },
  { value: "lonely", label: "Lonely" },
  { value: "disappointed", label: "Disappointed" },
  { value: "unseen", label: "Unseen" },
  { value: "anxious", label: "Anxious" },
  { value: "frustrated", label: "Frustrated" },
  { value: "angry", label: "Angry" },
  { value: "embarrassed", label: "Embarrassed" },
  { value: "numb", label: "Numb" },
  { value: "other", label: "Something else" },
] as const;

export const feelingsHelp = "Pick as many as fit. There are no wrong feelings here.";
