"""What facilitators say.  See engine.py for the template syntax; no colons anywhere."""

ACK = ["Mm.", "Mm-hm.", "Yeah.", "Okay.", "Right.", "I hear you.", "Thank you for saying that.",
       "That makes sense.", "Sure.", "Okay, yeah.", "Mm, yeah.", "I see.", "Thanks for telling me.",
       "Got it.", "Okay. Thank you.", "Yeah, okay.", "Uh-huh.", "Mm. Okay."]

REFLECT_PREFIX = ["It sounds like", "So", "What I'm hearing is that", "If I'm following you,",
                  "So for you,", "Let me see if I've got this.", "Mm. So", "It sounds to me like",
                  "You're saying", "I'm hearing that", "Okay, so", "So right now", "If I heard you right,",
                  "So what you're telling me is", "Let me check I understand.", "It seems like", "So in a way,",
                  "I want to make sure I've got it.", "Yeah. So", "I notice", "What stands out to me is that"]

FOLLOWUP = [
    "Can you say [more about that|a bit more|more]?", "What's that like for you[ now|, day to day|]?",
    "When did you first notice that?", "Where do you feel that in your body[ right now|]?",
    "What happens next, usually?", "How long has it been like that?",
    "What goes through your mind when that happens?", "Is that okay to stay with for a minute?",
    "What would you want to be different?", "Who [knows about that|else knows about that|have you told about that]?",
    "How does that land for you, saying it out loud?", "What do you make of that[ now|]?",
    "Was there a time it was different?", "What helps, even a little?", "What's the hardest part of that?",
    "How are you feeling as you tell me this?", "What do you think that's about?", "And then what[ happens|]?",
    "How did you get through that?", "What did you need [back then|at the time|then]?",
    "What's it like to notice that?", "What would {friend} say about that?", "How is that for you, right now?",
    "What do you want me to understand about that?", "Tell me more about [that|what that's like].",
]

VALIDATE = [
    "That's a lot to carry.", "It makes sense that you'd feel that way.", "That sounds really hard.",
    "Anyone would struggle with that.", "I'm glad you told me.", "That took courage to say.",
    "There's nothing wrong with feeling that.", "That's an honest thing to say.",
    "You've been holding that for a long time.", "I can hear how much that matters.",
]

ECHO = ["You mentioned {echo}.", "You said something about {echo} a minute ago.",
        "I want to go back to {echo}.", "You brought up {echo}."]

COLLAB = [
    "Let's take that slowly, together.",
    "We can come back to that whenever you want.",
    "That's something we can work on together.",
    "Let's keep that in mind as we go.",
    "We'll figure out the pace together.",
    "Let's make sure we're on the same page about that.",
    "We're in this together, you're not doing it alone.",
    "Let's hold on to that.",
    "I'd like us to decide that together.",
    "That's a good plan, let's go with it.",
]

# ----------------------------------------------------------------------------- preparation

OPEN_PREP = [
    "Hi {name}, come on in. How are you doing today?",
    "Good to see you, {name}. How are you arriving today?",
    "Hi. Have a seat wherever you like. How's your week been?",
    "Thanks for coming in. How are you feeling this morning?",
    "Hi, {name}. Before we start, how are you, really?",
    "Come on in, make yourself comfortable. How was the drive?",
    "Morning, {name}. How are things today?",
]

AGENDA_PREP = [
    "Today I'd like us to get to know each other a bit more, talk about your history, and walk through what the dosing day looks like. Does that sound okay?",
    "My plan is to hear more of your story, then talk about intentions and what to expect. We can change that if something else feels more important.",
    "I thought we'd start with how things have been, and then spend some time on the session itself. How does that sound?",
    "There's no rush today. I'd like to understand what brought you here, and then we can go over the practical stuff.",
    "We have about two hours. I'd like to hear about the depression, and about what you're hoping for.",
]

