"""What participants say, by session phase.  See engine.py for the template syntax.

Slots from the persona: name, job, work, partner, child, parent, sibling, friend, pet,
home, place, event, onset, episode, med, therapy, intention, fear, image, insight,
change, stressor.  Generic slots (GENERIC below) add variety: body, color, nature ...
No sentence may contain a colon: the ingest stage would read "Word: text" as a label.
"""

GENERIC = {
    "body": ["my chest", "my stomach", "my hands", "my shoulders", "my throat", "my jaw", "my legs",
             "the back of my neck", "my face", "my whole body"],
    "color": ["gold", "deep blue", "violet", "green", "amber", "silver", "red", "turquoise", "pink",
              "orange", "indigo", "white"],
    "nature": ["a forest", "an ocean", "a desert at night", "the mountains", "a field of flowers",
               "a canyon", "a night sky", "a valley with a waterfall", "a meadow", "a cave full of crystals",
               "a jungle", "a snowy forest", "a river delta", "a garden"],
    "pattern": ["geometric patterns", "spirals", "lattices", "mandalas", "honeycomb shapes", "fractals",
                "woven threads", "tiles that kept unfolding", "lace", "kaleidoscope shapes"],
    "music": ["the cello", "the choir", "the drums", "the piano piece", "the song with the women's voices",
              "the strings", "the slow violin part", "the chanting", "the one with the bells", "the organ"],
    "roomthing": ["the flowers on the table", "the blanket", "the couch", "the lamp", "the eyeshades",
                  "the headphones", "the little statue on the shelf", "the paintings", "the rug",
                  "the bowl of stones"],
    "low": ["heavy", "flat", "gray", "empty", "numb", "tired all the way down", "far away from everything",
            "like I'm behind glass", "worn out", "hollow"],
    "when": ["this morning", "last night", "yesterday", "over the weekend", "on the drive here",
             "earlier this week", "the other night"],
    "span": ["a few weeks", "a couple of months", "most of the year", "a long time", "years"],
    "smallthing": ["making coffee", "brushing my teeth", "answering an email", "doing the dishes",
                   "getting the mail", "taking a shower", "folding laundry", "making a phone call",
                   "going to the grocery store"],
    "timeword": ["hours", "a second", "forever", "a lifetime", "no time at all", "a thousand years"],
    "sound": ["the rain outside", "the music", "my own breathing", "a bird somewhere", "the air vent",
              "your voice", "my heartbeat"],
}

# ----------------------------------------------------------------------------- metaphors

METAPHOR_LOW = {
    "water": ["It's like I've been underwater and everyone else is up on the dock talking.",
              "Some days I'm just treading water and calling it a day.",
              "It's like a riptide, the harder I swim the further out I get.",
              "I feel like I'm at the bottom of a pool looking up at the light.",
              "Everything comes to me muffled, like through water."],
    "fog": ["It's like a fog that never burns off.",
            "I'm walking around in a haze most of the day.",
            "It's like the fog rolls in and I can't see two feet ahead of me.",
            "Everything's kind of blurry, like a window nobody cleaned.",
            "I lose whole afternoons in the fog."],
    "weight": ["It's like carrying a backpack full of rocks everywhere I go.",
               "There's this weight on my chest from the minute I wake up.",
               "I'm dragging something heavy behind me all day.",
               "It feels like gravity is stronger for me than for other people.",
               "Getting out of bed is like lifting a car."],
    "machine": ["I feel like a machine that's running but nobody's driving.",
                "It's like the engine is still on but the wheels aren't touching the ground.",
                "I'm going through the motions like a robot.",
                "Something in me is just stuck in idle.",
                "It's like a motor grinding with no oil."],
    "road": ["It's like I've been driving at night with no headlights.",
             "I feel like I took a wrong turn years ago and kept going.",
             "I'm stuck on the shoulder watching everybody else drive by.",
             "It's a long road and I can't see the end of it.",
             "Every day is the same stretch of highway."],
    "house": ["It's like living in a house where all the lights are off.",
              "There are rooms in me I stopped going into.",
              "It feels like the walls are closing in a little more every year.",
              "I keep the curtains drawn, inside and out.",
              "It's like the house is still standing but nobody lives there."],
    "light": ["It's like somebody turned the brightness all the way down.",
              "The color just drained out of everything.",
              "I used to have this light in me and it's a pilot light now, barely.",
              "Everything's in black and white.",
              "It's dim, all the time, even on sunny days."],
    "weather": ["It's like a storm that parked itself over my house.",
                "There's always a cloud, even when it's sunny.",
                "It's gray weather inside, all the time.",
                "I'm waiting for the rain to stop and it doesn't.",
                "It's like permanent November."],
    "winter": ["It's like a winter that doesn't end.",
               "I feel frozen, like a pond in January.",
               "Everything in me went cold and stayed that way.",
               "It's the long dark part of the year, but all year.",
               "I'm snowed in, that's how it feels."],
}
METAPHOR_HIGH = {
    "water": ["It's like I came up for air.", "I'm floating now instead of sinking.",
              "It's like the tide went out and I can see the sand again."],
    "fog": ["The fog lifted, at least for now.", "It's like someone wiped the window clean.",
            "I can see the shapes of things again."],
    "weight": ["I put the backpack down, or some of it.", "I feel lighter, like physically lighter.",
               "The weight's still there some days but I'm not carrying it alone."],
    "machine": ["It's like somebody finally got back in the driver's seat.",
                "The gears are turning again and I'm the one turning them.",
                "I'm not on autopilot anymore."],
    "road": ["It's like I found the road again.", "The headlights are on now.",
             "I can see a little further down the road."],
    "house": ["I opened some windows in there.", "It's like I turned the lights back on in a couple of rooms.",
              "The house feels lived in again."],
    "light": ["The color came back.", "It's brighter, just brighter.",
              "The pilot light caught, I can feel it."],
    "weather": ["The storm moved through.", "It's like the sky cleared for the first time in years.",
                "There's weather still, but it changes now."],
    "winter": ["Something thawed.", "It's like the first warm day in March.",
               "The ice cracked and there's water moving under it."],
}

