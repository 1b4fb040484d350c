// Package extract reads one article's text and finds what it says about the
// sequel: claims with their topic, value, stance and the sentence they rest
// on, and one label for the article as a whole. It never touches a database:
// the knowledge package stores what it returns.
package extract

// Topic is what a claim is about.
type Topic string

// The topics a claim can have. Sequel, release, cast and plot are the ones
// fans ask about; the others are kept when an article speaks of them.
const (
	TopicSequel       Topic = "sequel"
	TopicRelease      Topic = "release"
	TopicCast         Topic = "cast"
	TopicPlot         Topic = "plot"
	TopicDirector     Topic = "director"
	TopicAnnouncement Topic = "announcement"
	TopicProduction   Topic = "production"
	TopicTrailer      Topic = "trailer"
)

// Topics lists every topic in the order answers show them.
var Topics = []Topic{TopicSequel, TopicRelease, TopicCast, TopicPlot, TopicDirector, TopicAnnouncement, TopicProduction, TopicTrailer}

// Stance is how an article holds a claim.
type Stance string

const (
	// Asserted: stated as fact.
	Asserted Stance = "asserted"
	// Hedged: rumour, leak, expectation, "could", "reportedly", "fans hope".
	Hedged Stance = "hedged"
	// Denied: the article says it is not so, or not confirmed.
	Denied Stance = "denied"
	// Quoted: someone else's claim that the article reports or debunks.
	Quoted Stance = "quoted"
)

// Label is what an article says, as a whole, about the sequel.
type Label string

// The article labels, as in the hand-labelled evaluation sets.
const (
	AssertsConfirmed Label = "asserts_confirmed"
	SaysReleased     Label = "says_released"
	SaysUnconfirmed  Label = "says_unconfirmed"
	Debunks          Label = "debunks"
	Unclear          Label = "unclear"
)

// Sequel status values, the Value of a TopicSequel claim.
const (
	SequelGreenlit     = "greenlit"
	SequelInProduction = "in_production"
	SequelReleased     = "released"
	SequelNotAnnounced = "not_announced"
)

// Plot slots: a plot claim fills one of these. Gap and couple are the slots
// sources can contradict each other on; story is a free sentence.
const (
	SlotGap    = "gap"
	SlotCouple = "couple"
	SlotStory  = "story"
)

// Claim is one statement an article makes, with the sentence it rests on.
type Claim struct {
	Topic  Topic  `json:"topic"`
	Stance Stance `json:"stance"`
	// Value is the normalised value: a sequel status, an ISO date or an
	// ISO interval "from/to" for a release window, a person's name, or a
	// plot slot's value.
	Value string `json:"value"`
	// Person is set for cast and director claims.
	Person string `json:"person,omitempty"`
	// Role is the character or job, when the article gives one.
	Role string `json:"role,omitempty"`
	// Slot is set for plot, production and trailer claims.
	Slot string `json:"slot,omitempty"`
	// Text is the value as the article writes it.
	Text string `json:"text"`
	// Quote is the whole sentence the claim rests on.
	Quote string `json:"quote"`
	// Start and End are the byte offsets of Quote in the article body.
	Start int `json:"start"`
	End   int `json:"end"`
	// Sentence is the index of the sentence in the article.
	Sentence int `json:"sentence"`
}

// Result is everything extracted from one article.
type Result struct {
	Label Label `json:"sequel_status"`
	// LabelQuote is the sentence that decided the label, if any.
	LabelQuote string `json:"label_quote,omitempty"`
	// Subject is "film" when the article is about the film, or "other"
	// when it is about a different work with the same name.
	Subject   string     `json:"subject"`
	Claims    []Claim    `json:"claims"`
	Sentences []Sentence `json:"-"`
}

// Sentence is one sentence of an article body with its byte offsets.
type Sentence struct {
	Index     int
	Paragraph int
	Start     int
	End       int
	Text      string
	// Heading is true for a short line without closing punctuation.
	Heading bool
}