ASK_HISTORY = [
    "Can you tell me how the depression started for you?",
    "When did you first notice feeling this way?",
    "What was going on in your life when it got bad this time?",
    "What was it like growing up in your family?",
    "Have there been times when you felt well?",
    "How would you describe the depression to someone who's never had it?",
    "What do you think keeps it going?",
    "What was it like for you after {event}?",
    "How did your family handle hard feelings when you were a kid?",
    "Who in your life knows how bad it's been?",
]
ASK_DAILY = [
    "What does a normal day look like right now?",
    "How is it affecting things at {work}?",
    "How are things at home?",
    "What about sleep and appetite?",
    "Who do you spend time with these days?",
    "What do you do when it's at its worst?",
    "What used to bring you joy?",
]
ASK_TREATMENT = [
    "What have you tried so far, in terms of treatment?",
    "How did the medications work for you?",
    "What was therapy like for you before?",
    "What was helpful in past treatment, even a little?",
]
ASK_INTENTION = [
    "What would you like to get out of this?",
    "If this went well, what would be different in your life?",
    "Have you thought about an intention for the session?",
    "What are you hoping for, even if it feels silly to say?",
    "If you had to put your intention in one sentence, what would it be?",
    "What would you like to bring into the session with you?",
]
ASK_FEAR = [
    "What worries you most about the dosing day?",
    "Are there any fears you'd like us to talk through?",
    "What's the worst thing you imagine happening?",
    "How are you feeling about the session itself?",
    "Is there anything you're hoping won't come up?",
]
PSYCHOED = [
    "On the day, you'll be on the couch, with eyeshades and headphones if you want them. We'll both be right here the whole time.",
    "The effects usually start within thirty to sixty minutes, and the strongest part is a couple of hours. By late afternoon you'll be mostly back.",
    "We've picked the music to support you. It tends to move from quiet to intense and back down again. You can always take the headphones off.",
    "You can talk as much or as little as you want. Some people say almost nothing, and that's completely fine.",
    "If you need the bathroom, we'll walk with you. You won't be alone at any point.",
    "Your vital signs will be checked a few times, so you might feel a blood pressure cuff. That's just routine.",
    "Sometimes the body does things, you might shake or feel nauseous or cold. It passes, and we'll help.",
    "The room has a couch, blankets, some flowers, soft light. You're welcome to bring a photo or something meaningful.",
    "It's common to have a hard stretch. That doesn't mean anything is going wrong.",
    "We'll have water and some fruit for later in the day, and someone will drive you home.",
    "You won't lose the ability to tell us things. If you say stop, we listen.",
]
SAFETY = [
    "You'll be safe. That's our job on the day, so you don't have to make it yours.",
    "Whatever happens, we'll be right here with you.",
    "Nothing you say or do will surprise us or change how we see you.",
    "You can't do it wrong. There's no wrong way through it.",
    "If you feel like you're dying or going crazy, that's a feeling, and it will pass. You're safe in the room.",
    "We won't leave you alone, not even for a minute.",
]
TOUCH = [
    "Some people find a hand on the shoulder helpful when things get intense. Would that be okay for you, or would you rather we didn't?",
    "Let's talk about touch. If you reach for a hand, I'll take it. Otherwise I won't touch you without asking. Is that all right?",
    "Would it be okay if I put a hand on your arm if you seem distressed? You can say no, now or on the day.",
]
SURRENDER_GUIDE = [
    "If something frightening shows up, try to move toward it. Ask it what it wants to show you.",
    "The phrase we use is trust, let go, be open. You don't have to steer.",
    "If you see a door, go through it. If there's a staircase, climb it. In and through.",
    "Your breath is your anchor. If it gets hard, come back to your breath.",
    "Hard moments often turn into the most important ones if you can stay with them.",
    "Try to be curious instead of in control. That's the main thing.",
]
CLOSE_PREP = [
    "We did a lot of good work today. How are you feeling now?",
    "Is there anything else you want me to know before the session?",
    "Thank you for sharing all of that with me. I know it wasn't easy.",
    "We'll meet again the morning of. Call us if anything comes up before then.",
    "How was this for you today? Anything I could do differently?",
]

# ----------------------------------------------------------------------------- dosing