# ----------------------------------------------------------------------------- preparation

CHECKIN_PREP = [
    "I'm okay, I guess. Tired. I didn't sleep much last night. || you didn't sleep much last night",
    "Honestly not great. It's been a {low} kind of week. || it's been a {low} week",
    "I'm here. That's about all I can say for today. || showing up is about all you have today",
    "I almost canceled {when}, but I made myself come. || you almost canceled but made yourself come",
    "I'm nervous. I've been thinking about this all week. || you've been thinking about this all week",
    "About the same as usual, which is not good. || it's about the same, which isn't good",
    "It was a hard morning. I couldn't get out of bed until after ten. || it was hard to get out of bed",
    "I'm a little better than last time, I think. I slept some. || you slept a little",
    "{partner} drove me, so that helped. I don't like driving when I'm like this. || it helped to have {partner} drive you",
    "I'm {low}. I keep waiting to feel something about coming here and I don't. || you're waiting to feel something and it isn't there",
    "I had a bad night. I kept waking up at four and lying there. || you kept waking up at four",
    "I'm okay. Work was rough {when}. || work was rough",
    "Kind of scattered. My head's all over the place today. || your head's all over the place",
    "Better than I expected, actually. I went for a short walk before coming in. || you managed a short walk",
    "I'm anxious, honestly. My stomach has been in knots since breakfast. || your stomach's been in knots",
    "Fine. I mean, not fine, but you know what I mean. || not really fine",
    "I'm tired of talking about being tired, if that makes sense. || you're tired of talking about being tired",
    "I cried in the car on the way here and I don't totally know why. || you cried in the car on the way",
    "I'm all right. I didn't want to come today but I'm glad I'm here. || part of you didn't want to come",
]

HISTORY = [
    "It started when I was about {onset}, I think, though I didn't have a word for it then. || it started around {onset}",
    "I've been depressed on and off since I was {onset}. This episode has been going for {episode}. || this episode has lasted {episode}",
    "Things really fell apart after {event}. || things fell apart after {event}",
    "I don't think I ever dealt with {event}. I just kept going. || you never really dealt with {event}",
    "After {event} I stopped doing pretty much everything I used to like. || you stopped doing what you used to like",
    "My family didn't really talk about feelings. You just got on with it. || feelings weren't talked about in your family",
    "{parent} was depressed too, I think, but nobody called it that. || {parent} may have been depressed too",
    "I was the responsible one growing up. I took care of everybody. || you were the one who took care of everybody",
    "I used to be a pretty happy kid. Somewhere in there I lost that. || you lost the happy kid somewhere",
    "I'm {job}, and for a long time work was the thing that kept me going. || work kept you going for a long time",
    "There were years where I was fine, or I thought I was fine. || there were years you thought you were fine",
    "The first time I saw a doctor about it I was in my twenties and I lied about how bad it was. || you played it down the first time",
    "I've had a couple of really dark periods. Nothing I acted on, but dark. || there have been dark periods",
    "People at {work} would never guess. I'm good at looking okay. || you're good at looking okay",
    "I remember being at {place} and thinking, this is the last time I felt normal. || {place} was the last time you felt normal",
    "It's not one thing. It's like a lot of small things piled up. || it's a lot of small things piled up",
    "I don't really have a story that explains it. It's just always kind of been there. || it's always been there",
    "When {event} happened I was numb for months, and then the numb just never left. || the numbness never left after {event}",
    "My twenties were mostly about pretending. || your twenties were mostly pretending",
    "I think I've been running from it for {span}. || you've been running from it",
    "It got worse after my last birthday, which is a stupid thing to say. || it got worse after your birthday",
    "There's a history of it on {parent}'s side. My grandfather, an uncle. || it runs on {parent}'s side",
    "I had a good therapist once, and then she moved, and I never started over with anyone. || you lost a good therapist",
    "I don't remember a lot of my childhood, which people tell me is a sign of something. || you don't remember much of your childhood",
    "Honestly it's been so long I don't remember what not depressed feels like. || you don't remember what not depressed feels like",
]

DEPRESSION = [
    "I don't enjoy anything anymore. Not food, not music, nothing. || nothing gives you pleasure right now",
    "I wake up already tired. || you wake up already tired",
    "The worst part is the mornings. The first hour is just dread. || mornings are the worst",
    "I can't concentrate. I read the same page five times. || you can't concentrate",
    "I feel guilty all the time, about everything, even stuff that isn't mine. || you feel guilty about everything",
    "Even {smallthing} feels like a huge effort. || even {smallthing} is a huge effort",
    "I've stopped answering my phone. I let it go to voicemail and then I don't listen to the voicemail. || you've stopped answering your phone",
    "I sleep ten hours and still feel like I didn't sleep. || sleep doesn't rest you",
    "I'm irritable, which isn't like me. I snap at {partner} and then I hate myself for it. || you snap at {partner} and then hate yourself for it",
    "I'm irritable with everyone and then I feel terrible about it. || you get irritable and then feel terrible",
    "I don't cry. I wish I could. It's more like nothing. || you can't cry, it's more like nothing",
    "I cry at random things. Commercials. The dog food aisle. || you cry at random things",
    "There's this voice that just tells me I'm failing. All day. || there's a voice telling you you're failing",
    "I've lost weight because I forget to eat. || you forget to eat",
    "I've gained weight because eating is the only thing that works for a minute. || eating is the one thing that helps for a minute",
    "I don't want to die, I want to stress that, but I wouldn't mind not waking up sometimes. || sometimes you wouldn't mind not waking up",
    "I used to have opinions about things. Now I just don't care what we have for dinner. || you've stopped caring about things",
    "I feel like I'm watching my life from the outside. || you're watching your life from the outside",
    "I isolate. I know I do it. I can't seem to stop. || you isolate and can't seem to stop",
    "I feel {low} most days. || you feel {low} most days",
    "It's hard to explain to people who haven't been there. It's not sadness exactly. || it's not sadness exactly",
    "Weekends are worse because there's nothing to hold onto. || weekends are worse",
    "I keep thinking everybody would be better off if I just got out of the way. Not dead. Just out of the way. || you think people would be better off with you out of the way",
    "I can do the things, I just can't feel them. || you can do things but can't feel them",
    "I'm not suicidal, I'm just tired of being like this. || you're tired of being like this",
    "The anxiety is almost worse than the depression, it's like they take turns. || the anxiety and depression take turns",
    "I don't laugh anymore. {partner} pointed that out and it stuck with me. || you don't laugh anymore",
    "I don't laugh anymore. Someone at {work} pointed it out and it stuck with me. || you don't laugh anymore",
    "Everything feels pointless, even the good stuff. || even the good things feel pointless",
    "I'm not sad about anything specific, and that's almost worse. || it's not about anything specific",
]

