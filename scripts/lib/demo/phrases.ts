/** What demo partners write: ordinary, gentle, varied; no real people. */
export const observations: Record<string, string[]> = {
  phone: [
    "We were finally on the sofa together and they spent the half hour answering group chats.",
    "I showed them the photos from my run and they nodded without looking away from their screen.",
    "I was telling them about my sister's call and they kept scrolling on their phone until I stopped talking.",
    "We sat down for dinner and their phone buzzed; they answered a work message and the meal went quiet.",
    "I asked if they wanted to watch something together and they said sure without looking up from the screen.",
    "In bed I started to say something that had been on my mind and they were reading the news.",
  ],
  tone: [
    "I asked a simple question about dinner and got a sigh before the answer.",
    "When I said I was tired, they answered 'we're all tired' in a voice that closed the subject.",
    "I offered to help with the forms and heard 'I can do it myself' in a sharp tone.",
    "When I asked where the keys were, the answer came back short and sharp, like I should have known.",
    "I suggested we leave a bit earlier and the reply had an edge that made me drop it.",
    "They said 'fine' in that flat voice when I asked about the weekend plans.",
  ],
  forgotten_follow_up: [
    "I told them on Monday that the interview was Thursday; Thursday evening came and went without a question.",
    "They promised to ask their brother about the weekend and never mentioned it again.",
    "I said I'd had a hard talk with my dad; nobody came back to it.",
    "I mentioned my appointment was today and nobody asked how it went.",
    "They said they'd call the plumber this week; it's Friday and it hasn't happened.",
  ],
  joke_cut: [
    "At dinner with friends they said I 'plan everything to death' and the table laughed.",
    "They teased me about crying at the film, in front of their sister.",
    "At the barbecue they joked that I 'finally' finished a project, and everyone laughed.",
    "A comment about my driving in front of the kids was meant to be funny but it stung.",
  ],
  effort_unacknowledged: [
    "I sorted out the car insurance, which took all evening, and the only reply was about the price.",
    "I planned the birthday surprise for their mother and it was never mentioned afterwards.",
    "I spent Saturday sorting the garage and it went by without a word.",
    "I cooked the recipe they'd mentioned and the evening moved on to other things.",
  ],
  always_initiating: [
    "I suggested a walk, a film and a takeaway; they said 'whatever you like' to each.",
    "I noticed I was the one to say goodnight first, again.",
    "I planned our evening out again; when I asked if they'd plan the next one, they shrugged.",
    "I reached for their hand on the walk and noticed I'm usually the one who does.",
  ],
  dismissive_look: [
    "When I mentioned my friend's news, I caught a look that said 'not interested'.",
    "I said I'd like a holiday this year and got a raised eyebrow and silence.",
    "When I said I was worried about money, there was a sigh and an eye-roll before the answer.",
    "I shared an idea for the holidays and got a look that said 'not this again'.",
  ],
  promise_dissolved: [
    "They said they'd leave work at six for our date; at seven there was a text saying 'running late'.",
    "We agreed no phones at breakfast; it lasted two days.",
    "We agreed on a phone-free Sunday morning; by nine the laptop was open.",
    "We'd said we'd go to bed at the same time this week; three nights running I went up alone.",
  ],
};

export const needs = [
  "To feel that what I say is worth putting the phone down for.",
  "A little softness in how we speak when we're both tired.",
  "To know I'm not carrying this on my own.",
  "Some sign that they noticed the effort.",
  "To feel chosen, not fitted in.",
];

export const repairHows = [
  "Later they sat next to me and asked about it properly.",
  "We talked it through after the kids were asleep and they said sorry.",
  "I told them it stung; they listened and hugged me.",
  "They brought it up themselves the next morning.",
];

export const triggers = [
  "I asked about the weekend and got a one-word answer.",
  "They came home late without texting.",
  "I brought up money again after dinner.",
  "We were both tired and the dishes were still in the sink.",
  "They mentioned their mother's visit as if it was already decided.",
];

export const toldAboutMe = [
  "If I don't push, nothing will change.",
  "I'm too much for them.",
  "I'm failing again.",
  "I should just keep quiet.",
];

export const toldAboutPartner = [
  "They don't care as much as I do.",
  "They're about to explode.",
  "They're pulling away from me.",
  "They think I'm not trying.",
];

export const partnerNext = [
  "Went quiet and left the room.",
  "Raised their voice and followed me.",
  "Said 'fine, whatever' and picked up the phone.",
  "Sat down and asked what was really wrong.",
];

export const bids: Record<"made" | "received", string[]> = {
  made: [
    "Sent a photo of the sunset on my way home.",
    "Asked if they wanted a cup of tea.",
    "Told them about a funny thing at work.",
    "Put my hand on their shoulder while they cooked.",
    "Asked if they'd like to walk after dinner.",
  ],
  received: [
    "They pointed out a bird at the feeder.",
    "They asked how my meeting went.",
    "They sent me a song they liked.",
    "They suggested we sit outside for a bit.",
    "They made a joke about our old apartment.",
  ],
};

export const checkins = {
  appreciation: [
    "Thank you for picking up the groceries when I was running late.",
    "I loved how you laughed with the kids at breakfast.",
    "Thank you for listening on Tuesday without trying to fix it.",
    "I noticed you put your phone away at dinner. It meant a lot.",
  ],
  need: [
    "A quiet evening together without screens.",
    "Help with the school run on Thursday.",
    "A hug when I get home, before we talk logistics.",
    "Ten minutes to unwind before we discuss plans.",
  ],
  plan: [
    "Walk around the park on Saturday morning.",
    "Cook together on Wednesday.",
    "Coffee in bed on Sunday, phones downstairs.",
    "Ask each other one question at dinner each night.",
  ],
};