OPEN_DOSING = [
    "Good morning, {name}. How did you sleep?",
    "Hi, come in. How are you feeling this morning?",
    "Morning. How are you doing, coming in today?",
    "Hi {name}. It's good to see you. How are you?",
    "Welcome back. How are you arriving this morning?",
]
OPEN_DOSING2 = [
    "Welcome back, {name}. How's it feel to be in this room again?",
    "Good morning. Second time. How are you feeling about it?",
    "Hi. How have the last two weeks been, coming into today?",
    "Morning, {name}. What's on your mind coming in?",
]
ASK_INTENTION_DAY = [
    "Do you want to say your intention out loud before we start?",
    "What's your intention for today?",
    "Is your intention still the same as last time?",
    "Anything you want to bring in with you today?",
]
CAPSULE = [
    "Here's the capsule, and [here's some water|a glass of water|the water]. Take your time.",
    "Whenever you're ready, here's the capsule[, {name}|].",
    "Okay. Here it is. [You can take it|Take it] whenever you feel ready.",
    "Here you go. Let's take a [breath|slow breath|moment] together first.",
    "[This is|Here's] the capsule. [Anything you want to say before you take it|Do you want to hold it for a minute first]?",
    "It's time. [Here's the cup|Here's the capsule], and the water's right here.",
]
SETTLE = [
    "Go ahead and get comfortable. Put the eyeshades on [whenever you want|when you're ready|if you like].",
    "I'm going to start the music now. We're [right here|right beside you|in the room the whole time].",
    "You can lie back. We'll be quiet unless you want to talk[, and that's fine too|].",
    "Let's just settle in. [Nothing to do right now|There's nothing you need to do|Just rest for now].",
    "[Here's the blanket|Here's an extra pillow]. Get settled, and [we'll start the music|the music will start soon].",
    "It can take a while to come on. [Just rest|Let yourself rest|Lie back and breathe] until then.",
]
CHECK_ACUTE = [
    "How's it going in there[, {name}|]?", "What's happening for you [right now|at the moment|now]?",
    "How are you doing[ in there|, {name}|]?", "[Are you okay|You okay|Are you all right]?",
    "Where are you [right now|just now|at the moment]?", "Is it okay to keep going[ like this|]?",
    "Do you need anything, [water, a blanket|some water|another blanket|a tissue]?",
    "What are you noticing[ right now| in your body|]?", "Can you tell me what you're [seeing|feeling|hearing]?",
    "How's your body feeling[ now|]?", "[Want|Would you like] to tell me [where you are|what's going on]?",
    "[Still with us|Still here with us]?", "Anything you need from us?",
]
SUPPORT_ACUTE = [
    "I'm right here[ with you|, {name}|].", "You're safe. [Keep breathing|Just keep breathing|Breathe].",
    "Let it [come|happen|come to you].", "Just breathe. We're [here|right here|not going anywhere].",
    "You're doing [really well|so well|beautifully|fine].", "Go toward it if you can.",
    "It's okay to [cry|let that out|feel that].", "Trust it. Let it [show you|take you].",
    "You're not alone[ in this| here|].", "Let it move through you[ and out|].",
    "Stay with it. You're [okay|safe|doing fine].", "Breathe into {body}.",
    "Nothing is going wrong. This is [part of it|what it does|part of the process].",
    "Ask it what it wants to show you.", "It will pass. You're safe here with [us|me].",
    "Take all the time you need.",
    "Feel your [back|weight|hands] [against|on] the [couch|cushions|blanket]. You're [here|in the room|with us].",
    "We've got you[, {name}|].", "Let it be as big as it needs to be.", "It's okay to not understand it[ yet|].",
    "[That's it|There you go]. [Keep going|Stay with that].", "[Soft belly|Soft shoulders]. Let the breath do the work.",
    "Whatever it is, you can meet it.", "You don't have to do anything. Just let it.",
]
GROUND = [
    "Feel the weight of the blanket. You're on the couch, in the room, with us.",
    "Here's my hand, if you want it.",
    "Let's take a slow breath together. In, and out.",
    "You took a medicine, and it's doing what it does. It will pass.",
    "Try putting your hand on your chest. Feel it rise.",
    "It's about eleven in the morning. You're safe. We're right here.",
]
DEBRIEF_Q = [
    "What stands out to you from today?",
    "What was the hardest part?",
    "Was there a moment that felt most important?",
    "What do you want to remember from today?",
    "How do you feel now, compared with this morning?",
    "What was it like when you stopped fighting it?",
    "Was there a part you don't have words for yet?",
    "How does your intention look to you now?",
    "What would you want to tell the you from this morning?",
]
CLOSE_DOSING = [
    "Someone will drive you home. Try to rest tonight, and maybe write a bit if you feel like it.",
    "We'll meet tomorrow morning to talk about all of this.",
    "You did something really brave today.",
    "Be gentle with yourself tonight. You don't need to make sense of all of it yet.",
]