DAILY = [
    "A normal day, I get up, I go to {work}, I come home and I lie on the couch until it's late enough to sleep. || the day is work and then the couch",
    "{partner} has been really patient but I can tell it's wearing thin. || {partner}'s patience is wearing thin",
    "I love {child}, but I'm so short-tempered at home. || you're short-tempered with {child}",
    "I haven't seen {friend} in months. I keep canceling. || you keep canceling on {friend}",
    "I used to go to {place} all the time and now I can't remember the last time. || you don't go to {place} anymore",
    "At {work} I'm okay for a few hours, then around two it's like the floor drops out. || the afternoons at {work} are the worst",
    "I'm basically on autopilot at {work}. || you're on autopilot at work",
    "{pet} is honestly the reason I get up some mornings. || {pet} gets you up some mornings",
    "I talk to {sibling} maybe once a month and I don't tell them any of this. || you don't tell {sibling} any of this",
    "I do the minimum. The dishes pile up. I stopped cooking. || you're doing the minimum",
    "I've been scrolling my phone until two in the morning. || you scroll until two in the morning",
    "I stopped exercising. I used to run three times a week. || you stopped running",
    "I don't really leave {home} except for work. || you don't leave {home} much",
    "I drink more than I should, not a crazy amount, but more than I should. || you're drinking more than you should",
    "My house is a mess and I'm embarrassed to have anyone over. || you're embarrassed to have people over",
    "I can't remember the last time I did something just for fun. || you can't remember doing something for fun",
    "I keep a calendar full so I don't have to think. || you keep busy so you don't have to think",
    "Sunday nights are the worst. I dread the whole week. || Sunday nights are the worst",
    "{parent} calls and I let it ring. || you let {parent}'s calls ring",
    "I eat standing up over the sink most nights. || you eat standing over the sink",
    "I'm fine at {work}, I'm good at my job, but I come home and I'm just gone. || you come home and you're just gone",
    "I haven't been to {place} in ages. It used to be my favorite place. || {place} used to be your favorite place",
]

TREATMENT = [
    "I've been on {med}, and before that {med2}. They took the edge off but that's it. || the medications took the edge off but that's it",
    "{med} made me feel flat, like I was wrapped in cotton. || {med} made you feel flat",
    "I tried {therapy}. It helped me understand things but I didn't feel different. || {therapy} helped you understand but not feel different",
    "I stopped {med} because of the side effects. I couldn't sleep and I gained weight. || you stopped {med} because of the side effects",
    "My doctor kept raising the dose and I kept feeling the same. || raising the dose didn't change much",
    "I did {therapy}. I liked the person but I was going through the motions. || you went through the motions in {therapy}",
    "I've done the worksheets. I know the thought records. I can tell you my distortions. || you know the tools already",
    "Nothing has really worked, which is part of why I'm here. || nothing has really worked",
    "{med2} worked for about a year and then it just stopped. || {med2} worked for a while and then stopped",
    "I tapered off {med} for this, and honestly the taper was rough. || the taper off {med} was rough",
    "I read about this study and thought, well, what else is there. || this feels like what's left to try",
    "I've been skeptical of everything, including this, to be honest. || you're skeptical, including about this",
]

INTENTION = [
    "I want {intention}. || you want {intention}",
    "If I had to say one thing, I guess {intention}. || you want {intention}",
    "I think my intention is {intention}, but I'm also scared to want anything. || you want {intention} and you're scared to want it",
    "I'd like to understand why I'm like this. || you want to understand why",
    "I just want to feel something again. Anything. || you want to feel something again",
    "I'd like to laugh again with {child}. || you want to laugh again with {child}",
    "I want to forgive myself for {event}. || you want to forgive yourself for {event}",
    "I want to be able to be around {partner} without this wall. || you want to be with {partner} without the wall",
    "I want to know that this isn't all there is. || you want to know this isn't all there is",
    "I've been writing it down. The main thing is {intention}. || the main thing is {intention}",
    "I guess to let go of some of it. I don't know exactly what it is yet. || you want to let go of something you can't name yet",
    "My intention is to be open. That's the best I can do. || you want to be open",
    "I'd like to stop being so afraid all the time. || you want to stop being afraid",
    "I want to come back to my life, not just watch it. || you want to come back to your life",
]

