package extract

// The cue lexicons. They describe how English articles talk about a film
// sequel in general; none is taken from one article. Title is the film the
// knowledge base is about.
const title = `purple[\s-]+hearts?`

func re(s string) *cue { return compile(`(?i)` + s) }

var (
	// A mention of the sequel itself.
	reSequel = re(`\b` + title + `\s*(?:[:,]?\s*)?(?:2|ii|two|part\s*(?:2|ii|two)|season\s*(?:2|two)|sequel)\b|\b(?:the|a|this|its|upcoming|new|potential|possible)\s+(?:\w+\s+)?(?:sequel|follow[\s-]?up)\b|\bsequel\b|\bfollow[\s-]?up\b|\bpart\s+(?:2|two|ii)\b|\bseason\s+(?:2|two)\b|\bsecond\s+(?:film|movie|installment|instalment|chapter|part|outing)\b|\bthe\s+next\s+(?:film|movie|chapter)\b`)
	// A mention of the original film.
	reOriginal = re(`\b(?:the\s+original(?:\s+film|\s+movie)?|the\s+first\s+(?:film|movie|one|installment|instalment)|the\s+2022\s+(?:film|movie|hit)|2022'?s|in\s+2022|season\s+(?:1|one)|first\s+season|the\s+(?:og|predecessor)|its\s+predecessor|the\s+book|the\s+novel|(?:july\s+)?2022)\b`)
	// Past-tense narration typical of the original film's description.
	reOriginalPast = re(`\b(?:followed|starred|was\s+(?:\w+\s+)?released|debuted|premiered\s+in\s+2022|arrived\s+in\s+2022|racked\s+up|became\s+one|was\s+based|is\s+based|ended\s+(?:on|with)|million\s+hours|hours\s+viewed|been\s+watched|most[\s-]watched)\b`)

	// Hedges: the sentence does not state its claim as fact.
	reHedge = re(`\b(?:could|might|may|would|rumou?r(?:s|ed)?|reportedly|allegedly|supposedly|speculat\w*|whispers?|leak(?:s|ed)?|insiders?|theor(?:y|ies|ize)|fan[\s-]?made|hope(?:s|d|fully)?|hoping|wish(?:es)?|possib(?:le|ly|ility)|potential(?:ly)?|likely|unlikely|perhaps|maybe|if\b|whether\s+(?:or\s+not|there|netflix|a|the|it|we|purple|they|fans|this|that|he|she)\b|expected\s+to|tipped\s+to|said\s+to\s+be|appears?\s+(?:poised|set|to)|seems?|suggests?|suggesting|manifest\w*|fingers\s+crossed|open\s+to|would\s+love|wants?\s+to|in\s+talks|talks\s+(?:are|were)\s+happening|conversations|imagine|predict\w*|petition\w*|demand\w*|what\s+if|teased|hints?|hinted|hinting|unconfirmed|claim(?:s|ed|ing)?|purport\w*|fantasy\s+cast\w*|dream\s+cast\w*|wish[\s-]?list|fans\s+(?:want|wish|would\s+love|are\s+(?:calling|begging|asking|pushing|campaigning))|(?:calling|begging|campaign(?:ing)?)\s+for)\b`)
	// Hedges that govern the rest of a paragraph when they open it.
	reParaHedge = re(`^(?:[^.]{0,60}\b)?(?:leak(?:s|ed)?|rumou?rs?|whispers|speculation|insiders|theories|fan\s+theories|unconfirmed\s+reports|reports\s+suggest|word\s+is|gossip)\b`)
	// Headings that make what follows speculative.
	reHedgeHeading = re(`\b(?:potential|possible|predict\w*|theor\w*|speculat\w*|what\s+(?:could|might|would)|rumou?r\w*|wish\s*list|if\s+)`)

	// Denials: nothing official exists.
	reDeny = re(`\b(?:(?:has|have|had)\s*(?:not|n't|n’t)\s+(?:yet\s+)?(?:been\s+)?(?:officially\s+)?(?:confirm|announc|greenl|green-l|green\s+l|renew|order|approv|greenlit|released?\b|picked\s+up\b|commented\b)\w*|(?:is|was|are|were)\s*(?:not|n't|n’t)\s+(?:yet\s+)?(?:officially\s+)?(?:confirmed|announced|greenlit|green-lit|renewed|happening|in\s+production|in\s+development|in\s+the\s+works|official)|(?:does|do)\s*(?:not|n't|n’t)\s+(?:yet\s+)?exist|(?:remained|remains|remain|stayed|stays|kept|keeping|has\s+been|have\s+been)\s+(?:quiet|silent|tight[\s-]lipped|mum)\s+(?:about|on|regarding)\s+(?:(?:a|the|any)\s+)?(?:(?:possible|potential|new)\s+)?(?:sequel|follow|second|purple|plans|part)|no\s+(?:officially\s+)?(?:confirmed|announced|official)\s+(?:purple|sequel|follow|second|part)|no\s+(?:official\s+)?(?:confirmation|announcement|word|news|update|plans?|greenlight|green\s+light|release\s+date|sequel\s+(?:has|is))|yet\s+to\s+(?:be\s+)?(?:officially\s+)?(?:confirm|announce|greenlight|green-light|renew|drop|release|reveal|give)\w*|remains?\s+(?:elusive|unconfirmed|unannounced|a\s+mystery|uncertain)|nothing\s+(?:[\w-]+\s+)?(?:is|has\s+been|was)\s+(?:official|confirmed|announced|set\s+in\s+stone|decided|planned|in\s+the\s+works|in\s+development)|(?:lack|absence)\s+of\s+(?:an?\s+)?(?:official\s+)?(?:confirmation|announcement|news)|not\s+(?:been\s+)?(?:officially\s+)?(?:confirmed|announced|greenlit)|\bno\s+(?:[\w-]+,?\s+){0,6}(?:has|have)\s+(?:yet\s+)?been\s+(?:officially\s+)?(?:announced|confirmed|set|revealed|released)|haven't\s+landed\s+on|(?:is|'s|’s)\s+not\s+(?:currently\s+|yet\s+)?the\s+case|no\s+such\s+thing\s+as|(?:has|have)\s*(?:not|n't|n’t)\s+(?:yet\s+)?(?:signal|indicat)\w*|won't\s+rule\s+(?:it|anything)\s+out|remained\s+coy|no\s+sequel|there\s+is\s+no\s+(?:second|sequel)|isn't\s+happening|until\s+(?:an|then)\b|as\s+of\s+(?:now|yet|right\s+now|this\s+writing),?\s+(?:there\s+is\s+)?no)`)
	// Debunking words: the article calls a circulating claim false.
	reDebunk = re(`\b(?:(?:is|are|was|were|looks?|seems?)\s+(?:\w+\s+)?(?:fake|false|fan[\s-]made|not\s+real|fabricated|doctored|ai[\s-]generated|a\s+hoax)|(?:fake|false|bogus|phony|fabricated|doctored|photoshopped)\s+(?:[\w-]+\s+){0,2}(?:posters?|trailers?|news|reports?|images?|accounts?|leaks?|dates?|announcements?|casting|posts?|pages?|stor(?:y|ies)|rumou?rs?|claims?|videos?|clips?)|hoax\w*|debunk\w*|clickbait|misleading|misinformation|disinformation|forger(?:y|ies)|don't\s+believe|do\s+not\s+believe|not\s+(?:true|accurate))\b`)

	// Positive statements that the sequel exists or is being made.
	reGreenlit   = re(`\b(?:officially\s+)?(?:greenlit|green-lit|greenlights?|green-lights?|greenlighted|(?:been|is|was|officially)\s+renewed|renewed\s+for|(?:been|is|was|officially)\s+ordered|given\s+the\s+(?:green\s+light|go-ahead))\b|\b(?:officially|has|have|was|been|is|are|now)\s+(?:been\s+)?(?:confirmed|announced)\b|\b(?:confirmed|announced|unveiled|revealed)\s+(?:a|the|that)\s+(?:\w+\s+){0,3}(?:sequel|follow[\s-]?up|part|second)|\bofficially\s+(?:happening|confirmed|coming|on|a\s+go)\b|\bconfirmed\s+the\s+news\b|\bis\s+(?:officially\s+)?happening\b|\bis\s+(?:getting|coming|back)\b|\bgetting\s+a\s+(?:second|sequel)|\b(?:announc(?:ed|es)|confirm(?:ed|s)|unveil(?:ed|s)|order(?:ed|s))\s+(?:that\s+)?` + title + `\s*(?:2|ii|two|part\s*(?:2|ii|two))\b|\bsince\s+its\s+announcement\b|\b(?:release\s+date|premiere\s+date)\s+(?:is\s+)?(?:finally\s+)?(?:revealed|announced|confirmed|set|locked)\b|\blocked\s+(?:in\s+)?for\b|\b(?:renewed|ordered|greenlit|green-lit)\s+` + title + `\s+for\s+(?:a\s+)?(?:sequel|second|part)|\b(?:2|ii|two|sequel|follow[\s-]?up|film|movie)\s+(?:is|are)\s+(?:now\s+)?(?:officially\s+)?in\s+(?:the\s+works|development|pre-production)\b|\bis\s+(?:now\s+)?official\b|\bthe\s+announcement\b|\b(?:moving\s+(?:forward|ahead)\s+with|(?:is|are)\s+(?:developing|making|producing)|(?:has|have)\s+(?:set|ordered|commissioned))\s+(?:a|the|its)\s+(?:\w+\s+){0,2}(?:sequel|follow[\s-]?up)|\b(?:sequel|follow[\s-]?up)\s+(?:is\s+)?(?:officially\s+)?(?:set|in\s+(?:development|the\s+works))\s+(?:at|with|for)\b`)
	reProduction = re(`\b(?:(?:in|into|entered|began|begins|started|starts|start)\s+(?:official\s+)?(?:production|filming|shooting|pre-production|post-production)|production\s+(?:has\s+)?(?:began|begins|started|starts|start|kicks?\s+off|kicked\s+off|is\s+underway|wrapped|underway|(?:is\s+)?(?:set|scheduled|slated|due|expected)\s+to\s+(?:begin|start|get\s+underway))|filming\s+(?:has\s+)?(?:began|begins|started|starts|kicks?\s+off|kicked\s+off|is\s+underway|wrapped|underway|will\s+take\s+place|took\s+place)|(?:wrapped|wraps)\s+(?:principal\s+)?(?:photography|filming|production|shooting)|principal\s+photography|set\s+photos|(?:is|are)\s+(?:now\s+|currently\s+)?(?:filming|shooting)\b|(?:filming|production|shooting)\s+(?:on|of|for)\s+(?:[\w-]+\s+){1,4}(?:has\s+)?(?:wrapped|begun|began|started|kicked\s+off|(?:is\s+)?underway))`)
	// The sequel already came out.
	reReleased = re(`\b(?:since\s+its\s+(?:release|premiere|debut)|(?:arrived|premiered|debuted|dropped|landed|was\s+released|released|hit\s+netflix|hit\s+screens)\s+(?:on|in)\s+(?:netflix|the\s+stream\w*|screens|theaters|theatres|(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\w+\s+\d)|(?:is|are)\s+(?:now\s+)?(?:streaming|available|out)\s+(?:now|on)|(?:the\s+)?sequel\s+is\s+(?:finally\s+)?here|(?:2|ii|two|sequel|film|movie)\s+is\s+(?:finally\s+|officially\s+)?here\b|(?:premiered|debuted|dropped|arrived|landed)\s+(?:last\s+(?:night|week|month|friday|weekend)|yesterday|earlier\s+this\s+(?:week|month))|(?:unleashed|released|dropped|debuted|premiered)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}` + title + `\s*(?:2|ii|two|part\s*(?:2|ii|two)|season\s*(?:2|two))\b|now\s+streaming|(?:can|could)\s+(?:now\s+)?(?:watch|stream)\s+it\s+now|(?:is|are)\s+(?:now\s+)?available\s+to\s+(?:stream|watch)|viewers\s+(?:have\s+)?(?:praised|loved|watched)|critics\s+(?:have\s+)?(?:praised|called)|the\s+ending\s+(?:is|was)|delivers\s+a|since\s+it\s+(?:came\s+out|premiered|dropped))\b`)
	// A release in the future tense or upcoming.
	reUpcoming = re(`\b(?:will|upcoming|coming|set\s+(?:to|for)|slated|scheduled|expected|eyeing|targeted|targeting|poised|ahead\s+of|mark\s+your\s+calendars?)\b`)

	// Words that tie a date to a release.
	reReleaseCue    = re(`\b(?:return(?:s|ing)?\s+(?:to\s+netflix\s+)?(?:on|in)\b|releas\w*|premier\w*|debut\w*|drop(?:s|ped|ping)?|arriv\w*|land(?:s|ing|ed)?|hit(?:s|ting)?\s+(?:netflix|screens|theaters|theatres)|stream(?:s|ing)?|out\s+(?:on|in)|mark\s+your\s+calendars?|launch\w*|bow\w*|coming\s+to\s+netflix|on\s+netflix|in\s+theaters|(?:onto|to)\s+(?:the\s+)?(?:streamer|streaming\s+(?:giant|service|platform)))\b`)
	reAnnounceCue   = re(`\b(?:announc\w*|bombshell|confirmed\s+the\s+news|unveil\w*|revealed?|reveal\w*|tudum|teaser|trailer|greenl\w*|green-l\w*|news\s+broke|broke\s+the\s+news)\b`)
	reProductionCue = re(`\b(?:production|filming|film(?:s|ed)?\s+in|shoot(?:ing)?|shot|wrap(?:s|ped)?|principal\s+photography|cameras\s+roll\w*|begin\s+filming|on\s+set)\b`)

	// Cast cues: someone is in the film.
	reCastCue = re(`\b(?:starring|reprise\w*|return\w*|back\s+(?:as|in|for)|are\s+back|is\s+back|['’]s\s+back|cameos?|joins?|joined|joining|new\s+(?:faces|blood|additions?)|played\s+(?:once\s+again|again)\s+by|set\s+to\s+reprise|expands?\s+with|reunite\w*|cast\s+(?:includes?|expands?|features?|list)|(?:returning|new|main|the)\s+cast|casting|lead\s+roles?)`)
	// Weak cast cues count only in a sentence that names the sequel.
	reCastCueWeak = re(`\b(?:stars?|starr?s|co-?stars?|cast\b|plays?|playing|portray\w*|roles?\b|features?\b|alongside)`)
	// Crew cues: the person is behind the camera.
	reDirectorCue = re(`\b(?:director|directed\s+by|helmed\s+by|helm\w*|directs|directing|(?:to|will|would)\s+direct)\b`)
	reCrewCue     = re(`\b(?:writer|screenwriters?|penned\s+by|scribe|written\s+by|(?:script|screenplay|story)\s+by|co-?writ\w*|producers?|produced\s+by|co-?produced\s+(?:with|by)|engineered\s+by|composer|showrunner|executive|exec\b|head\s+of|chief|ceo|novel|author|book\s+by|netflix's|netflix’s|told|said|says|tweeted|posted)\b`)

	// Relationship at the start of the sequel's story.
	reTogether = re(`\b(?:married|newlyweds?|husband|wife|their\s+marriage|now\s+(?:married|together)|building\s+(?:the|a)\s+life|domestic\s+bliss|as\s+a\s+couple|cohabitation|living\s+together|post-vows|their\s+vows|married\s+life)\b`)
	reApart    = re(`\b(?:parted\s+ways|apart|separated|broke\s+up|estranged|divorc\w*|first\s+(?:face-to-face\s+)?(?:meeting|encounter)\s+(?:since|in)|reunit\w*\s+after|brings?\s+them\s+(?:back\s+)?together(?:\s+again)?)\b`)
	// "three years later", "two years after the wedding".
	reGap = re(`\b(?:(one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|\d+)\s+years?\s+(?:later|on\b|after\s+(?:the|their|his|her)\s+(?:[\w-]+\s+){0,2}(?:events?|wedding|marriage|reunion|return|end|finale|first|original))|fast[\s-]forward\s+(one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|\d+)\s+years?)`)
	// Story words: the sentence narrates the sequel's plot.
	rePlotCue = re(`\b(?:picks?\s+up|follows?|finds?\s+(?:herself|himself|themselves)|storyline|plot|logline|synopsis|the\s+story|navigat\w*|grappl\w*|struggl\w*|battles?|juggl\w*|confront\w*|explor\w*|forc\w+\s+(?:them|her|him)|reunion|tests?\s+(?:their|the)|twists?|arc\b|now\s+a)\b`)

	// A trailer.
	reTrailer        = re(`\b(?:teaser|trailer|first[\s-]look)\b`)
	reTrailerNone    = re(`\b(?:no|yet\s+to\s+(?:release|drop|share)\s+(?:an?\s+)?(?:official\s+)?|hasn't\s+released\s+(?:an?\s+)?|without\s+(?:an?\s+)?)(?:official\s+)?(?:teaser|trailer)`)
	reOffTopicMedium = re(`\b(?:gameplay|players?|multiplayer|single-player|consoles?|playstation|xbox|nintendo|steam|gamers?|boss\s+battles?|open[\s-]world|dlc)\b`)
	reFilmWords      = re(`\b(?:netflix|film|movie|sofia\s+carson|galitzine|cassie|luke|streaming|series|season)\b`)
)
