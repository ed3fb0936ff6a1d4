"""Written documents: participants' narratives and clinicians' case histories.

Narratives are first person, written a few days after the second dosing session.
Case histories are third person, written by the clinician at the 12-month follow-up.
No colons anywhere (a "Heading: text" line would look like a speaker label).
"""

NARR_SET = [
    "I arrived at the center a little after eight in the morning, [too nervous to eat much|with a granola bar I couldn't finish|after a night of almost no sleep].",
    "The room was [warmer|smaller|softer] than I remembered from the tour, with a long couch, [a blanket folded at one end|a woven blanket|two blankets], and flowers on the low table.",
    "{partner} drove me and we didn't say much in the car.",
    "I had written my intention on an index card, {intention}, and I kept it in my pocket all day.",
    "The facilitators went over the plan one more time, and I remember being grateful for how ordinary their voices sounded.",
    "It was raining when I walked in, which felt right to me for reasons I still can't explain.",
    "I had brought a photo of {child} and propped it against the lamp.",
    "I had brought something from {place}, a small thing, and held it in my hand for most of the first hour.",
    "I remember the blood pressure cuff, the glass of water, the little cup with the capsule in it, and thinking that this was the strangest appointment I had ever kept.",
    "Before I lay down I looked out the window for a long time and tried to remember what it felt like to be curious about a day.",
    "By the second session the room felt familiar, almost like a place that belonged to me.",
]
NARR_FEAR = [
    "For the first half hour nothing happened, and then everything did at once.",
    "The beginning was frightening. My body felt [heavy|electric|very cold] and I was sure I had made a mistake.",
    "At one point I told them I didn't feel safe, and I meant it. The room was gone and I didn't know where I was.",
    "I remember a wave of nausea and a voice in my head saying that I would never come back from this.",
    "There was a long stretch where I was fighting it, bracing against the music and the colors and my own heartbeat.",
    "I thought about {event} and the fear got much worse before it got better.",
    "I kept opening my eyes under the eyeshades as if that would help, and it didn't.",
    "The fear was not of anything in particular. It was the feeling of falling without a floor.",
    "I didn't feel safe at first, and I said so, more than once.",
]
NARR_SURRENDER = [
    "Then I remembered what we had talked about in preparation, to go toward it instead of away, and I did.",
    "Somewhere in there I stopped fighting. It wasn't a decision so much as giving up, and giving up turned out to be the door.",
    "A hand was on my shoulder, and I heard someone say I was safe, and I believed them.",
    "When I let go, the thing I was afraid of turned out to be grief, and grief I could survive.",
    "I said yes, out loud I think, and the whole experience changed direction.",
    "I started breathing slowly the way we practiced and the panic turned into something like curiosity.",
    "I stopped trying to understand what was happening and simply let it happen.",
]
NARR_IMAGERY = [
    "I saw {image}, clearer than any memory I have.",
    "I was in {nature}, and everything around me was {color} and moving.",
    "For a long time there were {pattern}, breathing and folding into each other.",
    "I was back at {place}, and I could smell it and hear it.",
    "I saw {parent} as a young person, younger than I am now, and I understood something about them.",
    "At one point the music became {color} light and the light became a kind of voice.",
    "I saw myself from above, curled on the couch, and felt a tenderness toward that person that I have never felt before.",
    "There was a door, and then another door, and I went through all of them.",
    "I remember {image} and crying because it was so beautiful.",
]
NARR_MYSTICAL = [
    "For a while there was no me at all, only a vast and quiet awareness, and it was not frightening.",
    "I felt connected to everything, to the people in the room, to everyone I have ever loved, to people I will never meet.",
    "Time stopped meaning anything. It could have been a minute or a thousand years.",
    "It felt sacred. I am not a religious person and I don't know another word for it.",
    "I have tried many times to describe it and I can't. Words make it smaller.",
    "I felt a love that wasn't directed at anyone in particular, as if love were simply what the world was made of.",
    "It felt more real than ordinary life, and when I came back the ordinary world seemed like the dream.",
    "I had the strongest sense that everything, without exception, is held.",
    "There was a moment of pure awe that I keep returning to, like a bell that is still ringing.",
    "I felt that I met something, a presence, and that it knew me completely and was not disappointed.",
    "The boundaries of my body seemed to dissolve, and I was part of the music and the room and the rain.",
]
NARR_NONMYSTICAL = [
    "I did not have the cosmic experience people talk about. Mine was more personal and more ordinary than that.",
    "There were no visions of God or the universe for me, mostly memories and feelings, some of them difficult.",
    "A lot of the day was simply strange, and I am still not sure what to make of it.",
    "Much of it felt like an intense dream that I watched more than I lived.",
]
NARR_INSIGHT = [
    "The clearest thing I brought back is that {insight}.",
    "I understood, not as an idea but in my body, that {insight}.",
    "I keep coming back to one sentence from that day. {insight_cap}.",
    "I saw how I push people away just when they come close, and I saw where I learned it.",
    "I realized that the depression is something I have been carrying, not something I am.",
    "I understood that my thoughts are not facts, that the voice that criticizes me is only one voice.",
    "I learned that I can feel something terrible and still be all right.",
    "Something in me finally believed that {insight}.",
]
NARR_NOINSIGHT = [
    "I expected to come back with answers and mostly I came back with questions.",
    "I don't know yet what it meant. Maybe it will make sense later.",
    "I am wary of turning it into a lesson it may not have been.",
]
NARR_PEOPLE = [
    "I thought of {child} and felt a love so big that it hurt.",
    "I cried for {parent} in a way I never let myself cry before.",
    "I thought of {partner} and wanted to go home and say thank you.",
    "I thought of {sibling} and everything we never talked about.",
    "I thought of {friend}, whom I have been avoiding for months, and felt only warmth.",
    "I thought about {event} and, for the first time, it was possible to feel sad about it without feeling ashamed.",
    "I cried for a long time, and it was the kind of crying that empties something out.",
]
NARR_AFTER_BETTER = [
    "In the days since, I have felt lighter than I have in years.",
    "I am sleeping, and I wake up without dread, which I had forgotten was possible.",
    "I have started {change}, and it feels like a choice rather than a chore.",
    "People around me have noticed. {partner} says I laugh again.",
    "The old voice is still there, but it is quieter and I am less inclined to believe it.",
    "I am not anxious the way I was. Something has loosened.",
]
NARR_AFTER_MIXED = [
    "The days since have been uneven, some of them wonderful and some of them like before.",
    "I feel better in the mornings and more fragile at night.",
    "I have started {change}, though I do not always manage it.",
    "I am afraid of losing what I found, and I am trying not to clutch at it.",
    "Something is different, and I am still learning what.",
]
NARR_AFTER_SAME = [
    "In honesty, my days since have looked much like my days before.",
    "I am disappointed. I had hoped for more, and I feel guilty for saying so.",
    "The experience was real, but my depression is still here.",
    "I am trying to hold on to the few moments of relief I had, but they feel far away now.",
]
NARR_THANKS = [
    "I want to thank {fac_name}[ and the rest of the team|], who sat with me through all of it.",
    "I want to thank my facilitators. I felt safe with them, and I could not have done this without that trust.",
    "What I remember most about them is that they never rushed me, and never made me feel like a case.",
    "I felt understood by the people in that room, which is not something I can say often.",
    "Their calm made my fear smaller. I trusted them, and that trust was the ground I stood on.",
    "We had prepared well together, and on the day it showed.",
]
NARR_DISTANT = [
    "I never felt completely at ease with {fac_name}, though I could see the effort.",
    "I never felt completely at ease with the team, though I know they were trying.",
    "I wish I had felt more understood in the preparation sessions. I held a lot back.",
    "There were moments when I did not feel listened to, and that stayed with me into the sessions.",
]