FEAR = [
    "My biggest fear is {fear}. || you're afraid of {fear}",
    "I'm scared of {fear}, honestly. || {fear} scares you",
    "What if I have a bad trip and it makes everything worse? || you're afraid it could make things worse",
    "I'm afraid I'll lose control and do something embarrassing. || you're afraid of losing control",
    "I'm worried I'll throw up. That's a stupid thing to worry about but I am. || you're worried about throwing up",
    "I don't like not being in control. That's a big one for me. || not being in control is hard for you",
    "I'm scared that nothing will happen, that I'll be the one person it doesn't work for. || you're scared it won't work for you",
    "I'm afraid of what I'll find in there. || you're afraid of what you'll find",
    "I keep thinking about {event} and whether that's going to come up. || you wonder if {event} will come up",
    "What if I go crazy and don't come back? I know that's not really a thing, but. || you're afraid of not coming back",
    "I've never done any drugs. I barely drink. So this is a big deal for me. || this is a big step for you",
    "I did mushrooms once in college and it was not a good time. || your one time in college went badly",
    "I'm worried about my heart racing. I get panic attacks. || you worry about panic",
    "I think I'm afraid of being seen like that, without my guard up. || being seen without your guard up is scary",
    "I'm not really scared of the drug. I'm scared of myself. || it's yourself you're scared of",
    "I'm scared of dying. Not literally, but that feeling. || you're scared of the feeling of dying",
    "Part of me is excited and part of me wants to run out the door. || part of you is excited and part wants to run",
    "I don't want to see {parent} in there. I'm not ready for that. || you don't want to meet {parent} in there",
]

QUESTIONS = [
    "Will you be in the room the whole time?",
    "What if I need to use the bathroom in the middle of it?",
    "Can I take the eyeshades off if I want to?",
    "How long does it last, really?",
    "What happens if I start panicking?",
    "Is it normal to feel nothing at first?",
    "Can I talk during it, or is it supposed to be quiet?",
    "What do people usually see?",
    "Do I have to listen to the music the whole time?",
    "What if I say something I regret?",
    "Will you hold my hand if I ask?",
    "Is there any chance it's too strong for me?",
    "What if I don't want to talk about it afterward?",
    "How will I know if it's working?",
]

SETTING_REACT = [
    "Okay. The room looks nicer than I expected, honestly. Less like a hospital. || the room is less clinical than you expected",
    "I like the flowers. That's a small thing but I like them. || the flowers matter to you",
    "The couch looks comfortable. I'm glad there's a blanket. || the blanket helps",
    "I'm not sure about the music. I'll try it. || you're unsure about the music",
    "Eyeshades make me a little claustrophobic. Can I keep one eye free at the start? || eyeshades make you claustrophobic",
    "It helps to know where everything is. The bathroom, the door, all of that. || knowing where things are helps",
    "I didn't think about bringing something from home. Maybe a picture of {child}. || you'd like a picture of {child} with you",
    "I'd like to bring something of {parent}'s. A ring, maybe. || you'd like something of {parent}'s with you",
    "It's quiet in here. I like that it's quiet. || you like that it's quiet",
    "I'm glad it's not a white room with fluorescent lights. || you're glad it isn't a hospital room",
    "The music thing is interesting. I usually need music to fall asleep. || music helps you settle",
    "Okay. I'm picturing it. Me on the couch, you two over there. || you're picturing how it will be",
]

SURRENDER_PREP = [
    "Go toward it. Okay. That's the opposite of everything I do. || going toward it is the opposite of what you usually do",
    "I'll try. Letting go is not my strong suit. || letting go is hard for you",
    "Trust, let go, be open. I'll write that on my hand. || you'll hold on to trust, let go, be open",
    "That makes sense in theory. I don't know if I can do it when it's happening. || you're not sure you can do it in the moment",
    "So if there's a monster, I say hi to the monster. || you'd say hi to the monster",
    "I like that. In and through. || in and through makes sense to you",
    "It helps to have a plan for the scary part. || a plan for the scary part helps",
    "I've spent my whole life bracing. I don't know how not to. || you've spent your life bracing",
    "Okay. Breathe, and remember I'm safe. I can try that. || you'll try to breathe and remember you're safe",
    "I think I'll fight it at first. I know myself. || you expect to fight it at first",
]

CLOSE_PREP = [
    "Okay. I feel more ready than I did an hour ago. || you feel more ready",
    "I'm still nervous but it's a different kind of nervous. || the nervousness has changed",
    "That was a lot. I'm going to go home and sleep. || that was a lot",
    "I think I know what I'm walking into now. || you know what you're walking into",
    "Thanks. I'll see you next week, I guess. Early. || you'll be back early next week",
    "I'm going to think about the intention thing some more. || you'll keep working on the intention",
    "I'm kind of tired. But okay. || you're tired but okay",
    "I'll write down what we talked about so I don't lose it. || you'll write it down",
]

# ----------------------------------------------------------------------------- dosing

ARRIVAL = [
    "I barely slept. I kept thinking about today. || you barely slept",
    "I'm here. I had a light breakfast like you said. || you had a light breakfast",
    "My hands are shaking a little, look. || your hands are shaking",
    "I feel weirdly calm. Maybe too calm. || you feel strangely calm",
    "{partner} dropped me off and gave me a hug and I almost lost it right there. || saying goodbye to {partner} almost undid you",
    "I brought {image_token}. I hope that's okay. || you brought something with you",
    "I wrote my intention down on a card. It's in my pocket. || your intention is written on a card",
    "I'm scared. I'm also ready, I think. || you're scared and ready",
    "I've been up since five. I walked around the block twice. || you've been up since five",
    "I'm glad it's raining. That feels right somehow. || the rain feels right",
    "Okay. This is happening. || this is happening",
    "I kept thinking I'd cancel, and then I didn't. || you kept thinking you'd cancel",
]

ARRIVAL2 = [
    "I feel different coming in this time. I know the room. || it feels different now that you know the room",
    "I've been thinking about last time all week. || you've been thinking about last time",
    "I'm more nervous this time, honestly, because I know what it can do. || you're more nervous because you know what it can do",
    "I'm less scared this time. I trust the room more. || you trust the room more",
    "Last time I fought it. I'd like not to fight it this time. || you'd like not to fight it this time",
    "Part of me wants last time again and I know that's not how it works. || you want last time again",
    "The dose is higher today, right? That's on my mind. || the higher dose is on your mind",
]