# ----------------------------------------------------------------------------- integration

OPEN_INT = [  # first integration session, a few days after dosing
    "Hi {name}. How have you been since the session?",
    "Good to see you. How are you doing, a few days out?",
    "How are you today? What's it been like since?",
    "Hi. How have you been sleeping since the session?",
    "Come on in. How have the last few days been?",
]
OPEN_INT2 = [  # second integration session, a week after the second dosing
    "Hi {name}. It's been a week. How are you?",
    "Good to see you. How has the week been since the second session?",
    "Come on in. How's the week been?",
    "Hi. What has this last week been like?",
]
ASK_MEMORY = [
    "What's stayed with you from the session?",
    "When you think back on it, what comes up first?",
    "Are there images or moments that keep coming back?",
    "How do you remember the hard part now?",
]
ASK_MEANING = [
    "What do you make of it now, with a little distance?",
    "What do you think it was trying to show you?",
    "How does that fit with your life as it is?",
    "What does that mean for you, day to day?",
]
ASK_CHANGE = [
    "Have you noticed anything different in your daily life?",
    "What's it been like at {work}?",
    "How have things been at home?",
    "Is there anything you've started doing, or stopped doing?",
    "How are things with the people close to you?",
]
ASK_CHALLENGE = [
    "What's been hard since?",
    "Have the old patterns come back at all?",
    "What gets in the way of holding on to it?",
    "How are you handling the days when it's harder?",
]
ASK_PRACTICE = [
    "What might help you keep in touch with what you found?",
    "Is there a small practice you could keep up, even five minutes a day?",
    "How could you bring a bit of that session into an ordinary Tuesday?",
]
CLOSE_INT = [
    "We'll check in again after the next session. Take care of yourself until then.",
    "Thanks for today. Keep writing things down if it helps.",
    "I'm glad you're here. Let's keep talking about this.",
    "How was today for you? Anything I missed?",
]
ENDING = [
    "This is our last integration session for now. How does that feel?",
    "We'll still see you at the follow-ups, but this is the end of this part. What would you like to say before we stop?",
    "What do you want to take with you from all of this?",
]

# ----------------------------------------------------------------------------- ruptures

# a misattuned move and the objections it can draw (ruptures)
MISSTEPS = [
    ("Okay, let's move on to the music list, we're short on time.",
     ["You're not listening to me.", "Can you just let me finish?", "I don't like being rushed."]),
    ("Have you tried just getting more sleep? That can make a big difference.",
     ["I don't need advice right now. I need you to hear me.", "You're not listening to me."]),
    ("When you talked about {sibling} earlier, was that the person who died?",
     ["That's not what I said.", "No. You're mixing things up. You're not listening to me."]),
    ("I think what's really going on here is a fear of success.",
     ["I feel like you've already decided what this is about.", "That's not what I said."]),
    ("Let's not get too deep into that today. We have a lot to cover.",
     ["You keep steering away from the thing I actually want to talk about.", "You're not listening to me."]),
    ("A lot of people feel that way. It's very common.",
     ["I'm not a lot of people. You're not listening to me.", "You're doing the therapist voice again."]),
    ("I'm going to stop you there so we can get through the checklist.",
     ["I feel like you're reading off a checklist.", "Can you just let me finish?"]),
    ("Maybe try to look on the bright side of that.",
     ["You're not listening to me.", "I don't need advice right now. I need you to hear me."]),
]
REPAIR = [
    "I'm sorry, I missed that. Tell me more.",
    "You're right. I jumped ahead. Can we go back?",
    "Thank you for telling me that. I want to get this right. What did I miss?",
    "I hear that I rushed you. That's on me. Let's slow down.",
    "I got that wrong, and I'm sorry. It matters that you told me.",
    "You're right, I wasn't listening the way I want to. I'm listening now.",
]
NONREPAIR = [
    "I understand, but we do need to cover this part today.",
    "I think you might be misreading me. Let's keep going.",
    "We have a lot to get through, so let's stay on track.",
    "I hear you, but the protocol is what it is.",
    "Okay. Well, let's move on.",
    "I don't think that's quite fair, but let's continue.",
]