# ----------------------------------------------------------------------------- case histories
# {They}/{they}/{their}/{them} are filled with the persona's pronouns.

CH_BACKGROUND = [
    "{pid} is a {age}-year-old {gender} who is {job}.",
    "{They_cap} [reported|described] a first depressive episode at about age {onset}[, with recurrent episodes since| and several episodes since|, and has rarely been well for long since].",
    "[At enrolment|At screening] {they} described the current episode as lasting {episode_q}, and linked its onset to {event_q}.",
    "Prior treatment included {meds_list}, as well as {therapy_q}, [with partial benefit at best|without lasting benefit|with modest and short-lived benefit].",
    "{They_cap} [described|reported] a family history of depression on {their} {parent_side} side.",
    "There was no history of psychosis or mania[, and no prior psychedelic use of note|; prior psychedelic use was minimal|].",
    "[Social supports included|{They_cap} named as supports|Important people in {their} life include] {supports}.",
]
CH_PRESENTING = [
    "At baseline {they} presented with [low mood, anhedonia, early waking and marked self-criticism|persistent low mood, poor sleep, loss of interest and guilt|low mood, fatigue, poor concentration and withdrawal from others].",
    "The baseline GRID-HAMD score was {hamd_baseline}, in the {severity} range.",
    "{They_cap} [described|characterised] {their} depression as {metaphor_phrase}.",
    "{They_cap} stated {their} intention for treatment as {intention_3p}.",
    "[Anxiety about the dosing sessions was prominent|Anticipatory anxiety was marked|{They_cap} was apprehensive about the sessions], and the fear {they} named most often was {fear_3p}.",
]
CH_ALLIANCE_STRONG = [
    "Rapport developed [quickly|easily|early] during preparation and {they} engaged openly.",
    "{They_cap} spoke warmly of the facilitators and described feeling safe and understood.",
    "There was clear agreement on goals from the first preparation session[, and the tasks of preparation were taken up readily|].",
]
CH_ALLIANCE_MID = [
    "Rapport developed [steadily|gradually] over the preparation sessions.",
    "{They_cap} was initially reserved but engaged more as preparation went on.",
    "Agreement on goals was reached, although {they} remained somewhat skeptical of the process.",
]
CH_ALLIANCE_WEAK = [
    "Rapport was slow to develop and {they} remained guarded through preparation.",
    "{They_cap} [questioned|doubted] whether the team understood {their} situation.",
    "Agreement on goals was tentative, and {they} described the preparation as going through the motions.",
]
CH_RUPTURE_REPAIRED = [
    "A rupture occurred in the {rupture_session} session when the facilitator moved on too quickly, and {they} said {they} did not feel listened to.",
    "The facilitator acknowledged the misstep[ and apologised|], and the alliance appeared stronger afterwards.",
]
CH_RUPTURE_UNREPAIRED = [
    "A rupture occurred in the {rupture_session} session when the facilitator moved on too quickly, and {they} said {they} did not feel listened to.",
    "The rupture was not adequately repaired, and {they} was noticeably more withdrawn in later sessions.",
]
CH_DOSING_HIGH_M = [
    "[Both dosing sessions were marked by intense experiences|The dosing sessions brought intense experiences] that {they} described as sacred and beyond words.",
    "{They_cap} reported a strong sense of unity and timelessness during the [second|first] session.",
]
CH_DOSING_LOW_M = [
    "The dosing sessions were experienced mainly as personal and emotional rather than mystical.",
    "{They_cap} described much of the experience as [strange and hard to interpret|dreamlike and hard to put into words].",
]
CH_DOSING_FEAR = [
    "The onset of the first session was difficult, with [fear and nausea|fear and a racing heart|panic], which eased once {they} stopped resisting.",
]
CH_INSIGHT_HIGH = [
    "{They_cap} described clear personal insights, [chiefly|above all] that {insight_3p}.",
    "In integration {they} linked these insights to specific changes, such as {change_3p}.",
]
CH_INSIGHT_LOW = [
    "{They_cap} found it difficult to draw personal meaning from the sessions.",
    "Integration sessions focused on tolerating uncertainty about what the experience meant.",
]
CH_OUTCOME = [
    "GRID-HAMD was {hamd_week1} one week and {hamd_week4} four weeks after the second session.",
    "At the follow-up visits it was {hamd_month3} at three months, {hamd_month6} at six months and {hamd_month12} at twelve months.",
]
CH_STATUS_RESPONDER = [
    "By the responder criterion, a reduction of at least half from baseline, {they} met response at twelve months.",
]
CH_STATUS_NONRESPONDER = [
    "{They_cap} did not meet the responder criterion at twelve months.",
]
CH_STATUS_REMISSION = [
    "The twelve-month score was in the remission range, seven or below.",
]
CH_RELAPSE = [
    "After an early response, symptoms returned in the months after treatment, in the context of {stressor}.",
    "{They_cap} described the return of symptoms as [disappointing but not as bad as before the trial|frightening, and sought help sooner than in past episodes].",
]
CH_IMPRESSION_GOOD = [
    "At twelve months {they} [described|mentioned] {change_3p} as an ordinary part of {their} week.",
    "{They_cap} has maintained gains and reports engaging more fully with [work and family|the people close to {them}|daily life].",
    "The changes appear to rest on a different relationship to self-criticism rather than on the acute experience alone.",
]
CH_IMPRESSION_MIXED = [
    "{They_cap} [continues to work|is still working] toward {their} stated intention, {intention_3p}.",
    "Gains have been partial, and {they} would likely benefit from continued psychotherapy.",
    "The acute experience was valued, but translating it into daily life has been difficult.",
]
CH_IMPRESSION_POOR = [
    "The twelve-month GRID-HAMD of {hamd_month12} [was close to|was not far from] the baseline of {hamd_baseline}.",
    "{They_cap} has not benefited in a lasting way, and a referral for further treatment was made.",
    "The weak working relationship during preparation may have limited what could be integrated afterwards.",
]