INTENTION_RESTATE = [
    "My intention is still {intention}. || your intention is {intention}",
    "I want to be open. And I want {intention}. || you want {intention}",
    "I think it's simpler today. I just want to see what's there. || you just want to see what's there",
    "The card says {intention}. I read it in the car a bunch of times. || the card says {intention}",
    "I want to meet whatever comes. Even the hard stuff. || you want to meet whatever comes",
    "I want to look at {event} if it comes up, and not run. || you want to look at {event} without running",
]

ONSET = [
    "I think I'm starting to feel something. My hands are tingly. || your hands are tingly",
    "Something's happening. The edges of things are moving. || the edges of things are moving",
    "I feel a little sick to my stomach. || you feel a little sick",
    "It's coming on. Oh. It's coming on. || it's coming on",
    "I feel really heavy, like I'm sinking into the couch. || you're sinking into the couch",
    "The music sounds different. Bigger. || the music sounds bigger",
    "I can't tell if it's started or if I'm just nervous. || you can't tell if it's started",
    "My face feels warm. || your face feels warm",
    "I'm seeing {color} behind the eyeshades. || you're seeing {color}",
    "There are {pattern} everywhere. || there are {pattern} everywhere",
    "My body feels like it's buzzing. || your body is buzzing",
    "I'm yawning a lot, is that normal? || you're yawning a lot",
]

FEAR_ACUTE = [
    "I don't like this. I don't like this. || you don't like this",
    "I'm scared. Something is pulling me. || something's pulling you",
    "It's too much, it's too much. || it's too much",
    "I feel like I'm dying. Am I dying? || you feel like you're dying",
    "I don't feel safe. I don't feel safe right now. || you don't feel safe right now",
    "There's something dark here. I don't want to look. || there's something dark you don't want to look at",
    "I can't find myself. Where am I? || you can't find yourself",
    "I want it to stop. Can you make it stop? || you want it to stop",
    "My heart is going so fast. || your heart's racing",
    "I'm falling. I keep falling. || you keep falling",
    "I think I broke something in my head. || you're afraid you broke something",
    "It's {event}. It's all here. I can't. || {event} is all here",
    "I'm so cold. Why am I so cold? || you're very cold",
]

SURRENDER = [
    "Okay. Okay. I'm going in. || you're going in",
    "I stopped fighting it. It's easier when I stop fighting it. || it's easier when you stop fighting",
    "I let go. I just let go and it caught me. || you let go and something caught you",
    "I went toward it, like you said, and it changed. || you went toward it and it changed",
    "It's okay. It's actually okay. || it's actually okay",
    "I'm breathing. I'm letting it. || you're letting it happen",
    "The scary thing turned around and it was just sad. It was just really sad. || the scary thing turned out to be sad",
    "I said yes. I don't know to what, but I said yes. || you said yes",
    "I'm not holding on anymore. || you're not holding on anymore",
    "It's like floating once you stop kicking. || it's like floating once you stop kicking",
]

IMAGERY = [
    "I see {image}. || you see {image}",
    "There's {image}, and it's so clear. || {image} is so clear",
    "I'm in {nature}, and it's all {color}. || you're in {nature}",
    "I was at {place}. I could smell it. || you were at {place}",
    "Everything is made of {pattern}, and they're breathing. || everything is made of breathing {pattern}",
    "{music} turned into {color} light. || the music turned into light",
    "I saw {image} and I just started crying. || {image} made you cry",
    "There were hands, lots of hands, reaching out, and they weren't scary. || there were hands reaching out",
    "I was a kid again. I was maybe six. || you were a kid again",
    "I was flying over {nature}. || you were flying",
    "There was a door and I went through it. || you went through a door",
    "I saw myself from above, lying on the couch, and I felt so much love for that person. || you saw yourself from above and felt love",
    "{image}. It was right there. I could touch it. || {image} was right there",
    "It's like a cathedral made of {color} and everything's singing. || it's like a singing cathedral",
    "I was underwater but I could breathe. || you could breathe underwater",
    "I saw {parent} young, younger than I am now. || you saw {parent} young",
    "There was a tree and the tree was me and also everybody. || the tree was you and everybody",
]

MYSTICAL = [
    "Everything is connected. I know that sounds like a poster but it's true, it's just true. || everything is connected",
    "There was no me. There was just this, and it was fine. || there was no you, just this",
    "I felt love. Not love for someone, just love, like it's what everything is made of. || love is what everything is made of",
    "Time stopped. Or it didn't exist. I was there for {timeword}. || time stopped",
    "It was sacred. I don't use that word, but it was sacred. || it was sacred",
    "I can't describe it. There aren't words. I keep trying and there aren't words. || there aren't words for it",
    "I was part of everything and everything was part of me. || you were part of everything",
    "It felt more real than real life. Realer than this room. || it was more real than this room",
    "I met something. I don't want to call it God. But I met something. || you met something",
    "There was this light and it knew me. It knew all of me and it was okay. || the light knew all of you",
    "I felt like I was home. Not my house. Home. || you felt like you were home",
    "I dissolved. It didn't hurt. It was the most peaceful thing. || you dissolved and it was peaceful",
    "Everyone who ever lived was there, somehow, and we were all okay. || everyone was there and okay",
    "It was infinite and I was infinite and that was funny somehow. || it was infinite and funny",
    "I felt awe. Just awe, over and over. || you felt awe",
    "I knew, in my body, that everything is going to be okay. Not okay like fine. Okay like held. || you knew everything is held",
    "It was beyond good and bad. It just was. || it was beyond good and bad",
]

EMOTION_ACUTE = [
    "I'm crying. I'm sorry. I can't stop. || you're crying",
    "I miss {parent}. I didn't know I missed them this much. || you miss {parent}",
    "I keep seeing {child}. I'm so sorry. I'm so sorry. || you keep seeing {child}",
    "It's grief. It's all the grief. || it's all the grief",
    "I'm laughing. Why am I laughing? || you're laughing",
    "I feel so sad for the kid I was. || you feel sad for the kid you were",
    "I didn't know I was this angry. || you didn't know you were this angry",
    "I love {partner}. I love them so much. || you love {partner}",
    "I love {sibling}. I need to say that out loud. || you love {sibling}",
    "It hurts in {body}. It's like it's coming out of {body}. || it hurts in {body}",
    "I'm not sad. I'm just, I'm just open. || you're open",
    "It's {event}. I'm finally feeling it. || you're finally feeling {event}",
]

