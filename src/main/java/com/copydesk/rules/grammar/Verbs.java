package com.copydesk.rules.grammar;

import java.util.Set;

/** Verb classes by what may follow them (lemmas). */
public final class Verbs {
  private Verbs() {}

  /** Verbs that introduce reported speech or thought, with or without "that". */
  public static final Set<String> REPORTING = Set.of("say", "tell", "add", "claim", "believe", "think",
      "warn", "argue", "insist", "suggest", "report", "state", "admit", "confirm", "deny", "estimate", "expect",
      "predict", "fear", "hope", "know", "feel", "reveal", "show", "indicate", "mean", "note", "stress",
      "explain", "agree", "acknowledge", "assert", "allege", "complain", "conclude", "declare", "discover",
      "find", "hear", "learn", "notice", "realise", "realize", "recall", "recognise", "reckon", "see",
      "signal", "suspect", "understand", "worry", "concede", "maintain", "observe", "reply", "emphasise",
      "emphasize", "forecast", "announce", "demonstrate", "prove", "ensure", "guarantee", "imply", "assume",
      "accept", "decide", "determine", "judge", "rule", "testify", "write", "mention", "remark", "hint",
      "speculate", "calculate", "guess", "doubt", "comment", "point", "urge", "caution", "inform", "assure",
      "advise", "remind", "convince", "persuade", "promise", "threaten", "vow", "pledge", "swear", "bet");

  /** Verbs of saying and thinking that take a clause but hardly ever a plain noun-phrase object. */
  public static final Set<String> CLAUSE_ONLY_REPORTING = Set.of("say", "claim", "believe", "think", "warn",
      "argue", "insist", "add", "stress", "hope", "fear", "feel", "reckon", "suspect", "maintain", "assert",
      "contend", "concede", "predict", "suggest", "mean", "agree", "conclude", "guess", "bet", "realise",
      "realize", "worry", "complain", "explain", "indicate", "emphasise", "emphasize", "allege", "testify",
      "speculate", "state", "declare", "reply", "remark", "hint", "acknowledge", "admit", "imply", "assume",
      "tell", "inform", "assure", "remind", "convince", "persuade", "promise", "vow", "pledge", "swear",
      "note", "observe", "understand", "learn", "hear", "estimate", "calculate", "forecast", "doubt", "know");

