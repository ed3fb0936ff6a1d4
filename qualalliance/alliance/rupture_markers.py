"""Marker patterns for rupture and repair EVENTS (rupture_events.py), with their sources.

Written from the literature, not from any corpus's phrase pool:

* rupture markers after the Rupture Resolution Rating System (3RS; Eubanks, Muran &
  Safran 2015) and Safran & Muran (2000).  **Confrontation**: the participant complains
  about or voices concern with the therapist or the therapy's activities, rejects an
  intervention, defends themself against the therapist, or tries to control the
  therapist ("let me finish", "I need you to hear me").  **Withdrawal**: the
  participant moves away from the therapist or the work - refuses a topic, wants to
  leave or end the session, dismisses ("whatever").  The 3RS withdrawal markers that
  need a rater's sense of the whole exchange (minimal response, abstract talk,
  deferential appeasing, content/affect split) are NOT matched: as surface patterns
  they fire on a third of all turns (the old per-turn ``rupture_rate``), which is the
  noise issue #14 describes;
* repair strategies after the 3RS resolution strategies and Safran & Muran's
  immediate resolution: the therapist **apologises** or takes responsibility,
  **acknowledges** the participant's objection (validates, agrees, affirms their
  autonomy - Miller & Rollnick 2013, "rolling with" discord), **invites** the
  participant's view (metacommunication), or **returns** to the participant's topic;
* non-repairs (the responses 3RS rates as missing the marker): a **redirect** back
  to the therapist's agenda, a **protocol** reply, and **advice** given right after
  the participant said they need to be heard.

Patterns are applied to the normalised turn (``tokens.normalise``: lower case,
straight apostrophes, bracketed notes blanked), so offsets are the turn text's.
A pattern's first group, when it has one, is the evidence span; else the whole match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .tokens import sentences

YOU = r"(?:you|ya|u)"
YOURE = r"(?:you're|you are|you re|ur|u r|youre)"
DONT = r"(?:don't|do not|dont)"
NOT_VERB = r"(?:don't|do not|dont|didn't|did not|aren't|are not|weren't|were not|never)"
WANNA = r"(?:want to|wanna|wish to)"
IM = r"(?:i'm|i am|im)"


@dataclass(frozen=True)
class MarkerPattern:
    name: str        # the 3RS marker or strategy it stands for
    group: str       # confrontation | withdrawal (ruptures); a strategy or non-repair move (responses)
    pattern: re.Pattern

    def spans(self, norm: str) -> list[tuple[int, int]]:
        return [m.span(1) if m.re.groups and m.group(1) else m.span() for m in self.pattern.finditer(norm)]


def _p(name: str, group: str, *alternatives: str) -> MarkerPattern:
    return MarkerPattern(name, group, re.compile(r"\b(?:" + "|".join(alternatives) + r")(?![a-z'])"))


# ----------------------------------------------------------------------------- rupture markers
RUPTURE_PATTERNS: tuple[MarkerPattern, ...] = (
    # 3RS confrontation: complaints / concerns about the therapist
    _p("complaint_about_therapist", "confrontation",
       rf"{YOURE} (?:not|never) (?:really )?(?:listening|hearing)",
       # "you don't understand what's happening to me" in an acute experience voices its
       # ineffability (MEQ-30's ineffability scale; Barrett et al. 2015), not a complaint
       rf"{YOU} (?:don't|do not|dont|never|aren't|didn't) (?:even )?(?:listen|hear|understand|get it|get me|care)"
       r"(?! what(?:'s| is) happening| what i'm (?:seeing|feeling))",
       rf"{YOU} (?:keep|always|just keep) (?:changing|telling|asking|bringing|pushing|interrupting|cutting|"
       r"coming back|going back|\w+ing (?:away|back|off|past|around|over) (?:from|to|me|what|the))",
       rf"{YOURE} (?:just |always |only )?(?:rushing|pushing|pressuring|lecturing|judging|preaching|nagging|"
       r"not helping|changing the subject|ignoring)",
       rf"{YOU} (?:seem|seem to be|are|re) (?:\w+ )?(?:wanting|trying|determined|persistent|in a hurry)"
       r" (?:to rush|to push|to get|in making|to move)",
       rf"{YOU} (?:seem to |seem )?(?:just )?(?:want|wanna|wanting) to (?:rush|move on|get through|get to|push)",
       rf"(?:aren't|arent|are not) {YOU} (?:supposed|meant) to",
       rf"why (?:do|would|should) {YOU} (?:care|need to know|want to know|wanna know)",
       rf"{YOU} (?:just )?(?:want to|wanna) know my business",
       rf"{YOURE} (?:gonna|going to) (?:tell me|lecture|judge|give me a (?:row|lecture|hard time|telling off))",
       rf"do {YOU} (?:even |really )?(?:understand|get|know|realise|realize) how (?:hard|difficult)",
       rf"what (?:\w+ ){{0,3}}are {YOU} talking about",
       r"(?:none|not any|not really any|no) of your business",
       rf"{YOU} {DONT} know what {YOURE} talking about",
       r"that's not what i (?:said|meant|mean|was saying)",
       r"i(?:'ve)? (?:already told you|told you already|just told you)",
       r"who are you to",
       r"easy for you to say",
       r"stop (?:telling me|lecturing|pushing|nagging|judging)",
       ),
    # 3RS confrontation: complaints / concerns about the activities or progress of therapy
    _p("complaint_about_therapy", "confrontation",
       r"(?:this|it|that|these sessions?|therapy|talking) (?:isn't|is not|isnt|ain't|doesn't seem to be|"
       r"'s not|wasn't|is not really|isn't really) (?:working|helping|helpful)",
       r"what's the point(?: of (?:this|talking|these|coming))?(?=[ ,.!?]|$)",
       r"(?:a |such a )?waste of (?:my |our )?time",
       r"wasting (?:my|our) time",
       rf"(?:feel|feels|felt|feeling|i'm|i am|being|getting) (?:so |really |a bit |kind of |kinda )?"
       r"(?:pressured|rushed|lectured|judged|pushed)(?! (?:by|into) (?!you))",
       r"another lecture",
       r"(?:getting|i'm|i am|i feel|feeling) (?:kind of |kinda |a bit |really |so )?(?:annoyed|irritated|frustrated)"
       r"(?! (?:with|at|by|about) (?!you|this|that|being))",
       r"i (?:don't|do not) like (?:being told|lectures|being lectured)",
       ),
    # 3RS confrontation: rejects the intervention / defends self against the therapist
    _p("rejects_intervention", "confrontation",
       rf"i {DONT} (?:need|want) (?:any |your |a |more )?(?:advice|lecture|lectures|a discussion|to be told)",
       r"(?:it's|it is|its) my (?:choice|body|life|decision|call)(?! to make a| that)",
       rf"{IM} (?:gonna|going to) do what i want",
       rf"are {YOU} (?:serious|kidding|joking)",
       r"(?:i've|i have|i) heard it (?:all|before|all before)",
       r"i hear it from everybody",
       rf"{IM} not (?:a |an )?(?:complete |total )?(?:fool|idiot|child|kid)",
       ),
    # 3RS confrontation: efforts to control or pressure the therapist
    _p("controls_therapist", "confrontation",
       r"let me finish",
       rf"i (?:just )?need {YOU} to (?:hear|listen|understand|stop)",
       rf"(?:can|could|would|will) {YOU} (?:just |please )?(?:listen|hear me|let me)",
       r"(?:just |please )listen to me",
       ),
    # 3RS withdrawal: avoidance - refusing the topic the therapist raised
    _p("avoids_topic", "withdrawal",
       rf"i (?:really )?{DONT} (?:really )?(?:{WANNA}|feel like) (?:talk|talking|go there|get into|getting into|discuss|"
       r"hear|think) (?:about )?(?:that|this|it|any|my|the|right now|today|now|anything about|there)",
       rf"i (?:really )?{DONT} (?:really )?{WANNA} (?:go there|get into (?:it|that|this))",
       r"i(?:'d| would) (?:rather|prefer) not (?:talk|discuss|get into|go into|go there|say)",
       rf"(?:haven't|have not|don't|do not) (?:really )?(?:got |have )?(?:the )?time to (?:talk|discuss|go into)",
       r"can we (?:just )?(?:talk about something else|change the subject|skip (?:this|that))",
       r"(?:i'm|i am) not (?:ready|willing) to (?:talk|discuss|go into) (?:about )?(?:that|this|it)",
       ),
    # 3RS withdrawal: moves to end or leave the session
    _p("disengages", "withdrawal",
       r"can i (?:go|leave)(?: now)?(?=[ ,.!?]|$)",
       rf"{IM} (?:actually )?(?:gonna|going to) (?:go|leave)(?=\s*[,.!?]|\s*$|\s+now\b)",
       r"are we (?:done|finished)(?: here)?(?=[ ,.!?]|$)",
       rf"{IM} done (?:with this|here|talking)",
       rf"i {DONT} (?:really )?(?:{WANNA}) be here",
       rf"i {DONT} (?:even )?(?:know )?why i'm here",
       ),
    # 3RS withdrawal: dismissive "whatever" as its own clause ("but it-- whatever.")
    _p("dismisses", "withdrawal",
       r"(?:^|(?<=[.!?] )|(?<=- )|(?<=-))(whatever)(?=\s*(?:[.!?,]|$))",
       r"(?:i don't care|doesn't matter)(?= what you| anymore|\.|!|$)",
       ),
)

# ----------------------------------------------------------------------------- therapist responses
REPAIR_PATTERNS: tuple[MarkerPattern, ...] = (
    _p("apologise", "repair",
       r"(?:i'm |i am |i )?(?:so |really |very )?sorry(?! to hear| that you| you(?:'re| are) going)",
       r"i apologi[sz]e", r"my apologies", r"my mistake", r"my bad", r"forgive me",
       r"i didn't mean (?:to|that)", r"i shouldn't have", r"i was wrong",
       r"i wasn't listening",
       ),
    _p("acknowledge", "repair",
       r"you(?:'re| are) (?:absolutely |completely |quite )?right", r"fair enough", r"that's fair", r"good point",
       r"i hear you", r"i hear that", r"i (?:completely |totally )?understand(?! that (?:it|this) is)",
       r"i get (?:it|that)", r"makes sense", r"i agree",
       r"thank you for (?:telling|pointing|saying|letting|being honest|sharing that|that feedback)",
       r"(?:thanks|i appreciate) (?:you |your )?(?:telling|pointing|saying|honesty|being honest|letting)",
       r"that's not what i meant", r"i'm not saying", r"(?:not|n't) (?:trying to )?(?:give|giving) you a lecture",
       r"you're the (?:boss|expert)", r"nobody (?:can|has the right to) (?:make|tell) you",
       r"(?:it's|it is|that's|really is) (?:completely |entirely |totally )?(?:up to you|your (?:choice|decision|call))",
       r"i don't want to (?:push|lecture|rush|pressure|tell you what)",
       r"(?:at|go at|move at|take it at) (?:a|your) (?:own )?pace", r"slow (?:it |things )?down",
       r"we don't have to (?:talk about|go into|do)",
       r"we can (?:leave|come back to|set aside|put aside) (?:that|it|this)",
       ),
    _p("invite", "repair",
       r"what would you (?:like|prefer|rather|want) (?:to )?(?:talk about|focus on|do|discuss)",
       r"what(?:'s| is) (?:on your mind|important to you|most important to you)",
       r"tell me (?:more|what)", r"help me understand",
       r"did i get (?:that|it) right", r"(?:is that|am i) right\?", r"how does that sound",
       r"what do you think", r"is (?:that|this) (?:okay|ok|alright) (?:with you|for you)",
       ),
)

NON_REPAIR_PATTERNS: tuple[MarkerPattern, ...] = (
    _p("redirect", "redirect",
       r"let's (?:just )?(?:move on|get back to|go back to|come back to|return to|get on with)",
       r"(?:we|we've) (?:do |really |still |just )?(?:need|have|got|ought) to (?:move on|get through|get back|stay|stick|"
       r"keep|finish|cover|get to|do this|go through)",
       r"moving on", r"(?:^|(?<=[.!?] ))(?:anyway|anyways)(?=[ ,.])", r"back to (?:the|our|what we)",
       r"(?:but|so) first", r"before we run out of time",
       ),
    _p("protocol", "protocol",
       r"(?:the|our|this) (?:protocol|procedure|rules?|policy|guidelines|schedule|agenda|structure|format)"
       r"(?: is| says| requires| doesn't| does not| won't)",
       r"that's (?:just )?(?:how|the way) (?:it|this|things) (?:works?|is|goes|go)",
       r"it is what it is", r"(?:i'm|i am) (?:just )?(?:required|supposed|not allowed|not able) to",
       r"i have to (?:follow|stick to|do this|cover)", r"(?:there's|there is) nothing i can do",
       ),
)

ADVICE_PATTERNS: tuple[MarkerPattern, ...] = (
    _p("advice", "advice",
       r"you (?:should|need to|have to|must|ought to|could try|might try|might want to)",
       r"(?:why don't you|have you tried|have you thought about|i(?:'d| would) (?:suggest|recommend))",
       r"(?:try to|try and|it (?:might|may|could|would) help (?:to|if))",
       ),
)

# a rupture whose participant said this asked to be heard: advice after it is no repair
NEED_TO_BE_HEARD = re.compile(
    rf"(?:i (?:just )?need {YOU} to (?:hear|listen)|{DONT} need (?:any |your |more )?advice|"
    rf"just (?:hear|listen to) me|{YOURE} not (?:really )?(?:listening|hearing))")


# ConText (Harkema et al. 2009): a finding after a hypothetical trigger in its sentence is
# not asserted - "what if I don't want to talk about it afterwards?" refuses nothing yet
HYPOTHETICAL = re.compile(r"\b(?:what if|if|suppose|supposing|in case|imagine)\b")
# "I hear you, but ...": an acknowledgement taken back in its own sentence (Miller & Rollnick
# 2013: "but" discounts what came before it) is no repair
TAKEN_BACK = re.compile(r"\b(?:but|however)\b")
def _sentence_of(norm: str, pos: int) -> tuple[int, int]:
    """(start, end) of the sentence holding offset *pos* (tokens.sentences), else the whole turn."""
    return next(((a, b) for a, b in sentences(norm) if a <= pos <= b), (0, len(norm)))


def sentence_before(norm: str, start: int) -> str:
    """The part of *start*'s sentence before it."""
    return norm[_sentence_of(norm, start)[0]:start]


def sentence_after(norm: str, end: int) -> str:
    """The part of *end*'s sentence after it."""
    return norm[end:max(end, _sentence_of(norm, max(end - 1, 0))[1])]


def find(patterns: tuple[MarkerPattern, ...], norm: str) -> list[tuple[MarkerPattern, int, int]]:
    """(pattern, start, end) of every match in one normalised turn, in text order."""
    out = [(p, a, b) for p in patterns for a, b in p.spans(norm) if b > a]
    return sorted(out, key=lambda t: (t[1], t[2]))