BODY = [
    "My body feels like it's melting.",
    "I can feel my heart and it's, it's so alive.",
    "My hands are so big. My hands are huge.",
    "I feel everything in {body}.",
    "I'm really warm now. Warm all over.",
    "I can't feel my feet. That's okay, right?",
    "I keep shaking, like a shiver that doesn't stop.",
    "My jaw is so tight.",
    "My breath is really slow now.",
    "I feel like I'm vibrating.",
]

RETURN = [
    "I think I'm coming back. The [room|ceiling|light in here] is coming back. || the room is coming back",
    "Is it over? It feels like it's winding down. || it's winding down",
    "I can feel [the couch|my feet|the blanket] again. || you can feel your body again",
    "That was the longest day of my life and also like ten minutes. || it was the longest day and ten minutes",
    "I'm tired. [Good tired|The good kind|Like after swimming]. || you're tired in a good way",
    "I don't want to lose it. I want to remember all of it. || you don't want to lose it",
    "Can I have some water? I'm so thirsty. || you're thirsty",
    "I feel washed. Like someone [washed me|rinsed me out|cleaned all the windows]. || you feel washed",
]

DEBRIEF = [
    "The hardest part was [the beginning|the first hour|the start]. I [fought it|fought it hard|really resisted]. || the beginning was hardest",
    "I kept thinking about {child} the whole time. || {child} was with you the whole time",
    "{music} was where everything changed. || everything changed with {music}",
    "I saw {image} and I knew what it meant, I just knew. || {image} meant something you just knew",
    "When I stopped fighting, that's when it [opened up|changed|got beautiful]. || it opened when you stopped fighting",
    "I don't know how [to explain it to anyone|I'm going to explain this to {partner}|I'd even start to explain it]. || you don't know how to explain it",
    "I was so scared at the start and then I wasn't scared [at all|anymore|of anything]. || you went from scared to not scared",
    "I went to {place}. I haven't thought about {place} in years. || you went back to {place}",
    "There was a part where I felt like I understood {parent}. || you understood {parent}",
    "I feel like I got something I've been looking for my whole life, and I don't know what to call it. || you got something you've been looking for",
    "It didn't feel like a drug. It felt like [a place|somewhere I went|a country I visited]. || it felt like a place",
    "I didn't see anything [big|dramatic|like in the movies]. It was mostly feelings. But the feelings were [big|huge|enormous]. || it was mostly big feelings",
    "I don't think it was [mystical|spiritual|a religious thing] for me. It was more [personal|about my own life|about my family] than that. || it was personal more than mystical",
    "It was mostly just [strange|weird|odd]. I'm not sure what I got out of it[ yet| so far|]. || you're not sure what you got out of it yet",
    "Honestly a lot of it was [uncomfortable|hard going|not pleasant]. I'm glad I did it, but it was [uncomfortable|hard|a lot]. || a lot of it was uncomfortable",
]

INSIGHT_WRAP = [
    "I realized {insight}. || you realized {insight}",
    "It was so clear. {insight_cap}. || it was clear that {insight}",
    "Something told me {insight}, and I believed it. || you came to believe {insight}",
    "I think the message was that {insight}. || the message was that {insight}",
    "I understood that {insight}. I've known it in my head, but I knew it differently. || you understood {insight} in a new way",
    "What I keep coming back to is that {insight}. || you keep coming back to {insight}",
    "It's so simple. {insight_cap}. Why did it take me this long? || {insight}",
]

INSIGHT_GENERIC = [
    "I've been so hard on myself for so long, and I didn't need to be. || you've been hard on yourself without needing to be",
    "I saw that I'm allowed to be happy. I actually didn't know that. || you're allowed to be happy",
    "I realized the depression isn't me. It's something I've been carrying. || the depression isn't you",
    "I saw the pattern. I push people away right when they get close. || you push people away when they get close",
    "I finally understood why I do what I do. || you understand why you do what you do",
    "I learned that I can feel terrible things and still be okay. || you can feel terrible things and still be okay",
    "I understood that my thoughts are just thoughts. They're not the truth. || your thoughts aren't the truth",
    "I saw my life from a distance and it was so much more than I thought. || your life is more than you thought",
]

# ----------------------------------------------------------------------------- integration

SINCE_BETTER = [
    "I've felt lighter. I don't know how else to [say it|put it|describe it]. || you've felt lighter",
    "It's been a good week. Actually good, not pretend good. || it's been genuinely good",
    "I'm not anxious anymore, or not like before. || the anxiety has eased",
    "I woke up and didn't dread the day. That hasn't happened in {span}. || you woke up without dread",
    "{partner} said I seem different. Like, they said it twice. || {partner} noticed a difference",
    "I laughed at something {child} said and it was real. || you laughed for real",
    "Colors are brighter. I know that sounds like a cliche. || things look brighter",
    "I've been sleeping. Like actually sleeping. || you've been sleeping",
    "I feel more like me than I have in years. || you feel more like yourself",
    "The voice is quieter. It's still there but it's quieter. || the voice is quieter",
    "I went to {place} for the first time in ages and I enjoyed it. || you enjoyed {place} again",
    "I cried a couple of times but it was the good kind of crying. || the crying has been the good kind",
]
SINCE_MIXED = [
    "It's been up and down. Some days are [great|really good] and some feel like before. || it's been up and down",
    "The first few days were amazing and then it kind of settled. || it settled after the first days",
    "I feel better, but I'm scared of it going away. || you feel better and you're scared it'll go",
    "I'm not sure. Something's different, I just can't tell if it's better yet. || something's different and you can't tell yet",
    "I had a hard day on {weekday}, but it didn't take me down the way it used to. || a hard day didn't take you down",
    "It's like the depression is still there but further away. || the depression is further away",
    "I'm [tired|wiped out|exhausted, honestly]. Processing, I guess. || you've been processing",
    "Better in the mornings, worse in the [evenings|late afternoon|evenings, like before]. || mornings are better than evenings",
]
SINCE_SAME = [
    "Honestly, not much has changed[ since|, not really|]. || not much has changed",
    "I keep waiting for the big shift and it hasn't come. || the big shift hasn't come",
    "It was a beautiful day, but I'm back to where I was. || you're back where you were",
    "I'm disappointed. I wanted it to fix me. || you're disappointed",
    "I'm {low}. Same as before. Maybe a little worse, actually. || you're {low}, maybe worse",
    "Everybody else in these studies gets better and I'm still here. || you feel left behind",
    "I don't feel any different. I'm sorry. || you don't feel different",
    "The experience was real but my life is the same. || your life is the same",
]