  /**
   * Transitive verbs that are (almost) never used without an object, so a past form of them with no
   * object after it must be passive ("the trial suspended when ...", "flights affected for an hour").
   */
  public static final Set<String> TRANSITIVE = Set.of("accuse", "acquire", "adopt", "affect", "allocate", "appoint", "approve", "arrest", "assess", "award",
      "ban", "base", "book", "brand", "build", "buy", "cancel", "capture", "cause", "charge", "cite",
      "commission", "complete", "conduct", "consider", "convict", "create", "criticise", "criticize", "damage",
      "deport", "design", "destroy", "detain", "discover", "dismiss", "elect", "employ", "enforce", "expel",
      "fine", "fund", "grant", "hire", "hospitalise", "hospitalize", "identify", "impose", "injure",
      "interview", "investigate", "involve", "issue", "jail", "kill", "label", "launch", "link", "list",
      "locate", "market", "name", "nominate", "overturn", "own", "place", "postpone", "prosecute", "publish",
      "quote", "rank", "reject", "remove", "rename", "replace", "rescue", "reserve", "restrict", "sack",
      "schedule", "seize", "select", "sentence", "slaughter", "stage", "steal", "suspend", "target",
      "transfer", "unveil", "use", "value", "veto", "view", "wound", "allege", "ask", "axe", "back", "bar",
      "beat", "blame", "bury", "clear", "close", "compile", "condemn", "confiscate", "construct", "cut",
      "defeat", "delay", "demolish", "deny", "deploy", "diagnose", "draft", "drop", "dub", "educate",
      "embroil", "endorse", "engulf", "establish", "evacuate", "exclude", "expect", "export", "feature",
      "finance", "force", "found", "free", "give", "halt", "hand", "handle", "hold", "honour", "honor",
      "house", "import", "include", "inspire", "install", "introduce", "invite", "jeopardise", "kidnap",
      "leave", "lift", "limit", "loan", "lure", "manufacture", "mark", "murder", "nickname", "offer", "oppose",
      "order", "pardon", "pay", "pick", "plague", "position", "praise", "prevent", "produce", "promote",
      "protect", "punish", "purchase", "question", "raid", "rate", "re-elect", "recognise", "recognize",
      "recruit", "reduce", "refer", "register", "relegate", "release", "renew", "rent", "repair", "require",
      "restore", "reward", "rule", "scrap", "seed", "send", "shelve", "sign", "sink", "spot", "spread",
      "strip", "subject", "sue", "summon", "support", "surround", "suspect", "take", "tax", "test", "tip",
      "train", "treat", "try", "underpin", "upgrade", "vandalise", "vote", "waive", "warn", "watch", "write",
      "hit", "set", "put", "shut", "bid", "let", "quit", "shed", "spend", "sell", "find", "see", "know",
      "show", "make", "call", "entitle", "equip", "fit", "fix", "freeze", "hail", "hurt", "inject", "insure",
      "keep", "lose", "miss", "move", "note", "nurture", "open", "post", "prompt", "rebuild", "recall",
      "record", "repeat", "report", "represent", "reproduce", "sponsor", "stamp", "store", "strike", "tackle",
      "tie", "time", "track", "trade", "transport", "turn", "wreck", "detect", "announce", "anticipate",
      "confirm", "reveal", "disclose", "downgrade", "dismantle", "raise", "peg", "shortlist", "sideline",
      "overshadow", "recapture", "recover", "retain", "snub", "tarnish", "abandon", "trap", "acquit",
      "adjourn", "advertise", "amend", "assassinate", "assign", "attach", "attribute", "auction", "authorise",
      "authorize", "bankrupt", "bomb", "boost", "brief", "broadcast", "burgle", "cap", "catch", "censor",
      "certify", "clone", "commemorate", "commend", "compensate", "conceive", "confine", "consult", "crown", "cure", "curtail", "deliver", "depose", "deprive", "derail", "devalue", "discharge",
      "discontinue", "dispatch", "display", "dissolve", "distribute", "dope", "dump", "entrust", "erect",
      "evict", "execute", "exempt", "expose", "extradite", "flood", "hijack", "host", "ignore", "imprison",
      "inaugurate", "inherit", "inspect", "invade", "invent", "knight", "lease", "license", "loot", "massacre",
      "mention", "nationalise", "nationalize", "obtain", "occupy", "organise", "organize", "outlaw",
      "overhaul", "overrule", "paint", "patent", "persuade", "photograph", "plant", "plunder", "poison",
      "preserve", "privatise", "privatize", "prohibit", "quash", "ratify", "reclaim", "redesign", "reinstate",
      "relocate", "renovate", "repatriate", "repeal", "reprimand", "restructure", "revamp", "revoke", "rob",
      "sanction", "screen", "smuggle", "stab", "staff", "subsidise", "subsidize", "supply", "televise",
      "torture", "transplant", "undermine", "uphold", "videotape", "print", "film", "abduct", "ambush",
      "assault", "attack", "batter", "bless", "bribe", "chase", "cheat", "choose", "clean", "collect", "crush",
      "defend", "describe", "draw", "edit", "enlarge", "examine", "fire", "follow", "forgive", "frame", "hunt",
      "interrogate", "isolate", "judge", "marry", "nurse", "oust", "ridicule", "ruin", "search",
      "shoot", "skip", "threaten", "trick", "accompany");