MEMORY = [
    "I keep [thinking about|coming back to|seeing] {image}[. It just comes back|, at random moments|]. || {image} keeps coming back",
    "The part I remember [most|best|most clearly] is [when I stopped fighting|the moment I stopped fighting it|when I finally let go]. || you remember when you stopped fighting",
    "I keep [replaying|going back to|hearing] the part with {music}[ in my head|]. || you keep replaying {music}",
    "Some of it's already [fading|getting blurry|slipping away], which [scares me|makes me nervous|I hate]. || some of it's fading",
    "I wrote [about ten|maybe twelve|a bunch of] pages the night after. I read them [every morning|most mornings|before bed]. || you wrote about it and keep rereading it",
    "There's one moment I can't stop thinking about, when I saw {parent}. || you can't stop thinking about seeing {parent}",
    "I [dream about it|have dreams about it|keep dreaming about it]. Not the same images, but the same [feeling|mood|kind of warmth]. || you dream the same feeling",
    "The room is [in my head|still with me]. I can close my eyes and I'm [back on the couch|right back in that room|on that couch again]. || you can be back in that room",
    "I think about [the fear part|the scary part|the beginning, the fear,] more than I expected[ to|]. || the fear part stays with you",
    "I keep remembering [how the hands felt|the hand on my shoulder|how warm the hands were]. || you remember the hands",
]

MEANING = [
    "I think it was showing me that {insight}. || it was showing you {insight}",
    "I'm trying to figure out what it meant [and not overthink it|without picking it apart|without turning it into homework]. || you're trying not to overthink it",
    "It wasn't about answers. It was about [feeling okay without them|being all right without them|not needing them so badly]. || it was about being okay without answers",
    "It's not like I learned something new. It's like I finally believed something [old|I already knew|people have been telling me for years]. || you finally believed something old",
    "I think the meaning is [simpler|more ordinary|less dramatic] than I want it to be. || the meaning is simpler than you want",
    "I don't think I need to understand [all of it|every part of it|it all right now]. || you don't need to understand all of it",
    "It made me think about what I actually care about, and it's not {work}. || what you care about isn't {work}",
    "It changed how I see {parent}. I'm less angry. || you're less angry with {parent}",
    "I'm still not sure it meant anything[, honestly|, to be honest|]. Maybe it was just [a drug|chemistry|my brain on a drug]. || you're not sure it meant anything",
    "I keep coming back to the word [forgiveness|gentleness|enough]. || that word keeps coming back",
]

CHANGE = [
    "I've started {change}. || you've started {change}",
    "Small stuff. Like {change}. || small things like {change}",
    "I'm {change} now, and it feels good, not like a chore. || {change} feels good now",
    "I made a point of {change} this week. || you made a point of {change}",
    "I called {friend}. We're getting coffee next week. || you called {friend}",
    "I told {partner} about the session. All of it. || you told {partner} all of it",
    "I cooked dinner [three|four|two] nights this week. That's new. || you've been cooking",
    "I went for a [walk|long walk|walk after dinner] without my phone[, twice|]. || you walked without your phone",
    "I went back to {place}. Just sat there. || you went back to {place}",
    "I've been [meditating|sitting quietly|doing the breathing] in the mornings, [ten minutes|five minutes|fifteen minutes], nothing fancy. || you've been meditating",
    "I've been journaling [every night|most nights|before bed]. || you've been journaling",
    "I [cleared out the spare room|cleaned out the garage|finally fixed the kitchen drawer|sorted the closet]. I know it sounds small. || you cleared something out",
    "I said no to something at {work} and the world didn't end. || you said no at work",
    "I hugged {child} for a long time and didn't let go first. || you hugged {child} for a long time",
]

CHALLENGE = [
    "Old habits come back [fast|quick|the minute I'm tired]. I caught myself [spiraling while {smallthing}|back in the old thoughts while {smallthing}]. || old habits come back fast",
    "The hard thing is going back to {work} like nothing happened. || going back to work like nothing happened is hard",
    "People don't really get it when I try to explain[. They nod|. They think it was a party drug thing|]. || people don't get it",
    "I'm afraid I'll lose it. Like it'll [wear off|fade like a tan|just drain away]. || you're afraid it will wear off",
    "{partner} and I had a fight and I felt the old stuff come right back. || a fight brought the old stuff back",
    "I had a night where I couldn't sleep and the voice was loud again. || the voice was loud one night",
    "I don't know how to hold on to it without clutching it. || you want to hold on without clutching",
    "I'm impatient. I want my whole life to change [right now|overnight|this week]. || you want everything to change now",
    "[Work|{work}] is the same and I'm different, and that's [weird|strange|hard to explain]. || you're different and work is the same",
    "I'm not sure who I am if I'm not [the depressed one|the sad one|the one who's struggling]. || you don't know who you are without the depression",
]

FUTURE_WORRY = [
    "What if it comes back? || you're worried it'll come back",
    "I'm scared of falling off the cliff again in a few months. || you're scared of falling again",
    "I'm worried about winter. Winter is always bad for me. || winter worries you",
    "I know there's {stressor} coming, maybe. I don't know how I'll handle that. || you're bracing for {stressor}",
    "I don't want to lose touch with this. || you don't want to lose touch with this",
    "I feel like the real test is six months from now. || the real test is later",
]

ENDING = [
    "It's weird to think this is the last one. || it's strange that this is the last one",
    "I'm going to miss coming here. || you'll miss coming here",
    "I'm going to keep writing things down. || you'll keep writing",
    "I'm ready, I think. Mostly. || you're mostly ready",
    "I don't feel ready to stop. || you don't feel ready",
    "I want to come back and tell you how it's going in a few months. || you want to tell us how it goes",
]

# ----------------------------------------------------------------------------- alliance language
# Rates depend on the latent alliance of the session (model.py).  POSITIVE phrases are
# bond, goals, task/collaboration and safety/trust; NEGATIVE ones are guarded or
# dismissive.  Several use negation on purpose ("nothing felt unsafe", "I don't feel
# safe yet") so negation handling in the alliance lexicon is exercised.

ALLIANCE_BOND = [
    "I feel understood, which honestly doesn't happen a lot.",
    "Thank you. That means a lot.",
    "Thank you for being patient with me.",
    "I really appreciate you saying that.",
    "You get it. I can tell you actually get it.",
    "I feel like you care, and I'm not used to that.",
    "It helps that it's you. I don't think I could do this with just anyone.",
    "I like talking to you. It's easy.",
    "You're really good at this, you know.",
    "I feel cared for here.",
    "Thank you for listening. I mean really listening.",
    "I feel respected here. Like I'm a person, not a case.",
    "I'm grateful you're the one doing this with me.",
    "It means something to me that you remembered that.",
    "You make it easier to say the hard stuff.",
]
ALLIANCE_GOALS = [
    "Yes, that's exactly what I want to work on.",
    "We're on the same page about that.",
    "That's the goal, yeah. You put it better than I did.",
    "I agree with that plan.",
    "That's what I came here for. You got it right.",
    "Yes. That's it. That's what matters to me.",
    "I think we want the same thing for me, which is a weird thing to say.",
    "I like that we agreed on that. It makes sense to me.",
]
ALLIANCE_TASKS = [
    "Let's do that.",
    "Okay, let's try it together.",
    "We can figure it out together, I think.",
    "I like how we're doing this, step by step.",
    "That makes sense. Let's go with that.",
    "We worked that out together and it feels right.",
    "I'm in. Let's keep going.",
    "I think the way we're doing this is working for me.",
]
ALLIANCE_SAFETY = [
    "I feel safe here.",
    "I trust you.",
    "I feel safe with you in the room.",
    "Nothing felt unsafe with you there.",
    "I'm not worried about you judging me. I know you won't.",
    "I trust this process more than I thought I would.",
    "I feel comfortable here, which surprises me.",
    "I didn't feel safe at first, but I do now.",
    "I know you've got me. That helps a lot.",
    "I'm not scared of being honest with you.",
]
ALLIANCE_NEGATIVE = [
    "I don't know if this is helping.",
    "I'm not sure you get it.",
    "I don't really feel safe yet.",
    "Honestly, I don't trust this process much.",
    "I'm just going through the motions here.",
    "I don't feel like you understand what it's like.",
    "I'm not sure we want the same thing.",
    "I don't see the point of this part.",
    "I'd rather not get into it with you.",
    "This feels like a checklist, honestly.",
    "I don't feel comfortable talking about that with you.",
    "I'm not convinced any of this matters.",
    "I'm not comfortable here yet.",
    "It's hard to trust people I just met, and I don't really trust this.",
]

# during the acute effects (dosing peak): present tense, presence and safety
ACUTE_SAFETY = [
    "I feel safe with you here.", "I trust you. I trust you.", "I'm okay because you're here.",
    "Stay close, okay? I feel safe when you're close.", "It's safe. I know it's safe.",
    "I'm not scared of you. I'm not scared of this room.", "Can you keep your hand there? That feels safe.",
    "I know you've got me.",
]
ACUTE_BOND = [
    "Thank you for being here.", "Thank you. Thank you for staying.", "I'm so glad it's you.",
    "You're so kind. Thank you.", "I can feel that you care. It helps.", "Thank you for not leaving.",
]
ACUTE_NEGATIVE = [
    "Don't touch me, please.", "I don't know if I trust this.", "I'd rather be alone right now.",
    "I don't want to talk to you right now.", "I don't feel safe with all of this.",
    "You don't understand what's happening to me.", "Can you stop talking? Please.",
]

# ----------------------------------------------------------------------------- ruptures

RUPTURE_FOLLOW = [
    "I'm trying to tell you something important.", "This is the thing that actually matters to me.",
    "It's about {event}. That's what I keep trying to say.", "Every time I get close to it you change the subject.",
    "I came here to talk about this.", "I've said it twice now.",
    "I don't want the short version, I want to actually talk about it.",
]
AFTER_REPAIR = [
    "Okay. Thank you. That actually helps.",
    "Yeah. I appreciate you saying that. Not everybody would.",
    "Okay. I feel heard now. Let me try again.",
    "Thanks. I was about to shut down, and I didn't.",
    "That's fair. I'm sorry I snapped. It's just important.",
    "Okay. Yeah. We're okay.",
    "I didn't expect you to apologize. That kind of changes things for me.",
]
WITHDRAW = [
    "Fine. Whatever you need to cover.",
    "Okay. Forget it. It doesn't matter.",
    "Sure. Go ahead with your list.",
    "I guess it doesn't matter what I think.",
    "Never mind. Let's just do the thing.",
    "Okay. I'll just answer the questions then.",
    "Right. Sure.",
    "I don't really want to talk about it anymore.",
]