  /**
   * Verbs often used without an object ("shares rose in early trading", "he won at Wimbledon", "she
   * decided to stay"), so a past form followed by no object may be active.
   */
  public static final Set<String> INTRANSITIVE = Set.of("arrive", "come", "go", "leave", "return", "die", "happen", "occur", "rise", "fall", "grow", "increase",
      "decrease", "decline", "drop", "climb", "jump", "surge", "soar", "slump", "plunge", "tumble", "slip",
      "slide", "ease", "edge", "gain", "lose", "rally", "recover", "improve", "worsen", "deteriorate",
      "change", "move", "shift", "stay", "remain", "live", "work", "play", "win", "finish", "end", "start",
      "begin", "open", "close", "continue", "stop", "retire", "resign", "quit", "step", "stand", "sit", "lie",
      "run", "walk", "travel", "fly", "sail", "swim", "race", "compete", "score", "wait", "act", "react",
      "respond", "agree", "disagree", "vote", "speak", "talk", "reply", "complain", "protest", "testify",
      "appear", "disappear", "emerge", "exist", "matter", "count", "fail", "succeed", "survive", "suffer",
      "struggle", "fight", "battle", "argue", "campaign", "lobby", "strike", "collapse", "crash", "explode",
      "burn", "sink", "float", "expand", "shrink", "contract", "merge", "settle", "trade", "invest", "spend",
      "pay", "borrow", "lend", "sell", "perform", "sing", "dance", "write", "read", "eat", "drink", "smoke",
      "sleep", "wake", "laugh", "cry", "smile", "shine", "break", "burst", "split", "differ", "vary", "range",
      "stretch", "last", "hold", "apply", "qualify", "graduate", "marry", "cooperate", "collaborate",
      "participate", "intervene", "interfere", "withdraw", "advance", "progress", "proceed", "develop",
      "evolve", "mature", "peak", "tie", "draw", "lead", "trail", "push", "press", "pull", "shoot", "fire",
      "aim", "train", "practise", "practice", "prepare", "celebrate", "gather", "meet", "rush", "hurry",
      "head", "turn", "spin", "roll", "shake", "bounce", "rebound", "plummet", "dip", "firm", "strengthen",
      "weaken", "soften", "harden", "widen", "narrow", "deepen", "slow", "speed", "accelerate", "stabilise",
      "stabilize", "boom", "flourish", "thrive", "prosper", "sag", "crumble", "fade", "vanish", "cease",
      "resume", "restart", "reopen", "operate", "function", "depend", "rely", "insist", "consist", "belong",
      "relate", "result", "stem", "derive", "originate", "benefit", "profit", "contribute", "donate", "delay",
      "hesitate", "pause", "wonder", "worry", "care", "hope", "wish", "dream", "think", "believe", "know",
      "understand", "learn", "forget", "remember", "notice", "listen", "look", "watch", "see", "hear", "feel",
      "sound", "seem", "become", "get", "expect", "want", "need", "decide", "try", "plan", "manage", "refuse",
      "promise", "threaten", "offer", "volunteer", "intend", "seek", "attempt", "tend", "choose", "prefer",
      "deserve", "afford", "arrange", "claim", "pledge", "vow", "say", "tell", "add", "explain", "answer",
      "ask", "call", "visit", "serve", "help", "cook", "drive", "ride", "kick", "pass", "tackle", "defend",
      "attack", "bowl", "bat", "box", "wrestle", "sprint", "jog", "skate", "ski", "row", "cycle", "dive",
      "land", "shop", "air", "premiere", "tour", "chart", "top", "debut", "bid", "tender", "report", "comment",
      "admit", "confess", "concede", "surrender", "abstain", "recede", "subside", "waver", "falter", "stall",
      "stumble", "prevail", "triumph", "excel", "sparkle", "star", "feature", "figure", "total", "amount",
      "number", "average", "rank", "rate", "cross", "enter", "exit", "join", "follow", "precede", "pitch",
      "sign", "commit", "rest", "heal", "double", "triple", "halve", "level", "bottom", "scrape", "sneak",
      "squeeze");

  /** Verbs whose passive takes a to-infinitive ("was forced to go", "is thought to be"). */
  public static final Set<String> PASSIVE_WITH_INFINITIVE = Set.of("force", "ask", "tell", "urge", "allow",
      "order", "persuade", "encourage", "invite", "require", "permit", "oblige", "compel", "advise",
      "instruct", "appoint", "elect", "set", "schedule", "say", "think", "believe", "report", "know",
      "understand", "rumour", "rumor", "suppose", "consider", "estimate", "forecast", "predict", "project",
      "slate", "tip", "design", "mean", "make", "find", "reckon",
      "authorise", "authorize", "press", "pressure", "pressurise", "forbid", "ban", "bar", "empower",
      "entitle", "recruit", "hire", "pick", "select", "choose", "name", "nominate", "summon", "drafted",
      "draft", "assign", "contract", "engage", "commission", "employ", "deploy", "send", "bring", "brought",
      "claim", "alleged", "allege", "feared", "fear", "presume", "assume", "judge", "declare", "acknowledge");

  /** Verbs that take a "by" phrase without being passive ("stood by", "rose by 5%", "began by"). */
  public static final Set<String> BY_INTRANSITIVE = Set.of("stand", "pass", "go", "come", "stop", "drop",
      "abide", "swear", "live", "travel", "walk", "fly", "sail", "drive", "ride", "run", "move", "get", "sit",
      "lie", "hang", "pop", "call", "swing", "rise", "fall", "grow", "increase", "decrease", "decline",
      "climb", "jump", "surge", "soar", "slump", "plunge", "tumble", "slip", "ease", "edge", "rally");

  /** Verbs that must say whom they address, so a clause straight after them means a passive. */
  public static final Set<String> TELL_WHOM = Set.of("tell", "inform", "assure", "remind", "notify",
      "reassure");

  /**
   * Verbs whose passive takes a bare complement ("was named young player of the year", "is considered
   * vital", "was ranked number three"); the active needs an object first ("named him ...").
   */
  public static final Set<String> PASSIVE_WITH_COMPLEMENT = Set.of("name", "appoint", "elect", "crown", "vote",
      "dub", "rank", "rate", "consider", "deem", "declare", "judge", "call", "label", "brand", "voted", "hail",
      "nominate", "title", "christen", "nickname", "seed", "list", "pronounce", "certify");

  /** Phrasal verbs that are passive with their particle and no object ("was forced off", "was snapped up"). */
  public static final Set<String> PHRASAL_PASSIVE = Set.of("force", "call", "knock", "rule", "carry", "hand",
      "cut", "ship", "lock", "shut", "write", "wipe", "charge", "snap", "buy", "scale", "water", "phase",
      "rope", "seal", "sideline", "send", "sort", "sweep", "wash", "beat", "block", "bring", "kick", "bail",
      "fend", "ward", "strike", "chalk", "shore", "prop", "pencil", "tone", "play", "pass");

  /**
   * Verbs whose passive describes a state rather than an event ("is based in", "is known for", "is
   * controlled by"), so without other clues the present fits.
   */
  public static final Set<String> STATIVE_PASSIVE = Set.of("know", "control", "own", "base", "locate",
      "situate", "dominate", "govern", "link", "relate", "connect", "involve", "compose", "entitle", "expect",
      "schedule", "set", "suppose", "think", "believe", "say", "consider", "see", "regard", "estimate",
      "value", "price", "list", "rank", "rate", "intend", "mean", "require", "allow", "need",
      "concern", "worry", "interest", "oblige", "call", "name", "hold", "run", "manage", "back",
      "support", "fund", "finance", "tip", "rumour", "aim", "target", "tie", "forecast", "predict", "project",
      "due", "drive", "share", "match", "headline", "star", "feature", "judge", "delight", "please",
      "surprise", "disappoint", "satisfy", "excite", "thrill", "determine", "convince", "encourage",
      "impress", "commit", "dedicate", "prepare", "qualify", "equip", "frustrate", "sadden", "relieve");

  /** Verbs whose passive is typically followed by "as" ("was named as", "is seen as"). */
  public static final Set<String> PASSIVE_WITH_AS = Set.of("name", "describe", "see", "regard", "view",
      "consider", "know", "label", "brand", "hail", "appoint", "choose", "elect", "rank", "list", "bill",
      "cast", "dub", "tout", "tip", "identify", "class", "classify", "confirm", "install", "reappoint",
      "portray", "depict", "characterise", "characterize", "recognise", "recognize", "perceive", "treat",
      "criticise", "criticize", "praise", "sack", "replace", "unveil", "introduce", "announce", "present");

  /** Nouns after "by" that give means or manner, not an agent ("by train", "by phone"). */
  public static final Set<String> BY_MANNER = Set.of("train", "bus", "car", "air", "road", "sea", "rail", "plane", "boat", "foot", "email", "e-mail",
      "phone", "telephone", "post", "mail", "hand", "fax", "law", "mistake", "accident", "chance", "default",
      "design", "far", "now", "then", "nature", "name", "heart", "contrast", "comparison", "way", "night",
      "day", "itself", "himself", "herself", "themselves", "myself", "yourself", "ourselves", "virtue",
      "means", "dint", "coincidence", "proxy", "satellite", "video", "text", "letter", "ship", "helicopter",
      "taxi", "bike", "bicycle", "coach", "ferry", "tradition", "definition", "injury", "instinct");
}
